import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "docs/api", "site/", "screenshots/", "node_modules", "coverage", ".stryker-tmp"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Tests index into known fixtures; a failed lookup fails the test anyway.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", Buffer: "readonly" } },
  },
  {
    // Browser code: the site's search script and playground, the worker and React examples.
    files: ["scripts/site/assets/**/*.js", "scripts/site/playground/**/*.{js,jsx}", "examples/web-worker/*.js", "examples/react/*.jsx"],
    languageOptions: {
      globals: { document: "readonly", window: "readonly", getComputedStyle: "readonly", self: "readonly", Worker: "readonly", URL: "readonly" },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
);
