/**
 * A known reason Simpul cannot start, told in one line that names the setting to look at.
 * main.ts prints its message without a stack trace: the stack would only hide the cause.
 */
export class StartupError extends Error {
  constructor(
    /** The environment variable (or tool) a person should check, e.g. PORT or NEO4J_URI. */
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable} ${detail}`);
    this.name = "StartupError";
  }
}
