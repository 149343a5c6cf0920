/**
 * The computed columns' formulas: one array formula in the first data row per column, so Sheets
 * runs one custom-function execution for the whole column instead of one per row.
 */
import { ANGGARAN } from "../core/model/anggaran";
import { KINERJA } from "../core/model/kinerja";
import { hurufKolom, nomorKolom, type SkemaLembar } from "../core/model/kolom";
import { JAWABAN_LKE, KRITERIA_LKE, SKALA_LKE } from "../core/model/lke";
import { PENGATURAN } from "../core/model/pengaturan";
import { RINGKASAN, VERSI_RINGKASAN } from "../core/model/ringkasan";

/**
 * Formula argument separator of a spreadsheet locale. Formulas written by a script are read in
 * the spreadsheet's locale, whose separator is ";" where the decimal mark is a comma (Indonesia:
 * "in_ID"/"id_ID") and "," elsewhere (table of Sheets locales: gist.github.com/rtwalz/99f962981e2bd42eacfe97af03a090af).
 */
export function pemisahArgumen(locale: string): "," | ";" {
  const [bahasa = "", negara = ""] = locale.replace("-", "_").split("_");
  const koma = new Set(["es_MX", "es_US", "es_PR", "es_DO", "es_GT", "es_HN", "es_NI", "es_PA", "es_SV"]);
  if (koma.has(`${bahasa}_${negara}`)) return ",";
  const titikKoma = new Set(
    "id in es pt fr de it nl da fi sv nb no pl cs sk sl hr sr bs bg ro ru uk be hy az ka kk lv lt et el hu tr is".split(
      " ",
    ),
  );
  return titikKoma.has(bahasa) ? ";" : ",";
}

export interface KonteksRumus {
  pemisah: "," | ";";
  /** Absolute references to Pengaturan values, e.g. "Pengaturan!$B$12". */
  selSkalaPredikat: string;
  selRumusTurun: string;
}

const kol = (s: SkemaLembar, judul: string) => hurufKolom(nomorKolom(s, judul));

/** Open-ended column range from row 2: "H2:H". */
const rentang = (s: SkemaLembar, judul: string) => `${kol(s, judul)}2:${kol(s, judul)}`;

/** Column header -> formula for row 2, per sheet. */
export function rumusKolom(skema: SkemaLembar, k: KonteksRumus): Record<string, string> {
  const p = k.pemisah;
  if (skema.nama === KINERJA.nama) {
    const tw = `${kol(KINERJA, "Realisasi TW I")}2:${kol(KINERJA, "Realisasi TW IV")}`;
    return {
      "Realisasi Tahunan": `=REALISASI_TAHUNAN(${tw}${p}${rentang(KINERJA, "Agregasi Tahunan")})`,
      // Against the target in force (core/model/kinerja targetBerlaku for the whole year): the
      // PK Perubahan's where one is typed, else the signed PK's.
      "Capaian (%)": `=CAPAIAN(${rentang(KINERJA, "Realisasi Tahunan")}${p}ARRAYFORMULA(IF(${rentang(KINERJA, "Target PK Perubahan")}=""${p}${rentang(KINERJA, "Target")}${p}${rentang(KINERJA, "Target PK Perubahan")}))${p}${rentang(KINERJA, "Arah")}${p}${k.selRumusTurun})`,
      Predikat: `=PREDIKAT(${rentang(KINERJA, "Capaian (%)")}${p}${k.selSkalaPredikat})`,
    };
  }
  if (skema.nama === ANGGARAN.nama) {
    const tw = `${kol(ANGGARAN, "Realisasi s.d. TW I")}2:${kol(ANGGARAN, "Realisasi s.d. TW IV")}`;
    const awal = rentang(ANGGARAN, "Pagu Awal");
    const ubah = rentang(ANGGARAN, "Pagu Perubahan");
    const real = rentang(ANGGARAN, "Realisasi");
    const pagu = `IF(${ubah}=""${p}${awal}${p}${ubah})`;
    return {
      Realisasi: `=REALISASI_TAHUNAN(${tw}${p}"TERAKHIR")`,
      // Blank where no pagu is typed (parent lines are summed in the reports, not here).
      Sisa: `=ARRAYFORMULA(IF((${awal}="")*(${ubah}="")${p}""${p}${pagu}-IF(${real}=""${p}0${p}${real})))`,
      "Serapan (%)": `=SERAPAN(${real}${p}ARRAYFORMULA(${pagu}))`,
    };
  }
  if (skema.nama === RINGKASAN.nama) return rumusRingkasan(p);
  if (skema.nama === JAWABAN_LKE.nama) {
    const skala = `'${SKALA_LKE.nama}'!A2:B`;
    const kriteria = `'${KRITERIA_LKE.nama}'!A2:${kol(KRITERIA_LKE, "Kriteria")}`;
    const kode = rentang(JAWABAN_LKE, "Kode");
    return {
      // Sheets' own lookup, for the reader's eye only: no record reads this column.
      Kriteria: `=ARRAYFORMULA(IF(${kode}=""${p}""${p}IFERROR(VLOOKUP(${kode}${p}${kriteria}${p}${nomorKolom(KRITERIA_LKE, "Kriteria")}${p}FALSE)${p}"Kode tidak ada di Kriteria LKE")))`,
      "Nilai Mandiri": `=NILAI_LKE(${rentang(JAWABAN_LKE, "Jawaban Mandiri")}${p}${skala})`,
      "Nilai Evaluator": `=NILAI_LKE(${rentang(JAWABAN_LKE, "Jawaban Evaluator")}${p}${skala})`,
    };
  }
  return {};
}

/**
 * Formulas earlier versions of the add-on installed in a computed column, which Siapkan replaces
 * by today's (a formula the user wrote is never among them, so it is left alone).
 */
export function rumusLamaKolom(skema: SkemaLembar, k: KonteksRumus): Record<string, string[]> {
  const p = k.pemisah;
  if (skema.nama === KINERJA.nama) {
    return {
      // Before the PK Perubahan's target counted (issue 12): against the signed target only.
      "Capaian (%)": [
        `=CAPAIAN(${rentang(KINERJA, "Realisasi Tahunan")}${p}${rentang(KINERJA, "Target")}${p}${rentang(KINERJA, "Arah")}${p}${k.selRumusTurun})`,
      ],
    };
  }
  return {};
}

/**
 * Whether two formulas are the same one as Sheets may give it back: spaces, letter case and the
 * argument separator (a spreadsheet in another locale shows "," for ";") do not count.
 */
export const samaRumus = (a: string, b: string) => {
  const n = (f: string) => f.replace(/\s+/g, "").replace(/;/g, ",").toUpperCase();
  return n(a) === n(b);
};

/** A setting's value by its title (the row may move): blank when absent. */
const nilaiPengaturan = (kunci: string, p: string) =>
  `=IFERROR(VLOOKUP("${PENGATURAN.find((x) => x.kunci === kunci)!.judul}"${p}Pengaturan!$A:$B${p}2${p}0)${p}"")`;

/**
 * Ringkasan's formula columns: built-in functions only (what IMPORTRANGE hands the rekap is what
 * the workbook last computed, and a custom function computes only while its workbook is open).
 * 'Nilai LKE'!C6:E6 is the evaluation's summary (engineer lke's contract): a workbook without that
 * sheet gets #REF!, which IFERROR turns blank.
 */
function rumusRingkasan(p: string): Record<string, string> {
  const capaian = `Kinerja!${rentang(KINERJA, "Capaian (%)")}`;
  const lke = (sel: string) => `=IFERROR('Nilai LKE'!${sel}${p}"")`;
  return {
    "Versi Ringkasan": `=${VERSI_RINGKASAN}`,
    "Unit Kerja": nilaiPengaturan("namaUnit", p),
    "Kabupaten/Kota": nilaiPengaturan("kabupaten", p),
    Tahun: nilaiPengaturan("tahun", p),
    Triwulan: nilaiPengaturan("triwulan", p),
    "Rata-rata Capaian (%)": `=IFERROR(AVERAGE(${capaian})${p}"")`,
    "Indikator Tercapai": `=COUNTIF(${capaian}${p}">=100")`,
    "Jumlah Indikator": `=COUNT(${capaian})`,
    "Nilai LKE Mandiri": lke("C6"),
    "Nilai LKE Evaluator": lke("D6"),
    "Predikat SAKIP": lke("E6"),
  };
}

/**
 * The typed columns each computed column's formula reads, from the formulas themselves: header ->
 * the computed columns that go blank when one of its cells holds an error (Sheets does not run a
 * custom function whose argument holds an error value; the whole array formula shows the error).
 */
export function kolomDibacaRumus(skema: SkemaLembar): Map<string, string[]> {
  const rumus = rumusKolom(skema, { pemisah: ",", selSkalaPredikat: "", selRumusTurun: "" });
  const dibaca = new Map<string, string[]>();
  const nomor = (huruf: string) => [...huruf].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  for (const [hasil, f] of Object.entries(rumus)) {
    // Columns of this sheet only: "Kinerja!M2:M" in Ringkasan's formula, 'Skala LKE'!A2:B in
    // Jawaban LKE's, are another sheet's.
    for (const m of f.matchAll(/(?<![!\w$])([A-Z]{1,3})2:([A-Z]{1,3})\b/g)) {
      for (let c = nomor(m[1]!); c <= nomor(m[2]!); c++) {
        const k = skema.kolom[c - 1];
        if (k === undefined || k.jenis === "rumus") continue;
        dibaca.set(k.judul, [...(dibaca.get(k.judul) ?? []), hasil]);
      }
    }
  }
  return dibaca;
}
