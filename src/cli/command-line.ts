import { parseArgs, type ParseArgsConfig } from "node:util";

/** The options a command declares, as `parseArgs` takes them. */
export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h" } } as const;

/** What `parseArgs` answers for a command's options (strict, so unknown options never reach it). */
export type ParsedCommandLine<O extends OptionsConfig, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: P; strict: true }>
>;

export interface CommandSpec<O extends OptionsConfig, P extends boolean> {
  /** Printed on --help (stdout) and after a refusal (stderr). */
  usage: string;
  options: O;
  /** Whether bare arguments (files, verbs) are allowed; unknown ones are refused otherwise. */
  allowPositionals: P;
}

/** A command line the command cannot run with; the message says why. */
export class CommandLineRefused extends Error {}

/** Refuses the command line with a message; for checks beyond what `parseArgs` knows. */
export function refuse(message: string): never {
  throw new CommandLineRefused(message);
}

/** The value of a whole-number option, at least `min`, or a refusal naming the option. */
export function wholeNumber(option: string, text: string, min = 0): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isInteger(n) || n < min) refuse(`--${option} must be a whole number from ${min}, got "${text}"`);
  return n;
}

/** The value of an option that takes one of a few words, or a refusal listing them. */
export function oneOf<T extends string>(option: string, text: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(text)) refuse(`--${option} must be one of ${choices.join(", ")}, got "${text}"`);
  return text as T;
}

export type CommandLineOutcome<T> = { kind: "run"; args: T } | { kind: "help"; text: string } | { kind: "refused"; text: string };

/**
 * Node's own parse errors (unknown option, missing value, unexpected argument) carry these codes.
 * Checked by shape, not `instanceof`: under jest they come from another realm's Error.
 */
const isParseError = (error: unknown): error is { message: string } =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && error.code.startsWith("ERR_PARSE_ARGS_");

/**
 * The command line read without side effects: the arguments `interpret` makes of it, the usage
 * when help is asked for, or the reason it is refused followed by the usage.
 */
export function interpretCommandLine<O extends OptionsConfig, P extends boolean, T>(
  spec: CommandSpec<O, P>,
  argv: string[],
  interpret: (parsed: ParsedCommandLine<O, P>) => T,
): CommandLineOutcome<T> {
  const usage = spec.usage.endsWith("\n") ? spec.usage : `${spec.usage}\n`;
  // Help wins over any mistake elsewhere on the line: whoever asks for it wants the usage.
  if (parseArgs({ args: argv, options: HELP, allowPositionals: true, strict: false }).values.help === true) return { kind: "help", text: usage };
  try {
    const parsed = parseArgs({ args: argv, options: { ...spec.options, ...HELP }, allowPositionals: spec.allowPositionals, strict: true });
    return { kind: "run", args: interpret(parsed) };
  } catch (error) {
    if (error instanceof CommandLineRefused || isParseError(error)) return { kind: "refused", text: `${error.message}\n\n${usage}` };
    throw error;
  }
}

/**
 * The one command-line reader of every CLI and bench: `--help`/`-h` prints the usage to stdout and
 * exits 0; a bad command line prints the reason and the usage to stderr and exits 2 (1 stays "the
 * command ran and failed").
 */
export function readCommandLine<O extends OptionsConfig, P extends boolean, T>(
  spec: CommandSpec<O, P>,
  interpret: (parsed: ParsedCommandLine<O, P>) => T,
  argv: string[] = process.argv.slice(2),
): T {
  const outcome = interpretCommandLine(spec, argv, interpret);
  if (outcome.kind === "run") return outcome.args;
  if (outcome.kind === "help") {
    process.stdout.write(outcome.text);
    process.exit(0);
  }
  process.stderr.write(outcome.text);
  process.exit(2);
}
