/** RKA-SKPD 2.2.1 and KAK of one kegiatan, modelled on seeds 004 and 000. */

import type { KunciRka } from "../laporan/rka";
import type { Dokumen, Elemen } from "../model";
import { pembuat, ttdPimpinan } from "./umum";

const { teks, p, subbab, isi, tabel } = pembuat<KunciRka>();

const KOP_RKA = (): Elemen[] => [
  tabel(
    [
      ["RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH", "FORMULIR\nRKA - SKPD 2.2.1"],
      ["{{kabupatenKapital}}\nTAHUN ANGGARAN {{tahun}}", ""],
    ],
    { tebal: [0], tengah: true, lebar: [70, 30] },
  ),
];

/** RKA-SKPD 2.2.1 of one kegiatan, as seed 004 prints it. */
export const TEMPLATE_RKA: Dokumen = {
  judul: teks("RKA-SKPD 2.2.1 {{tahun}} - {{kegiatan}}"),
  elemen: [
    ...KOP_RKA(),
    tabel(
      [
        ["Urusan Pemerintahan", ": {{urusan}}"],
        ["Organisasi", ": {{organisasi}}"],
        ["Program", ": {{program}}"],
        ["Kegiatan", ": {{kodeKegiatan}} {{kegiatan}}"],
        ["Lokasi Kegiatan", ": {{lokasi}}"],
        ["Jumlah Tahun {{tahunLalu}}", ": Rp {{jumlahTahunLalu}} ({{terbilangTahunLalu}})"],
        ["Jumlah Tahun {{tahun}}", ": Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
        ["Jumlah Tahun {{tahunDepan}}", ": Rp {{jumlahTahunDepan}} ({{terbilangTahunDepan}})"],
      ],
      { tanpaGaris: true, lebar: [25, 75] },
    ),
    subbab("Indikator & Tolak Ukur Kinerja Belanja Langsung"),
    tabel(
      [
        ["INDIKATOR", "TOLAK UKUR KINERJA", "TARGET KINERJA"],
        ["Capaian Program", "{{capaianProgram}}", "{{targetCapaianProgram}}"],
        ["Masukan", "{{masukan}}", "{{targetMasukan}}"],
        ["Keluaran", "{{keluaran}}", "{{targetKeluaran}}"],
        ["Hasil", "{{hasil}}", "{{targetHasil}}"],
      ],
      { kepala: 1, lebar: [20, 55, 25] },
    ),
    isi("Kelompok Sasaran Kegiatan: {{kelompokSasaran}}"),
    p("{{#jika rincian}}"),
    subbab("Rincian Anggaran Belanja Langsung"),
    tabel(
      [
        ["NO", "KODE REKENING", "URAIAN", "RINCIAN PERHITUNGAN", "", "", "JUMLAH (Rp)"],
        ["", "", "", "VOLUME", "SATUAN", "HARGA SATUAN (Rp)", ""],
        [
          "{{rincian.no}}",
          "{{rincian.kodeRekening}}",
          "{{rincian.uraian}}",
          "{{rincian.volume}}",
          "{{rincian.satuan}}",
          "{{rincian.harga}}",
          "{{rincian.jumlah}}",
        ],
        ["JUMLAH", "", "", "", "", "", "{{jumlahRincian}}"],
      ],
      {
        kepala: 2,
        tebal: [3],
        kanan: [3, 5, 6],
        lebar: [5, 15, 34, 9, 9, 14, 14],
        // The form's grouped header: Rincian Perhitungan over volume, satuan and harga.
        gabung: [
          ...[0, 1, 2, 6].map((kolom) => ({ baris: 0, kolom, barisRentang: 2 })),
          { baris: 0, kolom: 3, kolomRentang: 3 },
          { baris: -1, kolom: 0, kolomRentang: 6 },
        ],
      },
    ),
    p("{{/jika}}"),
    isi("Prakiraan maju tahun {{tahunDepan}} sebesar {{persenMaju}} % dari tahun {{tahun}}."),
    ttdPimpinan(),
  ],
};

/** KAK/TOR of one kegiatan (seeds 000, 004). */
export const TEMPLATE_KAK: Dokumen = {
  judul: teks("KAK {{tahun}} - {{kegiatan}}"),
  elemen: [
    p("KERANGKA ACUAN KERJA (KAK)\nTERM OF REFERENCE (TOR)", { gaya: "judul", rata: "tengah" }),
    tabel(
      [
        ["Nama Program", ": {{program}}"],
        ["Nama Kegiatan", ": {{kodeKegiatan}} {{kegiatan}}"],
        ["Indikator Program", ": {{capaianProgram}} ({{targetCapaianProgram}})"],
        ["Indikator Keluaran", ": {{keluaran}} ({{targetKeluaran}})"],
        ["Indikator Hasil", ": {{hasil}} ({{targetHasil}})"],
        ["Anggaran Tahun {{tahun}}", ": Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
      ],
      { tanpaGaris: true, lebar: [25, 75] },
    ),
    subbab("A. Latar Belakang"),
    isi("{{latarBelakang}}"),
    subbab("B. Dasar Hukum"),
    isi("{{dasarHukum}}"),
    subbab("C. Maksud dan Tujuan"),
    isi("{{maksudTujuan}}"),
    subbab("D. Bentuk dan Konsep Kegiatan"),
    isi("{{bentukKegiatan}}"),
    isi("{{konsepKegiatan}}"),
    subbab("E. Mekanisme dan Prosedur"),
    isi("{{mekanisme}}"),
    subbab("F. Waktu dan Tempat Pelaksanaan"),
    isi("Waktu: {{waktuPelaksanaan}}. Tempat: {{tempatPelaksanaan}}."),
    subbab("G. Biaya"),
    isi(
      "Kegiatan ini dibiayai APBD Tahun {{tahun}} sebesar Rp {{jumlahTahunIni}} ({{terbilangTahunIni}}), dengan prakiraan maju tahun {{tahunDepan}} Rp {{jumlahTahunDepan}}.",
    ),
    subbab("H. Manfaat"),
    isi("{{manfaat}}"),
    subbab("I. Kelompok Sasaran"),
    isi("{{kelompokSasaran}}"),
    ttdPimpinan(),
  ],
};
