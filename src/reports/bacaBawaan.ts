/**
 * The default templates as the server reads them: from build/templat-bawaan.html, a project file
 * beside Code.js that scripts/build.mjs writes from src/reports/bawaan/ as JSON inside a
 * <script type="application/json">. An HTML file counts toward no script size, and
 * HtmlOutput.getContent() returns the file as written
 * (developers.google.com/apps-script/reference/html/html-output#getContent()).
 */

import type { JenisLaporan } from "./laporan";
import type { Dokumen } from "./model";

let tersimpan: Record<JenisLaporan, Dokumen> | null = null;

export function modelBawaan(jenis: JenisLaporan): Dokumen {
  if (tersimpan === null) {
    const isi = HtmlService.createHtmlOutputFromFile("templat-bawaan").getContent();
    const m = /<script type="application\/json" id="templat">([\s\S]*)<\/script>/.exec(isi);
    if (!m) throw new Error("Berkas templat-bawaan rusak; pasang ulang add-on (npm run deploy).");
    tersimpan = JSON.parse(m[1]!) as Record<JenisLaporan, Dokumen>;
  }
  const t = tersimpan[jenis];
  if (!t) throw new Error(`Template bawaan "${jenis}" tidak ada; pasang ulang add-on.`);
  return t;
}
