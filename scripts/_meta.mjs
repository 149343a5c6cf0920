import { build } from "esbuild";
const r = await build({ entryPoints: ["src/main.ts"], bundle: true, format: "iife", globalName: "SakipSheets", minify: true, write: false, metafile: true, target: "es2020", charset: "utf8", platform: "neutral", mainFields: ["module","main"] });
const inputs = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
let t=0;
for (const [k, v] of Object.entries(inputs)) if (/rekap|ringkasan|lke/i.test(k)) { console.log(v.bytesInOutput, k); t+=v.bytesInOutput; }
console.log(t);
