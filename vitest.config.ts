import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // The console report for people, the JSON one for .ci/run's "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results.json" },
  },
});
