import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * `npm run lint`: ESLint over src, test, seed and bench (and these config files). Rules only, no
 * type information, so linting stays fast and needs no build; layout is Prettier's job.
 */
export default defineConfig([
  globalIgnores(["dist/", "coverage/", "neo4j-launcher/", ".simpul-data/"]),
  js.configs.recommended,
  tseslint.configs.strict,
  {
    rules: {
      // `_name` marks a value left out on purpose, as in `({ members: _members, ...props })`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // `!` is kept for values the code has just made sure of (a piped child's stdout, a Map filled
      // from the same keys); strict null checks still catch every unchecked case.
      "@typescript-eslint/no-non-null-assertion": "off",
      // A variable read by a handler installed before it is assigned (main.ts's signal handler)
      // cannot be const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // A decorated class is a GraphQL type even when its fields are declared from a list in code.
      "@typescript-eslint/no-extraneous-class": ["error", { allowWithDecorator: true }],
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
    // jest.config.js is plain CommonJS run by Node.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
