/**
 * Reads the workbook into typed records: one getDataRange().getValues() per sheet, whatever its
 * size, each row parsed once by a schema of cell readers (src/core reads the numbers and words),
 * every unreadable cell reported with sheet, row and column. Nothing downstream reads a sheet again.
 * (A schema library was tried and dropped: it cost 19 KB of the 150 KB bundle budget for what
 * these few lines do.)
 */
import { isKosong, parseAngka } from "../core/angka";
import { type Arah, parseArah, parseRumusTurun, type RumusTurun } from "../core/capaian";
import { parseTanggal } from "../core/format";
import { type Bobot, type Metode, parseBobot, parseMetode, skorJawaban } from "../core/ikm";
import { parseSkala, type SkalaPredikat } from "../core/predikat";
import { type Agregasi, parseAgregasi } from "../core/realisasi";
import type { Responden } from "../core/skm";
import type { Masalah } from "./masalah";
import { samaJudul } from "./siapkan";
import {
  ANGGARAN,
  hurufKolom,
  KINERJA,
  KINERJA_PELAYANAN,
  PENGATURAN,
  RENJA,
  RKA,
  RKA_RINCIAN,
  SKM,
  SKM_PERTANYAAN,
  SKM_TINDAK_LANJUT,
  type SkemaLembar,
  TINGKAT,
} from "./skema";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sel = unknown;

export interface PengaturanUnit {
  namaUnit: string;
  kabupaten: string;
  tahun: number | null;
  /** 1-4, the last quarter reported. */
  triwulan: number | null;
  namaPimpinan: string;
  nipPimpinan: string;
  jabatanPimpinan: string;
  namaPihakKedua: string;
  jabatanPihakKedua: string;
  tempat: string;
  /** The date reports are signed; null = the day they are made. */
  tanggalLaporan: Date | null;
  skala: SkalaPredikat;
  rumusTurun: RumusTurun;
  metodeIkm: Metode;
  bobotIkm: Bobot;
  populasiSkm: number | null;
  respondenRekap: number | null;
  jenisLayanan: string[];
  folderLaporan: string;
}

export interface Indikator {
  baris: number;
  kode: string;
  tingkat: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  arah: Arah | null;
  agregasi: Agregasi | null;
  target: number | null;
  targetAkhirRenstra: number | null;
  /** TW I-IV, null where not reported. */
  realisasi: (number | null)[];
  targetTahunLalu: number | null;
  realisasiTahunLalu: number | null;
  penjelasan: string;
}

export interface BarisAnggaranLembar {
  baris: number;
  kode: string;
  uraian: string;
  paguAwal: number | null;
  paguPerubahan: number | null;
  /** Cumulative s.d. TW I-IV. */
  realisasi: (number | null)[];
  /** What the Sisa and Serapan columns hold (formula results or typed values). */
  sisaTertulis: number | null;
  serapanTertulis: number | null;
  sumberDana: string;
}

export interface PertanyaanSkm {
  baris: number;
  kode: string;
  unsur: string;
  pertanyaan: string;
  /** Tally form 1: counts of answers scoring 1..4; null when not filled. */
  jumlahJawaban: number[] | null;
  /** Tally form 2 (seed 003): sum of scores and the unanswered count. */
  jumlahNilai: number | null;
  jumlahRtmk: number | null;
}

/** A respondent as the workbook holds one: the survey's fields, and where the row is. */
export interface RespondenSkm extends Responden {
  baris: number;
  /** Importance per question (IPA; SKM columns K1, K2 ... or the form's importance items). */
  kepentingan: (number | null)[];
  /** The sheet the answer came from (SKM, or a form's response sheet). */
  lembar: string;
}

export interface TindakLanjut {
  baris: number;
  periode: string;
  unsur: string;
  rencana: string;
  waktu: string;
  penanggungJawab: string;
}

/** One kegiatan of the RKA sheet (the RKA-SKPD 2.2.1 form and its KAK). */
export interface KegiatanRka {
  baris: number;
  kode: string;
  urusan: string;
  organisasi: string;
  program: string;
  kegiatan: string;
  lokasi: string;
  jumlahTahunLalu: number | null;
  jumlahTahunIni: number | null;
  /** Percent of year n; null = the default 110. */
  persenMaju: number | null;
  terbilangTertulis: string;
  capaianProgram: string;
  targetCapaianProgram: string;
  keluaran: string;
  targetKeluaran: string;
  hasil: string;
  targetHasil: string;
  kelompokSasaran: string;
  kak: Record<
    | "latarBelakang"
    | "dasarHukum"
    | "maksudTujuan"
    | "bentukKegiatan"
    | "konsepKegiatan"
    | "mekanisme"
    | "waktu"
    | "tempat"
    | "manfaat",
    string
  >;
}

export interface RincianRka {
  baris: number;
  kodeKegiatan: string;
  kodeRekening: string;
  uraian: string;
  volume: number | null;
  satuan: string;
  harga: number | null;
  jumlahTertulis: number | null;
}

export type KRp = [k: number | null, rp: number | null];

/** One row of the Renja sheet; `induk` is the row of the program/kegiatan an extra indicator belongs to. */
export interface BarisRenja {
  baris: number;
  kode: string;
  /** For a further indicator row (no kode): the kode of the row above it. */
  milik: string;
  sasaran: string;
  programKegiatan: string;
  indikator: string;
  satuan: string;
  agregasi: Agregasi | null;
  targetRenstra: KRp;
  realisasiSampaiN2: KRp;
  targetN1: KRp;
  realisasiTw: KRp[];
  lokasi: string;
  targetN: number | null;
  paguN: number | null;
  sumberDana: string;
  targetN1Maju: number | null;
  paguN1Maju: number | null;
  catatan: string;
}

export interface KinerjaPelayanan {
  baris: number;
  indikator: string;
  satuan: string;
  target: (number | null)[];
  realisasiN2: number | null;
  realisasiN1: number | null;
  proyeksiN: number | null;
  proyeksiN1: number | null;
  catatan: string;
}

export interface BukuKerja {
  pengaturan: PengaturanUnit;
  indikator: Indikator[];
  anggaran: BarisAnggaranLembar[];
  pertanyaan: PertanyaanSkm[];
  /** Headers of the SKM answer columns (P1, P2 ...), in sheet order. */
  kodeJawaban: string[];
  /** Column (1-based) of each answer column in the SKM sheet; 0 when it comes only from a form. */
  kolomJawaban: number[];
  responden: RespondenSkm[];
  /** Rencana tindak lanjut of the survey (an optional sheet). */
  tindakLanjut: TindakLanjut[];
  /** RKA/KAK per kegiatan and their rincian belanja (optional sheets). */
  rka: KegiatanRka[];
  rincian: RincianRka[];
  /** Renja (T-C.29, T-C.33) and kinerja pelayanan (T-C.30), optional sheets. */
  renja: BarisRenja[];
  kinerjaPelayanan: KinerjaPelayanan[];
  masalah: Masalah[];
  /** Sheets that exist, for messages. */
  lembarAda: string[];
}

// --- cell readers: each returns the typed value or throws core's Indonesian message ---------

type Pembaca<T> = (v: Sel) => T;
type Bentuk = Record<string, Pembaca<unknown>>;
type Hasil<B extends Bentuk> = { [K in keyof B]: ReturnType<B[K]> };

const dari = <T>(baca: Pembaca<T>): Pembaca<T> => baca;
const teks = dari((v) => (isKosong(v) ? "" : String(v).trim()));
const teksWajib = (label: string) =>
  dari((v) => {
    if (isKosong(v)) throw new Error(`${label} kosong.`);
    return String(v).trim();
  });
const angka = (label: string) => dari((v) => (isKosong(v) ? null : parseAngka(v, label)));
const pilihan = <T>(parse: (v: Sel) => T) => dari((v) => (isKosong(v) ? null : parse(v)));
const tingkat = dari((v) => {
  if (isKosong(v)) return "";
  const t = TINGKAT.find((x) => samaJudul(v, x));
  if (!t) throw new Error(`Tingkat "${String(v)}" tidak dikenal. Pilihan: ${TINGKAT.join(", ")}.`);
  return t;
});

const BarisKinerja = {
  Kode: teksWajib("Kode"),
  Tingkat: tingkat,
  "Sasaran/Program": teks,
  Indikator: teksWajib("Indikator"),
  Satuan: teks,
  Arah: pilihan(parseArah),
  "Agregasi Tahunan": pilihan(parseAgregasi),
  Target: angka("Target"),
  "Target Akhir Renstra": angka("Target akhir Renstra"),
  "Realisasi TW I": angka("Realisasi TW I"),
  "Realisasi TW II": angka("Realisasi TW II"),
  "Realisasi TW III": angka("Realisasi TW III"),
  "Realisasi TW IV": angka("Realisasi TW IV"),
  "Target Tahun Lalu": angka("Target tahun lalu"),
  "Realisasi Tahun Lalu": angka("Realisasi tahun lalu"),
  Penjelasan: teks,
};

const BarisAnggaran = {
  "Kode Rekening": teksWajib("Kode rekening"),
  Uraian: teks,
  "Pagu Awal": angka("Pagu awal"),
  "Pagu Perubahan": angka("Pagu perubahan"),
  "Realisasi s.d. TW I": angka("Realisasi s.d. TW I"),
  "Realisasi s.d. TW II": angka("Realisasi s.d. TW II"),
  "Realisasi s.d. TW III": angka("Realisasi s.d. TW III"),
  "Realisasi s.d. TW IV": angka("Realisasi s.d. TW IV"),
  Sisa: angka("Sisa"),
  "Serapan (%)": angka("Serapan"),
  "Sumber Dana": teks,
};

const BarisPertanyaan = {
  Kode: teksWajib("Kode pertanyaan"),
  Unsur: teks,
  Pertanyaan: teks,
  "Jumlah Jawaban 1": angka("Jumlah jawaban 1"),
  "Jumlah Jawaban 2": angka("Jumlah jawaban 2"),
  "Jumlah Jawaban 3": angka("Jumlah jawaban 3"),
  "Jumlah Jawaban 4": angka("Jumlah jawaban 4"),
  "Jumlah Nilai": angka("Jumlah nilai"),
  "Jumlah RTMK": angka("Jumlah RTMK"),
};

const BarisTindakLanjut = {
  Periode: teks,
  Unsur: teksWajib("Unsur"),
  "Rencana Tindak Lanjut": teksWajib("Rencana tindak lanjut"),
  Waktu: teks,
  "Penanggung Jawab": teks,
};

const BarisRka = {
  "Kode Kegiatan": teksWajib("Kode kegiatan"),
  Urusan: teks,
  Organisasi: teks,
  Program: teks,
  Kegiatan: teksWajib("Kegiatan"),
  Lokasi: teks,
  "Jumlah Tahun Lalu": angka("Jumlah tahun lalu"),
  "Jumlah Tahun Ini": angka("Jumlah tahun ini"),
  "Prakiraan Maju (%)": angka("Prakiraan maju"),
  "Terbilang Tertulis": teks,
  "Capaian Program": teks,
  "Target Capaian Program": teks,
  Keluaran: teks,
  "Target Keluaran": teks,
  Hasil: teks,
  "Target Hasil": teks,
  "Kelompok Sasaran": teks,
  "Latar Belakang": teks,
  "Dasar Hukum": teks,
  "Maksud dan Tujuan": teks,
  "Bentuk Kegiatan": teks,
  "Konsep Kegiatan": teks,
  Mekanisme: teks,
  Waktu: teks,
  Tempat: teks,
  Manfaat: teks,
};

const BarisRincian = {
  "Kode Kegiatan": teksWajib("Kode kegiatan"),
  "Kode Rekening": teks,
  Uraian: teksWajib("Uraian"),
  Volume: angka("Volume"),
  Satuan: teks,
  "Harga Satuan": angka("Harga satuan"),
  Jumlah: angka("Jumlah"),
};

const BarisRenjaLembar: Bentuk = Object.fromEntries(
  RENJA.kolom.map((k) => [
    k.judul,
    k.judul === "Agregasi"
      ? pilihan(parseAgregasi)
      : k.jenis === "teks" || k.jenis === "kode"
        ? teks
        : angka(k.judul),
  ]),
);

const BarisKinerjaPelayanan: Bentuk = Object.fromEntries(
  KINERJA_PELAYANAN.kolom.map((k) => [k.judul, k.jenis === "teks" ? teks : angka(k.judul)]),
);

const BarisSkm = {
  Tanggal: dari((v) => (isKosong(v) ? null : parseTanggal(v))),
  "Jenis Layanan": teks,
  "Jenis Kelamin": teks,
  Usia: angka("Usia"),
  Pendidikan: teks,
  Pekerjaan: teks,
  Saran: teks,
};

interface Tabel {
  nama: string;
  nilai: Sel[][];
  /** Lower-cased header -> 0-based column. */
  indeks: Map<string, number>;
}

function bacaLembar(ss: Spreadsheet, nama: string): Tabel | null {
  const sheet = ss.getSheetByName(nama);
  if (sheet === null) return null;
  const nilai = sheet.getDataRange().getValues();
  const indeks = new Map<string, number>();
  (nilai[0] ?? []).forEach((j, i) => {
    const k = String(j).trim().replace(/\s+/g, " ").toLowerCase();
    if (k !== "" && !indeks.has(k)) indeks.set(k, i);
  });
  return { nama, nilai, indeks };
}

/**
 * Parses each non-blank data row of a sheet by its schema; a bad cell becomes a problem naming
 * sheet, row and column, and is null in the record so later checks still see the row.
 */
function bacaBaris<B extends Bentuk>(
  tabel: Tabel,
  skema: SkemaLembar,
  bentuk: B,
  masalah: Masalah[],
): { baris: number; data: Hasil<B> }[] {
  const kunci = Object.keys(bentuk);
  const posisi = new Map<string, number>();
  for (const k of skema.kolom) {
    const i = tabel.indeks.get(k.judul.toLowerCase());
    if (i !== undefined) posisi.set(k.judul, i);
    else if (k.jenis !== "rumus") {
      masalah.push({
        tingkat: "galat",
        lembar: tabel.nama,
        baris: 1,
        kolom: k.judul,
        pesan: `Kolom "${k.judul}" tidak ditemukan di baris judul.`,
        saran: "Jalankan Siapkan Lembar Kerja, atau kembalikan judul kolom yang terhapus/terganti.",
      });
    }
  }
  const hasil: { baris: number; data: Hasil<B> }[] = [];
  for (let r = 1; r < tabel.nilai.length; r++) {
    const baris = tabel.nilai[r]!;
    if (skema.kolom.every((k) => isKosong(baris[posisi.get(k.judul) ?? -1]))) continue;
    const data: Record<string, unknown> = {};
    for (const k of kunci) {
      const c = posisi.get(k);
      try {
        data[k] = bentuk[k]!(c === undefined ? "" : (baris[c] ?? ""));
      } catch (e) {
        data[k] = null;
        masalah.push({
          tingkat: "galat",
          lembar: tabel.nama,
          baris: r + 1,
          kolom: k,
          ...(c === undefined ? {} : { sel: `${hurufKolom(c + 1)}${r + 1}` }),
          pesan: (e as Error).message,
          saran: saranUntuk(k),
        });
      }
    }
    hasil.push({ baris: r + 1, data: data as Hasil<B> });
  }
  return hasil;
}

function saranUntuk(judul: string): string {
  if (/^(Target|Realisasi|Pagu|Sisa|Serapan|Jumlah)/.test(judul)) {
    return "Tulis angka seperti 1.234.567,89 atau 95,23 %; kosongkan bila belum ada.";
  }
  if (judul === "Arah") return 'Pilih "NAIK" atau "TURUN" dari daftar.';
  if (judul === "Agregasi Tahunan") return 'Pilih "RATA-RATA", "JUMLAH", atau "TERAKHIR" dari daftar.';
  if (judul === "Tanggal") return "Tulis tanggal seperti 31 Januari 2024 atau 31/01/2024.";
  return "Perbaiki isi sel ini.";
}

function bacaPengaturan(tabel: Tabel | null, masalah: Masalah[]): PengaturanUnit {
  const nilai = new Map<string, { v: Sel; baris: number }>();
  for (let r = 1; r < (tabel?.nilai.length ?? 0); r++) {
    const b = tabel!.nilai[r]!;
    const p = PENGATURAN.find((x) => samaJudul(b[0], x.judul));
    if (p && !nilai.has(p.kunci)) nilai.set(p.kunci, { v: b[1] ?? "", baris: r + 1 });
  }
  const ambil = <T>(kunci: string, baca: (v: Sel) => T, bawaan: T): T => {
    const x = nilai.get(kunci);
    if (!x || isKosong(x.v)) return bawaan;
    try {
      return baca(x.v);
    } catch (e) {
      const p = PENGATURAN.find((q) => q.kunci === kunci)!;
      masalah.push({
        tingkat: "galat",
        lembar: "Pengaturan",
        baris: x.baris,
        kolom: "Nilai",
        sel: `B${x.baris}`,
        pesan: `${p.judul}: ${(e as Error).message}`,
        saran: p.catatan,
      });
      return bawaan;
    }
  };
  const teksP = (k: string) => ambil(k, (v) => String(v).trim(), "");
  const triwulan = ambil(
    "triwulan",
    (v) => {
      const t = String(v).trim().toUpperCase();
      const i = ["I", "II", "III", "IV"].indexOf(t);
      if (i >= 0) return i + 1;
      const n = Number(t);
      if (Number.isInteger(n) && n >= 1 && n <= 4) return n;
      throw new Error(`"${String(v)}" bukan triwulan; isi I, II, III, atau IV.`);
    },
    null as number | null,
  );
  const bulatPositif = (label: string) => (v: Sel) => {
    const n = parseAngka(v, label);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${label} harus bilangan bulat positif, bukan ${String(v)}.`);
    return n;
  };
  return {
    namaUnit: teksP("namaUnit"),
    kabupaten: teksP("kabupaten"),
    tahun: ambil("tahun", bulatPositif("Tahun"), null as number | null),
    triwulan,
    namaPimpinan: teksP("namaPimpinan"),
    nipPimpinan: teksP("nipPimpinan"),
    jabatanPimpinan: teksP("jabatanPimpinan"),
    namaPihakKedua: teksP("namaPihakKedua"),
    jabatanPihakKedua: teksP("jabatanPihakKedua"),
    tempat: teksP("tempat"),
    tanggalLaporan: ambil("tanggalLaporan", parseTanggal, null as Date | null),
    skala: ambil("skalaPredikat", parseSkala, parseSkala("")),
    rumusTurun: ambil("rumusTurun", parseRumusTurun, parseRumusTurun("")),
    metodeIkm: ambil("metodeIkm", parseMetode, parseMetode("")),
    bobotIkm: ambil("bobotIkm", parseBobot, parseBobot("")),
    populasiSkm: ambil("populasiSkm", bulatPositif("Populasi"), null as number | null),
    respondenRekap: ambil("respondenRekap", bulatPositif("Jumlah responden"), null as number | null),
    jenisLayanan: teksP("jenisLayanan")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    folderLaporan: teksP("folderLaporan"),
  };
}

export function bacaBukuKerja(ss: Spreadsheet): BukuKerja {
  const masalah: Masalah[] = [];
  const lembarAda = ss.getSheets().map((s) => s.getName());
  const tabel = (nama: string) => {
    const t = bacaLembar(ss, nama);
    if (t === null) {
      masalah.push({
        tingkat: "galat",
        lembar: nama,
        pesan: `Lembar "${nama}" tidak ada.`,
        saran: "Jalankan menu Siapkan Lembar Kerja untuk membuatnya.",
      });
    }
    return t;
  };
  const pengaturan = bacaPengaturan(tabel("Pengaturan"), masalah);

  const tKinerja = tabel(KINERJA.nama);
  const indikator: Indikator[] = tKinerja
    ? bacaBaris(tKinerja, KINERJA, BarisKinerja, masalah).map(({ baris, data: d }) => ({
        baris,
        kode: d.Kode ?? "",
        tingkat: d.Tingkat ?? "",
        sasaran: d["Sasaran/Program"] ?? "",
        indikator: d.Indikator ?? "",
        satuan: d.Satuan ?? "",
        arah: d.Arah,
        agregasi: d["Agregasi Tahunan"],
        target: d.Target,
        targetAkhirRenstra: d["Target Akhir Renstra"],
        realisasi: [d["Realisasi TW I"], d["Realisasi TW II"], d["Realisasi TW III"], d["Realisasi TW IV"]],
        targetTahunLalu: d["Target Tahun Lalu"],
        realisasiTahunLalu: d["Realisasi Tahun Lalu"],
        penjelasan: d.Penjelasan ?? "",
      }))
    : [];
  const tRka = bacaLembar(ss, RKA.nama);
  const rka: KegiatanRka[] = tRka
    ? bacaBaris(tRka, RKA, BarisRka, masalah).map(({ baris, data: d }) => ({
        baris,
        kode: d["Kode Kegiatan"] ?? "",
        urusan: d.Urusan ?? "",
        organisasi: d.Organisasi ?? "",
        program: d.Program ?? "",
        kegiatan: d.Kegiatan ?? "",
        lokasi: d.Lokasi ?? "",
        jumlahTahunLalu: d["Jumlah Tahun Lalu"],
        jumlahTahunIni: d["Jumlah Tahun Ini"],
        persenMaju: d["Prakiraan Maju (%)"],
        terbilangTertulis: d["Terbilang Tertulis"] ?? "",
        capaianProgram: d["Capaian Program"] ?? "",
        targetCapaianProgram: d["Target Capaian Program"] ?? "",
        keluaran: d.Keluaran ?? "",
        targetKeluaran: d["Target Keluaran"] ?? "",
        hasil: d.Hasil ?? "",
        targetHasil: d["Target Hasil"] ?? "",
        kelompokSasaran: d["Kelompok Sasaran"] ?? "",
        kak: {
          latarBelakang: d["Latar Belakang"] ?? "",
          dasarHukum: d["Dasar Hukum"] ?? "",
          maksudTujuan: d["Maksud dan Tujuan"] ?? "",
          bentukKegiatan: d["Bentuk Kegiatan"] ?? "",
          konsepKegiatan: d["Konsep Kegiatan"] ?? "",
          mekanisme: d.Mekanisme ?? "",
          waktu: d.Waktu ?? "",
          tempat: d.Tempat ?? "",
          manfaat: d.Manfaat ?? "",
        },
      }))
    : [];
  const renja = bacaRenja(ss, masalah);
  const tPelayanan = bacaLembar(ss, KINERJA_PELAYANAN.nama);
  const kinerjaPelayanan: KinerjaPelayanan[] = tPelayanan
    ? bacaBaris(tPelayanan, KINERJA_PELAYANAN, BarisKinerjaPelayanan, masalah).map(({ baris, data }) => {
        const d = data as Record<string, string | number | null>;
        return {
          baris,
          indikator: String(d.Indikator ?? ""),
          satuan: String(d.Satuan ?? ""),
          target: [5, 4, 3, 2].map((k) => d[`Target n-${k}`] as number | null),
          realisasiN2: d["Realisasi n-2"] as number | null,
          realisasiN1: d["Realisasi n-1"] as number | null,
          proyeksiN: d["Proyeksi n"] as number | null,
          proyeksiN1: d["Proyeksi n+1"] as number | null,
          catatan: String(d["Catatan Analisis"] ?? ""),
        };
      })
    : [];
  const tRincian = bacaLembar(ss, RKA_RINCIAN.nama);
  const rincian: RincianRka[] = tRincian
    ? bacaBaris(tRincian, RKA_RINCIAN, BarisRincian, masalah).map(({ baris, data: d }) => ({
        baris,
        kodeKegiatan: d["Kode Kegiatan"] ?? "",
        kodeRekening: d["Kode Rekening"] ?? "",
        uraian: d.Uraian ?? "",
        volume: d.Volume,
        satuan: d.Satuan ?? "",
        harga: d["Harga Satuan"],
        jumlahTertulis: d.Jumlah,
      }))
    : [];

  const tAnggaran = tabel(ANGGARAN.nama);
  const anggaran: BarisAnggaranLembar[] = tAnggaran
    ? bacaBaris(tAnggaran, ANGGARAN, BarisAnggaran, masalah).map(({ baris, data: d }) => ({
        baris,
        kode: d["Kode Rekening"] ?? "",
        uraian: d.Uraian ?? "",
        paguAwal: d["Pagu Awal"],
        paguPerubahan: d["Pagu Perubahan"],
        realisasi: [
          d["Realisasi s.d. TW I"],
          d["Realisasi s.d. TW II"],
          d["Realisasi s.d. TW III"],
          d["Realisasi s.d. TW IV"],
        ],
        sisaTertulis: d.Sisa,
        serapanTertulis: d["Serapan (%)"],
        sumberDana: d["Sumber Dana"] ?? "",
      }))
    : [];

  const tPertanyaan = tabel(SKM_PERTANYAAN.nama);
  const pertanyaan: PertanyaanSkm[] = tPertanyaan
    ? bacaBaris(tPertanyaan, SKM_PERTANYAAN, BarisPertanyaan, masalah).map(({ baris, data: d }) => {
        const hitung = [
          d["Jumlah Jawaban 1"],
          d["Jumlah Jawaban 2"],
          d["Jumlah Jawaban 3"],
          d["Jumlah Jawaban 4"],
        ];
        return {
          baris,
          kode: d.Kode ?? "",
          unsur: d.Unsur ?? "",
          pertanyaan: d.Pertanyaan ?? "",
          jumlahJawaban: hitung.every((x) => x === null) ? null : hitung.map((x) => x ?? 0),
          jumlahNilai: d["Jumlah Nilai"],
          jumlahRtmk: d["Jumlah RTMK"],
        };
      })
    : [];

  const skm = bacaSkm(ss, tabel(SKM.nama), masalah);
  // Optional: a workbook set up before this sheet existed is not wrong without it.
  const tTindak = bacaLembar(ss, SKM_TINDAK_LANJUT.nama);
  const tindakLanjut: TindakLanjut[] = tTindak
    ? bacaBaris(tTindak, SKM_TINDAK_LANJUT, BarisTindakLanjut, masalah).map(({ baris, data: d }) => ({
        baris,
        periode: d.Periode ?? "",
        unsur: d.Unsur ?? "",
        rencana: d["Rencana Tindak Lanjut"] ?? "",
        waktu: d.Waktu ?? "",
        penanggungJawab: d["Penanggung Jawab"] ?? "",
      }))
    : [];
  return {
    pengaturan,
    indikator,
    anggaran,
    pertanyaan,
    ...skm,
    tindakLanjut,
    rka,
    rincian,
    renja,
    kinerjaPelayanan,
    masalah,
    lembarAda,
  };
}

/** A Google Form's response sheet, as Sheets names it in English or Indonesian. */
const LEMBAR_FORMULIR = /^(form responses|jawaban formulir|respons formulir|tanggapan formulir)\b/i;

interface KolomSkm {
  /** 0-based column in its sheet. */
  kolom: number;
  kode: string;
  jenis: "jawaban" | "kepentingan";
}

/**
 * The SKM answers: typed rows of the SKM sheet, and the response sheets of the questionnaire the
 * add-on made (Buat Kuesioner SKM), whose items are titled "P1. ..." (answer) and "K1. ..."
 * (importance of P1) with choices "a. ..." to "d. ...". Each sheet is read once.
 */
function bacaSkm(
  ss: Spreadsheet,
  tSkm: Tabel | null,
  masalah: Masalah[],
): Pick<BukuKerja, "kodeJawaban" | "kolomJawaban" | "responden"> {
  const kodeJawaban: string[] = [];
  const kolomJawaban: number[] = [];
  const responden: RespondenSkm[] = [];
  const sumber: { tabel: Tabel; kolom: KolomSkm[] }[] = [];
  const tetap = new Set(SKM.kolom.map((k) => k.judul.toLowerCase()));
  const daftarkan = (kode: string, kolom: number) => {
    if (!kodeJawaban.includes(kode)) {
      kodeJawaban.push(kode);
      kolomJawaban.push(kolom);
    }
  };
  if (tSkm) {
    const kolom: KolomSkm[] = [];
    (tSkm.nilai[0] ?? []).forEach((j, i) => {
      const judul = String(j).trim();
      if (judul === "" || tetap.has(judul.toLowerCase())) return;
      const penting = /^K(\d+)$/i.exec(judul);
      if (penting) kolom.push({ kolom: i, kode: `P${penting[1]}`, jenis: "kepentingan" });
      else {
        kolom.push({ kolom: i, kode: judul, jenis: "jawaban" });
        daftarkan(judul, i + 1);
      }
    });
    sumber.push({ tabel: tSkm, kolom });
  }
  for (const sheet of ss.getSheets()) {
    const nama = sheet.getName();
    if (!LEMBAR_FORMULIR.test(nama)) continue;
    const t = bacaLembar(ss, nama);
    if (t === null || t.nilai.length === 0) continue;
    const kolom: KolomSkm[] = [];
    (t.nilai[0] ?? []).forEach((j, i) => {
      const judul = String(j).trim();
      const m = /^([PK])(\d+)\b/i.exec(judul);
      if (m) {
        const kode = `P${m[2]}`;
        kolom.push({ kolom: i, kode, jenis: m[1]!.toUpperCase() === "K" ? "kepentingan" : "jawaban" });
        if (m[1]!.toUpperCase() === "P") daftarkan(kode, 0);
      } else if (i === 0) {
        // The form's timestamp is the date of the answer.
        t.indeks.set("tanggal", 0);
      }
    });
    if (kolom.length > 0) sumber.push({ tabel: t, kolom });
  }

  const batas = 200;
  let galatJawaban = 0;
  for (const { tabel: t, kolom } of sumber) {
    const profil = new Map(bacaBaris(t, SKM, BarisSkm, masalah).map((p) => [p.baris, p.data]));
    for (let r = 1; r < t.nilai.length; r++) {
      const b = t.nilai[r]!;
      const d = profil.get(r + 1);
      if (!d && kolom.every((k) => isKosong(b[k.kolom]))) continue;
      const jawaban: (number | null)[] = kodeJawaban.map(() => null);
      const kepentingan: (number | null)[] = kodeJawaban.map(() => null);
      for (const k of kolom) {
        const i = kodeJawaban.indexOf(k.kode);
        if (i < 0) continue;
        try {
          (k.jenis === "jawaban" ? jawaban : kepentingan)[i] = skorJawaban(b[k.kolom]);
        } catch (e) {
          galatJawaban++;
          if (galatJawaban <= batas) {
            masalah.push({
              tingkat: "galat",
              lembar: t.nama,
              baris: r + 1,
              kolom: String(t.nilai[0]![k.kolom] ?? k.kode),
              sel: `${hurufKolom(k.kolom + 1)}${r + 1}`,
              pesan: (e as Error).message,
              saran: "Isi 1-4 atau a-d (a=1, b=2, c=3, d=4); kosongkan bila tidak dijawab.",
            });
          }
        }
      }
      responden.push({
        baris: r + 1,
        tanggal: d?.Tanggal ?? null,
        jenisLayanan: d?.["Jenis Layanan"] ?? "",
        jenisKelamin: d?.["Jenis Kelamin"] ?? "",
        usia: d?.Usia ?? null,
        pendidikan: d?.Pendidikan ?? "",
        pekerjaan: d?.Pekerjaan ?? "",
        saran: d?.Saran ?? "",
        jawaban,
        kepentingan,
        lembar: t.nama,
      });
    }
  }
  if (galatJawaban > batas) {
    masalah.push({
      tingkat: "galat",
      lembar: SKM.nama,
      pesan: `Ada ${galatJawaban} jawaban tidak sah; ${batas} yang pertama ditampilkan.`,
      saran: "Periksa kolom jawaban: hanya 1-4 atau a-d.",
    });
  }
  return { kodeJawaban, kolomJawaban, responden };
}

function bacaRenja(ss: Spreadsheet, masalah: Masalah[]): BarisRenja[] {
  const t = bacaLembar(ss, RENJA.nama);
  if (!t) return [];
  let milik = "";
  return bacaBaris(t, RENJA, BarisRenjaLembar, masalah).map(({ baris, data }) => {
    const d = data as Record<string, string | number | null | Agregasi>;
    const n = (judul: string) => (d[judul] as number | null) ?? null;
    const kr = (awal: string): KRp => [n(`${awal} (K)`), n(`${awal} (Rp)`)];
    const kode = String(d.Kode ?? "").trim();
    if (kode !== "") milik = kode;
    return {
      baris,
      kode,
      milik,
      sasaran: String(d.Sasaran ?? ""),
      programKegiatan: String(d["Program/Kegiatan"] ?? ""),
      indikator: String(d.Indikator ?? ""),
      satuan: String(d.Satuan ?? ""),
      agregasi: (d.Agregasi as Agregasi | null) ?? null,
      targetRenstra: kr("Target Renstra"),
      realisasiSampaiN2: kr("Realisasi s.d. n-2"),
      targetN1: kr("Target n-1"),
      realisasiTw: ["I", "II", "III", "IV"].map((tw) => kr(`Realisasi TW ${tw}`)),
      lokasi: String(d.Lokasi ?? ""),
      targetN: n("Target n"),
      paguN: n("Pagu n"),
      sumberDana: String(d["Sumber Dana"] ?? ""),
      targetN1Maju: n("Target n+1"),
      paguN1Maju: n("Pagu n+1"),
      catatan: String(d.Catatan ?? ""),
    };
  });
}
