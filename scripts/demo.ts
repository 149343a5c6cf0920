// npm run demo: the add-on's main job on the built-in sample, through the built bundle. Loads
// build/Code.js as Apps Script would and computes the Lumajang 2021 TW III indicators, budget
// and survey with the custom functions users type in their sheet, printed the Indonesian way.

import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { CONTOH, dataContoh } from "../src/contoh/daftar";
import {
  CONTOH_LUMAJANG_2021,
  INDIKATOR_LUMAJANG_2021,
  SKM_LUMAJANG_2021,
  SUB_KEGIATAN_LUMAJANG_2021,
} from "../src/contoh/lumajang2021";
import { hitunganDariJumlah, responDariHitungan } from "../src/contoh/responden";
import { formatAngka, formatPersen, formatRupiah } from "../src/core/format";
import { bukaChromium } from "../test/browser";
import { dialog, fn, loadBundle } from "../test/bundle";
import { createFakeGoogle, htmlFilesFrom } from "../test/fakes";
import { hitungRumus } from "../test/fakes/rumus";
import { buatLaporanRekap, buatSemuaLaporan } from "./laporan-demo";

const g = loadBundle();
const CAPAIAN = fn(g, "CAPAIAN");
const PREDIKAT = fn(g, "PREDIKAT");
const IKM = fn(g, "IKM");
const MUTU_IKM = fn(g, "MUTU_IKM");
const SERAPAN = fn(g, "SERAPAN");
const TERBILANG = fn(g, "TERBILANG");

const u = CONTOH_LUMAJANG_2021.pengaturan;
const tw = 3;
const judul = `CAPAIAN KINERJA ${String(u.namaUnit).toUpperCase()} TRIWULAN ${u.triwulan} TAHUN ${u.tahun}`;
console.log(`\n${judul}\n${"=".repeat(judul.length)}`);

// One call per column, as the README recommends: a column in, a column out.
const realisasi = INDIKATOR_LUMAJANG_2021.map((i) => [i.realisasi[tw - 1] ?? ""]);
const target = INDIKATOR_LUMAJANG_2021.map((i) => [i.target]);
const arah = INDIKATOR_LUMAJANG_2021.map((i) => [i.arah]);
const capaian: unknown[][] = CAPAIAN(realisasi, target, arah);
const predikat: unknown[][] = PREDIKAT(capaian, "LKJ");

const kolom = ["No", "Indikator Kinerja", "Target", `Realisasi TW ${"I".repeat(tw)}`, "Capaian", "Predikat"];
const baris = INDIKATOR_LUMAJANG_2021.map((ind, i) => [
  `${i + 1}.`,
  ind.indikator,
  nilaiDenganSatuan(ind.target!, ind.satuan),
  nilaiDenganSatuan(realisasi[i]![0] as number, ind.satuan),
  formatPersen(capaian[i]![0] as number),
  String(predikat[i]![0]),
]);
cetakTabel(kolom, baris, [0, 2, 3, 4]);

const hitungan = SKM_LUMAJANG_2021.pertanyaan.map(([, , s]) =>
  hitunganDariJumlah(s, SKM_LUMAJANG_2021.responden),
);
const jawaban = responDariHitungan(hitungan);
const unsur = [SKM_LUMAJANG_2021.pertanyaan.map(([un]) => un)];
const ikmPertanyaan = IKM(jawaban, unsur, "14/2017", "PERTANYAAN") as number;
const ikmUnsur = IKM(jawaban, unsur) as number;
console.log(
  `\nSurvei Kepuasan Masyarakat: ${jawaban.length} responden, ${unsur[0]!.length} pertanyaan, 9 unsur` +
    `\n  IKM (rata-rata per pertanyaan, seperti dipublikasikan): ${formatAngka(ikmPertanyaan)}, mutu ${MUTU_IKM(ikmPertanyaan, "LENGKAP")}` +
    `\n  IKM (bobot per unsur, PermenPANRB 14/2017):           ${formatAngka(ikmUnsur)}, mutu ${MUTU_IKM(ikmUnsur, "LENGKAP")}`,
);

const pagu = SUB_KEGIATAN_LUMAJANG_2021.reduce((a, s) => a + s[3], 0);
const real = SUB_KEGIATAN_LUMAJANG_2021.reduce((a, s) => a + s[4], 0);
console.log(
  `\nAnggaran (${SUB_KEGIATAN_LUMAJANG_2021.length} sub kegiatan, pagu setelah refocusing)` +
    `\n  Pagu      ${formatRupiah(pagu)}` +
    `\n  Realisasi ${formatRupiah(real)}` +
    `\n  Sisa      ${formatRupiah(pagu - real)}` +
    `\n  Serapan   ${formatPersen(SERAPAN(real, pagu) as number)}` +
    `\n  Terbilang realisasi: ${TERBILANG(real, "rupiah", "judul")}\n`,
);

function nilaiDenganSatuan(n: number, satuan: string): string {
  return satuan === "%" ? formatPersen(n) : formatAngka(n);
}

function cetakTabel(kepala: string[], isi: string[][], kanan: number[]): void {
  const lebar = kepala.map((k, i) => Math.min(60, Math.max(k.length, ...isi.map((b) => b[i]!.length))));
  const sel = (t: string, i: number) => {
    const s = t.length > lebar[i]! ? `${t.slice(0, lebar[i]! - 1)}…` : t;
    return kanan.includes(i) ? s.padStart(lebar[i]!) : s.padEnd(lebar[i]!);
  };
  const garis = lebar.map((l) => "-".repeat(l)).join("-+-");
  console.log(kepala.map(sel).join(" | "));
  console.log(garis);
  for (const b of isi) console.log(b.map(sel).join(" | "));
}

// --- Periksa Data on the Lumajang sample with the seeds' own mistakes put back in -------------
{
  const fake = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
  const b = loadBundle(fake.globals());
  fake.useScriptScope(b);
  dialog(b, "isiContohData")(dataContoh("lumajang-2021"));
  const baris = (lembar: string, kode: string) =>
    fake.sheetValues(lembar).findIndex((r) => r[0] === kode) + 1;
  const isi = (lembar: string, a1: string, v: string | number) => fake.sheet(lembar).getRange(a1).setValue(v);
  // Seed 003's PK page prints 79 % as the target its capaian table reads as 90 %... typed as a fraction.
  isi("Kinerja", `H${baris("Kinerja", "1.2")}`, 0.79);
  // Its PK budget: the program line typed as 6.183.035.351 over sub kegiatan summing to 6.105.562.861.
  isi("Anggaran", `D${baris("Anggaran", "7.01.01")}`, 6_183_035_351);
  // Realisasi 14.850.000 of 14.889.710, and the sisa typed as "-".
  isi("Anggaran", `J${baris("Anggaran", "7.01.01.2.07.06")}`, "-");
  // Question 1's "jumlah nilai" printed as 1018 for 188 respondents.
  isi("SKM Pertanyaan", "H2", 1018);
  // A questionnaire answer mistyped, and a user's text that must stay text in the sidebar.
  isi("SKM", "H7", 5);
  isi("Kinerja", `A${baris("Kinerja", "1.3")}`, "<img src=x onerror=alert(1)>");
  fn(b, "periksaData")();
  mkdirSync("out", { recursive: true });
  writeFileSync("out/periksa-data.html", fake.ui.lastDialog().content);
  console.log(
    `Periksa Data (contoh Lumajang dengan kesalahan dari dokumen aslinya): ${fake.toasts.at(-1)!.message}`,
  );
  console.log("  -> out/periksa-data.html");
}

// --- the SAKIP evaluation (LKE) of the Klakah sample, scored by the bundle's custom functions ------
{
  const fake = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
  const b = loadBundle(fake.globals());
  fake.useScriptScope(b);
  dialog(b, "isiContohData")(dataContoh("klakah-2023"));
  // Sheets' side: NILAI_LKE over the answers, then SKOR_LKE into Nilai LKE, as array formulas.
  hitungRumus(fake, b);
  const nilai = fake.sheetValues("Nilai LKE");
  const teks = (v: unknown) => (typeof v === "number" ? formatAngka(v) : String(v ?? ""));
  console.log("\nEvaluasi SAKIP (LKE PermenPANRB 88/2021) Kecamatan Klakah 2023, lembar Nilai LKE:");
  cetakTabel(
    nilai[0]!.map(String),
    nilai.slice(1, 6).map((r) => r.map(teks)),
    [1, 2, 3],
  );
}

// --- every report of the samples, as Google Docs, rendered to out/*.html -------------------------
const buatan = buatSemuaLaporan("out");
{
  const laporan = buatan;
  console.log(`\nLaporan dari contoh data (${laporan.length} Google Docs, digambar ulang sebagai HTML):`);
  for (const l of laporan) console.log(`  ${l.judul}\n    -> out/${l.berkas}`);
  console.log("  -> out/index.html");
  const rekap = buatLaporanRekap("out");
  console.log(
    `\nRekap kabupaten (${CONTOH.length} contoh dan ${150 - CONTOH.length} unit buatan, lewat IMPORTRANGE):`,
  );
  for (const l of rekap) console.log(`  ${l.judul}\n    -> out/${l.berkas}`);
}

// --- npm run demo -- --png: screenshots of what a person sees ---------------------------------
if (process.argv.includes("--png")) {
  const browser = await bukaChromium();
  // Every document the demo made, 900 px wide unless its landscape tables need more.
  const lebar: Record<string, number> = {
    "periksa-data": 300,
    "renja-jatiroto-2020-renja": 1400,
    "renja-jatiroto-2020-tc29": 1400,
    "renja-jatiroto-2020-tc31": 1400,
    "renja-jatiroto-2020-tc32": 1100,
    "renja-jatiroto-2020-tc33": 1100,
    "klakah-2023-kke": 1400,
    "klakah-2023-perbaikan": 1400,
    "klakah-2023-pohon-pratinjau": 1300,
    "lumajang-2021-pohon-pratinjau": 1300,
    "klakah-2023-renaksi": 1400,
    "klakah-2023-iku": 1300,
  };
  const ukuran = Object.fromEntries(
    ["periksa-data", ...buatan.map((l) => l.berkas.replace(/\.html$/, ""))].map((nama) => [
      nama,
      { width: lebar[nama] ?? 900, height: nama === "periksa-data" ? 1400 : 1200 },
    ]),
  );
  for (const [nama, viewport] of Object.entries(ukuran)) {
    const page = await browser.newPage({ viewport });
    await page.goto(`file://${resolve("out", `${nama}.html`)}`);
    await page.screenshot({ path: `out/${nama}.png`, fullPage: true });
    await page.close();
    console.log(`  -> out/${nama}.png`);
  }
  await browser.close();
}
