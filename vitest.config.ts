import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

// The script's time zone is appsscript.json's, as in Apps Script: JavaScript's Date getters answer
// in it (the spreadsheet's own zone is the fakes' option; src/sheets/zona.ts bridges the two).
process.env.TZ = JSON.parse(readFileSync("appsscript.json", "utf8")).timeZone;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    // The console report for people, the JSON one for .ci/run's "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results.json" },
  },
});
