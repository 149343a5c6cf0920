// npm run bench: speed and size of the built bundle, as ratios measured in one run (the machine's
// speed cancels out). Goals (issue 3): CAPAIAN over a 10 000-row column <= 5x a bare JS loop doing
// the same arithmetic; IKM over 10 000 respondents x 14 questions <= 3x a bare summing loop.
// Defect 10: a scalar TERBILANG call <= 1.5x a plain JS terbilang routine; PREDIKAT of 100 000
// values against a unit's own 100 000-row scale well inside Sheets' 30 s (measured).
import { readFileSync, statSync } from "node:fs";
import { dataContoh } from "../src/contoh/daftar";
import type { BukuKerja } from "../src/core/model/bukuKerja";
import type { PengaturanUnit } from "../src/core/model/pengaturan";
import { statusUnit } from "../src/core/model/rekap";
import { RINGKASAN } from "../src/core/model/ringkasan";
import { parsePeriode } from "../src/core/skm";
import {
  bukuKerjaRekap,
  dataIkmKabupaten,
  dataNotaSakip,
  dataRekapCapaian,
} from "../src/reports/laporan/rekap";
import { dataSkm } from "../src/reports/laporan/skm";
import { isiIndikatorUji } from "../test/bantu";
import { BUNDLE_PATH, dialog, loadBundle, MESIN_PATH } from "../test/bundle";
import { createFakeGoogle, htmlFilesFrom } from "../test/fakes";
import { blankPng } from "../test/fakes/charts";
import { rekapBuatan, ringkasanBuatan } from "../test/rekapContoh";

// The built bundle is loaded as one script, as Apps Script does, but in this realm rather than a
// node:vm context: every global lookup in a vm context (Array, Number, Math...) goes through
// Node's interceptor, a ~15x penalty Apps Script's V8 does not have. The bare loops are
// compiled the same way, so both sides get the same JIT.
const ctx = new Function(
  `${readFileSync(BUNDLE_PATH, "utf8")}
   function bareCapaian(r, t) {
     const out = new Array(r.length);
     for (let i = 0; i < r.length; i++) out[i] = [(r[i][0] / t[i][0]) * 100];
     return out;
   }
   function bareIkm(rows) {
     const q = rows[0].length, sums = new Array(q).fill(0), counts = new Array(q).fill(0);
     for (const row of rows) for (let j = 0; j < q; j++) { sums[j] += row[j]; counts[j]++; }
     let total = 0;
     for (let j = 0; j < q; j++) total += sums[j] / counts[j];
     return (total / q) * 25;
   }
   // A plain terbilang, as a spreadsheet user would paste it from a blog: words by groups of
   // three, se- for ten, eleven, hundred and thousand, the decimals digit by digit.
   var SATUAN_POLOS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
   var SKALA_POLOS = ["", " ribu", " juta", " miliar", " triliun"];
   function ratusanPolos(n) {
     var s = "", r = Math.floor(n / 100), p = n % 100;
     if (r === 1) s = "seratus"; else if (r > 1) s = SATUAN_POLOS[r] + " ratus";
     var t = "";
     if (p === 10) t = "sepuluh";
     else if (p === 11) t = "sebelas";
     else if (p > 11 && p < 20) t = SATUAN_POLOS[p - 10] + " belas";
     else if (p >= 20) t = SATUAN_POLOS[Math.floor(p / 10)] + " puluh" + (p % 10 ? " " + SATUAN_POLOS[p % 10] : "");
     else if (p > 0) t = SATUAN_POLOS[p];
     return s && t ? s + " " + t : s + t;
   }
   function bareTerbilang(n, akhiran) {
     var minus = n < 0, x = Math.abs(n), bulat = Math.floor(x);
     var teks = "";
     if (bulat === 0) teks = "nol";
     for (var k = 0; bulat > 0; k++) {
       var g = bulat % 1000;
       bulat = Math.floor(bulat / 1000);
       if (g === 0) continue;
       var kata = g === 1 && k === 1 ? "seribu" : ratusanPolos(g) + SKALA_POLOS[k];
       teks = teks ? kata + " " + teks : kata;
     }
     var d = String(x).split(".")[1];
     if (d) { teks += " koma"; for (var i = 0; i < d.length; i++) teks += " " + SATUAN_POLOS[+d[i]]; }
     if (minus) teks = "minus " + teks;
     return akhiran ? teks + " " + akhiran : teks;
   }
   return { CAPAIAN, IKM, PREDIKAT, TERBILANG, bareCapaian, bareIkm, bareTerbilang };`,
)() as Record<
  "CAPAIAN" | "IKM" | "PREDIKAT" | "TERBILANG" | "bareCapaian" | "bareIkm" | "bareTerbilang",
  (...args: unknown[]) => unknown
>;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function ms(run: () => unknown): number {
  const a = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - a) / 1e6;
}

/**
 * Median times of `a` and `b`, measured interleaved (a, b, a, b...) after a warm-up, so a
 * slower stretch of the machine weighs on both sides alike.
 */
function pair(a: () => unknown, b: () => unknown, reps = 101, warm = 30): [number, number] {
  for (let i = 0; i < warm; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++) {
    ta.push(ms(a));
    tb.push(ms(b));
  }
  return [median(ta), median(tb)];
}

const N = 10_000;
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const realisasi = Array.from({ length: N }, () => [Math.round(rand() * 10_000) / 100]);
const target = Array.from({ length: N }, () => [Math.round(rand() * 10_000) / 100 + 1]);
const jawaban = Array.from({ length: N }, () => Array.from({ length: 14 }, () => 1 + Math.floor(rand() * 4)));

const { CAPAIAN, IKM, PREDIKAT, TERBILANG, bareCapaian, bareIkm, bareTerbilang } = ctx;

const [tCap, tCapBare] = pair(
  () => CAPAIAN(realisasi, target),
  () => bareCapaian(realisasi, target),
);
const [tIkm, tIkmBare] = pair(
  () => IKM(jawaban),
  () => bareIkm(jawaban),
);
// The IKM report model (src/reports/laporan/skm.ts: periods, profile, per service, per quarter,
// lowest unsur) over the same 10 000 respondents, against the bare summing loop.
const pertanyaan = Array.from({ length: 14 }, (_, k) => ({
  baris: k + 2,
  kode: `P${k + 1}`,
  unsur: `Unsur ${1 + (k % 9)}`,
  pertanyaan: `Pertanyaan ${k + 1}`,
  jumlahJawaban: null,
  jumlahNilai: null,
  jumlahRtmk: null,
}));
const bk = {
  pengaturan: { ...pengaturanUji(), tahun: 2024 },
  indikator: [],
  anggaran: [],
  pertanyaan,
  kodeJawaban: pertanyaan.map((p) => p.kode),
  kolomJawaban: pertanyaan.map((_, k) => 8 + k),
  responden: jawaban.map((j, i) => ({
    baris: i + 2,
    tanggal: new Date(2024, i % 12, 1 + (i % 27)),
    jenisLayanan: ["KTP", "KK", "Perizinan"][i % 3]!,
    jenisKelamin: i % 2 ? "Laki-laki" : "Perempuan",
    usia: 18 + (i % 50),
    pendidikan: "SMA",
    pekerjaan: "Wiraswasta",
    saran: "",
    jawaban: j,
    kepentingan: j.map(() => null),
    lembar: "SKM",
  })),
  tindakLanjut: [],
  masalah: [],
  lembarAda: [],
} as unknown as BukuKerja;
const [tModel, tModelBare] = pair(
  () =>
    dataSkm(bk, parsePeriode("TAHUN"), {
      tempat: "Uji",
      tanggal: { tanggal: new Date(2024, 11, 31), bulanSaja: false },
    }),
  () => bareIkm(jawaban),
  21,
  5,
);

// Scalar TERBILANG, one cell per call as a form's =TERBILANG(F12; "rupiah") does: 10 000 calls
// on RKA-sized amounts (whole rupiah, a tenth with cents), against the plain routine above.
const jumlahRupiah = Array.from({ length: N }, (_, i) => {
  const n = Math.floor(rand() * 10 ** (3 + (i % 10)));
  return i % 10 === 0 ? n + Math.floor(rand() * 100) / 100 : n;
});
for (const n of jumlahRupiah.slice(0, 200)) {
  const polos = bareTerbilang(n, "rupiah");
  if (TERBILANG(n, "rupiah") !== polos) throw new Error(`TERBILANG(${n}) != ${polos}`);
}
let panjang = 0;
const [tTerbilang, tTerbilangBare] = pair(
  () => {
    for (const n of jumlahRupiah) panjang += (TERBILANG(n, "rupiah") as string).length;
  },
  () => {
    for (const n of jumlahRupiah) panjang += (bareTerbilang(n, "rupiah") as string).length;
  },
  51,
  10,
);

// PREDIKAT of 100 000 capaian against a unit's own 100 000-row scale (a range of thresholds and
// names), once, against a bare sort + binary search: Sheets stops a custom function at 30 s.
const M = 100_000;
const nilaiCapaian = Array.from({ length: M }, () => [Math.round(rand() * 1_200_000) / 100]);
const skalaBesar = Array.from({ length: M }, (_, i) => [i * 0.12, `Kelas ${i}`]);
function barePredikat(nilai: number[][], skala: (number | string)[][]): string[][] {
  const urut = [...skala].sort((a, b) => (b[0] as number) - (a[0] as number));
  return nilai.map(([v]) => {
    let lo = 0;
    let hi = urut.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((v as number) >= (urut[mid]![0] as number)) hi = mid;
      else lo = mid + 1;
    }
    return [urut[lo]![1] as string];
  });
}
const [tPredikat, tPredikatBare] = pair(
  () => PREDIKAT(nilaiCapaian, skalaBesar),
  () => barePredikat(nilaiCapaian, skalaBesar),
  Number(process.env.BENCH_PREDIKAT_REPS ?? 5),
  1,
);

// The kabupaten rekap (issue 16): the units' imported rows read into statuses and summaries, and
// the three documents' data, for a kabupaten (150 units) and a province (1 500), against a bare
// loop over the same rows doing the weighted IKM mean and a sort.
const rekapUkur = [150, 1500].map((n) => {
  const r = rekapBuatan(n);
  const mentah = r.unit.map((_, i) => ringkasanBuatan(i + 1, 2023, "IV"));
  const iIkm = RINGKASAN.kolom.findIndex((k) => k.kunci === "ikm");
  const iResp = RINGKASAN.kolom.findIndex((k) => k.kunci === "responden");
  const konteks = (rekap: typeof r) => ({
    bk: bukuKerjaRekap(rekap.pengaturan),
    opsi: { jenis: "ikmKabupaten" },
    tw: 4,
    periode: parsePeriode("TW4"),
    ttd: { tempat: "Lumajang", tanggal: { tanggal: new Date(2024, 0, 15), bulanSaja: false } },
    rekap,
  });
  return pair(
    () => {
      const unit = mentah.map((b, i) =>
        statusUnit(
          i + 2,
          { nama: `U${i}`, jenis: "OPD", tautan: r.unit[i]!.tautan, terbaca: null },
          b,
          r.pengaturan,
        ),
      );
      const k = konteks({ ...r, unit });
      return [dataNotaSakip(k), dataIkmKabupaten(k), dataRekapCapaian(k)];
    },
    () => {
      let s = 0;
      let w = 0;
      for (const b of mentah) {
        s += (b[iIkm] as number) * (b[iResp] as number);
        w += b[iResp] as number;
      }
      return [s / w, mentah.map((b) => b[iIkm] as number).sort((a, b) => b - a)];
    },
    21,
    3,
  );
});

const kb = statSync(BUNDLE_PATH).size / 1024;

const baris = [
  ["CAPAIAN, 10 000 baris", tCap, tCapBare, 5],
  ["IKM, 10 000 responden x 14", tIkm, tIkmBare, 3],
  ["Model laporan SKM, 10 000 x 14", tModel, tModelBare, 0],
  ["TERBILANG skalar, 10 000 panggilan", tTerbilang, tTerbilangBare, 1.5],
  ["PREDIKAT 100 000 x skala 100 000", tPredikat, tPredikatBare, 0],
  ["Rekap 150 unit: baca + 3 dokumen", rekapUkur[0]![0], rekapUkur[0]![1], 0],
  ["Rekap 1 500 unit: baca + 3 dokumen", rekapUkur[1]![0], rekapUkur[1]![1], 0],
] as const;
console.log(`${"Pengukuran".padEnd(35)}terukur (ms)  loop polos (ms)  rasio  sasaran`);
for (const [nama, a, b, goal] of baris) {
  const rasio = a / b;
  console.log(
    `${nama.padEnd(36)}${a.toFixed(2).padStart(11)}${b.toFixed(2).padStart(17)}${rasio.toFixed(2).padStart(7)}  ${goal > 0 ? `<= ${goal} ${rasio <= goal ? "ya" : "TIDAK"}` : "(diukur)"}`,
  );
}
console.log(
  `PREDIKAT 100 000 nilai x skala 100 000 baris: ${(tPredikat / 1000).toFixed(2)} s (batas Sheets 30 s) ${tPredikat < 30_000 ? "ya" : "TIDAK"}`,
);
if (panjang === 0) console.log("");
console.log(`Ukuran build/Code.js: ${kb.toFixed(1)} KB (sasaran < 250 KB) ${kb < 250 ? "ya" : "TIDAK"}`);

// The split (src/mesin/muat.ts): Apps Script evaluates Code.js on every execution, each
// recalculation of a custom function included; a menu action or a dialog call also reads
// build/mesin.html and evaluates it once. Cold: each run compiles a source V8 has not seen (a
// unique comment at its end defeats the compilation cache), as a fresh execution does. The
// HtmlService read itself is Google's and not measured here.
const kbMesin = statSync(MESIN_PATH).size / 1024;
const sumberKode = readFileSync(BUNDLE_PATH, "utf8");
const sumberMesin = readFileSync(MESIN_PATH, "utf8");
let unik = 0;
const muatDingin = (sumber: string, nama: string) => () => {
  unik++;
  return new Function(`${sumber}\n//${unik}\nreturn ${nama};`)();
};
const [tMuatKode, tMuatMesin] = pair(
  muatDingin(sumberKode, "SakipSheets"),
  muatDingin(sumberMesin, "SakipMesin"),
  31,
  3,
);
console.log(
  `Ukuran build/mesin.html: ${kbMesin.toFixed(1)} KB (sasaran < 600 KB) ${kbMesin < 600 ? "ya" : "TIDAK"}`,
);
console.log(
  `Memuat Code.js (tiap eksekusi, juga tiap hitung ulang fungsi kustom): ${tMuatKode.toFixed(2)} ms (dingin, median)`,
);
console.log(`Memuat mesin.html (sekali per aksi menu/dialog): ${tMuatMesin.toFixed(2)} ms (dingin, median)`);

function pengaturanUji(): PengaturanUnit {
  return {
    namaUnit: "Kecamatan Uji",
    kabupaten: "Kabupaten Uji",
    tahun: 2024,
    triwulan: 4,
    namaPimpinan: "",
    nipPimpinan: "",
    jabatanPimpinan: "",
    namaPihakKedua: "",
    jabatanPihakKedua: "",
    tempat: "",
    tanggalLaporan: null,
    skalaPredikat: { nama: "LKJ", kelas: [] },
    rumusTurun: "SELISIH",
    metodeIkm: "PERMENPANRB_14_2017",
    bobotIkm: "UNSUR",
    populasiSkm: 20000,
    respondenRekap: null,
    jenisLayanan: [],
    folderLaporan: "",
    ikmTahunan: "RATA_RATA_TRIWULAN",
    tanggalPk: null,
    tanggalPkPerubahan: null,
    tempatPk: "",
    tanggalSkm: null,
    tanggalRka: null,
    tanggalRenja: null,
    evaluatorLke: [],
    namaInspektur: "",
    nipInspektur: "",
    tanggalLhe: null,
    tempatLhe: "",
    rekomendasiLhe: "",
    alamatKantor: "",
    kotaKantor: "",
    periodeRenstra: null,
    ukuranKertas: "A4",
  };
}

// Google service calls per report (issue 13: at most 150, the filling in at most three
// batchUpdate calls), counted by the fakes as Apps Script would make them: sheet reads, Drive,
// Docs and chart builders included; the second report of a kind (the first also writes the
// default template), on each sample, and Laporan Triwulan over 10 and 1 000 indicators.
// "lewat dialog": as Buat Laporan runs it, after the preview: the dialog sends its drawing of
// each chart (a PNG under the chart's title), so no chart is built with the Charts service.
function panggilan(
  siapkan: (g: ReturnType<typeof createFakeGoogle>, b: ReturnType<typeof loadBundle>) => void,
  opsi: object,
  lewatDialog = false,
) {
  const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
  const b = loadBundle(g.globals());
  g.useScriptScope(b);
  siapkan(g, b);
  const png = Buffer.from(blankPng(1200, 680)).toString("base64");
  const gambar = () =>
    lewatDialog
      ? (
          dialog(b, "pratinjauLaporan")(opsi) as {
            dokumen: { elemen: { jenis: string; grafik?: { judul: string } }[] };
          }
        ).dokumen.elemen.flatMap((e) =>
          e.jenis === "grafik" && e.grafik ? [{ judul: e.grafik.judul, png }] : [],
        )
      : [];
  dialog(b, "buatLaporan")(opsi, true, gambar());
  const kirim = gambar();
  g.counts.reset();
  dialog(b, "buatLaporan")(opsi, true, kirim);
  const n = g.counts.snapshot();
  return {
    total: Object.values(n).reduce((a, x) => a + x, 0),
    batch: n["Documents.batchUpdate"] ?? 0,
    get: n["Documents.get"] ?? 0,
  };
}
const contoh = (id: string) => (_g: unknown, b: ReturnType<typeof loadBundle>) =>
  dialog(b, "isiContohData")(dataContoh(id));
const indikator = (n: number) => (g: ReturnType<typeof createFakeGoogle>, b: ReturnType<typeof loadBundle>) =>
  isiIndikatorUji(g, b, n);
type Siapkan = (g: ReturnType<typeof createFakeGoogle>, b: ReturnType<typeof loadBundle>) => void;
const laporan: [string, Siapkan, object, boolean?][] = [
  ["Laporan Triwulan (Lumajang)", contoh("lumajang-2021"), { jenis: "triwulan" }],
  ["Laporan Triwulan, 10 indikator", indikator(10), { jenis: "triwulan" }],
  ["Laporan Triwulan, 1 000 indikator", indikator(1000), { jenis: "triwulan" }],
  ["Perjanjian Kinerja", contoh("lumajang-2021"), { jenis: "pk" }],
  ["Perjanjian Kinerja, 1 000 indikator", indikator(1000), { jenis: "pk" }],
  ["LKJ, 10 indikator", indikator(10), { jenis: "lkj" }],
  ["LKJ, 1 000 indikator", indikator(1000), { jenis: "lkj" }],
  ["LKJ, 1 000 indikator, lewat dialog", indikator(1000), { jenis: "lkj" }, true],
  ["LKJ (Klakah), lewat dialog", contoh("klakah-2023"), { jenis: "lkj" }, true],
  ["Laporan SKM (Klakah), lewat dialog", contoh("klakah-2023"), { jenis: "skm", periode: "TAHUN" }, true],
  ["LKJ (Klakah)", contoh("klakah-2023"), { jenis: "lkj" }],
  ["Laporan SKM (Klakah, setahun)", contoh("klakah-2023"), { jenis: "skm", periode: "TAHUN" }],
  ["Poster IKM", contoh("klakah-2023"), { jenis: "poster", periode: "TW4" }],
  ["RKA", contoh("rka-lumajang-2020"), { jenis: "rka", kegiatan: "3.05.3.05.09.01.021" }],
  ["KAK", contoh("rka-lumajang-2020"), { jenis: "kak", kegiatan: "3.05.3.05.09.01.021" }],
  ["Renja T-C.29", contoh("renja-jatiroto-2020"), { jenis: "tc29" }],
  ["Renja T-C.30", contoh("renja-jatiroto-2020"), { jenis: "tc30" }],
  ["Renja T-C.31", contoh("renja-jatiroto-2020"), { jenis: "tc31" }],
  ["Renja T-C.32", contoh("renja-jatiroto-2020"), { jenis: "tc32" }],
  ["Renja T-C.33", contoh("renja-jatiroto-2020"), { jenis: "tc33" }],
  ["Renja lengkap (T-C mendatar)", contoh("renja-jatiroto-2020"), { jenis: "renja" }],
];
console.log(`\n${"Laporan (panggilan layanan Google)".padEnd(38)}total  get  batchUpdate  sasaran <= 150`);
for (const [nama, siapkan, opsi, lewatDialog] of laporan) {
  const h = panggilan(siapkan, opsi, lewatDialog);
  console.log(
    `${nama.padEnd(38)}${String(h.total).padStart(5)}${String(h.get).padStart(5)}${String(h.batch).padStart(13)}  ${h.total <= 150 && h.batch <= 3 ? "ya" : "TIDAK"}`,
  );
}
