/**
 * The built-in sample "Kecamatan Lumajang 2021, triwulan III", taken from seed 003 (Laporan
 * Kinerja Triwulan III Kecamatan Lumajang 2021): what a newcomer sees working, and what the demo
 * and the tests compute from. Figures are the seed's; where the seed contradicts itself the
 * choice is noted.
 */

export const UNIT_LUMAJANG_2021 = {
  namaUnit: "Kecamatan Lumajang",
  kabupaten: "Kabupaten Lumajang",
  tahun: 2021,
  triwulan: 3,
  namaPimpinan: "Drs. DEDWI SUPRAPTO, M.Si.",
  nipPimpinan: "19701218 199101 1 002",
  jabatanPimpinan: "Camat Lumajang",
  pihakKedua: "H. THORIQUL HAQ, M.ML",
  jabatanPihakKedua: "Bupati Lumajang",
} as const;

export interface IndikatorContoh {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  arah: "NAIK" | "TURUN";
  agregasi: "RATA-RATA" | "JUMLAH" | "TERAKHIR";
  target: number;
  /** TW I-IV; null = not reported yet. */
  realisasi: readonly (number | null)[];
  penjelasan: string;
}

const SASARAN_2021 =
  "Meningkatnya kualitas pelayanan, fasilitasi dan koordinasi Kecamatan dan Akuntabilitas Keuangan dan Pemerintah Desa";

/**
 * PK 2021 indicators. Targets are those of the capaian table (3.1): the seed's PK page prints 79 %
 * for both percentages, and its 2020/2021 comparison swaps 85 % and 90 % between the two
 * indicators (domain.md section 4). TW III values are the seed's; TW I-II are the unit's
 * earlier quarters as a cumulative series ending at the TW III figure.
 */
export const INDIKATOR_LUMAJANG_2021: readonly IndikatorContoh[] = [
  {
    kode: "1.1",
    sasaran: SASARAN_2021,
    indikator: "Nilai IKM Kecamatan",
    satuan: "indeks",
    arah: "NAIK",
    agregasi: "RATA-RATA",
    target: 86.4,
    realisasi: [86.95, 87.1, 87.28, null],
    penjelasan: "Perhitungan berdasarkan survei kepuasan masyarakat.",
  },
  {
    kode: "1.2",
    sasaran: SASARAN_2021,
    indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    satuan: "%",
    arah: "NAIK",
    agregasi: "TERAKHIR",
    target: 90,
    realisasi: [92.5, 96.3, 100, null],
    penjelasan: "Seluruh hasil fasilitasi dan koordinasi triwulan III telah ditindaklanjuti.",
  },
  {
    kode: "1.3",
    sasaran: SASARAN_2021,
    indikator: "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
    satuan: "%",
    arah: "NAIK",
    agregasi: "TERAKHIR",
    target: 85,
    realisasi: [75, 91.67, 100, null],
    penjelasan: "Seluruh desa menyusun RKPDes, APBDes dan LPPDes tepat waktu.",
  },
];

/**
 * Budget per sub kegiatan: pagu awal and pagu refocusing (table in BAB I C) and realisasi s.d.
 * TW III (table 3.2).
 */
export const SUB_KEGIATAN_LUMAJANG_2021: readonly [
  kode: string,
  uraian: string,
  paguAwal: number,
  paguRefocusing: number,
  realisasiTw3: number,
][] = [
  ["7.01.01.2.01.02", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 2_620_000, 2_620_000, 2_620_000],
  [
    "7.01.01.2.01.06",
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    1_408_000,
    772_000,
    0,
  ],
  ["7.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", 5_651_946_797, 5_651_946_797, 3_696_694_186],
  ["7.01.01.2.02.02", "Penyediaan Administrasi Pelaksanaan Tugas ASN", 36_162_344, 8_953_086, 8_953_086],
  [
    "7.01.01.2.02.05",
    "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
    1_408_000,
    1_408_000,
    1_408_000,
  ],
  ["7.01.01.2.03.06", "Penatausahaan Barang Milik Daerah pada SKPD", 2_376_000, 594_000, 594_000],
  [
    "7.01.01.2.06.01",
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    2_745_380,
    2_745_380,
    2_745_380,
  ],
  ["7.01.01.2.06.04", "Penyediaan Bahan Logistik Kantor", 31_257_590, 31_257_590, 29_914_270],
  ["7.01.01.2.06.05", "Penyediaan Barang Cetak dan Penggandaan", 17_860_000, 17_136_250, 14_781_350],
  [
    "7.01.01.2.06.09",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    32_680_000,
    17_610_000,
    13_110_000,
  ],
  ["7.01.01.2.07.06", "Pengadaan Peralatan dan Mesin Lainnya", 14_889_710, 14_889_710, 14_850_000],
  [
    "7.01.01.2.08.02",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    107_873_800,
    79_332_608,
    51_674_449,
  ],
  ["7.01.01.2.08.04", "Penyediaan Jasa Pelayanan Umum Kantor", 225_600_000, 203_700_000, 150_233_966],
  [
    "7.01.01.2.09.02",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas",
    34_743_400,
    34_743_400,
    25_196_355,
  ],
  ["7.01.01.2.09.06", "Pemeliharaan Peralatan dan Mesin Lainnya", 24_350_000, 24_350_000, 17_800_000],
  [
    "7.01.01.2.09.09",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
    75_604_048,
    13_504_040,
    13_485_000,
  ],
  [
    "7.01.03.2.01.01",
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    2_816_000,
    2_816_000,
    2_816_000,
  ],
  [
    "7.01.03.2.01.03",
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    20_625_000,
    15_625_000,
    10_325_000,
  ],
  [
    "7.01.03.2.01.08",
    "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan",
    3_600_000,
    1_800_000,
    1_800_000,
  ],
  [
    "7.01.06.2.01.02.",
    "Fasilitasi Administrasi Tata Pemerintahan Desa",
    129_600_000,
    129_600_000,
    97_200_000,
  ],
];

/**
 * SKM triwulan III 2021 (seed 003, "Rekapitulasi nilai hasil survei"): 188 respondents, 14
 * questions mapped to 9 unsur in the seed's own order (8 Sarana & Prasarana, 9 Penanganan
 * Pengaduan), with the "jumlah nilai" (sum of scores) per question. Question 1 prints 1018,
 * impossible above 4 x 188 = 752; 632 is the value that gives the published 87,28 (domain.md).
 */
export const SKM_LUMAJANG_2021 = {
  responden: 188,
  pertanyaan: [
    ["Persyaratan", "Kesesuaian syarat dengan jenis pelayanan", 632],
    ["Persyaratan", "Kesesuaian syarat yang terpublikasi dengan syarat yang diminta petugas", 653],
    ["Sistem, Mekanisme dan Prosedur", "Kemudahan prosedur/tata cara pelayanan", 641],
    [
      "Waktu Penyelesaian",
      "Ketepatan waktu selesainya pelayanan sesuai dengan janji yang tertulis/terpublikasi",
      655,
    ],
    ["Waktu Penyelesaian", "Kecepatan selesainya pelayanan", 652],
    ["Biaya/Tarif", "Kesesuaian biaya/tarif dengan yang tertulis/terpublikasi", 652],
    ["Biaya/Tarif", "Mahal murahnya biaya/tarif pelayanan", 751],
    [
      "Produk Spesifikasi Jenis Pelayanan",
      "Kesesuaian produk yang diterima dengan janji produk yang diberikan",
      646,
    ],
    ["Kompetensi Pelaksana", "Kemampuan petugas dalam melayani", 672],
    ["Perilaku Pelaksana", "Sikap perilaku petugas", 646],
    ["Sarana dan Prasarana", "Kualitas sarana dan prasarana", 665],
    ["Sarana dan Prasarana", "Kuantitas sarana dan prasarana", 662],
    ["Penanganan Pengaduan, Saran dan Masukan", "Kecepatan respon terhadap keluhan/pengaduan", 657],
    ["Penanganan Pengaduan, Saran dan Masukan", "Ketepatan penanganan pengaduan", 605],
  ] as const satisfies readonly (readonly [unsur: string, pertanyaan: string, jumlahNilai: number])[],
};
