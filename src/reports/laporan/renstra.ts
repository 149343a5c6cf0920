/**
 * The Renstra's years side by side (issue 12): LKJ 3.1.2 (seed 001 lines 373-386: target and
 * realisasi 2019-2023 per indicator, then a paragraph on the trend) and the quarterly report's
 * item 3 (seed 003 lines 271-279: the medium-term target of each year, the realisasi up to the
 * report year). The figures come from core's one merge (deretRenstra): this year's from the
 * report's own capaian (its target in force, targetBerlaku, and the realisasi it computes).
 */
import type { BukuKerja } from "../../core/model/bukuKerja";
import type { CapaianIndikator } from "../../core/model/kinerja";
import {
  deretRenstra,
  LAMA_RENSTRA,
  LAMA_RENSTRA_TERPENDEK,
  type NilaiTahunRenstra,
  tahunTabelRenstra,
} from "../../core/model/renstra";
import { bulatkan } from "../../core/pembulatan";
import { arahUbah, selisih } from "./narasi";
import { nilaiSatuan } from "./umum";

/** 1..5: the columns of the tables. */
const NOMOR = Array.from({ length: LAMA_RENSTRA }, (_, i) => i + 1);

export const KOLOM_RENSTRA_TAHUNAN = [
  "no",
  "indikator",
  ...NOMOR.flatMap((n) => [`target${n}`, `realisasi${n}`]),
] as const;

type Nomor = 1 | 2 | 3 | 4 | 5;
type NilaiTahunan = Record<
  `tahunRenstra${Nomor}` | `renstraSampai${Nomor}` | `renstraLama${Exclude<Nomor, 1>}`,
  string
> & {
  adaRenstraTahunan: string;
  kalimatTrenRenstra: string;
};

/**
 * The table's rows and values: `tahunRenstra1..5` the column years, `renstraSampai<k>` "ya" for
 * the k years up to the report year (the template prints that table), `kalimatTrenRenstra` the
 * trend of each indicator from the first year to the report year (`kapanKini`: "pada tahun 2023",
 * "sampai dengan triwulan III tahun 2021"; `tahunSelesai` false before TW IV: the report year is
 * not judged against its annual target yet). Empty when the period or the year does not allow the
 * five columns (Periksa Data says why).
 */
export function tabelRenstraTahunan(
  bk: BukuKerja,
  capaian: readonly CapaianIndikator[],
  kapanKini: string,
  tahunSelesai = true,
): { nilai: NilaiTahunan; baris: Record<string, string>[] } {
  const { periodeRenstra: periode, tahun } = bk.pengaturan;
  const tahunTabel = tahunTabelRenstra(periode);
  const k = tahun === null || tahunTabel === null ? -1 : tahunTabel.indexOf(tahun) + 1;
  const nilai = {
    adaRenstraTahunan: k > 0 ? "ya" : "",
    kalimatTrenRenstra: "",
    ...Object.fromEntries(
      NOMOR.flatMap((n) => [
        [`tahunRenstra${n}`, k > 0 && n <= tahunTabel!.length ? String(tahunTabel![n - 1]) : ""],
        [`renstraSampai${n}`, n === k ? "ya" : ""],
        // The period's years in the table: five, or two to four for a transitional Renstra.
        ...(n >= LAMA_RENSTRA_TERPENDEK
          ? [[`renstraLama${n}`, k > 0 && n === tahunTabel!.length ? "ya" : ""]]
          : []),
      ]),
    ),
  } as NilaiTahunan;
  if (k <= 0) return { nilai, baris: [] };
  const deret = capaian.map((c) => ({
    c,
    d: deretRenstra(c.ind, bk.targetRenstra, tahunTabel!, tahun!, periode!, {
      target: c.target,
      realisasi: c.realisasi,
    }),
  }));
  const baris = deret.map(({ c, d }, i) => ({
    no: String(i + 1),
    indikator: c.ind.indikator,
    // Columns past a shorter period's years stay empty (its tables do not print them).
    ...Object.fromEntries(
      NOMOR.flatMap((n) => {
        const x = d[n - 1];
        return [
          [`target${n}`, x ? nilaiSatuan(x.target, c.ind.satuan) : ""],
          [`realisasi${n}`, x ? nilaiSatuan(x.realisasi, c.ind.satuan) : ""],
        ];
      }),
    ),
  }));
  nilai.kalimatTrenRenstra = deret
    .map(({ c, d }) => kalimatTren(c, d, tahun!, kapanKini, tahunSelesai))
    .filter((s) => s !== "")
    .join(" ");
  return { nilai, baris };
}

/**
 * One indicator's trend over the table's years up to the report year: its realisasi from the
 * first year it has one to the report year (naik/turun, in points), its target over the same
 * years, and in how many of them the realisasi met the target (seed 001: "trend kenaikan target
 * tiap tahun tidak diikuti dengan kenaikan Realisasi"). Before the year's end (`selesai` false)
 * the year to date is not counted as a year that met or missed its target, and a JUMLAH
 * indicator (a sum of quarters) is compared over the whole years only.
 */
function kalimatTren(
  c: CapaianIndikator,
  d: NilaiTahunRenstra[],
  tahun: number,
  kapanKini: string,
  selesai: boolean,
): string {
  const ind = c.ind;
  const sebagian = !selesai && ind.agregasi === "JUMLAH";
  const ada = d.filter((x) => (sebagian ? x.tahun < tahun : x.tahun <= tahun) && x.realisasi !== null);
  if (ada.length < 2 || (!sebagian && ada.at(-1)!.tahun !== tahun)) return "";
  const awal = ada[0]!;
  const akhir = ada.at(-1)!;
  if (sebagian) kapanKini = `pada tahun ${akhir.tahun}`;
  const n = (v: number | null) => nilaiSatuan(v, ind.satuan);
  const r = arahUbah(awal.realisasi!, akhir.realisasi!);
  let teks =
    r === "tetap"
      ? `Realisasi ${ind.indikator} tetap ${n(akhir.realisasi)} pada tahun ${awal.tahun} dan ${kapanKini}`
      : `Realisasi ${ind.indikator} ${r} dari ${n(awal.realisasi)} pada tahun ${awal.tahun} menjadi ${n(akhir.realisasi)} ${kapanKini} (${r} ${selisih(bulatkan(akhir.realisasi!, 2) - bulatkan(awal.realisasi!, 2), ind.satuan)})`;
  if (awal.target !== null && akhir.target !== null) {
    const t = arahUbah(awal.target, akhir.target);
    teks +=
      t === "tetap"
        ? `, dengan target tetap ${n(akhir.target)}`
        : `, sedangkan targetnya ${t} dari ${n(awal.target)} menjadi ${n(akhir.target)}`;
  }
  const dinilai = ada.filter((x) => x.target !== null && ind.arah !== null && (selesai || x.tahun < tahun));
  if (dinilai.length > 0) {
    const tercapai = dinilai.filter((x) => {
      const [r2, t2] = [bulatkan(x.realisasi!, 2), bulatkan(x.target!, 2)];
      return ind.arah === "TURUN" ? r2 <= t2 : r2 >= t2;
    });
    teks += `; target tercapai pada ${tercapai.length} dari ${dinilai.length} tahun`;
    const belum = dinilai.filter((x) => !tercapai.includes(x)).map((x) => String(x.tahun));
    if (belum.length > 0 && tercapai.length > 0) teks += ` (belum tercapai: ${belum.join(", ")})`;
  }
  return `${teks}.`;
}
