import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * `npm run lint`: ESLint over src, test, seed and bench (and these config files); layout is
 * Prettier's job. TypeScript files are linted with type information: typescript-eslint's project
 * service gives each file the program of its nearest tsconfig.json (the root one for src, test,
 * seed and bench; src/explore/tsconfig.json for the browser code), so no build is needed. Only the
 * type-aware rules that catch real bugs are on (listed below with why); files outside every
 * tsconfig (the .js/.mjs configs) are linted without types.
 */
export default defineConfig([
  globalIgnores(["dist/", "coverage/", "neo4j-launcher/", ".simpul-data/"]),
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a value left out on purpose, as in `({ members: _members, ...props })`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // `!` is kept for values the code has just made sure of (a Map filled from the same keys);
      // strict null checks still catch every unchecked case, and no-unnecessary-type-assertion
      // every `!` on a value that cannot be null.
      "@typescript-eslint/no-non-null-assertion": "off",
      // A variable read by a handler installed before it is assigned (main.ts's signal handler)
      // cannot be const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // A decorated class is a GraphQL type even when its fields are declared from a list in code.
      "@typescript-eslint/no-extraneous-class": ["error", { allowWithDecorator: true }],

      // Type-aware rules, each for a bug class we can otherwise only meet at run time:
      // A promise nobody awaits loses its rejection (an unhandled rejection ends Node) and its
      // ordering (a test's assertion or a shutdown step runs before the work is done). Deliberate
      // fire-and-forget is written `void promise` with its errors handled in the promise itself.
      "@typescript-eslint/no-floating-promises": "error",
      // An async function handed to a caller that ignores its result (an event listener, a
      // `forEach`, an `if`) has the same lost rejection, or a condition that is always true.
      "@typescript-eslint/no-misused-promises": "error",
      // `await` on a value that is not a promise is a sign the author thought it was one.
      "@typescript-eslint/await-thenable": "error",
      // Throwing or rejecting with a non-Error loses the stack and breaks `instanceof` checks in
      // the error mapping.
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      // `return promise` inside try/catch/finally skips the catch and runs finally too early
      // (a session closed before its query finished); elsewhere awaiting is optional.
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      // An assertion that changes nothing hides the real type from the reader and from later edits.
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      // Text built from an object reads "[object Object]"; `+` on a number and a string concatenates.
      "@typescript-eslint/restrict-template-expressions": "error",
      "@typescript-eslint/restrict-plus-operands": "error",
      // `for (i in array)` walks string keys (and inherited ones); `delete array[i]` leaves a hole.
      "@typescript-eslint/no-for-in-array": "error",
      "@typescript-eslint/no-array-delete": "error",
      // A switch over a union without a default must name every member, so a new member is handled.
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Left off, having measured them on this tree: the no-unsafe-* family (1,700 findings, nearly
      // all tests reading JSON answers), no-unnecessary-condition (100, mostly defensive checks on
      // input), unbound-method (closures returned as object methods, safe), no-base-to-string
      // (String() of checked unknown cells), require-await (async by interface, not by mistake).
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests read GraphQL answers as untyped JSON and edit process.env, a dictionary by nature.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-dynamic-delete": "off",
    },
  },
  {
    // Config files (jest.config.js, this file) are in no tsconfig, so they get no type information.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // jest.config.js is plain CommonJS run by Node.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
