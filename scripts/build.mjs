// Builds what clasp pushes: build/Code.js (esbuild IIFE + the hand-written globals footer),
// build/appsscript.json and the dialog HTML. See architecture.md section 2.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build");

export async function buildBundle({ quiet = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    format: "iife",
    globalName: "SakipSheets",
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    minifySyntax: true,
    minifyWhitespace: true,
    // Local names are shortened too (about 55 KB less): the 250 KB budget (test/bundle.test.ts)
    // has to hold the evaluation, planning and rekap features. What a user or a log reads never
    // depends on a name: errors carry Indonesian messages, and the globals footer names each
    // entry point by its exported (unminified) property.
    minifyIdentifiers: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  const bundle = result.outputFiles[0].text;
  const footer = readFileSync(join(root, "src/globals.js"), "utf8");
  const code = `${bundle}\n${footer}`;
  writeFileSync(join(out, "Code.js"), code);
  copyFileSync(join(root, "appsscript.json"), join(out, "appsscript.json"));
  const renderer = await skripBrowser("src/reports/html/index.ts", "SakipHtml");
  const contoh = await skripBrowser("src/contoh/browser.ts", "SakipContoh");
  // The dialogs' one way to call the server (src/ui/panggil.js), written once, put in each dialog.
  const panggil = readFileSync(join(root, "src/ui/panggil.js"), "utf8");
  for (const f of readdirSync(join(root, "src/ui"))) {
    if (!f.endsWith(".html")) continue;
    const html = readFileSync(join(root, "src/ui", f), "utf8");
    writeFileSync(
      join(out, f),
      html
        .replace("<!-- PELUKIS_LAPORAN -->", () => `<script>${renderer}</script>`)
        .replace("<!-- CONTOH_DATA -->", () => `<script>${contoh}</script>`)
        .replace("      <!-- PANGGIL_DIALOG -->\n", () => panggil),
    );
  }
  writeFileSync(join(out, "templat-bawaan.html"), await templatBawaan());
  // The default LKE criteria (PermenPANRB 88/2021): static text, read at setup by
  // src/sheets/lke/kriteriaBawaan.ts, so it does not weigh on Code.js.
  writeFileSync(
    join(out, "kriteria-lke.html"),
    await jsonDariModul(
      "src/bawaan/kriteriaLke.ts",
      (m) => ({
        sumber: m.SUMBER_KRITERIA_LKE,
        kriteria: m.KRITERIA_LKE_BAWAAN,
        skala: m.SKALA_LKE_BAWAAN_BARIS,
        catatanNilai: m.CATATAN_NILAI_LKE,
      }),
      "kriteria",
    ),
  );
  const kb = statSync(join(out, "Code.js")).size / 1024;
  if (!quiet) console.log(`build/Code.js ${kb.toFixed(1)} KB`);
  return { kb };
}

/**
 * Code that runs in a dialog rather than in Code.js (the bundle budget): the report renderer of
 * the Buat Laporan preview (the server sends the report model) and the built-in samples of Isi
 * Contoh Data (the dialog sends the chosen one). Inside an HtmlService file it may hold neither
 * a scriptlet opener nor a "</script>".
 */
async function skripBrowser(entri, globalName) {
  const r = await build({
    entryPoints: [join(root, entri)],
    bundle: true,
    format: "iife",
    globalName,
    target: "es2017",
    platform: "browser",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  const js = r.outputFiles[0].text.replace(/<\//g, "<\\/");
  if (js.includes("<?"))
    throw new Error("Pelukis laporan memuat '<?', yang akan dibaca HtmlService sebagai scriptlet.");
  return js;
}

/**
 * The default templates (src/reports/bawaan/index.ts) as JSON in an HTML file: see src/reports/bacaBawaan.ts.
 * The module is bundled as ESM into a fresh temporary directory and imported like any module.
 */
async function templatBawaan() {
  return jsonDariModul(
    "src/reports/bawaan/index.ts",
    ({ TEMPLATE_BAWAAN }) => {
      if (TEMPLATE_BAWAAN === undefined)
        throw new Error("src/reports/bawaan/index.ts tidak mengekspor TEMPLATE_BAWAAN.");
      return TEMPLATE_BAWAAN;
    },
    "templat",
  );
}

/** A module's data as JSON in `<script type="application/json" id=...>`: bundled to ESM in a temporary directory, imported, picked. */
async function jsonDariModul(entri, pilih, id) {
  const sementara = mkdtempSync(join(tmpdir(), "sakip-data-"));
  try {
    const berkas = join(sementara, "data.mjs");
    await build({
      entryPoints: [join(root, entri)],
      bundle: true,
      format: "esm",
      platform: "neutral",
      outfile: berkas,
      logLevel: "warning",
    });
    const json = JSON.stringify(pilih(await import(pathToFileURL(berkas).href))).replace(/</g, "\\u003c");
    return `<script type="application/json" id="${id}">${json}</script>\n`;
  } finally {
    rmSync(sementara, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
}
