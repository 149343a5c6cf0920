/**
 * The Pengaturan sheet: one row per setting, its title in column A and its value in column B.
 * Each setting is defined once: title, what it holds, its reader and the value a blank means;
 * the record `PengaturanUnit` is derived from the list.
 */
import { parseAngka } from "../angka";
import { parseRumusTurun } from "../capaian";
import { parseTanggalDokumen, type TanggalDokumen } from "../format";
import { parseBobot, parseIkmTahunan, parseMetode } from "../ikm";
import { parseSkala } from "../predikat";
import { parseTriwulan, TRIWULAN } from "../triwulan";
import { type PeriodeRenstra, parsePeriodeRenstra } from "./renstra";

interface Setelan<K extends string, T> {
  kunci: K;
  judul: string;
  jenis: "teks" | "angka" | "pilihan";
  pilihan?: readonly string[];
  /** What setup writes into a new Pengaturan (a dropdown's default). */
  bawaan?: string;
  /** The value cell's number format ("@": plain text, so an 18-digit NIP keeps its digits). */
  format?: string;
  catatan: string;
  /** The value of a filled cell, or core's Indonesian message. */
  baca(v: unknown): T;
  /** The value of a blank (or unreadable) cell. */
  kosong: T;
}

const teks = (v: unknown) => String(v).trim();
const bulatPositif = (label: string) => (v: unknown) => {
  const n = parseAngka(v, label);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${label} harus bilangan bulat positif, bukan ${String(v)}.`);
  return n;
};
const setelan = <const K extends string, T>(s: Setelan<K, T>) => s;
const setelanTeks = <const K extends string>(kunci: K, judul: string, catatan: string) =>
  setelan({ kunci, judul, jenis: "teks", catatan, baca: teks, kosong: "" });
/**
 * A document's own date: a day, or its month only ("Juli 2019"). Blank, the document is dated the
 * day it is made, and the data check says so (src/reports/tanggal.ts). A new date cell is plain
 * text ("@"): what the user types stays as typed, so Sheets neither turns "Juli 2019" into the 1st
 * of July nor reads "10/01/2023" month-first in an English locale.
 */
const setelanTanggal = <const K extends string>(kunci: K, judul: string, catatan: string) =>
  setelan({
    kunci,
    judul,
    jenis: "teks",
    format: "@",
    catatan: `${catatan} Kosong: tanggal hari dokumen dibuat (Periksa Data memperingatkan).`,
    baca: parseTanggalDokumen,
    kosong: null as TanggalDokumen | null,
  });

export const UKURAN_KERTAS = ["A4", "F4"] as const;
export type UkuranKertas = (typeof UKURAN_KERTAS)[number];

/** "A4", "f4", "Folio" (F4's other name); blank: A4. */
export function parseUkuranKertas(v: unknown): UkuranKertas {
  const t = String(v ?? "")
    .trim()
    .toUpperCase();
  if (t === "" || t === "A4") return "A4";
  if (t === "F4" || t === "FOLIO") return "F4";
  throw new Error(`Ukuran kertas "${String(v)}" tidak dikenal. Pilihan: A4, F4.`);
}

export const PENGATURAN_KOLOM = ["Pengaturan", "Nilai", "Keterangan"] as const;

export const PENGATURAN = [
  setelanTeks("namaUnit", "Nama Unit Kerja", "Misalnya Kecamatan Lumajang."),
  setelanTeks("kabupaten", "Kabupaten/Kota", "Misalnya Kabupaten Lumajang."),
  setelan({
    kunci: "tahun",
    judul: "Tahun",
    jenis: "angka",
    catatan: "Tahun anggaran yang dilaporkan.",
    baca: bulatPositif("Tahun"),
    kosong: null as number | null,
  }),
  setelan({
    kunci: "triwulan",
    judul: "Triwulan Dilaporkan",
    jenis: "pilihan",
    pilihan: TRIWULAN,
    catatan: "Triwulan terakhir yang dilaporkan (I-IV).",
    baca: parseTriwulan,
    kosong: null as number | null,
  }),
  setelanTeks("namaPimpinan", "Nama Pimpinan", "Pihak pertama, misalnya camat."),
  setelan({
    kunci: "nipPimpinan",
    judul: "NIP Pimpinan",
    jenis: "teks",
    format: "@",
    catatan: "NIP ditulis seperti di dokumen resmi.",
    baca: teks,
    kosong: "",
  }),
  setelanTeks("jabatanPimpinan", "Jabatan Pimpinan", "Misalnya Camat Lumajang."),
  setelanTeks("namaPihakKedua", "Nama Pihak Kedua", "Atasan pihak pertama (Perjanjian Kinerja)."),
  setelanTeks("jabatanPihakKedua", "Jabatan Pihak Kedua", "Misalnya Bupati Lumajang."),
  setelanTeks("tempat", "Tempat Penandatanganan", "Kota tempat dokumen ditandatangani."),
  // A unit's workbook may hold a date value here: unlike the later date settings, no "@" format.
  setelan({
    kunci: "tanggalLaporan",
    judul: "Tanggal Laporan",
    jenis: "teks",
    catatan:
      "Tanggal penandatanganan Laporan Kinerja Triwulan dan LKJ, misalnya 8 Oktober 2021. Kosong: tanggal hari laporan dibuat (Periksa Data memperingatkan).",
    baca: parseTanggalDokumen,
    kosong: null as TanggalDokumen | null,
  }),
  setelan({
    kunci: "skalaPredikat",
    judul: "Skala Predikat",
    jenis: "pilihan",
    pilihan: ["LKJ", "PERMENDAGRI"],
    bawaan: "LKJ",
    catatan:
      "LKJ: Sangat Berhasil/Berhasil/Cukup Berhasil/Tidak Berhasil. PERMENDAGRI 86/2017: Sangat Tinggi ... Sangat Rendah.",
    baca: parseSkala,
    kosong: parseSkala(""),
  }),
  setelan({
    kunci: "rumusTurun",
    judul: "Rumus Capaian Indikator Turun",
    jenis: "pilihan",
    pilihan: ["2T-R", "T/R"],
    bawaan: "2T-R",
    catatan: "2T-R: (2 × target − realisasi) / target × 100. T/R: target / realisasi × 100.",
    baca: parseRumusTurun,
    kosong: parseRumusTurun(""),
  }),
  setelan({
    kunci: "metodeIkm",
    judul: "Metode IKM",
    jenis: "pilihan",
    pilihan: ["14/2017", "25/2004"],
    bawaan: "14/2017",
    catatan: "PermenPANRB 14/2017 (9 unsur) atau KepMenPAN 25/2004 (14 unsur).",
    baca: parseMetode,
    kosong: parseMetode(""),
  }),
  setelan({
    kunci: "bobotIkm",
    judul: "Bobot IKM",
    jenis: "pilihan",
    pilihan: ["UNSUR", "PERTANYAAN"],
    bawaan: "UNSUR",
    catatan: "UNSUR: tiap unsur berbobot sama (peraturan). PERTANYAAN: rata-rata semua pertanyaan.",
    baca: parseBobot,
    kosong: parseBobot(""),
  }),
  setelan({
    kunci: "populasiSkm",
    judul: "Populasi Penerima Layanan",
    jenis: "angka",
    catatan: "Jumlah penerima layanan dalam periode survei, untuk memeriksa jumlah responden minimal.",
    baca: bulatPositif("Populasi"),
    kosong: null as number | null,
  }),
  setelan({
    kunci: "respondenRekap",
    judul: "Jumlah Responden (Rekap)",
    jenis: "angka",
    catatan: "Bila SKM diisi sebagai rekap di lembar SKM Pertanyaan: jumlah responden survei.",
    baca: bulatPositif("Jumlah responden"),
    kosong: null as number | null,
  }),
  setelan({
    kunci: "jenisLayanan",
    judul: "Jenis Layanan",
    jenis: "teks",
    catatan: "Daftar layanan yang disurvei, dipisah koma.",
    baca: (v) =>
      teks(v)
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    kosong: [] as string[],
  }),
  setelanTeks("folderLaporan", "Folder Laporan", "ID atau tautan folder Google Drive untuk laporan."),
  // Each document its own date and place (issue 12); which document takes which date is said by
  // its entry in the report registry (src/reports/laporan).
  setelanTanggal(
    "tanggalPk",
    "Tanggal PK",
    "Tanggal Perjanjian Kinerja ditandatangani, misalnya 10 Januari 2023.",
  ),
  setelanTeks(
    "tempatPk",
    "Tempat PK",
    "Kota tempat Perjanjian Kinerja ditandatangani bila lain dari Tempat Penandatanganan, misalnya Lumajang. Kosong: Tempat Penandatanganan.",
  ),
  setelanTanggal(
    "tanggalPkPerubahan",
    "Tanggal PK Perubahan",
    "Tanggal Perjanjian Kinerja Perubahan ditandatangani, bila target PK diubah di tengah tahun (kolom Target PK Perubahan di lembar Kinerja), misalnya 1 Oktober 2023.",
  ),
  setelanTanggal(
    "tanggalSkm",
    "Tanggal Laporan SKM",
    "Tanggal penandatanganan Laporan SKM/IKM dan Poster IKM, misalnya 18 Oktober 2021.",
  ),
  setelanTanggal("tanggalRka", "Tanggal RKA", "Tanggal penyusunan RKA dan KAK, misalnya 1 Oktober 2019."),
  setelanTanggal(
    "tanggalRenja",
    "Tanggal Renja",
    "Tanggal penyusunan Renja, misalnya Juli 2019 (bulannya saja, bila begitu ditandatangani).",
  ),
  // SAKIP evaluation (LKE, issue 14): who reviews, who signs the LHE, and when.
  setelan({
    kunci: "evaluatorLke",
    judul: "Evaluator LKE",
    jenis: "teks",
    catatan:
      "Email evaluator LKE, dipisah koma: hanya mereka (dan pemilik) mengubah kolom evaluator dan baris Final.",
    baca: (v) => {
      const daftar = teks(v)
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== "");
      const salah = daftar.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
      if (salah !== undefined) throw new Error(`Evaluator LKE: "${salah}" bukan alamat email.`);
      return daftar;
    },
    kosong: [] as string[],
  }),
  setelanTeks("namaInspektur", "Nama Inspektur", "Penanda tangan Laporan Hasil Evaluasi (LHE) SAKIP."),
  setelan({
    kunci: "nipInspektur",
    judul: "NIP Inspektur",
    jenis: "teks",
    format: "@",
    catatan: "NIP Inspektur seperti di dokumen resmi.",
    baca: teks,
    kosong: "",
  }),
  setelanTanggal("tanggalLhe", "Tanggal LHE", "Tanggal Laporan Hasil Evaluasi SAKIP, misalnya 30 Juni 2024."),
  setelanTeks("tempatLhe", "Tempat LHE", "Kosong: Tempat Penandatanganan."),
  setelanTeks(
    "rekomendasiLhe",
    "Rekomendasi Tambahan LHE",
    "Dicetak di LHE sesudah rekomendasi dari kriteria bernilai terendah.",
  ),
  // The unit's letterhead (kop surat), as seed 000's KAK and seed 001's SOP print it under
  // "PEMERINTAH KABUPATEN ..." and the unit's name.
  setelanTeks(
    "alamatKantor",
    "Alamat Kantor",
    "Baris alamat kop surat, misalnya Jl. Mayjen Soekartijo No. 56 Telp. (0334) 390555. Kosong: tanpa kop.",
  ),
  setelanTeks("kotaKantor", "Kota dan Kode Pos", "Baris terakhir kop surat, misalnya YOSOWILANGUN - 67382."),
  // Issue 12: the years of the Renstra that LKJ 3.1.2 and the quarterly report's item 3 print
  // (the Target Renstra sheet's years are checked against it).
  setelan({
    kunci: "periodeRenstra",
    judul: "Periode Renstra",
    jenis: "teks",
    format: "@",
    catatan:
      "Tahun awal dan akhir Renstra, misalnya 2019-2023: LKJ 3.1.2 dan laporan triwulan butir 3 mencetak target dan realisasi tiap tahunnya (lembar Target Renstra).",
    baca: parsePeriodeRenstra,
    kosong: null as PeriodeRenstra | null,
  }),
  // The paper of the add-on's own templates: A4, or F4 (folio, 215 x 330 mm), on which many
  // kabupaten print their naskah dinas and which gives the Renja's 25-column T-C.29 33 mm more.
  setelan({
    kunci: "ukuranKertas",
    judul: "Ukuran Kertas",
    jenis: "pilihan",
    pilihan: UKURAN_KERTAS,
    bawaan: "A4",
    catatan:
      "Kertas dokumen dari template bawaan: A4 (210 x 297 mm) atau F4/folio (215 x 330 mm). Template milik unit memakai kertasnya sendiri.",
    baca: parseUkuranKertas,
    kosong: "A4" as UkuranKertas,
  }),
  setelan({
    kunci: "ikmTahunan",
    judul: "IKM Tahunan",
    jenis: "pilihan",
    pilihan: ["RATA-RATA TRIWULAN", "SELURUH RESPONDEN"],
    bawaan: "RATA-RATA TRIWULAN",
    catatan:
      "IKM setahun (atau semester) dari survei triwulanan, sama di Laporan SKM, LKJ dan laporan triwulan. " +
      "RATA-RATA TRIWULAN: rata-rata IKM triwulan yang diumumkan, misalnya (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19 (LKJ Kecamatan Klakah 2023). " +
      "SELURUH RESPONDEN: IKM dari seluruh responden setahun sekaligus. Berlaku juga untuk indikator Kinerja yang namanya diawali Nilai IKM, IKM atau Indeks Kepuasan Masyarakat.",
    baca: parseIkmTahunan,
    kosong: parseIkmTahunan(""),
  }),
] as const;

type Entri = (typeof PENGATURAN)[number];
export type KunciPengaturan = Entri["kunci"];

/** The settings that date a document. */
export type KunciTanggal = Extract<Entri, { kosong: TanggalDokumen | null }>["kunci"];
/** The settings that name where a document is signed. */
export type KunciTempat = Extract<KunciPengaturan, `tempat${string}`>;

/** The unit's settings as the reports use them. */
export type PengaturanUnit = { [E in Entri as E["kunci"]]: E["kosong"] | ReturnType<E["baca"]> };

/** Settings as a sample types them into column B (the cell text or number). */
export type IsiPengaturan = Partial<Record<KunciPengaturan, string | number>>;
