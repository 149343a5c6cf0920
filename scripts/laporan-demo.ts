// The reports of both samples, made by the built bundle in emulated Sheets, Docs and Drive, and
// each recorded Doc rendered to HTML: what `npm run demo` writes to out/ (and a test checks).

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataContoh, CONTOH as SAMPEL } from "../src/contoh/daftar";
import { renderHtml } from "../src/reports/html";
import type { Dokumen } from "../src/reports/model";
import { dialog, fn, loadBundle } from "../test/bundle";
import { dumpKeDokumen } from "../test/dokumen-dump";
import { createFakeGoogle, htmlFilesFrom } from "../test/fakes";
import { isiRekap, unitContoh } from "../test/rekapContoh";

export interface BerkasDemo {
  berkas: string;
  judul: string;
  html: string;
}

const CONTOH = [
  {
    id: "lumajang-2021",
    laporan: [
      { jenis: "triwulan" },
      { jenis: "pk" },
      { jenis: "lkj" },
      { jenis: "skm" },
      { jenis: "poster" },
      { jenis: "iku" },
      { jenis: "renaksi" },
      { jenis: "pohon" },
    ],
  },
  {
    id: "klakah-2023",
    laporan: [
      { jenis: "triwulan" },
      { jenis: "pk" },
      // Seed 001 table 2.2: the second sasaran's target revised 85,23 -> 95,23.
      { jenis: "pkPerubahan" },
      { jenis: "lkj" },
      { jenis: "skm", periode: "TAHUN" },
      { jenis: "poster", periode: "TW4" },
      // The SAKIP evaluation: the Docs above become evidence (Isi Bukti Otomatis), the statuses
      // are logged and the Final rows locked (Kunci & Catat Status LKE), then its three documents.
      { jenis: "kke", sebelum: ["isiBuktiOtomatis", "kunciStatusLke"] },
      { jenis: "lhe" },
      { jenis: "perbaikan" },
      { jenis: "iku" },
      { jenis: "renaksi" },
      { jenis: "pohon" },
    ],
  },
  {
    id: "rka-lumajang-2020",
    laporan: [
      { jenis: "rka", kegiatan: "3.05.3.05.09.01.021" },
      { jenis: "kak", kegiatan: "3.05.3.05.09.01.021" },
    ],
  },
  {
    id: "renja-jatiroto-2020",
    laporan: [
      { jenis: "renja" },
      { jenis: "tc29" },
      { jenis: "tc30" },
      { jenis: "tc31" },
      { jenis: "tc32" },
      { jenis: "tc33" },
    ],
  },
  {
    id: "kak-yosowilangun-2020",
    laporan: [{ jenis: "kak", kegiatan: "3.05.25.39.007" }],
  },
] as const;

export function buatSemuaLaporan(keluar: string): BerkasDemo[] {
  mkdirSync(keluar, { recursive: true });
  const hasil: BerkasDemo[] = [];
  for (const c of CONTOH) {
    const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
    const b = loadBundle(g.globals());
    g.useScriptScope(b);
    dialog(b, "isiContohData")(dataContoh(c.id));
    for (const { sebelum = [], ...opsi } of c.laporan as readonly {
      jenis: string;
      sebelum?: readonly string[];
    }[]) {
      for (const f of sebelum) fn(b, f)();
      const jenis = opsi.jenis;
      const h = dialog(b, "buatLaporan")(opsi, true) as { idDoc: string; nama: string };
      const html = renderHtml(dumpKeDokumen(g.document(h.idDoc).__dump()));
      const berkas = `${c.id}-${jenis}.html`;
      writeFileSync(join(keluar, berkas), html);
      hasil.push({ berkas, judul: h.nama, html });
      if (jenis === "pohon") {
        // The tree is drawn in the preview (SVG); a Doc takes no SVG and carries the cascading table.
        const p = dialog(b, "pratinjauLaporan")(opsi) as { dokumen: Dokumen; judul: string };
        const berkasP = `${c.id}-pohon-pratinjau.html`;
        const htmlP = renderHtml(p.dokumen);
        writeFileSync(join(keluar, berkasP), htmlP);
        hasil.push({ berkas: berkasP, judul: `${p.judul} (pratinjau)`, html: htmlP });
      }
    }
  }
  const daftar = hasil.map((h) => `<li><a href="${h.berkas}">${h.judul}</a></li>`).join("\n");
  writeFileSync(
    join(keluar, "index.html"),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>SAKIP Sheets - contoh laporan</title>
<style>body{font:15px/1.6 Arial,sans-serif;max-width:760px;margin:40px auto}</style></head><body>
<h1>SAKIP Sheets: laporan dari contoh data</h1>
<p>Setiap laporan dibuat oleh add-on (build/Code.js) di layanan Google tiruan, lalu isi Google Docs-nya digambar ulang sebagai HTML.</p>
<ul>
${daftar}
<li><a href="periksa-data.html">Periksa Data: contoh Lumajang dengan kesalahan dari dokumen aslinya</a></li>
</ul></body></html>
`,
  );
  return hasil;
}

/**
 * The kabupaten's documents (issue 16): a rekap of the samples and generated units (150 in
 * all), made as a user makes it through the bundle (Rekap Kabupaten, units pasted, imports
 * granted), each document rendered to out/rekap-<jenis>.html. The samples of other years are
 * listed with their status and left out of the figures, as the rekap does.
 */
export function buatLaporanRekap(keluar: string, jumlahUnit = 150): BerkasDemo[] {
  mkdirSync(keluar, { recursive: true });
  const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
  const b = loadBundle(g.globals());
  g.useScriptScope(b);
  // The units' workbooks are written by src directly (as a unit's own add-on would): Utilities, and
  // HtmlService for the default LKE criteria setup reads, as in Apps Script.
  (globalThis as Record<string, unknown>).Utilities ??= g.Utilities;
  (globalThis as Record<string, unknown>).HtmlService ??= g.HtmlService;
  isiRekap(g, () => fn(b, "rekapKabupaten")(), unitContoh(SAMPEL, jumlahUnit - SAMPEL.length));
  const dokumen = ["notaSakip", "ikmKabupaten", "rekapCapaian"].map((jenis) => {
    const h = dialog(b, "buatLaporan")({ jenis }, true) as { idDoc: string; nama: string };
    const html = renderHtml(dumpKeDokumen(g.document(h.idDoc).__dump()));
    const berkas = `rekap-${jenis}.html`;
    writeFileSync(join(keluar, berkas), html);
    return { berkas, judul: h.nama, html };
  });
  // Buat LHE Semua Unit: one LHE per unit with an LKE, through the dialog's calls; Klakah's is shown.
  dialog(b, "mulaiRkaKak")();
  let k = dialog(b, "lanjutkanRkaKak")() as {
    selesai: boolean;
    kabar: string;
    item: { url?: string; kegiatan: string }[];
  };
  while (!k.selesai) k = dialog(b, "lanjutkanRkaKak")() as typeof k;
  const klakah = k.item.find((i) => i.kegiatan === "Kecamatan Klakah" && i.url);
  if (klakah) {
    const id = /\/d\/([^/]+)/.exec(klakah.url!)![1]!;
    const html = renderHtml(dumpKeDokumen(g.document(id).__dump()));
    writeFileSync(join(keluar, "rekap-lhe-klakah.html"), html);
    dokumen.push({ berkas: "rekap-lhe-klakah.html", judul: `LHE dari rekap (${k.kabar})`, html });
  }
  return dokumen;
}
