/**
 * The built-in sample "Kecamatan Klakah 2023, tahunan", taken from seed 001 (Laporan Kinerja
 * Kecamatan Klakah 2023, with its PK 2023 and the Bagian Organisasi SKM letters in the
 * lampiran): a whole year, four quarters, as the LKJ reports it in January 2024. Figures are the
 * seed's; where the seed contradicts itself, or says nothing, the choice is noted where it is made.
 */

import { urutKode } from "../core/anggaran";
import {
  type AnggaranContoh,
  barisInduk,
  type ContohUnit,
  type IndikatorContoh,
  type ProfilContoh,
  type RespondenContoh,
} from "../core/model/contoh";
import { PERTANYAAN_BAKU } from "../core/model/skm";
import { perencanaanKlakah2023 } from "./perencanaan";
import { hitunganDariJumlah, responDariHitungan } from "./responden";

/**
 * Sub kegiatan of the budget table in section 3.2 ("pagu anggaran ... setelah perubahan"):
 * pagu after the change and realisation at year end (TW IV, cumulative).
 *
 * Seed 001 prints no account codes. The codes are those of the Kepmendagri nomenclature for
 * urusan 7.01 (kecamatan), the same numbers seed 003 uses for Kec. Lumajang (7.01.01.2.01.02,
 * 7.01.01.2.02.01, 7.01.03.2.01.03, 7.01.06.2.01.02 ...) and its 2023 successor keeps with four
 * digits. Two are derived, not looked up: "Peningkatan Ketahanan Pangan Keluarga", which the seed
 * lists under Koordinasi Kegiatan Pemberdayaan Desa although the nomenclature places it under
 * urusan pangan, takes the next number there (.04); "Pelaksanaan Tugas Forum Koordinasi Pimpinan
 * di Kecamatan" takes 7.01.05.2.01.08 as in the Lumajang 2021 sample.
 *
 * One figure is not the seed's. The seed's kegiatan line "Penyediaan Jasa Penunjang Urusan
 * Pemerintahan Daerah" states 231.109.200, and the program line (2.038.004.581) and the stated
 * total (2.486.022.481) add up only with it, but its two sub kegiatan print 33.540.000 +
 * 197.250.000,00 = 230.790.000, 319.200 short. The 197.250.000,00 is the only pagu cell of the
 * table written like the realisation column (",00") and equals its own realisation: most likely
 * the realisation was copied into the pagu cell. Its pagu is taken as 231.109.200 - 33.540.000 =
 * 197.569.200, so every kegiatan, program and the total come out as the seed states them; the
 * realisations are all the seed's.
 */
export const SUB_KEGIATAN_KLAKAH_2023: readonly [
  kode: string,
  uraian: string,
  pagu: number,
  realisasi: number,
][] = [
  ["7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1_050_000, 1_050_000],
  ["7.01.01.2.01.02", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 2_000_000, 2_000_000],
  [
    "7.01.01.2.01.06",
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    1_570_000,
    1_570_000,
  ],
  ["7.01.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", 1_520_000, 1_520_000],
  ["7.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", 1_554_001_446, 1_446_048_424],
  ["7.01.01.2.02.02", "Penyediaan Administrasi Pelaksanaan Tugas ASN", 18_525_000, 18_525_000],
  ["7.01.01.2.02.05", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 1_457_000, 1_457_000],
  [
    "7.01.01.2.06.01",
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    1_830_000,
    1_830_000,
  ],
  ["7.01.01.2.06.04", "Penyediaan Bahan Logistik Kantor", 29_382_985, 29_375_150],
  ["7.01.01.2.06.05", "Penyediaan Barang Cetak dan Penggandaan", 9_905_150, 9_905_150],
  ["7.01.01.2.06.07", "Penyediaan Bahan/Material", 1_530_000, 1_530_000],
  ["7.01.01.2.06.08", "Fasilitasi Kunjungan Tamu", 1_800_000, 1_800_000],
  ["7.01.01.2.06.09", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 29_090_000, 29_090_000],
  ["7.01.01.2.08.02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 33_540_000, 28_517_976],
  // Seed: 197.250.000,00 (see above).
  ["7.01.01.2.08.04", "Penyediaan Jasa Pelayanan Umum Kantor", 197_569_200, 197_250_000],
  [
    // The seed names this sub kegiatan but gives it the indicator of 7.01.01.2.09.01 ("Kendaraan
    // Perorangan Dinas atau Kendaraan Dinas Jabatan"); the name decides the code.
    "7.01.01.2.09.02",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
    36_403_800,
    35_677_000,
  ],
  ["7.01.01.2.09.06", "Pemeliharaan Peralatan dan Mesin Lainnya", 6_000_000, 6_000_000],
  [
    "7.01.01.2.09.09",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
    110_830_000,
    110_137_400,
  ],
  [
    "7.01.02.2.01.02",
    "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
    5_000_000,
    5_000_000,
  ],
  [
    "7.01.02.2.04.03",
    "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang Dilimpahkan",
    5_360_000,
    5_360_000,
  ],
  [
    "7.01.03.2.01.01",
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    3_600_000,
    3_600_000,
  ],
  [
    "7.01.03.2.01.02",
    "Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
    8_213_000,
    8_213_000,
  ],
  [
    "7.01.03.2.01.03",
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    93_494_900,
    93_494_900,
  ],
  ["7.01.03.2.01.04", "Peningkatan Ketahanan Pangan Keluarga", 20_000_000, 20_000_000],
  [
    "7.01.04.2.01.01",
    "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
    4_850_000,
    4_850_000,
  ],
  ["7.01.05.2.01.08", "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", 2_400_000, 2_400_000],
  ["7.01.06.2.01.02", "Fasilitasi Administrasi Tata Pemerintahan Desa", 305_100_000, 305_100_000],
];

/**
 * Program and kegiatan lines of the same table, with the amounts the seed prints on them (pagu,
 * realisasi). The sample writes these lines blank, since the workbook sums the children; the
 * printed amounts are kept to check that the children reproduce them.
 */
export const INDUK_KLAKAH_2023: readonly [kode: string, uraian: string, pagu: number, realisasi: number][] = [
  ["7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_038_004_581, 1_923_283_100],
  ["7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 6_140_000, 6_140_000],
  ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1_573_983_446, 1_466_030_424],
  ["7.01.01.2.06", "Administrasi Umum Perangkat Daerah", 73_538_135, 73_530_300],
  ["7.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 231_109_200, 225_767_976],
  [
    "7.01.01.2.09",
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    153_233_800,
    151_814_400,
  ],
  ["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 10_360_000, 10_360_000],
  [
    "7.01.02.2.01",
    "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
    5_000_000,
    5_000_000,
  ],
  ["7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 5_360_000, 5_360_000],
  ["7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 125_307_900, 125_307_900],
  ["7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", 125_307_900, 125_307_900],
  ["7.01.04", "Program Koordinasi Ketenteraman dan Ketertiban Umum", 4_850_000, 4_850_000],
  ["7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", 4_850_000, 4_850_000],
  ["7.01.05", "Program Penyelenggaraan Urusan Pemerintahan Umum", 2_400_000, 2_400_000],
  // The seed writes "Sesuai Penugasan Kepada Daerah"; the nomenclature reads "Kepala Daerah".
  [
    "7.01.05.2.01",
    "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
    2_400_000,
    2_400_000,
  ],
  ["7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", 305_100_000, 305_100_000],
  [
    "7.01.06.2.01",
    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
    305_100_000,
    305_100_000,
  ],
];

/**
 * The program budgets of the PK lampiran (10 January 2023), before the change: they add up to
 * the PK's own JUMLAH 2.614.880.463, not to the LKJ's 2.486.022.481 (128.857.982 more: Penunjang
 * 2.104.137.463 -> 2.038.004.581, Pemberdayaan 182.633.000 -> 125.307.900, Pemerintahan Umum
 * 7.800.000 -> 2.400.000). The seed does not split them per sub kegiatan, so the sample's
 * pagu awal equals the pagu after the change; these go in Anggaran PK on the program lines (the
 * PK prints them, Periksa Data names the three that differ from the pagu awal).
 */
export const PK_PROGRAM_KLAKAH_2023: readonly [kode: string, pagu: number][] = [
  ["7.01.01", 2_104_137_463],
  ["7.01.02", 10_360_000],
  ["7.01.03", 182_633_000],
  ["7.01.04", 4_850_000],
  ["7.01.05", 7_800_000],
  ["7.01.06", 305_100_000],
];

export const ANGGARAN_KLAKAH_2023: readonly AnggaranContoh[] = [
  // The program lines carry the PK's signed budgets in Anggaran PK.
  ...INDUK_KLAKAH_2023.map((b) => barisInduk(b, new Map(PK_PROGRAM_KLAKAH_2023).get(b[0]) ?? null)),
  // The LKJ gives only the year-end realisation; earlier quarters stay unreported.
  ...SUB_KEGIATAN_KLAKAH_2023.map(
    ([kode, uraian, pagu, realisasi]): AnggaranContoh => ({
      kode,
      uraian,
      paguAwal: pagu,
      paguPerubahan: pagu,
      realisasi: [null, null, null, realisasi],
      sumberDana: "DAU",
      anggaranPk: null,
    }),
  ),
].sort((a, b) => urutKode(a.kode, b.kode));

const TUJUAN = "Meningkatnya Kepuasan Masyarakat";
const SASARAN_FASKOR = "Mengoptimalkan fasilitasi dan koordinasi Kecamatan";
const SASARAN_DESA = "Meningkatnya akuntabilitas pemerintahan desa";

/** The program indicators: seed 001 gives them no analysis nor formula. */
const TANPA_ANALISIS = {
  penyebab: "",
  solusi: "",
  programPenunjang: "",
  programPenghambat: "",
  formulasi: "",
};

/**
 * A program indicator of table 3.2 with the sasaran program the PK lampiran (lines 779-785) puts
 * it under: target and realisation 100 % unless stated.
 */
function indikatorProgram(
  kode: string,
  program: string,
  sasaranProgram: string,
  indikator: string,
  penjelasan: string,
  target = 100,
): IndikatorContoh {
  return {
    kode,
    tingkat: "Program",
    sasaran: program,
    sasaranProgram,
    ...TANPA_ANALISIS,
    indikator,
    satuan: "%",
    arah: "NAIK",
    agregasi: "TERAKHIR",
    target,
    targetAkhirRenstra: null,
    targetPerubahan: null,
    // The seed gives only the year's value: it goes in TW IV (TERAKHIR), earlier quarters unreported.
    realisasi: [null, null, null, 100],
    targetTahunLalu: null,
    realisasiTahunLalu: null,
    penjelasan,
  };
}

/*
 * The PK lampiran's sasaran program (seed 001 lines 780-785), spelled as the sample spells its
 * indicators: "Prosentase" -> "persentase", "Ketentraman" -> "Ketenteraman" (the nomenclature),
 * capitals only where a name needs them. Its indicator names differ slightly from table 3.2's
 * (line 780 "Persentase pemenuhan kebutuhan operasional kantor" for 3.2's "... fasilitasi
 * kebutuhan operasional perkantoran"): the sample keeps table 3.2's, one name per indicator.
 */
const SP_OPERASIONAL = "Meningkatnya pemenuhan kebutuhan operasional kantor";
const SP_PELAYANAN = "Meningkatnya pelayanan administrasi kecamatan sesuai SP dan SOP";
const SP_PEMBERDAYAAN = "Meningkatnya persentase fasilitasi pemberdayaan masyarakat";
const SP_TRANTIBUM = "Meningkatnya fasilitasi koordinasi ketenteraman dan ketertiban umum";
const SP_PEMUM = "Meningkatnya pemenuhan urusan pemerintahan umum";
const SP_DESA =
  "Meningkatnya fasilitasi, rekomendasi dan koordinasi pembinaan dan pengawasan pemerintahan desa";

/**
 * PK 2023 indicators. Target is the PK as signed on 10 Januari 2023 (lampiran, lines 774-778);
 * the PK Perubahan raised the second sasaran from 85,23 to 95,23 (table 2.2, lines 248-256), held
 * in Target PK Perubahan, and the year is measured against it (table 3.1, line 299: capaian 105).
 * The Renstra end targets (the P
 * Renstra ends in 2023) come from table 3.3, the 2022 target and realisation from the comparison
 * table in 3.1.2. Codes: 1 the tujuan, 1.1 and 1.2 the sasaran, 1.x.y the programs that table 3.6
 * places under each sasaran.
 */
export const INDIKATOR_KLAKAH_2023: readonly IndikatorContoh[] = [
  {
    kode: "1",
    tingkat: "Tujuan",
    sasaran: TUJUAN,
    indikator: "Nilai IKM Pelayanan Kecamatan Klakah",
    // Table 3.1 says "Persentase"; IKM is an index on a 25-100 scale.
    satuan: "indeks",
    arah: "NAIK",
    agregasi: "RATA-RATA",
    target: 90,
    targetAkhirRenstra: 90,
    targetPerubahan: null,
    // The SKM letters of 8 May (TW I), 21 August (TW II), 13 November (TW III) and the evaluation
    // table (TW IV). Mean 84,185, printed 84,19 in table 3.1 and 84,25 in four other places
    // (whose "336,6 / 4" is neither the sum 336,74 nor 84,25).
    realisasi: [81.25, 89.51, 83.84, 82.14],
    targetTahunLalu: 86.75,
    realisasiTahunLalu: 87.03,
    penjelasan:
      "Nilai IKM merupakan hasil Survei Kepuasan Masyarakat yang dilakukan setiap triwulan; realisasi adalah rata-rata IKM triwulan I s.d. IV. Realisasi di bawah target dikarenakan metode pengumpulan dan penghitungan data yang berbeda dari tahun sebelumnya.",
    sasaranProgram: "",
    // Table 3.5 (seed 001 lines 460-466): kendala, upaya, faktor keberhasilan; table 2.1's formula.
    penyebab:
      "Masih kurangnya keselarasan pemahaman SDM di kantor Kecamatan Klakah dalam penyiapan data evaluasi kinerja; sarana dan prasarana kurang memadai untuk pelaksanaan tugas secara optimal; publikasi persyaratan pelayanan kurang maksimal.",
    solusi:
      "Pembinaan dan evaluasi oleh pimpinan bersama staf dalam menjalankan tupoksi masing-masing; perencanaan sarana prasarana sesuai kebutuhan prioritas dan mengoptimalkan sarpras yang ada; peningkatan publikasi melalui media elektronik maupun non elektronik.",
    programPenunjang: "Cepat tanggap terhadap keluhan masyarakat terkait informasi kependudukan.",
    programPenghambat: "",
    formulasi: "Survei Kepuasan Masyarakat (SKM)",
  },
  {
    kode: "1.1",
    tingkat: "Sasaran",
    sasaran: SASARAN_FASKOR,
    indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    satuan: "%",
    arah: "NAIK",
    agregasi: "TERAKHIR",
    target: 95.23,
    targetAkhirRenstra: 95.23,
    targetPerubahan: null,
    // 40 / 42 x 100 = 95,238..., rounded 95,24. The seed truncates it to 95,23 and table 3.1
    // prints 93,65 with a capaian of 97 (93,65 / 95,23 is 98,34).
    realisasi: [null, null, null, 95.24],
    targetTahunLalu: 94.53,
    realisasiTahunLalu: 95.45,
    penjelasan:
      "Dari 42 fasilitasi dan koordinasi yang menjadi kewenangan kecamatan, 40 telah ditindaklanjuti (40/42 x 100 %); dibandingkan capaian tahun 2022 mengalami penurunan.",
    sasaranProgram: "",
    penyebab:
      "Kompetensi aparatur kecamatan banyak yang kurang memahami tupoksi masing-masing; kompetensi aparatur perangkat desa kurang maksimal.",
    solusi:
      "Peningkatan komitmen aparatur kecamatan dan pembinaan oleh pimpinan bersama staf terkait faskor yang harus dilaksanakan; peningkatan kompetensi aparatur desa melalui pembinaan desa.",
    programPenunjang:
      "Komunikasi dan koordinasi yang baik antara kecamatan dengan pemerintah desa dan Forkopimcam.",
    programPenghambat: "",
    formulasi:
      "Jumlah fasilitasi dan koordinasi yang ditindaklanjuti dibagi jumlah fasilitasi dan koordinasi dikali 100 %",
  },
  {
    kode: "1.2",
    tingkat: "Sasaran",
    sasaran: SASARAN_DESA,
    indikator:
      "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    satuan: "%",
    arah: "NAIK",
    agregasi: "TERAKHIR",
    // Signed 85,23 (PK lampiran, line 778), revised to 95,23 (table 2.2, line 256).
    target: 85.23,
    targetAkhirRenstra: 95.23,
    targetPerubahan: 95.23,
    // (12 RKPDes + 12 APBDes + 12 LPPDes) / (12 desa x 3 dokumen) = 36 / 36; the formula text in
    // 3.1.1 says "x 2 Dokumen". Capaian 100 / 95,23 = 105,01, printed 105.
    realisasi: [null, null, null, 100],
    targetTahunLalu: 84.53,
    realisasiTahunLalu: 97.2,
    penjelasan:
      "Seluruh 12 desa menyusun RKPDes, APBDes dan LPPDes tepat waktu (36/36 dokumen) karena pembinaan, monitoring dan evaluasi tata administrasi desa oleh kecamatan berjalan maksimal.",
    sasaranProgram: "",
    penyebab:
      "Koordinasi terkait penyusunan 3 dokumen kurang maksimal secara substansi dan sesuai ketentuan yang berlaku; Tim Binwas belum optimal.",
    solusi:
      "Pembinaan terkait penyusunan 3 dokumen (APBDes, RKPDes, LPPDes) perlu ditingkatkan; peningkatan kompetensi Tim Binwas kecamatan.",
    programPenunjang:
      "Tingkat pemahaman aparatur desa terhadap regulasi sudah cukup baik; komitmen pemerintah desa dalam upaya pemenuhan 3 dokumen (APBDes, RKPDes, LPPDes) tepat waktu.",
    programPenghambat: "",
    // The evaluation table's (line 748); the text of 3.1.1 says "x 2 Dokumen" for three documents.
    formulasi:
      "Desa yang menyusun RKPDes, APBDes dan LPPDes tepat waktu dibagi jumlah desa x 3 dokumen dikali 100 %",
  },
  indikatorProgram(
    "1.1.1",
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    SP_OPERASIONAL,
    "Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran",
    "Perencanaan sarana prasarana sesuai kebutuhan prioritas dan mengoptimalkan sarana prasarana yang ada.",
  ),
  indikatorProgram(
    "1.1.2",
    "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    SP_PELAYANAN,
    "Persentase pelayanan administrasi kecamatan sesuai SP dan SOP",
    "Meningkatkan ketaatan masyarakat dalam administrasi kependudukan melalui pelayanan yang mudah, cepat dan berkualitas.",
  ),
  indikatorProgram(
    "1.1.3",
    "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    SP_PEMBERDAYAAN,
    "Rata-rata persentase fasilitasi pemberdayaan masyarakat",
    "Meningkatkan kualitas pemberdayaan masyarakat yang aktif dan partisipatif.",
  ),
  indikatorProgram(
    "1.1.4",
    "Program Koordinasi Ketenteraman dan Ketertiban Umum",
    SP_TRANTIBUM,
    // Table 3.2 runs two names together ("persentase pemenuhan upaya trantibum Persentase
    // Fasilitas ..."); the budget table and the PK name this one.
    "Persentase fasilitasi koordinasi ketenteraman dan ketertiban umum",
    "Meningkatkan budaya tertib dan patuh terhadap peraturan.",
  ),
  indikatorProgram(
    "1.1.5",
    "Program Penyelenggaraan Urusan Pemerintahan Umum",
    SP_PEMUM,
    "Persentase pemenuhan urusan pemerintahan umum",
    "Komunikasi dan koordinasi yang baik antara kecamatan dengan pemerintah desa dan Forkopimcam.",
  ),
  indikatorProgram(
    "1.2.1",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    SP_DESA,
    "Persentase desa yang menetapkan RKPDes tepat waktu",
    "Komitmen pemerintah desa dalam upaya pemenuhan dokumen RKPDes tepat waktu.",
  ),
  indikatorProgram(
    "1.2.2",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    SP_DESA,
    "Persentase desa yang menetapkan APBDes tepat waktu",
    "Komitmen pemerintah desa dalam upaya pemenuhan dokumen APBDes tepat waktu.",
  ),
  indikatorProgram(
    "1.2.3",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    SP_DESA,
    "Persentase desa yang menetapkan LPPDes tepat waktu",
    "Pembinaan terkait penyusunan dokumen LPPDes ditingkatkan; tingkat pemahaman aparatur desa terhadap regulasi sudah cukup baik.",
    // The PK lampiran's 95,23. Table 3.2 prints 85,23 (the second sasaran's target before the
    // change) with a capaian of 110 % (100 / 85,23 is 117,33), and tables 3.6 and 3.7 print
    // 85,23 % as the realisation.
    95.23,
  ),
];

/**
 * SKM per quarter. The IKM is the seed's (letters of 8 May, 21 August, 13 November 2023; TW IV
 * only in the evaluation table, its letter is not in the seed); so are the unsur the letters
 * put in IPA quadrant I (prioritas perbaikan), in PermenPANRB 14/2017 order. The letters give
 * no respondent counts and no tallies: the counts and the sums of scores per question are this
 * sample's, chosen so that the IKM (sum / (9 x n) x 25) rounds to the published value and the
 * quadrant I unsur score below the quarter's mean NRR. The counts are prime to 3, 5, 7, 11, 13
 * and 17, which `responDariHitungan` needs to lay every column's tally out exactly. For TW IV
 * the priorities (persyaratan, waktu, sarana) are this sample's choice.
 */
export const SKM_KLAKAH_2023: readonly {
  triwulan: "I" | "II" | "III" | "IV";
  ikm: number;
  responden: number;
  /** Sum of scores per question P1-P9. */
  jumlahNilai: readonly number[];
  /** 0-based indexes of the quadrant I unsur. */
  prioritas: readonly number[];
  /** Suggestions the letter lists; TW IV's are this sample's. */
  saran: readonly string[];
}[] = [
  {
    triwulan: "I",
    ikm: 81.25,
    responden: 124,
    jumlahNilai: [394, 398, 382, 461, 397, 424, 396, 387, 388],
    prioritas: [0, 1, 2, 4, 6, 7, 8],
    saran: [
      "Agar segera menindaklanjuti pengaduan yang masuk, jangan ditinggalkan.",
      "Agar meningkatkan kecepatan dan ketepatan pelayanan, sehingga masyarakat tidak harus bolak-balik.",
    ],
  },
  {
    triwulan: "II",
    ikm: 89.51,
    responden: 116,
    jumlahNilai: [408, 429, 401, 456, 406, 412, 409, 425, 392],
    prioritas: [0, 2, 4, 5, 6, 8],
    // The letter: "Saran perbaikan ... adalah Nihil".
    saran: [],
  },
  {
    triwulan: "III",
    ikm: 83.84,
    responden: 131,
    jumlahNilai: [417, 448, 424, 492, 444, 432, 431, 445, 421],
    prioritas: [0, 2, 5, 6, 8],
    saran: ["Kurangnya informasi persyaratan pelayanan."],
  },
  {
    triwulan: "IV",
    ikm: 82.14,
    responden: 128,
    jumlahNilai: [399, 428, 397, 474, 424, 426, 422, 421, 394],
    prioritas: [0, 2, 8],
    saran: [
      "Persyaratan pelayanan agar ditempel di papan informasi.",
      "Ruang tunggu pelayanan agar diperluas dan kursinya ditambah.",
    ],
  },
];

/** Services the SKM covers (Seksi Pelayanan Umum: legalisasi, rekomendasi, perizinan, KTP, KK), by share. */
const LAYANAN: readonly [layanan: string, bobot: number][] = [
  ["KTP", 6],
  ["KK", 6],
  ["Legalisasi", 4],
  ["Rekomendasi", 2],
  ["Perizinan", 2],
];
const PENDIDIKAN: readonly [string, number][] = [
  ["SD", 8],
  ["SMP", 11],
  ["SMA", 20],
  ["D1-D3", 3],
  ["D4/S1", 7],
  ["S2", 1],
];
const PEKERJAAN: readonly [string, number][] = [
  ["Lainnya", 19],
  ["Wiraswasta", 13],
  ["Pegawai Swasta", 8],
  ["Pelajar/Mahasiswa", 6],
  ["PNS", 3],
  ["TNI/POLRI", 1],
];

/** The label at position `i` of a weighted cycle, stepping by a stride prime to its length. */
function pilih(daftar: readonly [string, number][], i: number, langkah: number): string {
  const urut = daftar.flatMap(([label, k]) => Array.from({ length: k }, () => label));
  return urut[(i * langkah) % urut.length]!;
}

/**
 * Respondents of the four quarters: each quarter's answers tally exactly to its sums in
 * SKM_KLAKAH_2023, dated within the quarter (Klakah surveys every quarter, section 3.1.1).
 */
function respondenKlakah2023(): RespondenContoh[] {
  const semua: RespondenContoh[] = [];
  SKM_KLAKAH_2023.forEach((tw, q) => {
    const n = tw.responden;
    const jawaban = responDariHitungan(tw.jumlahNilai.map((s) => hitunganDariJumlah(s, n)));
    // Importance (IPA): the bureau's quadrant I unsur matter most to respondents (mean 3,7),
    // the others less (mean 3,2): with their below-mean NRR they fall in "prioritas perbaikan".
    const kepentingan = responDariHitungan(
      tw.jumlahNilai.map((_, k) =>
        hitunganDariJumlah(Math.round(n * (tw.prioritas.includes(k) ? 3.7 : 3.2)), n),
      ),
    );
    jawaban.forEach((j, r) => {
      const i = semua.length;
      const pekerjaan = pilih(PEKERJAAN, i, 7);
      const pelajar = pekerjaan === "Pelajar/Mahasiswa";
      const aparat = pekerjaan === "PNS" || pekerjaan === "TNI/POLRI";
      let pendidikan = pilih(PENDIDIKAN, i, 13);
      if (aparat && (pendidikan === "SD" || pendidikan === "SMP")) pendidikan = "D4/S1";
      if (pelajar && pendidikan !== "SMP") pendidikan = "SMA";
      // Four or five respondents per quarter, spread out, pass on the quarter's suggestions.
      const saran = r % 29 === 3 ? tw.saran[Math.floor(r / 29) % Math.max(1, tw.saran.length)] : undefined;
      const tanggal = new Date(2023, 3 * q + Math.floor((r * 3) / n), 2 + ((r * 11) % 26));
      // The service desk is closed at weekends: Saturday moves to Friday, Sunday to Monday.
      if (tanggal.getDay() === 6) tanggal.setDate(tanggal.getDate() - 1);
      if (tanggal.getDay() === 0) tanggal.setDate(tanggal.getDate() + 1);
      semua.push({
        tanggal,
        jenisLayanan: pilih(LAYANAN, i, 3),
        jenisKelamin: (i * 5) % 9 < 5 ? "Laki-laki" : "Perempuan",
        usia: pelajar ? 17 + (i % 6) : 21 + ((i * 17) % 44),
        pendidikan,
        pekerjaan,
        saran: saran ?? "",
        jawaban: j,
        kepentingan: kepentingan[r]!,
      });
    });
  });
  return semua;
}

/** A row of Profil Unit. */
const profil = (
  bagian: ProfilContoh["bagian"],
  uraian: string,
  lain: Partial<Omit<ProfilContoh, "bagian" | "uraian">> = {},
): ProfilContoh => ({ bagian, kelompok: "", uraian, jumlah: null, keterangan: "", ...lain });

/**
 * Profil Unit from seed 001's Bab I and IV: the tugas and the 13 fungsi of Perbup 96/2019 (lines
 * 62-78), the organisation (lines 83-91), the staff of table 1.1 counted by status, education
 * and rank, the facilities of table 1.2, the problems of table 1.3 and the Penutup's three
 * strategies. The seed's text says 22 staff, "13 ASN dan 8 Non ASN" (21) and "SMU 12, S1 9,
 * pascasarjana 1" (22); table 1.1 lists 21 people: 8 SMA, 1 Diploma, 10 S1 and 2 with an S2. The
 * counts are table 1.1's, so the three groups add up to the same 21.
 */
export const PROFIL_KLAKAH_2023: readonly ProfilContoh[] = [
  profil(
    "Tugas",
    "Kecamatan mempunyai tugas melaksanakan koordinasi penyelenggaraan pemerintahan umum, pelayanan publik, dan pemberdayaan masyarakat serta melaksanakan sebagian urusan pemerintahan yang dilimpahkan oleh Bupati (Peraturan Bupati Lumajang Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan).",
  ),
  ...[
    "penyusunan rencana kerja Kecamatan;",
    "perumusan kebijakan teknis pelaksanaan urusan pemerintahan umum, pelayanan publik, pemberdayaan masyarakat, dan pelaksanaan sebagian urusan pemerintahan yang dilimpahkan oleh Bupati;",
    "pelaksanaan urusan pemerintahan umum;",
    "pembinaan dan pengawasan pelaksanaan kegiatan;",
    "pengoordinasian pelaksanaan kegiatan pemerintahan yang dilakukan oleh perangkat daerah di tingkat kecamatan;",
    "pengoordinasian upaya penyelenggaraan ketenteraman dan ketertiban umum;",
    "pengoordinasian penerapan dan penegakan peraturan daerah dan peraturan bupati;",
    "pengoordinasian kegiatan pemberdayaan masyarakat lingkup perekonomian dan pembangunan;",
    "pengoordinasian pemeliharaan prasarana dan sarana pelayanan umum;",
    "pengoordinasian kegiatan pemberdayaan masyarakat;",
    "pelaksanaan dan pembinaan pelayanan umum;",
    "pelaksanaan sebagian urusan pemerintahan lingkup pelayanan umum yang dilimpahkan Bupati; dan",
    "pelaksanaan tugas lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya.",
  ].map((f) => profil("Fungsi", f)),
  profil("Struktur Organisasi", "Camat"),
  profil("Struktur Organisasi", "Sekretaris Camat"),
  profil("Struktur Organisasi", "Sub Bagian Umum", { kelompok: "Sekretaris Camat" }),
  profil("Struktur Organisasi", "Sub Bagian Keuangan", { kelompok: "Sekretaris Camat" }),
  profil("Struktur Organisasi", "Seksi Tata Pemerintahan"),
  profil("Struktur Organisasi", "Seksi Pemberdayaan Masyarakat"),
  profil("Struktur Organisasi", "Seksi Pelayanan Umum"),
  profil("SDM", "ASN", { kelompok: "Status", jumlah: 13 }),
  profil("SDM", "Non ASN", { kelompok: "Status", jumlah: 8 }),
  profil("SDM", "SMA/Sederajat", { kelompok: "Pendidikan", jumlah: 8 }),
  profil("SDM", "Diploma", { kelompok: "Pendidikan", jumlah: 1 }),
  profil("SDM", "S1", { kelompok: "Pendidikan", jumlah: 10 }),
  profil("SDM", "S2", { kelompok: "Pendidikan", jumlah: 2 }),
  ...(
    [
      ["IV/b", 1],
      ["IV/a", 1],
      ["III/d", 2],
      ["III/c", 1],
      ["III/b", 2],
      ["III/a", 2],
      ["II/d", 1],
      ["II/c", 2],
      ["II/b", 1],
    ] as const
  ).map(([gol, n]) => profil("SDM", gol, { kelompok: "Golongan", jumlah: n })),
  profil("Sarana Prasarana", "Peralatan dan mesin", {
    jumlah: 44,
    keterangan: "Komputer, alat rumah tangga, alat komunikasi",
  }),
  profil("Sarana Prasarana", "Aset gedung dan bangunan", { jumlah: 2, keterangan: "Tugu batas" }),
  ...(
    [
      [
        "Sarana dan prasarana pendukung administrasi belum memadai",
        "Penyediaan fasilitas IT Kecamatan Klakah masih terbatas; sarana gedung yang ada masih belum memadai",
      ],
      [
        "Keterbatasan aparatur/staf yang menangani tugas-tugas sehingga penyelesaian tugas kurang maksimal",
        "Masih kurangnya jumlah personil pada setiap seksi dan bagian; masih terbatasnya jumlah personil yang menguasai pengoperasian IT",
      ],
      [
        "Belum optimalnya pelaksanaan tugas dan fungsi aparatur kecamatan",
        "Kurangnya pemahaman ASN terhadap tugas dan fungsi masing-masing; keterbatasan prasarana fasilitas IT",
      ],
      [
        "Masih rendahnya tingkat kepedulian masyarakat terhadap pentingnya pengurusan administrasi kependudukan",
        "Lamanya waktu pengurusan administrasi kependudukan; belum optimalnya sosialisasi tentang pentingnya administrasi kependudukan",
      ],
      [
        "Belum optimalnya peran anggota Linmas dalam menjaga ketenteraman dan ketertiban di wilayah desa",
        "Masih kurangnya pembinaan dan pelatihan Linmas yang berkelanjutan; belum efektifnya pembinaan yang telah dilakukan",
      ],
      [
        "Belum optimalnya kegiatan fasilitasi pemberdayaan masyarakat",
        "Pembinaan kepada masyarakat dan kelompok masyarakat masih belum efektif; masih rendahnya kesadaran masyarakat terhadap pentingnya kegiatan pemberdayaan",
      ],
      [
        "Belum optimalnya peran aktif masyarakat dalam kegiatan perencanaan/Musrenbang",
        "Masih kurangnya pemahaman masyarakat tentang arti penting perencanaan pembangunan partisipatif; kurangnya sosialisasi tentang pentingnya peran aktif masyarakat dalam pembangunan",
      ],
      [
        "Belum optimalnya pelaksanaan pelaporan dan akuntabilitas keuangan desa",
        "Kemampuan aparatur pemerintahan desa dalam pelaporan dan akuntabilitas keuangan belum memadai; rendahnya koordinasi aparatur desa dengan ASN kecamatan; pengawasan dan pembinaan belum efektif",
      ],
    ] as const
  ).map(([masalah, akar]) =>
    profil("Isu Strategis", masalah, {
      kelompok:
        "Belum optimalnya kualitas pelayanan, fasilitas dan koordinasi kecamatan serta akuntabilitas keuangan dan pemerintahan desa",
      keterangan: akar,
    }),
  ),
  profil("Strategi", "Meningkatkan kualitas pelayanan", {
    keterangan:
      "Penerbitan regulasi tingkat OPD, penyediaan sarana dan prasarana penunjang pelayanan serta sosialisasi dan bimbingan teknis kepada aparatur pemerintahan desa tentang pelayanan.",
  }),
  profil("Strategi", "Meningkatkan kualitas fasilitasi dan koordinasi Kecamatan", {
    keterangan:
      "Perencanaan pembangunan yang partisipatif; pelayanan administrasi kependudukan yang mudah, cepat dan berkualitas; budaya tertib dan patuh terhadap peraturan; standar pelayanan publik yang transparan dan akuntabel; pemberdayaan masyarakat yang aktif dan partisipatif.",
  }),
  profil("Strategi", "Meningkatkan akuntabilitas keuangan dan pemerintahan desa", {
    keterangan:
      "Meningkatkan peran aparatur kecamatan dalam akuntabilitas keuangan desa, kesadaran aparatur pemerintahan desa menyajikan laporan keuangan yang dapat dipertanggungjawabkan, serta koordinasi dan fasilitasi antara aparatur kecamatan dan aparatur pemerintahan desa.",
  }),
];

// The SAKIP evaluation sample (issue 14).
import { LKE_KLAKAH_2023 } from "./lkeKlakah2023";

/**
 * Seed 001 3.1.4, Tabel 3.4 (lines 414-418): the two neighbouring kecamatan's realisation of
 * Klakah's three indicators ("Kedungjajang", "Ranuyoso" in the header; named here as the unit
 * names itself). Ranuyoso's IKM is printed "84,92 %" on an index. Klakah's own column (84,25 /
 * 95,23 / 100) is its table 3.1's, computed from Kinerja (84,19 / 95,24 / 100: selisih 3 and 4).
 * The seed names no source for the figures.
 */
const PEMBANDING_KLAKAH_2023 = (
  [
    ["1", 82.86, 84.92],
    ["1.1", 85.48, 86],
    ["1.2", 97.22, 84.85],
  ] as const
).flatMap(([kode, kedungjajang, ranuyoso]) => [
  { kode, unit: "Kecamatan Kedungjajang", realisasi: kedungjajang, sumber: "" },
  { kode, unit: "Kecamatan Ranuyoso", realisasi: ranuyoso, sumber: "" },
]);

/**
 * Target Renstra from seed 001's 3.1.2 table (lines 380-384), 2019-2021: 2022 is Kinerja's
 * Target and Realisasi Tahun Lalu (86,75/87,03, 94,53/95,45, 84,53/97,2 as the table), 2023 its
 * Target and Realisasi TW. The seed prints 2020's figures again under 2021 (lines 382-384); kept
 * as printed (Keterangan says so).
 */
const ULANG_2020 = "Seed 001 mencetak angka 2020 lagi untuk 2021.";
const renstra = (kode: string, tahun: number, target: number, realisasi: number, keterangan = "") => ({
  kode,
  tahun,
  target,
  realisasi,
  keterangan,
});
const TARGET_RENSTRA_KLAKAH_2023: ContohUnit["targetRenstra"] = [
  // Line 382: Nilai IKM Kecamatan.
  renstra("1", 2019, 85.25, 78.6),
  renstra("1", 2020, 85.5, 82.34),
  renstra("1", 2021, 85.5, 82.34, ULANG_2020),
  // Line 383: fasilitasi dan koordinasi yang ditindaklanjuti.
  renstra("1.1", 2019, 90, 100),
  renstra("1.1", 2020, 95, 93.33),
  renstra("1.1", 2021, 95, 93.33, ULANG_2020),
  // Line 384: desa yang menyusun dokumen administrasi tepat waktu.
  renstra("1.2", 2019, 91, 97.8),
  renstra("1.2", 2020, 100, 83.33),
  renstra("1.2", 2021, 100, 83.33, ULANG_2020),
];

export const CONTOH_KLAKAH_2023: ContohUnit = {
  id: "klakah-2023",
  judul: "Kecamatan Klakah 2023, tahunan",
  pengaturan: {
    namaUnit: "Kecamatan Klakah",
    kabupaten: "Kabupaten Lumajang",
    tahun: 2023,
    triwulan: "IV",
    namaPimpinan: "ARIEF MASHUDI, S.Pi, MP",
    // The seed prints five NIPs for the Camat: 19780415 199803 1 011 (kata pengantar and the
    // evaluation table), 19730415 199803 1 011 (PK), 19791016 199810 1 002 (table 1.1),
    // 517003231998031011 (penutup). The one printed twice is taken.
    nipPimpinan: "19780415 199803 1 011",
    jabatanPimpinan: "Camat Klakah",
    namaPihakKedua: "H. THORIQUL HAQ, M. ML",
    jabatanPihakKedua: "Bupati Lumajang",
    // The LKJ is signed "Klakah, 31 Januari 2024" (seed 001 lines 44, 572), the PK "Lumajang,
    // 10 Januari 2023" (lines 761, 797). The seed holds no SKM report of Klakah's own (the letters
    // of 8 Mei, 21 Agustus and 13 November 2023 are the Bagian Organisasi's, on TW I-III); the
    // annual IKM is reported in the LKJ, so the annual SKM report takes the LKJ's date.
    tempat: "Klakah",
    tanggalLaporan: "31 Januari 2024",
    tanggalPk: "10 Januari 2023",
    // The seed prints no date for the PK Perubahan (table 2.2 only says the target was changed,
    // with the P Renja, line 220). Illustrative: after the budget change (pagu perubahan) of
    // October; the LKJ's table 3.1 shows the revised target in force by the year's end.
    tanggalPkPerubahan: "2 Oktober 2023",
    tempatPk: "Lumajang",
    tanggalSkm: "31 Januari 2024",
    skalaPredikat: "LKJ",
    rumusTurun: "2T-R",
    metodeIkm: "14/2017",
    bobotIkm: "UNSUR",
    // Section 3.1: "nilai yang ditampilkan sebagai realisasi IKM adalah nilai rata-rata IKM
    // Tribulan 1 s/d Tribulan IV"; the evaluation table: (81,25 + 89,51 + 83,84 + 82,14) / 4.
    ikmTahunan: "RATA-RATA TRIWULAN",
    // No populasiSkm: the seed gives no number of service users.
    jenisLayanan: LAYANAN.map(([l]) => l).join(", "),
    // Seed 001 titles its 3.1.2 table "2018-2023" (line 378, the P Renstra) and prints 2019-2023
    // (line 380): the Renstra's five years.
    periodeRenstra: "2019-2023",
    // The SAKIP evaluation of 2023 (illustrative: the seeds hold no LHE; the evaluators'
    // mailboxes and the Inspektur below are examples of what a kabupaten types here).
    evaluatorLke: "inspektorat@lumajangkab.go.id, organisasi@lumajangkab.go.id",
    namaInspektur: "Drs. HARIYANTO, M.Si",
    nipInspektur: "19680512 199003 1 008",
    tanggalLhe: "30 April 2024",
    tempatLhe: "Lumajang",
    rekomendasiLhe:
      "Menyusun rencana aksi tindak lanjut hasil evaluasi ini dan melaporkan kemajuannya setiap triwulan kepada Inspektorat.",
  },
  indikator: INDIKATOR_KLAKAH_2023,
  targetRenstra: TARGET_RENSTRA_KLAKAH_2023,
  profil: PROFIL_KLAKAH_2023,
  anggaran: ANGGARAN_KLAKAH_2023,
  lke: LKE_KLAKAH_2023,
  pembanding: PEMBANDING_KLAKAH_2023,
  ...perencanaanKlakah2023(INDIKATOR_KLAKAH_2023, INDUK_KLAKAH_2023, ANGGARAN_KLAKAH_2023),
  pertanyaan: PERTANYAAN_BAKU,
  responden: respondenKlakah2023,
  // The letters ask the unit to act on its quadrant I unsur "dalam kesempatan pertama".
  tindakLanjut: [
    {
      periode: "Triwulan IV 2023",
      unsur: "Persyaratan",
      rencana: "Memasang daftar persyaratan setiap layanan di papan informasi dan media sosial kecamatan.",
      waktu: "Januari 2024",
      penanggungJawab: "Seksi Pelayanan Umum",
    },
    {
      periode: "Triwulan IV 2023",
      unsur: "Sarana dan Prasarana",
      rencana: "Memperluas ruang tunggu dan menambah kursi pelayanan.",
      waktu: "Triwulan I 2024",
      penanggungJawab: "Sekretariat Kecamatan",
    },
  ],
};
