// A unit workbook as a rekap sees it through IMPORTRANGE: a sample written into a fake
// spreadsheet, its custom-function columns and Ringkasan's built-in formulas computed as Sheets
// would (test/fakes/rumus.ts, test/fakes/importrange.ts), its written block by the add-on.
import { mutuPelayanan, UNSUR_PERMENPANRB_14_2017 } from "../src/core/ikm";
import { type KriteriaKurang, teksRincianLke } from "../src/core/lhe";
import { KOMPONEN_LKE, predikatSakip, type Skor } from "../src/core/lke";
import type { ContohUnit } from "../src/core/model/contoh";
import { bacaPengaturanRekap, type PengaturanRekap, type Rekap, statusUnit } from "../src/core/model/rekap";
import { RINGKASAN, VERSI_RINGKASAN } from "../src/core/model/ringkasan";
import { bulatkan } from "../src/core/pembulatan";
import * as fungsi from "../src/functions";
import { bacaBukuKerja } from "../src/sheets/baca";
import { perbaruiRingkasan } from "../src/sheets/ringkasan";
import { googleContoh } from "./bantu";
import type { CellValue, FakeGoogle } from "./fakes";
import { hitungImportRange, hitungRumusBawaan, type SumberImpor } from "./fakes/importrange";
import { hitungRumus } from "./fakes/rumus";

export function sumberContoh(contoh: ContohUnit, dokumen?: string): SumberImpor {
  const g = googleContoh(contoh);
  hitungRumus(g, fungsi);
  perbaruiRingkasan(g.spreadsheet, bacaBukuKerja(g.spreadsheet), dokumen);
  hitungRumusBawaan(g, "Ringkasan");
  return { lembar: { Ringkasan: g.sheetValues("Ringkasan") } };
}

export const urlSpreadsheet = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** A deterministic stream of numbers in [0, 1) (the generated units are the same every run). */
function acak(benih: number): () => number {
  let s = benih >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return (s % 100_000) / 100_000;
  };
}

/**
 * A generated unit's Ringkasan row as IMPORTRANGE hands it over (demo and bench: a kabupaten of
 * 150 units, a province of 1 500): plausible figures whose IKM is its NRR's mean x 25, mutu and
 * predikat by core's rules.
 */
export function ringkasanBuatan(
  i: number,
  tahun: number,
  tw: string,
  kabupaten = "Kabupaten Lumajang",
): CellValue[] {
  const r = acak(i * 7919 + 17);
  const nrr = UNSUR_PERMENPANRB_14_2017.map(() => bulatkan(2.7 + r() * 1.1, 3));
  const ikm = bulatkan((nrr.reduce((a, b) => a + b, 0) / nrr.length) * 25, 2);
  const responden = 80 + Math.floor(r() * 320);
  const pagu = 1_000_000_000 + Math.floor(r() * 9_000_000) * 1000;
  const realisasi = Math.floor(pagu * (0.4 + r() * 0.55));
  const lkeEvaluator = bulatkan(45 + r() * 45, 2);
  const jumlah = 3 + Math.floor(r() * 8);
  const nilai: Record<string, CellValue> = {
    versi: VERSI_RINGKASAN,
    unit: `Kecamatan Contoh ${i}`,
    kabupaten,
    tahun,
    triwulan: tw,
    capaian: bulatkan(70 + r() * 45, 2),
    tercapai: Math.floor(r() * (jumlah + 1)),
    jumlahIndikator: jumlah,
    lkeMandiri: bulatkan(lkeEvaluator + r() * 8, 2),
    lkeEvaluator,
    predikatSakip: predikatSakip(lkeEvaluator).kode,
    periodeSkm: `Triwulan ${tw}`,
    ikm,
    responden,
    sampelMinimal: 80 + Math.floor(r() * 150),
    mutu: mutuPelayanan(ikm).huruf,
    pagu,
    realisasi,
    serapan: bulatkan((realisasi / pagu) * 100, 2),
    dokumen: "",
    diperbarui: "",
  };
  nilai.rincianLke = rincianBuatan(i, nilai.lkeMandiri as number, lkeEvaluator, r);
  return RINGKASAN.kolom.map((k) => (k.kunci === "nrr" ? nrr[k.indeks!]! : (nilai[k.kunci] ?? "")));
}

/**
 * A generated unit's Rincian LKE: each component scored at the unit's share of its weight (so the
 * components sum to the totals the row shows), and three criteria below full value per component.
 */
function rincianBuatan(i: number, mandiri: number, evaluator: number, r: () => number): string {
  const skor = (nama: string, bobot: number, m: number, e: number, n: number): Skor => ({
    nama,
    bobot,
    mandiri: m,
    evaluator: e,
    jumlahKriteria: n,
  });
  const komponen = KOMPONEN_LKE.map((k) =>
    skor(k.nama, k.bobot, (mandiri * k.bobot) / 100, (evaluator * k.bobot) / 100, 10),
  );
  const kurang: KriteriaKurang[] = KOMPONEN_LKE.flatMap((k) =>
    [1, 2, 3].map((j) => {
      const nilai = [0, 0.25, 0.5, 0.75][Math.floor(r() * 4)]!;
      return {
        kode: `${k.kode}.${j}`,
        komponen: k.nama,
        kriteria: `Kriteria ${j} komponen ${k.nama} unit contoh ${i}.`,
        nilai,
        hilang: ((1 - nilai) * k.bobot * 0.5) / 10,
        catatanEvaluator: j === 1 ? `Bukti kriteria ${k.kode}.${j} belum lengkap.` : "",
        saran: `Lengkapi bukti kriteria ${k.kode}.${j}.`,
      };
    }),
  ).sort((a, b) => b.hilang - a.hilang);
  return teksRincianLke(
    { komponen, total: skor("Total", 100, mandiri, evaluator, 40), kurang },
    `Camat Contoh ${i}`,
    "",
  );
}

/** A rekap of `n` generated units as read (every unit granted and of the rekap's period). */
export function rekapBuatan(n: number, pengaturan: Partial<PengaturanRekap> = {}): Rekap {
  const p = bacaPengaturanRekap([], []);
  const pr: PengaturanRekap = {
    ...p,
    kabupaten: "Kabupaten Lumajang",
    tahun: 2023,
    triwulan: 4,
    ...pengaturan,
  };
  const unit = Array.from({ length: n }, (_, i) =>
    statusUnit(
      i + 2,
      {
        nama: `Kecamatan Contoh ${i + 1}`,
        jenis: "KECAMATAN",
        tautan: urlSpreadsheet(`1Contoh${String(i).padStart(24, "0")}`),
        terbaca: null,
      },
      ringkasanBuatan(i + 1, pr.tahun ?? 2023, "IV"),
      pr,
    ),
  );
  return { pengaturan: pr, unit, masalah: [] };
}

export interface UnitContoh {
  nama: string;
  jenis: string;
  id: string;
  sumber: SumberImpor;
}

/** The four samples as units of a rekap, and `n` generated ones (of the rekap's year and quarter). */
export function unitContoh(contoh: readonly ContohUnit[], n: number, tahun = 2023): UnitContoh[] {
  const sampel = contoh.map((c, i) => ({
    // Two samples are Kecamatan Lumajang (2021 and 2020): a rekap lists a unit once, so the year tells them apart.
    nama:
      contoh.filter((d) => d.pengaturan.namaUnit === c.pengaturan.namaUnit).length > 1
        ? `${c.pengaturan.namaUnit} (${c.pengaturan.tahun})`
        : String(c.pengaturan.namaUnit ?? c.judul),
    jenis: "KECAMATAN",
    id: `1Sampel${String(i).padStart(24, "0")}`,
    sumber: sumberContoh(c),
  }));
  const buatan = Array.from({ length: n }, (_, i) => {
    const baris = ringkasanBuatan(i + 1, tahun, "IV");
    return {
      nama: `Kecamatan Contoh ${i + 1}`,
      jenis: i % 3 === 0 ? "OPD" : "KECAMATAN",
      id: `1Buatan${String(i).padStart(24, "0")}`,
      sumber: { lembar: { Ringkasan: [RINGKASAN.kolom.map((k) => k.judul), baris] } },
    };
  });
  return [...sampel, ...buatan];
}

/**
 * A rekap made as a user makes it, through the bundle's menu: Rekap Kabupaten, the settings and the
 * units typed, Rekap Kabupaten again (the imports), every import granted, Rekap Kabupaten again.
 */
export function isiRekap(
  g: FakeGoogle,
  rekapKabupaten: () => void,
  unit: readonly UnitContoh[],
  pengaturan: Record<string, string | number> = {},
): void {
  rekapKabupaten();
  const p = g.spreadsheet.getSheetByName("Pengaturan Rekap")!;
  const judul = p
    .getDataRange()
    .getValues()
    .map((b) => b[0]);
  const nilai: Record<string, string | number> = {
    "Kabupaten/Kota": "Kabupaten Lumajang",
    Tahun: 2023,
    Triwulan: "IV",
    "Nama Penandatangan": "Drs. Contoh Inspektur, M.Si.",
    "NIP Penandatangan": "196805121994031007",
    "Jabatan Penandatangan": "Inspektur Kabupaten Lumajang",
    Kepada: "Bupati Lumajang",
    "Nomor Nota Dinas": "700/123/427.60/2024",
    "Tempat Penandatanganan": "Lumajang",
    "Tanggal Rekap": "15 Januari 2024",
    ...pengaturan,
  };
  p.getRange(1, 2, judul.length, 1).setValues(
    judul.map((j, i) => [i === 0 ? "Nilai" : (nilai[String(j)] ?? "")]),
  );
  if (unit.length > 0) {
    g.spreadsheet
      .getSheetByName("Rekap Unit")!
      .getRange(2, 1, unit.length, 3)
      .setValues(unit.map((u) => [u.nama, u.jenis, urlSpreadsheet(u.id)]));
  }
  rekapKabupaten();
  hitungImportRange(g, Object.fromEntries(unit.map((u) => [u.id, u.sumber])), new Set(unit.map((u) => u.id)));
  rekapKabupaten();
}
