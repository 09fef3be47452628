import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "site/", "screenshots/", "node_modules", "coverage", ".stryker-tmp"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Tests index into known fixtures; a failed lookup fails the test anyway.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
  {
    // The site's browser code: the search script and the playground.
    files: ["scripts/site/assets/**/*.js", "scripts/site/playground/**/*.{js,jsx}"],
    languageOptions: {
      globals: { document: "readonly", window: "readonly", getComputedStyle: "readonly" },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
);
