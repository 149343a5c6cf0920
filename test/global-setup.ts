// The bundle test and the demo test read build/Code.js: build it once, before any test file runs,
// so parallel workers never race on build/.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
