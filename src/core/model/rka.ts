/**
 * The RKA sheets (seeds 004, 000): one row per kegiatan with what the RKA-SKPD 2.2.1 form and
 * its KAK say, and the rincian belanja whose lines sum to the kegiatan's amount.
 */
import { bulatkan } from "../pembulatan";
import { angka, kolom, lembar, type Rekaman, teks } from "./kolom";

const teksRka = <const K extends string>(judul: string, kunci: K, catatan: string, lebar = 240) =>
  kolom(judul, kunci, teks, { lebar, catatan });

export const RKA = lembar("RKA", [
  kolom("Kode Kegiatan", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 150,
    catatan: "Kode kegiatan lengkap, misalnya 3.05.3.05.09.01.021.",
  }),
  teksRka("Urusan", "urusan", "Kode dan nama urusan, misalnya 3.05 PEMERINTAHAN UMUM."),
  teksRka("Organisasi", "organisasi", "Kode dan nama organisasi, misalnya 3.05.09 KECAMATAN LUMAJANG."),
  teksRka("Program", "program", "Kode dan nama program."),
  kolom("Kegiatan", "kegiatan", teks, { wajib: true, lebar: 280, catatan: "Nama kegiatan." }),
  teksRka("Lokasi", "lokasi", "Lokasi kegiatan.", 160),
  kolom("Jumlah Tahun Lalu", "jumlahTahunLalu", angka, {
    jenis: "rupiah",
    format: "#,##0",
    lebar: 130,
    catatan: "Anggaran kegiatan tahun n-1.",
  }),
  kolom("Jumlah Tahun Ini", "jumlahTahunIni", angka, {
    jenis: "rupiah",
    format: "#,##0",
    lebar: 130,
    catatan:
      "Anggaran kegiatan tahun n. Bila ada rincian belanja di lembar RKA Rincian, harus sama dengan jumlahnya.",
  }),
  kolom("Prakiraan Maju (%)", "persenMaju", angka, {
    format: "0",
    lebar: 90,
    catatan: "Prakiraan maju tahun n+1 sebagai persen dari tahun n; kosong berarti 110.",
  }),
  kolom("Terbilang Tertulis", "terbilangTertulis", teks, {
    lebar: 280,
    catatan:
      "Bila terbilang prakiraan maju sudah diketik di dokumen lama, salin di sini: Periksa Data mencocokkannya.",
  }),
  teksRka("Capaian Program", "capaianProgram", "Tolak ukur capaian program."),
  teksRka("Target Capaian Program", "targetCapaianProgram", "Target capaian program, misalnya 78%.", 110),
  teksRka("Keluaran", "keluaran", "Tolak ukur keluaran (output)."),
  teksRka("Target Keluaran", "targetKeluaran", "Target keluaran, misalnya 30 Jenis.", 110),
  teksRka("Hasil", "hasil", "Tolak ukur hasil (outcome)."),
  teksRka("Target Hasil", "targetHasil", "Target hasil.", 110),
  teksRka("Kelompok Sasaran", "kelompokSasaran", "Kelompok sasaran kegiatan."),
  teksRka("Latar Belakang", "latarBelakang", "KAK: latar belakang.", 320),
  teksRka("Dasar Hukum", "dasarHukum", "KAK: dasar hukum.", 320),
  teksRka("Maksud dan Tujuan", "maksudTujuan", "KAK: maksud dan tujuan.", 320),
  teksRka("Bentuk Kegiatan", "bentukKegiatan", "KAK: bentuk kegiatan.", 320),
  teksRka("Konsep Kegiatan", "konsepKegiatan", "KAK: konsep kegiatan.", 320),
  teksRka("Mekanisme", "mekanisme", "KAK: mekanisme dan prosedur.", 320),
  teksRka("Waktu", "waktu", "KAK: waktu pelaksanaan.", 160),
  teksRka("Tempat", "tempat", "KAK: tempat pelaksanaan.", 160),
  teksRka("Manfaat", "manfaat", "KAK: manfaat.", 320),
  // The further KAK sections of seed 000 (Kecamatan Yosowilangun): each is printed only when filled.
  teksRka(
    "Gambaran Umum",
    "gambaranUmum",
    "KAK: gambaran umum unit dan wilayah (tugas dan fungsi, desa).",
    320,
  ),
  teksRka("Fenomena", "fenomena", "KAK: permasalahan/fenomena secara detail, satu per baris.", 320),
  teksRka("Prioritas Masalah", "prioritasMasalah", "KAK: prioritas masalah/penggalian potensi.", 320),
  teksRka("Faktor SDM", "faktorSdm", "KAK: faktor yang mempengaruhi terkait SDM.", 320),
  teksRka("Upaya Tersedia", "upayaTersedia", "KAK: sarana atau upaya yang sudah disediakan.", 320),
  teksRka("Inovasi", "inovasi", "KAK: inovasi/alternatif yang sudah dilaksanakan.", 320),
  teksRka(
    "Permasalahan Pelaksanaan",
    "permasalahan",
    "KAK: permasalahan penyelenggaraan kegiatan tahun sebelumnya.",
    320,
  ),
  teksRka(
    "Dampak Tanpa Keluaran",
    "dampak",
    "KAK: dampak pada target hasil bila keluaran tidak tersedia.",
    320,
  ),
  teksRka("Strategi", "strategi", "KAK: strategi pencapaian keluaran.", 320),
  teksRka("Pelaksana", "pelaksana", "KAK: pelaksana kegiatan.", 240),
  teksRka("Peserta", "peserta", "KAK: peserta kegiatan.", 240),
]);

/** One kegiatan (the RKA-SKPD 2.2.1 form and its KAK); `persenMaju` null = the default 110. */
export type KegiatanRka = Rekaman<typeof RKA>;

export const RKA_RINCIAN = lembar("RKA Rincian", [
  kolom("Kode Kegiatan", "kodeKegiatan", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 150,
    catatan: "Kegiatan di lembar RKA.",
  }),
  kolom("Kode Rekening", "kodeRekening", teks, {
    jenis: "kode",
    lebar: 130,
    catatan: "Kode rekening belanja, misalnya 5.2.2.01.01.",
  }),
  kolom("Uraian", "uraian", teks, { wajib: true, lebar: 300, catatan: "Uraian belanja." }),
  kolom("Volume", "volume", angka, { format: "#,##0.##", lebar: 80, catatan: "Banyaknya." }),
  kolom("Satuan", "satuan", teks, { lebar: 90, catatan: "Satuan volume, misalnya OB (orang bulan)." }),
  kolom("Harga Satuan", "harga", angka, {
    jenis: "rupiah",
    format: "#,##0",
    lebar: 120,
    catatan: "Harga per satuan.",
  }),
  kolom("Jumlah", "jumlahTertulis", angka, {
    jenis: "rupiah",
    format: "#,##0",
    lebar: 130,
    catatan: "Volume × harga satuan; bila diketik, Periksa Data mencocokkannya.",
  }),
]);

export type RincianRka = Rekaman<typeof RKA_RINCIAN>;

/** The RKA sheets of a workbook (BukuKerja has them). */
type Rka = { rka: readonly KegiatanRka[]; rincian: readonly RincianRka[] };

const samaKode = (a: string, b: string) => a.trim() === b.trim();

/** The kegiatan of an RKA or KAK: the one with this code, the first when none is asked. */
export function cariKegiatan(bk: Pick<Rka, "rka">, kode: string | undefined): KegiatanRka {
  if (bk.rka.length === 0) throw new Error("Lembar RKA belum berisi kegiatan.");
  if (kode === undefined || kode.trim() === "") return bk.rka[0]!;
  const k = bk.rka.find((x) => samaKode(x.kode, kode));
  if (!k) throw new Error(`Kegiatan ${kode} tidak ada di lembar RKA.`);
  return k;
}

/** The rincian belanja of a kegiatan. */
export function rincianKegiatan(bk: Pick<Rka, "rincian">, kode: string): RincianRka[] {
  return bk.rincian.filter((r) => samaKode(r.kodeKegiatan, kode));
}

/** A rincian line's amount: volume × harga satuan, or as typed when either is missing. */
export function jumlahRincian(r: RincianRka): number {
  if (r.volume !== null && r.harga !== null) return r.volume * r.harga;
  return r.jumlahTertulis ?? 0;
}

/** The kegiatan's year-n amount: its rincian's sum when it has rincian, else what is typed. */
export function jumlahKegiatan(bk: Rka, kode: string): number | null {
  const milik = rincianKegiatan(bk, kode);
  if (milik.length === 0) return bk.rka.find((k) => samaKode(k.kode, kode))?.jumlahTahunIni ?? null;
  return bulatkan(
    milik.reduce((a, r) => a + jumlahRincian(r), 0),
    2,
  );
}
