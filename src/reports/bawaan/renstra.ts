/**
 * The Renstra's years side by side (issue 12), for LKJ 3.1.2 (seed 001 lines 380-384) and the
 * quarterly report's item 3 (seed 003 lines 273-279). A template's table has fixed columns, so
 * there is one table per place of the report year in the five-year period, each kept by its
 * `{{#jika renstraSampai<k>}}` (k = the years up to the report year): seed 001's LKJ of the last
 * year prints the five years, seed 003's report of the third year three years of realisasi.
 */

import type { Elemen } from "../model";
import { pembuat } from "./umum";

const { p, tabel } = pembuat<string>();
const NOMOR = [1, 2, 3, 4, 5] as const;
const tahun = (n: number) => `{{tahunRenstra${n}}}`;
const kolom = (nama: string, n: number) => `{{renstraTahunan.${nama}${n}}}`;

/** One table per k: per year up to the report year a Target and a Realisasi column (seed 001). */
export function tabelRenstraLkj(): Elemen[] {
  return NOMOR.flatMap((k) => {
    const sampai = NOMOR.slice(0, k);
    return [
      p(`{{#jika renstraSampai${k}}}`),
      tabel(
        [
          ["NO", "INDIKATOR KINERJA", ...sampai.flatMap((n) => [tahun(n), ""])],
          ["", "", ...sampai.flatMap(() => ["Target", "Realisasi"])],
          [
            "{{renstraTahunan.no}}",
            "{{renstraTahunan.indikator}}",
            ...sampai.flatMap((n) => [kolom("target", n), kolom("realisasi", n)]),
          ],
        ],
        {
          kepala: 2,
          gabung: [
            { baris: 0, kolom: 0, barisRentang: 2 },
            { baris: 0, kolom: 1, barisRentang: 2 },
            ...sampai.map((n) => ({ baris: 0, kolom: 2 * n, kolomRentang: 2 })),
          ],
          kanan: sampai.flatMap((n) => [2 * n, 2 * n + 1]),
          lebar: [6, 24, ...sampai.flatMap(() => [35 / k, 35 / k])],
          ukuran: k > 3 ? 7 : 9,
        },
      ),
      p("{{/jika}}"),
    ];
  });
}

/**
 * One table per period length L (five years, or two to four for a transitional Renstra: each kept
 * by `{{#jika renstraLama<L>}}`) and k: the medium-term target of the L years, the realisasi of
 * the k years up to the report year (seed 003).
 */
export function tabelRenstraTriwulan(): Elemen[] {
  return [5, 4, 3, 2].flatMap((lama) => [
    p(`{{#jika renstraLama${lama}}}`),
    ...tabelTriwulanLama(NOMOR.slice(0, lama)),
    p("{{/jika}}"),
  ]);
}

function tabelTriwulanLama(tahunTabel: readonly number[]): Elemen[] {
  const L = tahunTabel.length;
  return tahunTabel.flatMap((k) => {
    const sampai = NOMOR.slice(0, k);
    return [
      p(`{{#jika renstraSampai${k}}}`),
      tabel(
        [
          [
            "NO",
            "INDIKATOR KINERJA",
            "TARGET JANGKA MENENGAH",
            ...tahunTabel.slice(1).map(() => ""),
            "REALISASI KINERJA",
            ...sampai.slice(1).map(() => ""),
          ],
          ["", "", ...tahunTabel.map((n) => `TAHUN ${tahun(n)}`), ...sampai.map(tahun)],
          [
            "{{renstraTahunan.no}}",
            "{{renstraTahunan.indikator}}",
            ...tahunTabel.map((n) => kolom("target", n)),
            ...sampai.map((n) => kolom("realisasi", n)),
          ],
        ],
        {
          kepala: 2,
          gabung: [
            { baris: 0, kolom: 0, barisRentang: 2 },
            { baris: 0, kolom: 1, barisRentang: 2 },
            { baris: 0, kolom: 2, kolomRentang: L },
            ...(k > 1 ? [{ baris: 0, kolom: 2 + L, kolomRentang: k }] : []),
          ],
          kanan: [...tahunTabel.map((n) => n + 1), ...sampai.map((n) => n + 1 + L)],
          lebar: [5, 25, ...tahunTabel.map(() => 70 / (L + k)), ...sampai.map(() => 70 / (L + k))],
          ukuran: 8,
        },
      ),
      p("{{/jika}}"),
    ];
  });
}
