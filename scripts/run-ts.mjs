// Runs a TypeScript script (demo, bench) on Node 20, which cannot strip types itself: esbuild
// bundles it (packages stay external) into node_modules/.cache and Node imports the result.
// Usage: node scripts/run-ts.mjs scripts/demo.ts [args...]
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

// The script's time zone is appsscript.json's, as in Apps Script (see vitest.config.ts).
process.env.TZ = JSON.parse(readFileSync("appsscript.json", "utf8")).timeZone;

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Pemakaian: node scripts/run-ts.mjs <berkas.ts> [argumen...]");
  process.exit(2);
}
// Per checkout: node_modules may be shared (a link) between checkouts running at once.
const cache = resolve(".cache/sakip-scripts");
mkdirSync(cache, { recursive: true });
const outfile = join(cache, `${basename(entry, ".ts")}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
