/**
 * What the default templates share, and the typed builders they are written with: a text naming
 * a placeholder its report's data does not give (KunciData of ../laporan/<jenis>.ts) does not
 * compile. The templates are data: scripts/build.mjs writes them into build/templat-bawaan.html,
 * so they do not weigh on Code.js.
 */

import type { KOLOM_ANGGARAN, nilaiAnggaran, nilaiUmum } from "../laporan/umum";
import type { Elemen, Paragraf, Tabel } from "../model";

/** The `{{...}}` placeholders of a literal text (none can be told of a computed one). */
type Di<S extends string> = S extends `${string}{{${infer X}}}${infer R}` ? X | Di<R> : never;
/** No extra argument when every placeholder is known; otherwise one whose type names the stranger. */
type Cek<S extends string, P extends string> = [Exclude<Di<S>, P>] extends [never]
  ? []
  : [placeholderTidakDikenal: Exclude<Di<S>, P>];

type OpsiParagraf = Omit<Paragraf, "jenis" | "teks">;
type OpsiTabel = Omit<Tabel, "jenis" | "baris">;

/** Builders of template elements whose texts may name only the placeholders `P`. */
export function pembuat<P extends string>() {
  const p = <const S extends string>(teks: S, opsi: OpsiParagraf = {}, ..._: Cek<S, P>): Paragraf => ({
    jenis: "paragraf",
    teks,
    ...opsi,
  });
  return {
    /** A text checked against the report's placeholders (a document's file name). */
    teks: <const S extends string>(teks: S, ..._: Cek<S, P>): string => teks,
    p,
    bab: <const S extends string>(teks: S, ..._: Cek<S, P>) =>
      p<string>(teks, { gaya: "bab", rata: "tengah" }),
    subbab: <const S extends string>(teks: S, ..._: Cek<S, P>) => p<string>(teks, { gaya: "subbab" }),
    isi: <const S extends string>(teks: S, ..._: Cek<S, P>) => p<string>(teks, { rata: "rata" }),
    tabel: <const B extends readonly (readonly string[])[]>(
      baris: B,
      opsi: OpsiTabel = {},
      ..._: Cek<B[number][number], P>
    ): Tabel => ({ jenis: "tabel", baris: baris.map((b) => [...b]), ...opsi }),
  };
}

export const halaman: Elemen = { jenis: "halaman" };

type KunciUmum = keyof ReturnType<typeof nilaiUmum>;
type KunciAnggaran = keyof ReturnType<typeof nilaiAnggaran> | `anggaran.${(typeof KOLOM_ANGGARAN)[number]}`;
const { tabel } = pembuat<KunciUmum | KunciAnggaran>();

/** Place and date, jabatan, room for the signature and stamp, name and NIP. */
export const ttdPimpinan = (denganTanggal = true) =>
  tabel(
    [
      [
        "",
        `${denganTanggal ? "{{tempat}}, {{tanggal}}\n" : ""}{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}`,
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

export const TABEL_ANGGARAN = (judulRealisasi: string) =>
  tabel(
    [
      [
        "NO",
        "PROGRAM/KEGIATAN/SUB KEGIATAN",
        "PAGU ANGGARAN (Rp)",
        judulRealisasi,
        "SISA ANGGARAN (Rp)",
        "SERAPAN",
      ],
      ["", "TOTAL", "{{totalPagu}}", "{{totalRealisasi}}", "{{totalSisa}}", "{{totalSerapan}}"],
      [
        "{{anggaran.no}}",
        "{{anggaran.uraian}}",
        "{{anggaran.pagu}}",
        "{{anggaran.realisasi}}",
        "{{anggaran.sisa}}",
        "{{anggaran.serapan}}",
      ],
    ],
    { kepala: 1, tebal: [1], kanan: [2, 3, 4, 5], lebar: [5, 41, 15, 15, 14, 10] },
  );
