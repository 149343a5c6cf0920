// Builds what clasp pushes: build/Code.js (esbuild IIFE + the hand-written globals footer), the
// engine build/mesin.html (src/mesin.ts, read by Code.js's stubs), build/appsscript.json and the
// dialog HTML. See architecture.md section 2.
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

/**
 * The two server bundles share one set of esbuild options: an IIFE defining one global, ES2020,
 * no platform shims, UTF-8 kept as is, minified. The metafile says which modules each one holds.
 */
async function bundelServer(entri, globalName) {
  const result = await build({
    entryPoints: [join(root, entri)],
    bundle: true,
    format: "iife",
    globalName,
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
    metafile: true,
    write: false,
  });
  const modul = Object.keys(result.metafile.inputs).filter((m) => !m.includes("node_modules"));
  return { js: result.outputFiles[0].text, modul };
}

// What Code.js may hold: the custom functions and the pure rules they use, the menu, the stubs.
// Apps Script loads it on every execution, each recalculation of a custom function included.
const BUKAN_KODE = /^src\/(reports|sheets|forms|contoh)\/|^src\/ui\/(?!menuAwal\.ts$)|^src\/mesin\.ts$/;

export async function buildBundle({ quiet = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const kode = await bundelServer("src/main.ts", "SakipSheets");
  const berat = kode.modul.filter((m) => BUKAN_KODE.test(m));
  if (berat.length > 0)
    throw new Error(`Code.js memuat modul mesin (pindahkan ke src/mesin.ts): ${berat.join(", ")}`);
  const footer = readFileSync(join(root, "src/globals.js"), "utf8");
  const code = `${kode.js}\n${footer}`;
  writeFileSync(join(out, "Code.js"), code);
  writeFileSync(join(out, "mesin.html"), await mesin());
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
  const kbMesin = statSync(join(out, "mesin.html")).size / 1024;
  if (!quiet) {
    console.log(`build/Code.js ${kb.toFixed(1)} KB (${kode.modul.length} modul)`);
    console.log(`build/mesin.html ${kbMesin.toFixed(1)} KB`);
  }
  return { kb, kbMesin };
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
 * The engine (src/mesin.ts): every menu and dialog handler, read at run time by Code.js's stubs
 * through HtmlService.createHtmlOutputFromFile("mesin").getContent() (src/mesin/muat.ts). An
 * HTML file counts toward no script size. getContent() must give back the script as written: the
 * file may hold no scriptlet opener "<?" (createHtmlOutputFromFile does not evaluate scriptlets,
 * but a file holding one is a template in waiting), and, as a precaution against whatever may
 * normalise a text file on its way (an editor, an upload), no carriage return and no byte-order
 * mark: esbuild writes neither, so the check costs nothing. The build also evaluates it as the loader does and
 * checks that it defines exactly the handlers of src/mesin/daftar.ts.
 */
async function mesin() {
  const { js, modul } = await bundelServer("src/mesin.ts", "SakipMesin");
  if (js.includes("<?"))
    throw new Error("mesin.html memuat '<?', yang akan dibaca HtmlService sebagai scriptlet.");
  if (js.includes("\r") || js.charCodeAt(0) === 0xfeff)
    throw new Error("mesin.html memuat CR atau BOM, yang tidak dikembalikan apa adanya oleh getContent().");
  if (!modul.includes("src/reports/googleDocs.ts"))
    throw new Error("mesin.html tidak memuat penulis Doc (src/reports/googleDocs.ts).");
  const daftar = readFileSync(join(root, "src/mesin/daftar.ts"), "utf8");
  const m = /HANDLER_MESIN = \[([^\]]*)\]/.exec(daftar);
  if (!m) throw new Error("src/mesin/daftar.ts tidak memuat HANDLER_MESIN.");
  const nama = [...m[1].matchAll(/"(\w+)"/g)].map((x) => x[1]).sort();
  const ekspor = Object.keys(new Function(`${js}\nreturn SakipMesin;`)()).sort();
  if (ekspor.join() !== nama.join())
    throw new Error(
      `mesin.html mengekspor [${ekspor.join(", ")}], HANDLER_MESIN menyebut [${nama.join(", ")}].`,
    );
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
