/**
 * RKA-SKPD 2.2.1 forms with their KAK of Kecamatan Lumajang, tahun anggaran 2020, taken from
 * seed 004: one record per kegiatan, in the seed's order. The seed holds eleven forms (three for
 * program 09.06, five for 09.39), all of them here.
 *
 * What is the seed's and what was chosen:
 * - Amounts, indicators, targets and the terbilang of the prakiraan maju are as printed, typos
 *   included: Periksa Data is meant to catch them. Year n is 2020, the tahun anggaran, on every
 *   form. Three forms print the years one too early (2018/2019/2020 instead of 2019/2020/2021);
 *   for them the printed middle amount is year n: it is the form's own "Masukan" (Tersedianya
 *   dana) and its 110 % is the third amount, as on the other forms. Each such form says so below.
 * - The "Masukan" row is not stored (always "Tersedianya dana" with the year-n amount).
 * - KAK texts are the seed's words. Only labels were repaired ("Layat Belakang", "Waktu
 *   Pelasanaan", a label printed twice as in "Manfaat : Manfaat ..."), HTML list markup left by
 *   the export was removed, and list items are kept one per line. "Waktu Pelaksanaan" and
 *   "Tempat", which the forms write inside the Mekanisme, go to `waktu` and `tempat`; the rest of
 *   the Mekanisme (Prosedur, Pelaksanaan) stays in `mekanisme`, followed by the form's "Alur" row,
 *   which has no field of its own (seed 000 also puts prosedur and alur under one heading).
 * - Program names are as each form prints them: program 3.05.3.05.09.39 is "PROGRAM
 *   PENYELENGGARAAN PEMERINTAHAN KECAMATAN" on two forms and "FASILITASI PENYELENGGARAAN
 *   PEMERINTAHAN KECAMATAN" on three (seeds 000 and 002 name it Program Penyelenggaraan
 *   Pemerintahan Kecamatan).
 */

import type { ContohUnit, KegiatanRkaContoh } from "../core/model/contoh";
import { PERTANYAAN_BAKU } from "../core/model/skm";

const URUSAN = "3.05 PEMERINTAHAN UMUM";
const ORGANISASI = "3.05.09 KECAMATAN LUMAJANG";

const PROGRAM_ADMINISTRASI = "3.05.3.05.09.01 PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN";
const PROGRAM_SARPRAS = "3.05.3.05.09.02 PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR";
const PROGRAM_PELAPORAN =
  "3.05.3.05.09.06 PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN";
const PROGRAM_PEMERINTAHAN = "3.05.3.05.09.39 PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN";
const PROGRAM_PEMERINTAHAN_FASILITASI = "3.05.3.05.09.39 FASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN";

const baris = (...isi: string[]): string => isi.join("\n");

const PERBUP_86_2016 =
  "Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi Serta tata Kerja Kecamatan dan Kelurahan";

/**
 * The gender-mainstreaming (PUG) legal basis the five forms of program 09.39 share. They spell
 * "Pengarusutamaan" or "Pengarusatamaan" form by form; each keeps its own spelling. All still cite
 * "Anggaran APBD Tahun 2018" in a 2020 form.
 */
function dasarHukumPug(ejaan: "Pengarusutamaan" | "Pengarusatamaan"): string[] {
  return [
    "- Intruksi Presiden Nomor 9 Tahun 2000 tentang Pelaksanaan PUG dalam pembangunan nasional.",
    "- PP Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah, Pasal 3, analisis biaya dan manfaat, analisis kemiskinan, dan analisis gender.",
    "- Permendagri Nomor 15/2008 diubah Permendagri Nomor 67/2011 Pelaksanaan PUG di Daerah.",
    "- Anggaran APBD Tahun 2018",
    `- SK Gubernur Jatim No: 188/115/KPTS/013/2010, tanggal 7 April 2010 tentang Kelompok Kerja (PDKJA) ${ejaan} Gender (PUG) Provinsi Jatim.`,
    `- Peraturan Gubernur Jatim No: 27 Tahun 2010, tanggal 7 April 2010 tentang Pedoman Pelaksanaan ${ejaan} Gender dalam Pembangunan Provinsi Jawa Timur.`,
  ];
}

const NILAI_IKM: [string, string] = ["Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32"];
// Program 09.06's three forms print the IKM indicator with a trailing comma; kept as printed.
const NILAI_IKM_KOMA: [string, string] = ["Nilai Indeks Kepuasan Masyarakat (IKM),", "86,32"];

type TolakUkur = [tolakUkur: string, target: string];
type Kak = Pick<
  KegiatanRkaContoh,
  | "latarBelakang"
  | "dasarHukum"
  | "maksudTujuan"
  | "bentukKegiatan"
  | "konsepKegiatan"
  | "mekanisme"
  | "waktu"
  | "tempat"
  | "manfaat"
>;

/** The KAK sections seed 004's forms do not have (seed 000 has them): blank, so left out of the KAK. */
export const TANPA_BAGIAN_KAK_000 = {
  gambaranUmum: "",
  fenomena: "",
  prioritasMasalah: "",
  faktorSdm: "",
  upayaTersedia: "",
  inovasi: "",
  permasalahan: "",
  dampak: "",
  strategi: "",
  pelaksana: "",
  peserta: "",
} satisfies Partial<KegiatanRkaContoh>;

/** A kegiatan as the form prints it: the indicator rows as tolak ukur | target, the KAK apart. */
type KegiatanTercetak = Omit<
  KegiatanRkaContoh,
  | keyof Kak
  | keyof typeof TANPA_BAGIAN_KAK_000
  | "persenMaju"
  | "capaianProgram"
  | "targetCapaianProgram"
  | "keluaran"
  | "targetKeluaran"
  | "hasil"
  | "targetHasil"
> & {
  indikator: { capaianProgram: TolakUkur; keluaran: TolakUkur; hasil: TolakUkur };
  kak: Kak;
};

const TERCETAK: readonly KegiatanTercetak[] = [
  {
    kode: "3.05.3.05.09.01.021",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_ADMINISTRASI,
    // Printed "Pelayanan Admistrasi dan Opsional Perkantoran"; the form's own capaian program and
    // KAK, and the nomenclature in seed 002, say "Administrasi dan Operasional".
    kegiatan: "Pelayanan Administrasi dan Operasional Perkantoran",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 479_077_000,
    jumlahTahunIni: 551_204_390,
    prakiraanMajuTertulis: 606_324_829,
    terbilangTertulis:
      "ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran", "78%"],
      keluaran: ["Jumlah Pelayanan Administrasi perkantoran", "30 Jenis"],
      hasil: NILAI_IKM,
    },
    kelompokSasaran: "Administrasi Perkantoran Kecamatan Lumajang",
    kak: {
      // The latar belakang cites "Perbup No. 58 tahun 2016", the dasar hukum Perbup No. 86 Tahun
      // 2016 (the SOTK every other form cites); both kept as printed.
      latarBelakang:
        "Berdasarkan Perbup No. 58 tahun 2016 bahwa salah satu Fungsi utama Kecamatan sebagai unit SKPD Pelayanan menuntut adanya bentuk penyediaan penunjang untuk kegiatan Pelayanan administrasi dan operasional Perkantoran",
      dasarHukum: baris(
        "- Perbup No. 86 Tahun 2016 tentang SOTK",
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
        "- SK PPTK Kecamatan Lumajang tentan Penunjukan Tenaga Kontrak",
        "- Kebutuhan Rutin / harian Kantor Kecamatan",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan pelayanan administrasi dan operasional perkantoran",
        "Tujuan: Tercapainya peningkatan pelayanan administrasi dan operasional perkantoran",
      ),
      bentukKegiatan:
        "Pemberian Honoraium PNS,Uang lembur PNS, Belanja Bahan Pakai Habis, Belanja Jasa kantor, Premi asuransi, cetak/penggandaan, makanan dan minuman, Perjalanan dinas, dan upah/ongkos tenaga kerja",
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan rutin yang dilakukan secara Continoe setiap bulan dan pendanaan upah bulanan 8 orang tenaga honorer kantor Kecamatan Lumajang",
      mekanisme: baris(
        "Prosedur: kegiatan ketatausahaan/kesekretariat yang berhubungan dengan administrasi surat menyurat, Untuk memenuhi kebutuhan ATK ,Pembayaran tagihan Rekening Telepan, Rekening Air, Rekening Listrik dan Internet, Adanya kebutuhan untuk penggandaan dan cetak SKPD,Komponen Instalasi Listrik/Penerangan Bangunan Kantor,Peralatan kebersihan dan Bahan Pembersih, Materai , Rek Koran, Rek Asuransi ketenagakerjaan,memenuhi Makan dan Minum rapat dan Tamu,Tenaga Kerja Bulanan Administrasi 2 Org (S1), 6 orang (SMA)",
        "Pelaksanaan: Tiap Bulan secara rutin",
        "Alur: Belanja barang jasa - pemberian honor - upah bulanan",
      ),
      // Printed "Waktu Pelasanaan".
      waktu: "12 bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      // The form prints this row below the KAK table.
      manfaat: "Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik",
    },
  },
  {
    kode: "3.05.3.05.09.02.045",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_SARPRAS,
    kegiatan: "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
    lokasi: "Kantor Kecamatan Lumajang",
    // Labels one year early: "Jumlah Tahun 2018" 200.590.000 is 2019, "2019" 149.575.200 is 2020
    // (= the Masukan; x 110 % = 164.532.720), "2020" 164.532.720 is 2021. The "SERMBILAN" typo
    // is in the words of 149.575.200 (year n), not in those stored here (year n+1, correct).
    jumlahTahunLalu: 200_590_000,
    jumlahTahunIni: 149_575_200,
    prakiraanMajuTertulis: 164_532_720,
    terbilangTertulis:
      "SERATUS ENAM PULUH EMPAT JUTA LIMA RATUS TIGA PULUH DUA RIBU TUJUH RATUS DUA PULUH RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase pemenuhan sarana dan prasarana aparatur", "78%"],
      keluaran: ["Jumlah sarana dan prasarana aparatur yang tersedia", "6 Jenis"],
      hasil: NILAI_IKM,
    },
    kelompokSasaran: "Kantor Kecamatan Lumajang",
    kak: {
      // "PP No. 16 tahun 2018" on procurement is Perpres 16/2018; the dasar hukum even omits the
      // year. Kept as printed.
      latarBelakang:
        "Berdasarkan PP.No. 16 tahun 2018 tentang Pengadaan barang dan jasa bahwa OPD juga mempunyai peran penting dalam pelaksanaan pembangunan nasional untuk peningkatan pelayanan publik dan pengembangan perekonomian nasional dan daerah",
      dasarHukum: baris(
        "1. PP Nomor . 16 tentang Pengadaan Barang dan jasa",
        "2. Permendagri No. 7 tahun 2006 tentang Standarisasi Sarana dan Prasarana Kerja Pemerintahan Daerah",
        `3. ${PERBUP_86_2016}`,
        "4. Perbup Lumajang Nomor. 25 Tahun 2019 tentang perubahan kedua atas perbup Lumajang no 65 tahun 2018 Standar biaya dan Standar harga satuan Barang tahun anggaran 2019",
        "5. Renstra Kecamatan Lumajang th. 2019-2024",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
        "Tujuan: Tercapainya peningkatan Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
      ),
      bentukKegiatan: baris(
        "- Belanja Barang dan Jasa",
        "- Belanja Peralatan dan Mesin",
        "- Belanja Modal Bangunan dan Gedung",
      ),
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan yang sifatnya rutin dan berkala dimana tiap tahunnya kebutuhan barang dan bangunan tidak sama di sesuaikan kebutuhan yang ada di kantor Kecamatan Lumajang",
      // The alur names a "Belanja modal tugu peringatan" the bentuk kegiatan does not list.
      mekanisme: baris(
        "Prosedur: kegiatan ketatausahaan/kesekretariatan yang berhubungan dengan administrasi dibutuhkannya pemenuhan sarana dan prasarana kantor, Kendaraan Operasional , Meja komputer, mesin potong rumput, penyedot debu, CCTV, Komputer, Printer, Rehab Gedung Kantor dan pemasangan Paving",
        "Pelaksanaan: Bulan Pebruari s/d Mei 2020",
        "Alur: Belanja Barang dan Jasa - Belanja Peralatan dan Mesin - Belanja Modal Bangunan Gedung kantor - Belanja modal tugu peringatan",
      ),
      waktu: "4 Bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      manfaat: "Tersedianya fasilitas peralatan dan mesin gunan menunjang kinerja aparat kecamatan",
    },
  },
  {
    kode: "3.05.3.05.09.02.046",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_SARPRAS,
    kegiatan: "Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 97_140_000,
    jumlahTahunIni: 73_246_000,
    prakiraanMajuTertulis: 80_570_600,
    terbilangTertulis: "DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH",
    indikator: {
      // The same program's capaian is 78% on form 045 and "75 %" here.
      capaianProgram: ["Prosentase Pemenuhan sarana dan prasarana aparatur", "75 %"],
      keluaran: ["Jumlah sarana dan prasarana aparatur yang terpelihara", "6 Jenis"],
      hasil: NILAI_IKM,
    },
    kelompokSasaran: "Sarana dan Prasarana Kantor Kecamatan Lumajang",
    kak: {
      latarBelakang:
        "Berdasarkan PP No. 16 tahun 2018 tentang Pengadaan barang dan jasa bahwa OPD juga mempunyai peran penting dalam pelaksanaan pembangunan nasional untuk peningkatan pelayanan publik dan pengembangan perekonomian nasional dan daerah sehingga di pandang perlu untuk melakukan Perawatan dan pemeliharaan semua peralatan dan kendaraan operasional yang ada di kecamatan lumajang agar terawat dengan baik",
      dasarHukum: baris(
        "- Renstra Kecamatan Lumajang th. 2019 - 2024",
        "- Renja Kecamatan tahun 2020",
        "- SK Bupati tentang pejabat penyimpan barang",
        "- Kebutuhan Rutin / harian Kantor Kecamatan.",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur",
        "Tujuan: Tercapainya peningkatan Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur",
      ),
      bentukKegiatan: baris(
        "- Pemberian Perawatan Kendaraan Bermotor;",
        "- Pemeliharaan Alat Rumah tangga;",
        "- Pemeliharaan Komputer",
      ),
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan Pemeliharaan Peralatan sarana dan prasarana Aparatur secara rutin dan berkala dan Pemeliharaan Gedung dan Rumah Dinas kantor Kecamatan Lumajang",
      mekanisme: baris(
        "Prosedur: Kegiatan Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur dibutuhkan untuk merawat sarana dan prasarana kantor, Kendaraan Operasional",
        "Pelaksanaan: Tiap Bulan secara rutin",
        "Alur: 1. Pelaksanaan Pemeliharaan Peralatan sarana dan prasarana Aparatur secara rutin dan berkala, 2. Perawatan Kendaraan Bermotor",
      ),
      // Printed "Waktu Pelaksanaan Pemeliharaan Peralatan".
      waktu: "12 bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      manfaat: baris(
        "Terpenuhinya Kebutuhan Pemeliharaan Peralatan di Kantor secara rutin/berkala kendaraan dinas dapat tetap digunakan dan dalam kondisi baik",
        "1. Kebutuhan Pemeliharaan Peralatan di Kantor secara rutin/berkala",
        "2. Dibutuhkannya Perawatan dan pemeliharaan semua peralatan dan kendaraan operasional yang ada di kecamatan lumajang agar terawat dengan baik",
        "3. Semua barang dan peralatan kantor kecamatan dapat tersimpan dan terawat dengan baik sehingga dapat digunakan sewaktu - waktu .",
      ),
    },
  },
  {
    kode: "3.05.3.05.09.06.001",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PELAPORAN,
    kegiatan: "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 1_000_000,
    jumlahTahunIni: 5_300_000,
    prakiraanMajuTertulis: 5_830_000,
    terbilangTertulis: "LIMA JUTA DELAPAN RATUS TIGA PULUH RIBU RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "78%"],
      keluaran: ["Jumlah dokumen LAKIP", "32 eksemplar"],
      hasil: NILAI_IKM_KOMA,
    },
    kelompokSasaran: "Laporan Capaian Kinerja SKPD",
    kak: {
      latarBelakang:
        "Berdasarkan Keputusan Menteri Pemberdayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan dan Tata Cara Reviu Atas Laporan Kinerja, serta adanya kewajiban dalam melaksananya peningkatan pengembangan sistem pelaporan capaian kerja dan keuangan Kecamatan Lumajang",
      // The second item has no "-" in the seed.
      dasarHukum: baris(
        "- Renstra Kecamatan Lumajang th. 2019 - 2024;",
        "- perjanjian kinerja tahun 2020;",
        "- sistem pengukuran kinerja th 2020;",
        "- Penilaian terhadap penyajian dan pengungkapan informasi kinerja;",
        "- Evaluasi terhadap program dan kegiatan; dan",
        "- Evaluasi terhadap kebijakan instansi/unit kerja yang bersangkutan",
        "- Renja Kecamatan tahun 2020",
        "- SK Tim Pembentukan SAKIP tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP",
        "Tujuan: Tercapainya peningkatan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP dengan baik dan Tepat Waktu",
      ),
      bentukKegiatan: baris("- Belanja Pegawai", "- Belanja Barang dan Jasa"),
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan Lembur dalam rangka Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP Kecamatan Lumajang",
      // "September 2020", like the RKA form (06.007), for a LAKIP normally due early in the year;
      // the alur row repeats the label "Prosedur :", dropped.
      mekanisme: baris(
        "Prosedur: Kegiatan ini berupa kegiatan Pelaksanaan Lembur dalam rangka Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP",
        "Pelaksanaan: bulan September 2020",
        "Alur: Kegiatan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP",
      ),
      waktu: "1 bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      manfaat:
        "Terlaksanannya Pemenuhan penyusunan pelaporan capaian kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP dengan baik",
    },
  },
  {
    kode: "3.05.3.05.09.06.003",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PELAPORAN,
    kegiatan: "Penyusunan Laporan Keuangan Akhir Tahun",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 3_000_000,
    jumlahTahunIni: 1_796_000,
    prakiraanMajuTertulis: 1_975_600,
    terbilangTertulis: "SATU JUTA SEMBILAN RATUS TUJUH PULUH LIMA RIBU ENAM RATUS RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "78%"],
      keluaran: ["Jumlah Dokumen Keuangan Akhir Tahun", "10 Jenis laporan"],
      hasil: NILAI_IKM_KOMA,
    },
    kelompokSasaran: "Administrasi pengelolaan keuangan SKPD",
    kak: {
      latarBelakang:
        "Peraturan Pemerintah Nomor 58 tahun 2005 tentang Pengelolaan Keuangan Daerah serta adanya kewajiban dalam melaksanakan penyusunan Laporan Keuangan SKPD",
      dasarHukum: baris(
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
        "- Laporan Keuangan tahun 2019",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Penyusunan Laporan Keuangan Akhir Tahun",
        "Tujuan: Tercapainya peningkatan Penyusunan Laporan Keuangan Akhir Tahun",
      ),
      bentukKegiatan: baris("- Belanja Pegawai", "- Belanja Barang dan Jasa"),
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan Lembur dan Foto copy dalam rangka Penyusunan Laporan Keuangan Akhir Tahun Kecamatan Lumajang",
      // The form's mekanisme is garbled: "Pelaksanaan : 1 bulan dalam tahun 2020 - Tempat : ...
      // - Pelaksanaan : bulan Januari 2020 - Waktu", the label "Waktu" pushed to the end, and the
      // next row has lost its label; it reads as the Alur (compare form 06.007's alur).
      mekanisme: baris(
        "Prosedur: Kegiatan ini berupa kegiatan Pelaksanaan Lembur dalam rangka penyusunan pelaporan keuangan ahir tahun",
        "Pelaksanaan: bulan Januari 2020",
        "Alur: Pelaksanaan penyusunan pelaporan Keuangan Akhir Tahun",
      ),
      waktu: "1 bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      manfaat: "Terlaksananya Pemenuhan penyusunan pelaporan Keuangan Akhir Tahun dengan baik",
    },
  },
  {
    kode: "3.05.3.05.09.06.007",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    // The form's columns slipped: the program name runs onto the kegiatan line ("CAPAIAN KINERJA
    // DAN KEUANGAN") and the kegiatan name onto the lokasi line.
    program: PROGRAM_PELAPORAN,
    kegiatan: "Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 8_816_000,
    jumlahTahunIni: 8_376_000,
    prakiraanMajuTertulis: 9_213_600,
    terbilangTertulis: "SEMBILAN JUTA DUA RATUS TIGA BELAS RIBU ENAM RATUS RUPIAH",
    indikator: {
      // 78% on the program's two other forms.
      capaianProgram: ["Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "75 %"],
      keluaran: ["Jumlah dokumen rencana kerja dan anggaran (RKA SKPD)", "40 exemplar"],
      hasil: NILAI_IKM_KOMA,
    },
    kelompokSasaran: "Penyusun dokumen RKA Kecamatan Lumajang",
    kak: {
      // "Tahun 2019 2019" as printed.
      latarBelakang:
        "Berdasarkan Permendagri Nomor 33 Tahun 2019 2019 tentang pedoman penyusunan APBD tahun 2020 serta Adanya kewajiban SKPD yang ada Di bawah untuk melaksananya Penyusunan RKA SKPD",
      dasarHukum: baris(
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
        "- KAK Tahun Anggaran 2020",
        "- ASB tahun Anggaran 2020",
        "- ARG Tahun Anggaran 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Penyusunan RKA SKPD",
        "Tujuan: Tercapainya peningkatan Penyusunan RKA SKPD dengan baik dan Tepat Waktu",
      ),
      bentukKegiatan: baris("- Belanja Pegawai", "- Belanja Barang dan Jasa"),
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan Lembur dan Foto copy serta Perjalanan Dinas Luar Daerah dalam rangka Penyusunan RKA SKPD",
      mekanisme: baris(
        "Prosedur: Kegiatan ini berupa kegiatan Pelaksanaan Lembur dan Perjalanan Dinas Luar Daerah, dalam rangka Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD",
        "Pelaksanaan: bulan September 2020",
        "Alur: Pelaksanaan penyusunan pelaporan RKA SKPD",
      ),
      waktu: "1 bulan dalam tahun 2020",
      tempat: "Kantor Kecamatan Lumajang",
      manfaat: "Tersusunnya RKA SKPD dengan tepat dan baik",
    },
  },
  {
    kode: "3.05.3.05.09.39.003",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PEMERINTAHAN,
    kegiatan: "Fasilitasi dan Koordinasi Bidang Pemerintahan",
    lokasi: "Kantor Kecamatan Lumajang",
    // Labels one year early: "Jumlah Tahun 2018" 154.050.000 is 2019, "2019" 148.900.000 is 2020
    // (= the Masukan; x 110 % = 163.790.000), "2020" 163.790.000 is 2021.
    jumlahTahunLalu: 154_050_000,
    jumlahTahunIni: 148_900_000,
    prakiraanMajuTertulis: 163_790_000,
    terbilangTertulis: "SERATUS ENAM PULUH TIGA JUTA TUJUH RATUS SEMBILAN PULUH RIBU RUPIAH",
    indikator: {
      capaianProgram: [
        "Prosentase Desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        "79%",
      ],
      // The keluaran is a percentage and the hasil a count of villages, the reverse of the usual
      // output/outcome pair; as printed.
      keluaran: ["Prosentase Desa yang menyusun dokumen administrasi desa sesuai ketentuan", "85%"],
      hasil: ["Jumlah desa yang menyusun dokumen administrasi desa", "5 Desa"],
    },
    kelompokSasaran: "5 Desa",
    kak: {
      latarBelakang:
        "Berdasarkan Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutamaan Gender (PUG) dan PPRG serta Salah satu tugas yang melekat pada kecamatan adalah Memfasilitasi pelaksanaan penyelenggaraan pendamping yang tugasnya antara lain mendampingi pengelolaan dana bantuan Desa, PILKADES, Audiensi dan Monitoring kegiatan Desa",
      dasarHukum: baris(
        ...dasarHukumPug("Pengarusutamaan"),
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Penyusunan dokumen administrasi desa sesuai ketentuan",
        "Tujuan: Tercapainya peningkatan menyusun dokumen administrasi desa dengan baik dan Tepat Waktu",
      ),
      bentukKegiatan: "- Belanja Barang dan Jasa",
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan sosialisasi dan pembinaan dengan Perangkat desa dan ormas yang terkait",
      // The first "Pelaksanaan" is the audiensi's, the second the pendamping's pay.
      mekanisme: baris(
        "Prosedur: Pemberian Ganti Transport, makanan dan minuman peserta Audiensi serta Pembayaran Tenaga Pendamping Desa dan Korcam,",
        "Pelaksanaan: bulan Mei dan Nopember tahun 2020",
        "Pelaksanaan: Pembayaran dilakukan rutin tiap bulan dalam tahun 2020",
        "Alur: Pelaksanaan Kegiatan Pembinaan dan Pembayaran",
      ),
      waktu: baris(
        "Waktu Pelaksanaan Audiensi: 2 Kegiatan dalam tahun 2020",
        "Waktu Pembayaran Upah Tenaga Pendamping: 12 Bulan dalam th 2020",
      ),
      tempat: "Lantai II Kecamatan Lumajang",
      manfaat: "Terselenggaranya kegiatan administrasi keuangan desa tertib dan baik",
    },
  },
  {
    kode: "3.05.3.05.09.39.004",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PEMERINTAHAN,
    kegiatan: "Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat",
    lokasi: "Kecamatan Lumajang",
    // Printed with spaces for thousands: "32 500 000,00", "22 300 000,00", "24 530 000,00".
    jumlahTahunLalu: 32_500_000,
    jumlahTahunIni: 22_300_000,
    prakiraanMajuTertulis: 24_530_000,
    terbilangTertulis: "DUA PULUH EMPAT JUTA LIMA RATUS TIGA PULUH RIBU RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase Desa Yang Menyusun Dokumen Administrasi Desa sesuai ketentuan", "79%"],
      keluaran: ["Jumlah Desa dan Kelurahan yang Dibina oleh Trantib", "5 Desa dan 7 Kelurahan"],
      hasil: ["Prosentase hasil fasilitasi dan koordinasi yang d tindak lanjuti", "80%"],
    },
    kelompokSasaran: "Anggota Linmas Kecamatan Lumajang",
    kak: {
      latarBelakang:
        "Berdasarkan Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG serta Salah satu tugas yang melekat pada kecamatan adalah Memfasilitasi pelaksanaan penyelenggaraan Pengendalian keamanan lingkungan memerlukan peran aktif yang baik dari personil Linmas , Satgas Desa di masing-masing desa dan kelurahan, sehingga perlu adanya pembinaan terhadap personil Linmas dan Satgas desa oleh Forkopimka",
      dasarHukum: baris(
        ...dasarHukumPug("Pengarusatamaan"),
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Pengendalian keamanan lingkungan memerlukan peran aktif yang baik dari personil Linmas dan Satgas desa di masing-masing desa dan kelurahan, sehingga perlu adanya pembinaan terhadap personil Linmas serta monitoring Keamanan Lingkungan oleh Forkopimka",
        "Tujuan: Tercapainya peningkatan dan kepedulian Linmas dan Satgas Keamanan Desa pada lingkungan terkait dengan Pengamanan",
      ),
      bentukKegiatan: "- Belanja Barang dan Jasa",
      konsepKegiatan:
        "Kegiatan ini berupa kegiatan Pelaksanaan pembinaan dengan personil Linmas dan Satgas desa di masing-masing desa dan kelurahan, serta monitoring keamanan oleh Forkopimka",
      // "Forkompika" (prosedur) and "Forkopimka" (elsewhere) as printed. The first "Pelaksanaan
      // kegiatan" is the pembinaan's, the second the Forkopimka transport's.
      mekanisme: baris(
        "Prosedur: Pemberian Ganti Transport, makanan dan minuman peserta Pembinaan dan Forkompika,",
        "Pelaksanaan kegiatan: bulan April dan Agustus tahun 2020",
        "Pelaksanaan kegiatan: Pembayaran dilakukan rutin tiap bulan dalam tahun 2020",
        "Alur: Pelaksanaan Kegiatan Pembinaan dan Monitoring",
      ),
      waktu: baris(
        "Waktu Pelaksanaan Pembinaan: 2 Kegiatan dalam tahun 2020",
        "Waktu pemberian Transport Forkopimka: 12 Bulan dalam th 2020",
      ),
      tempat: "Lantai II Kecamatan Lumajang",
      manfaat:
        "Menjaga dan meningkatkan kesadaran masyarakat melalui personil Linmas dan Satgas keamanan desa untuk menjaga keamanan Lingkungan secara mandiri",
    },
  },
  {
    kode: "3.05.3.05.09.39.005",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PEMERINTAHAN_FASILITASI,
    kegiatan: "Fasilitasi dan Koordinasi Pemberdayaan Masyarakat",
    lokasi: "Kecamatan Lumajang",
    // Labels one year early: "Jumlah Tahun 2018" 94.325.000 is 2019, "2019" 120.877.500 is 2020
    // (= the Masukan; x 110 % = 132.965.250), "2020" 132.965.250 is 2021.
    jumlahTahunLalu: 94_325_000,
    jumlahTahunIni: 120_877_500,
    prakiraanMajuTertulis: 132_965_250,
    terbilangTertulis:
      "SERATUS TIGA PULUH DUA JUTA SEMBILAN RATUS ENAM PULUH LIMA RIBU DUA RATUS LIMA PULUH RUPIAH",
    indikator: {
      capaianProgram: ["Prosentase desa yang menyusun dokumen administrasi desa sesuai ketentuan", "79%"],
      keluaran: ["Prosentase kelembagaan pemberdayaan masyarakat yang di fasilitasi", "20%"],
      // A "Jumlah" with a percentage target, as printed.
      hasil: ["Jumlah masyarakat dibina tentang pemberdayaan", "80%"],
    },
    kelompokSasaran: "Lembaga Masyarakat yang ada di wilayah kecamatan Lumajang",
    kak: {
      latarBelakang:
        "Berdasarkan Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG serta Salah satu tugas yang melekat pada kecamatan adalah mengkoordinasikan kegiatan pemberdayaan masyarakat, kegiatan yang dilaksanakan oleh kabupaten/ provinsi maupun pusat harus diikuti oleh kecamatan, seperti kegiatan porkab, Por SD, Pramuka, Jadoel, MTQ diantaranya pemberdayaan bidang kesehatan melalui Posyandu Gerbangmas Siaga, swadaya masyarakat dalam pembangunan yang dipelopori oleh LKMD, PKK yang diprakarsai oleh TP-PKK kecamatan dan desa, sehingga perlu dukungan dana untuk pelaksanaan tugas tersebut",
      // The Perbup item has no "-" in the seed.
      dasarHukum: baris(
        ...dasarHukumPug("Pengarusutamaan"),
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Pembinaan, Monitoring, Kompetisi kelembagaan pemberdayaan masyarakat yang di fasilitasi",
        "Tujuan: Tercapainya peningkatan kelembagaan pemberdayaan masyarakat yang di Dibina, Ikut Kompetisi dan Dimonitoring yang di fasilitasi",
      ),
      bentukKegiatan: "- Belanja Barang dan Jasa",
      konsepKegiatan: "Kegiatan ini berupa kegiatan Pelaksanaan pembinaan , Kompetisi dan Monitoring.",
      mekanisme: baris(
        "Prosedur: Kegiatan dilakukan dengan cara pembinaan dan monitoring secara berjenjang melalui Pokjanal Kecamatan, Pokja desa dan Kader Posyandu Gerbangmas Siaga, PKK, LKMD MTQ dan Kegiatan Pramuka, Porkab, Por SD serta Jadoel dengan di fasilitasi :",
        "- Dekorasi",
        "- penggantian Transport,",
        "- Jasa Instruktur,",
        "- Cetak/ penggandaan ,",
        "- Sewa,",
        "- makan minum",
        "- dan pakian hari - hari tertentu",
        "Pelaksanaan kegiatan: bulanPebruari s/d Desember 2020",
        "Alur: Pelaksanaan Kegiatan Pembinaan dan Monitoring serta Kompetisi",
      ),
      // "1 tahun" against a pelaksanaan of Pebruari to Desember; as printed.
      waktu: "kurun waktu 1 tahun menyesuaikan kegiatan kelembagaan dalam tahun 2020",
      tempat: "Di Wilaya Kecamatan Lumajang",
      // The third item is numbered "3," in the seed.
      manfaat: baris(
        "1. Menjaga kualitas dan motivasi kader Posyandu dalam melaksanakan kegiatan Posyandu, PKK, LKMD,",
        "2. Mencapai target-target yang telah ditentukan dalam Posyandu Gerbangmas Siaga",
        "3. Memberikan Motifasi dan Memfasilitasi dalam Mencapai hasil maksimal untuk berkompetisi pada kelembagaan Pramuka, Porkab, PorSD dan MTQ, serta Jadoel",
      ),
    },
  },
  {
    kode: "3.05.3.05.09.39.006",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PEMERINTAHAN_FASILITASI,
    kegiatan: "Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan",
    lokasi: "Kecamatan Lumajang",
    jumlahTahunLalu: 11_682_000,
    jumlahTahunIni: 8_847_000,
    prakiraanMajuTertulis: 9_731_700,
    // "SATURIBU" (for "SATU RIBU") as printed: the one terbilang of a prakiraan maju in seed 004
    // that does not read back.
    terbilangTertulis: "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH",
    indikator: {
      // "80 %" where the program's other forms print 79%, and "dokumen administrasi" without
      // "desa"; as printed.
      capaianProgram: ["Prosentase desa yang menyusun dokumen administrasi sesuai ketentuan", "80 %"],
      keluaran: ["Prosentase keterpenuhan unsur lintas sektor dalam musrenbang", "80%"],
      hasil: ["Prosentase hasil fasilitasi dan koordinasi yang d tindak lanjuti", "80%"],
    },
    kelompokSasaran: "Masyarakat Kecamatan Lumajang",
    kak: {
      latarBelakang:
        "Berdasarkan Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG serta Salah satu tugas yang melekat pada kecamatan adalah Musrenbang dimana kegiatan ini merupakan kegiatan rutin tahunan yang harus dilaksanakan sebagai amanat UU",
      dasarHukum: baris(
        "- UU No. 25 tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
        ...dasarHukumPug("Pengarusatamaan"),
        `- ${PERBUP_86_2016}`,
        "- Renstra Kecamatan Lumajang th. 2019-2024",
        "- Renja Kecamatan tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Mengadakan Pelaksanaan pra musrenbang kecamatan dengan melakukan pemantauan di Tingkat Desa dan Kelurahan",
        "Tujuan: Untuk Menampung semua aspirasi masyarakat terkait dengan pembangunan Lingkungan dengan melalui Musrenbang TK Kecamatan",
      ),
      bentukKegiatan: baris("- Belanja Pegawai dan", "- Barang dan Jasa"),
      konsepKegiatan:
        "Kegiatan ini berupa pemantauan Musrenbang desa dan kelurahan, pelaksanaan pra musrenbang kecamatan dan Musrenbang kecamatan",
      mekanisme: baris(
        "Prosedur:",
        "1) Membentuk Tim Pendamping",
        "2) Koordinasi Pelaksanaan tugas tim sesuai dengan ketentuan",
        "3) Pelaksanaan Musrenbang di tingkat Kecamatan",
        "Pelaksanaan: Januari 2020",
        "Alur: Pelaksanaan dan monitoring Musrenbang desa dan kelurahan → Pelaksanaan pra Musrenbang kecamatan → Pelaksanaan Musrenbang kecamatan — Penetapan tim pendamping → Pelaksanaan tugas tim sesuai ketentuan → Monev",
      ),
      waktu: "Awal tahun 2020",
      tempat: "Lantai II Kantor Kecamatan Lumajang",
      // Printed "Manfaat : Manfaat Menjaga ...".
      manfaat: "Menjaga tertib perencanaan pembangunan dari desa dan kelurahan sampai kecamatan",
    },
  },
  {
    kode: "3.05.3.05.09.39.007",
    urusan: URUSAN,
    organisasi: ORGANISASI,
    program: PROGRAM_PEMERINTAHAN_FASILITASI,
    kegiatan: "Peningkatan Pelayanan Administrasi pada Masyarakat",
    lokasi: "Kecamatan Lumajang",
    // The words of year n (79.605.750) end "TUJUH RATUS LIMA RATUS" with no "RUPIAH" (for "TUJUH
    // RATUS LIMA PULUH RUPIAH"); those stored here, of year n+1, are correct.
    jumlahTahunLalu: 48_636_000,
    jumlahTahunIni: 79_605_750,
    prakiraanMajuTertulis: 87_566_325,
    terbilangTertulis:
      "DELAPAN PULUH TUJUH JUTA LIMA RATUS ENAM PULUH ENAM RIBU TIGA RATUS DUA PULUH LIMA RUPIAH",
    indikator: {
      // A capaian program unlike the program's four other forms; an IKM target written "86%".
      capaianProgram: ["Prosentase pengaduan masyarakat terhadap pelayanan", "80%"],
      keluaran: ["Prosentase Pelayanan yang diproses tepat waktu", "80%"],
      hasil: ["Nilai Indeks Kepuasan Masyarakat", "86%"],
    },
    kelompokSasaran: "TIM SIAK Kecamatan Lumajang",
    kak: {
      latarBelakang:
        "Berdasarkan Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG serta Salah satu tugas yang melekat pada kecamatan dan Tertib Administrasi kependudukan dan adanya penanganan pelayanan adminduk sampai dengan batas kewenangan kecamatan",
      // "Renstra ... th. 2019-2020", 2019-2024 on every other form; as printed.
      dasarHukum: baris(
        ...dasarHukumPug("Pengarusatamaan"),
        `- ${PERBUP_86_2016}`,
        "- SK PPTK Kecamatan Lumajang tentang Penunjukan Tenaga Upah Bulanan",
        "- Renstra Kecamatan Lumajang th. 2019-2020",
        "- Renja Kecamatan tahun 2020",
      ),
      maksudTujuan: baris(
        "Maksud: Untuk menunjang kegiatan yang terkait dengan Peningkatan Pelayanan Administrasi pada Masyarakat sesuai ketentuan",
        "Tujuan: Tercapainya Peningkatan Pelayanan Administrasi pada Masyarakat dengan baik dan Tepat Waktu",
      ),
      // Bentuk, alur and manfaat repeat their label in the seed ("Bentuk - Belanja ...").
      bentukKegiatan: "- Belanja Barang dan Jasa",
      konsepKegiatan:
        "Kegiatan ini berupa Pemberian Upah / Ongkos tenaga bulanan dan tambahan Upah Tenaga Kerja bulanan",
      mekanisme: baris(
        "Prosedur: kegiatan berupa kegiatan Lomba pelayanan publik dengan pemberian jasa juri, foto copy perjalanan dinas, Pelayanan dan SIAK yang berhubungan dengan administrasi Pelayanan pada masyarakat berupa Pembayaran Upah / ongkos Tenaga Kerja Bulanan dan Pemberian Tambahan Upah Tenaga Kerja Bulanan",
        "Pelaksanaan: Tiap Bulan secara rutin",
        "Alur: Pelaksanaan Pembayaran Tenaga Kerja bulanan dan tambahan upah",
      ),
      waktu: baris(
        "Waktu Pelaksanaan lomba: 1 bulan pada bulan Agustus 2020",
        "Waktu pelaksanaan Pembayaran upah dan tambahan upah: 12 bulan dalam tahun 2020",
      ),
      tempat: "5 Desa dan 7 Kelurahan dan Kantor Kecamatan Lumajang",
      manfaat: "Terselenggaranya kegiatan Implementasi sistem administrasi kependudukan dengan baik",
    },
  },
];

/** The kegiatan as the RKA sheet's rows (the forms print no percentage: the default 110 %). */
export const KEGIATAN_RKA_LUMAJANG_2020: readonly KegiatanRkaContoh[] = TERCETAK.map(
  ({ indikator, kak, ...k }) => ({
    ...k,
    persenMaju: null,
    capaianProgram: indikator.capaianProgram[0],
    targetCapaianProgram: indikator.capaianProgram[1],
    keluaran: indikator.keluaran[0],
    targetKeluaran: indikator.keluaran[1],
    hasil: indikator.hasil[0],
    targetHasil: indikator.hasil[1],
    ...kak,
    ...TANPA_BAGIAN_KAK_000,
  }),
);

/**
 * The third sample: the RKA-SKPD 2.2.1 forms and KAK of Kecamatan Lumajang for TA 2020 (seed
 * 004), for the planning documents. The seed names no Camat for 2020: the sample keeps the one of
 * seed 003. No survey and no quarterly figures: those are the other samples'.
 */
export const CONTOH_RKA_LUMAJANG_2020: ContohUnit = {
  id: "rka-lumajang-2020",
  judul: "Kecamatan Lumajang 2020, RKA dan KAK",
  pengaturan: {
    namaUnit: "Kecamatan Lumajang",
    kabupaten: "Kabupaten Lumajang",
    tahun: 2020,
    triwulan: "I",
    namaPimpinan: "Drs. DEDWI SUPRAPTO, M.Si.",
    nipPimpinan: "19701218 199101 1 002",
    jabatanPimpinan: "Camat Lumajang",
    namaPihakKedua: "H. THORIQUL HAQ, M.ML",
    jabatanPihakKedua: "Bupati Lumajang",
    tempat: "Lumajang",
    // Seed 004's forms print no date. Seed 000, a KAK for the same tahun anggaran 2020 in the same
    // kabupaten (Kecamatan Yosowilangun's), is signed "Lumajang, 1 Oktober 2019" (line 461): the
    // RKA and KAK of this cycle were drawn up then.
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
  rka: KEGIATAN_RKA_LUMAJANG_2020,
};
