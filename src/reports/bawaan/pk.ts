/** Perjanjian Kinerja, modelled on seeds 001 and 003. */

import type { KunciPk, KunciPkPerubahan } from "../laporan/pk";
import type { Dokumen, Elemen } from "../model";
import { halaman, pembuat } from "./umum";

const { teks, p, tabel } = pembuat<KunciPk>();
/** What the PK and the PK Perubahan both say: the parties, their promise, their signatures. */
const bersama = pembuat<Extract<KunciPk, KunciPkPerubahan>>();

const ttdDuaPihak = () =>
  bersama.tabel(
    [
      [
        "\nPIHAK KEDUA\n{{jabatanPihakKeduaKapital}}\n\n\n\n{{namaPihakKedua}}",
        "{{tempat}}, {{tanggal}}\nPIHAK PERTAMA\n{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}",
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

/** The two parties and what each undertakes (seeds 001 and 003, the PK's first page). */
const PIHAK: readonly Elemen[] = [
  bersama.isi(
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
  ),
  bersama.tabel(
    [
      ["Nama", ": {{namaPimpinan}}"],
      ["Jabatan", ": {{jabatanPimpinan}}"],
    ],
    { tanpaGaris: true, lebar: [20, 80] },
  ),
  bersama.isi("selanjutnya disebut PIHAK PERTAMA,"),
  bersama.tabel(
    [
      ["Nama", ": {{namaPihakKedua}}"],
      ["Jabatan", ": {{jabatanPihakKedua}}"],
    ],
    { tanpaGaris: true, lebar: [20, 80] },
  ),
  bersama.isi("selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."),
  bersama.isi(
    "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
  ),
  bersama.isi(
    "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
  ),
];

export const TEMPLATE_PK: Dokumen = {
  judul: teks("Perjanjian Kinerja {{tahun}} - {{unit}}"),
  elemen: [
    p("PERJANJIAN KINERJA TAHUN {{tahun}}", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{kabupatenKapital}}", { gaya: "subjudul", rata: "tengah" }),
    ...PIHAK,
    ttdDuaPihak(),
    halaman,
    p("PERJANJIAN KINERJA TAHUN {{tahun}}\n{{unitKapital}} {{kabupatenKapital}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["{{sasaran.no}}", "{{sasaran.sasaran}}", "{{sasaran.indikator}}", "{{sasaran.target}}"],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p(""),
    // Seed 001's PK (lines 779-785): the program indicators under their sasaran program.
    p("{{#jika sasaranProgram}}"),
    tabel(
      [
        ["NO", "SASARAN PROGRAM", "INDIKATOR KINERJA", "TARGET"],
        [
          "{{sasaranProgram.no}}",
          "{{sasaranProgram.sasaran}}",
          "{{sasaranProgram.indikator}}",
          "{{sasaranProgram.target}}",
        ],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p(""),
    p("{{/jika}}"),
    tabel(
      [
        ["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"],
        ["{{program.no}}", "{{program.program}}", "{{program.anggaran}}", "{{program.keterangan}}"],
        ["", "JUMLAH", "{{totalProgram}}", ""],
      ],
      { kepala: 1, tebal: [2], kanan: [2], lebar: [6, 50, 24, 20] },
    ),
    ttdDuaPihak(),
  ],
};

const perubahan = pembuat<KunciPkPerubahan>();

/** The table of a PK Perubahan: each target as signed beside the revised one. */
const tabelTarget = (daftar: "sasaran" | "sasaranProgram", judul: string) =>
  perubahan.tabel(
    [
      ["NO", judul, "INDIKATOR KINERJA", "TARGET PK AWAL", "TARGET PK PERUBAHAN"],
      [
        `{{${daftar}.no}}`,
        `{{${daftar}.sasaran}}`,
        `{{${daftar}.indikator}}`,
        `{{${daftar}.target}}`,
        `{{${daftar}.targetPerubahan}}`,
      ],
    ],
    { kepala: 1, kanan: [3, 4], lebar: [6, 34, 36, 12, 12] },
  );

/** Perjanjian Kinerja Perubahan: the PK's text, its own date, the revised targets beside the signed ones. */
export const TEMPLATE_PK_PERUBAHAN: Dokumen = {
  judul: perubahan.teks("Perjanjian Kinerja Perubahan {{tahun}} - {{unit}}"),
  elemen: [
    perubahan.p("PERJANJIAN KINERJA PERUBAHAN TAHUN {{tahun}}", { gaya: "judul", rata: "tengah" }),
    perubahan.p("{{unitKapital}}\n{{kabupatenKapital}}", { gaya: "subjudul", rata: "tengah" }),
    ...PIHAK,
    perubahan.p("{{#jika tanggalPkAwal}}"),
    perubahan.isi(
      "Perjanjian ini mengubah target Perjanjian Kinerja Tahun {{tahun}} yang ditandatangani pada tanggal {{tanggalPkAwal}}; target yang tidak diubah tetap berlaku.",
    ),
    perubahan.p("{{/jika}}"),
    ttdDuaPihak(),
    halaman,
    perubahan.p("PERJANJIAN KINERJA PERUBAHAN TAHUN {{tahun}}\n{{unitKapital}} {{kabupatenKapital}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    tabelTarget("sasaran", "SASARAN STRATEGIS"),
    perubahan.p(""),
    perubahan.p("{{#jika sasaranProgram}}"),
    tabelTarget("sasaranProgram", "SASARAN PROGRAM"),
    perubahan.p(""),
    perubahan.p("{{/jika}}"),
    perubahan.tabel(
      [
        ["NO", "PROGRAM", "ANGGARAN PK AWAL", "ANGGARAN PERUBAHAN", "KETERANGAN"],
        [
          "{{program.no}}",
          "{{program.program}}",
          "{{program.anggaran}}",
          "{{program.anggaranPerubahan}}",
          "{{program.keterangan}}",
        ],
        ["", "JUMLAH", "{{totalProgram}}", "{{totalProgramPerubahan}}", ""],
      ],
      { kepala: 1, tebal: [2], kanan: [2, 3], lebar: [5, 34, 22, 22, 17] },
    ),
    ttdDuaPihak(),
  ],
};
