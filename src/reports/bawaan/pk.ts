/** Perjanjian Kinerja, modelled on seeds 001 and 003. */

import type { KunciPk } from "../laporan/pk";
import type { Dokumen } from "../model";
import { halaman, pembuat } from "./umum";

const { teks, p, isi, tabel } = pembuat<KunciPk>();

const ttdDuaPihak = () =>
  tabel(
    [
      [
        "\nPIHAK KEDUA\n{{jabatanPihakKeduaKapital}}\n\n\n\n{{namaPihakKedua}}",
        "{{tempat}}, {{tanggal}}\nPIHAK PERTAMA\n{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}",
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

export const TEMPLATE_PK: Dokumen = {
  judul: teks("Perjanjian Kinerja {{tahun}} - {{unit}}"),
  elemen: [
    p("PERJANJIAN KINERJA TAHUN {{tahun}}", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{kabupatenKapital}}", { gaya: "subjudul", rata: "tengah" }),
    isi(
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    ),
    tabel(
      [
        ["Nama", ": {{namaPimpinan}}"],
        ["Jabatan", ": {{jabatanPimpinan}}"],
      ],
      { tanpaGaris: true, lebar: [20, 80] },
    ),
    isi("selanjutnya disebut PIHAK PERTAMA,"),
    tabel(
      [
        ["Nama", ": {{namaPihakKedua}}"],
        ["Jabatan", ": {{jabatanPihakKedua}}"],
      ],
      { tanpaGaris: true, lebar: [20, 80] },
    ),
    isi("selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."),
    isi(
      "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    ),
    isi(
      "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
    ),
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
