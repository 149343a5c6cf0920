/**
 * The KAK of Kecamatan Yosowilangun for tahun anggaran 2020, signed "Lumajang, 1 Oktober 2019",
 * taken from seed 000: one kegiatan with every KAK section the seed has, and its biaya as rincian.
 *
 * What is the seed's and what was chosen:
 * - Texts are the seed's words, list items one per line; the export's stray line breaks inside a
 *   sentence ("kooordinasi  \n yang ditindaklanjuti") are joined. Typos are kept ("Presentase",
 *   "seuai", "standart", "legaliasi").
 * - The seed prints no targets for its indicators, no amount of other years for the kegiatan and
 *   no name of the Camat: they stay blank, and Periksa Data says what is missing.
 * - Biaya: the seed lists six lines and prints "Total = Rp. 80.870.000", but its lines add up to
 *   Rp 96.682.000 (9.120.000 + 600.000 + 300.000 + 3.520.000 + 4.950.000 + 78.192.000). The
 *   lines are kept as printed; the KAK computes its total from them.
 * - The wilayah and penduduk tables of the Gambaran Umum (12 desa) belong to a unit profile, not
 *   to one kegiatan: the text keeps the sentence that introduces them. The "Analisa time series"
 *   table (the amounts of earlier years per belanja) is not kept either: see the README's KAK
 *   section map.
 */

import type { ContohUnit, KegiatanRkaContoh, RincianRkaContoh } from "../core/model/contoh";
import { PERTANYAAN_BAKU } from "../core/model/skm";

const baris = (...isi: string[]): string => isi.join("\n");

const KODE = "3.05.25.39.007";

const KEGIATAN: KegiatanRkaContoh = {
  kode: KODE,
  urusan: "3.05 PEMERINTAHAN UMUM",
  organisasi: "Kecamatan Yosowilangun",
  program: "3.05.25.39 Program Penyelenggaraan Pemerintahan Kecamatan",
  kegiatan: "Peningkatan Pelayanan Administrasi pada Masyarakat",
  lokasi: "Kecamatan Yosowilangun",
  jumlahTahunLalu: null,
  jumlahTahunIni: null,
  persenMaju: null,
  prakiraanMajuTertulis: null,
  terbilangTertulis: "",
  capaianProgram: "Persentase pelayanan administrasi terpadu Kecamatan",
  targetCapaianProgram: "",
  keluaran: "Presentase pelayanan administrasi terpadu kecamatan yang ditindaklanjuti",
  targetKeluaran: "",
  hasil: baris(
    "1. Nilai IKM",
    "2. Persentase hasil fasilitasi dan kooordinasi yang ditindaklanjuti",
    "3. Rata - rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
  ),
  targetHasil: "",
  kelompokSasaran: "",
  latarBelakang: "",
  dasarHukum: baris(
    "1. Undang-Undang Nomor 12 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Provinsi Jawa Timur;",
    "2. Peraturan Bupati Nomor 86 tahun 2016 tentang Kedudukan Organisasi, Uraian Tugas dan Fungsi serta tata kerja Kecamatan dan Kelurahan",
  ),
  gambaranUmum: baris(
    "Kecamatan secara umum dan Seksi Pelayanan Umum khususnya seuai ketentuan Peraturan Bupati Nomor 86 Tahun 2016 tentang Kedudukan Organisasi, Uraian Tugas dan Fungsi serta tata Kerja Kecamatan dan Kelurahan mempunyai tugas dan fungsi antara lain:",
    "1. Menyusun Rencana Kegiatan dan program kerja seksi Pelayanan Umum",
    "2. Melaksanakan koordinasi penyiapan bahan perumusan kebijakan dibidang Pelayanan Umum",
    "3. Melaksanakan pengelolaan tata laksana pelayanan umum yang meliputi pengaturan penerapan standart pelayanan umum, pengumpulan dan analisa data indek kepuasan masyarakat, pemberian legaliasi, rekomendasi, perijinan, KTP dan KK",
    "4. Mengkoordinasikan pemberian legalisasi, rekomendasi dan perijinan sesuai prosedur tetap dan ketentuan yang berlaku",
    "5. Menyelenggarakan pengaturan dan evaluasi tata ruang dan prosedur tetap dalam rangka kepuasan masyarakat",
    "6. Menyelenggarakan pembinaan kebersihan, keindahan, pertamanan dan sanitasi lingkungan",
    "7. Menyelenggarakan pembinaan sarana dan prasarana fisik pelayanan umum",
    "8. Melaporkan pelaksanaan tugas dan program kerja Seksi Pelayanan Umum",
    "9. Memberikan saran dan pertimbangan kepada Camat",
    "10. Melaksanakan tugas - tugas lain yang diberikan oleh Camat",
    "Kecamatan Yosowilangun terdiri dari 12 Desa.",
  ),
  fenomena: baris(
    "1) Kualitas dan kuantitas sarana dan prasarana pendukung pelayanan public kurang optimal",
    "2) Sarana dan prasarana pelayanan public dan aparatur belum terpenuhi",
    "3) Belum tertib administrasi kependudukan baik warga masyarakat maupun petugas",
    "4) Kemampuan petugas pelayanan public baik desa dan kecamatan kurang terlatih dan terbina",
  ),
  prioritasMasalah: baris(
    "1) Perangkat desa kurang memahami terkait peraturan pelayanan Publik",
    "2) Pelayanan administrasi kependudukan belum bisa selesai dalam 1 hari",
    "3) Pelayanan Perijinan belum bisa selesai cukup dengan hadir di Kantor Kecamatan",
  ),
  faktorSdm: baris(
    "1) Pegawai belum semuanya mendapatkan diklat teknis dan fungsional maupun Diklat PIM sesuai dengan ketentuan dan peraturan yang berlaku;",
    "2) Adanya peraturan - peraturan baru terkait Pelayanan Publik yang belum cukup diketahui oleh Petugas",
  ),
  upayaTersedia:
    "Dalam rangka pelaksanaan percepatan pelayanan public sudah disediakan alat cetak bagi KTP dan KK di masing - masing Kecamatan",
  inovasi: baris(
    "1. Pelayanan Malam dan Pelayanan Hari Sabtu",
    "2. Pelayanan SIUP Usaha Mikro 1 hari jadi",
    "3. Cetak KTP dan KK di Kecamatan",
  ),
  permasalahan: baris(
    "1) Lembur pelayanan malam tidak bisa dilaksanakan setiap malam",
    "2) Blanko KTP yang sering terlambat datang",
    "3) Adanya Calo",
    "4) Pelayanan Perijinan yang masih harus melibatkan OPD lain",
    "5) Petugas dan ASN yang belum mempunyai kapasitas pelatihan atau sertifikasi terkait pemenuhan pelayanan perijinan IMB (Pembuatan RAB)",
  ),
  maksudTujuan: baris(
    "Maksud dan tujuan dari kegiatan Peningkatan pelayanan administrasi pada masyarakat yaitu Meningkatnya pelayanan administrasi terpadu kecamatan",
    "Indikator dan target kinerja tujuan: Peningkatan kepuasan masyarakat atas pelayanan pemerintahan baik desa dan kecamatan",
    "Indikator dan target kinerja Sasaran dan atau Capaian/dampak Program: Presentase pelayanan administrasi terpadu kecamatan",
    "Indikator dan target kinerja Outcome: Nilai IKM; Persentase Desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu; Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    "Indikator dan target kinerja Output: Persentase pelayanan administrasi terpadu kecamatan yang ditindaklanjuti",
    "Indikator dan target Kinerja Individu: Produk pelayanan administrasi terpadu kecamatan; Aparatur Desa yang sudah memahami mekanisme pelayanan public; Masyarakat yang memahami atas peraturan terbaru pelayanan",
  ),
  bentukKegiatan: "",
  konsepKegiatan: "",
  manfaat: baris(
    "Manfaat/keterkaitan antara output kegiatan dan outcome penyelenggaran kegiatan:",
    "- Kecepatan dan ketepatan pelayanan administrasi terpadu kecamatan",
    "- Aparatur Desa yang sudah memahami mekanisme pelayanan public",
    "- Pemahaman Masyarakat atas peraturan terbaru pelayanan",
  ),
  dampak: baris(
    "- Ketidak tepatan pelayanan publik",
    "- Masyarakat tidak memahami persyaratan atas pelayanan yang diperlukan",
  ),
  strategi: baris(
    "- Pembinaan pelayanan public kepada aparatur desa dan masyarakat",
    "- Pelayanan Malam Hari",
    "- Pelayanan Hari Sabtu",
  ),
  mekanisme: baris(
    "- Pembinaan pelayanan public kepada aparatur desa dan masyarakat",
    "- Pelayanan Malam Hari",
    "- Pelayanan Hari Sabtu",
  ),
  // "Pelayanan Malam Hari selama 8 bulan, setiap bulannya hari": the count of days is missing in the seed.
  waktu: baris(
    "- Pembinaan pelayanan public kepada aparatur desa dan masyarakat bulan Pebruari dan Oktober",
    "- Pelayanan Malam Hari selama 8 bulan, setiap bulannya hari",
    "- Pelayanan Hari Sabtu selama 8 bulan, setiap bulannya 1 kali",
  ),
  tempat: baris(
    "- Pembinaan pelayanan public kepada aparatur desa dan masyarakat di Pendopo Kecamatan Yosowilangun",
    "- Pelayanan Malam Hari di Kantor Kecamatan Yosowilangun",
    "- Pelayanan Hari Sabtu di Kecamatan Yosowilangun",
  ),
  pelaksana: baris("a) Seksi Pelayanan Umum", "b) Operator SIAK"),
  peserta: baris("Peserta Publik:", "- Aparatur Desa", "- Tokoh Masyarakat"),
};

/** Seed 000's "Biaya Yang Diperlukan", one line each, amounts as printed. */
const BIAYA: readonly [string, number][] = [
  ["Uang Lembur", 9_120_000],
  ["Belanja spanduk/baliho/banner", 600_000],
  ["Belanja penggandaan/foto copy/penjilidan", 300_000],
  ["Belanja Makanan dan Minuman", 3_520_000],
  ["Belanja Perjalanan Dinas", 4_950_000],
  ["Belanja Upah Tenaga Kerja Bulanan", 78_192_000],
];

const RINCIAN: readonly RincianRkaContoh[] = BIAYA.map(([uraian, jumlah]) => ({
  kodeKegiatan: KODE,
  kodeRekening: "",
  uraian,
  volume: null,
  satuan: "",
  harga: null,
  jumlahTertulis: jumlah,
}));

/** The fifth sample: the KAK of seed 000, every section of it. */
export const CONTOH_KAK_YOSOWILANGUN_2020: ContohUnit = {
  id: "kak-yosowilangun-2020",
  judul: "Kecamatan Yosowilangun 2020, KAK lengkap",
  pengaturan: {
    namaUnit: "Kecamatan Yosowilangun",
    kabupaten: "Kabupaten Lumajang",
    tahun: 2020,
    triwulan: "I",
    jabatanPimpinan: "Camat Yosowilangun",
    tempat: "Lumajang",
    // Seed 000's letterhead (lines 1-7).
    alamatKantor: "Jl. Mayjen Soekartijo No. 56 Telp. (0334) 390555",
    kotaKantor: "YOSOWILANGUN - 67382",
    tanggalRka: "1 Oktober 2019",
    skalaPredikat: "LKJ",
    rumusTurun: "2T-R",
    metodeIkm: "14/2017",
    bobotIkm: "UNSUR",
  },
  indikator: [],
  anggaran: [],
  pertanyaan: PERTANYAAN_BAKU,
  responden: () => [],
  rka: [KEGIATAN],
  rincian: RINCIAN,
};
