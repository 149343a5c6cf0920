/**
 * The Rencana Aksi sheet (issue 15): the quarterly targets TW I-IV of each PK indicator (its
 * Kode in Kinerja) with its jenis capaian, and the actions under it (kegiatan, penanggung jawab,
 * waktu, anggaran per quarter). A row with a Kode opens an indicator; a row without one is a
 * further action of the indicator above (the table the unit signs lists several per indicator).
 * The realisations stay in Kinerja: typed once.
 */
import { JENIS_CAPAIAN, parseJenisCapaian } from "../capaianTriwulan";
import { TRIWULAN } from "../triwulan";
import { angka, kelompokBaris, kolom, lembar, pilihan, type Rekaman, teks } from "./kolom";

const teksRa = <const K extends string>(judul: string, kunci: K, catatan: string, lebar = 200) =>
  kolom(judul, kunci, teks, { lebar, catatan });

export const RENCANA_AKSI = lembar("Rencana Aksi", [
  kolom("Kode Indikator", "kode", teks, {
    jenis: "kode",
    lebar: 90,
    catatan: "Kode di Kinerja; kosong: aksi tambahan.",
  }),
  kolom("Jenis Capaian", "jenis", pilihan(parseJenisCapaian), {
    pilihan: JENIS_CAPAIAN,
    lebar: 110,
    catatan: "KUMULATIF atau NILAI AKHIR.",
  }),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Target TW ${tw}`, "target", angka, {
      indeks: i,
      format: "#,##0.##",
      lebar: 80,
      catatan: "Target.",
    }),
  ),
  teksRa("Rencana Aksi", "aksi", "Kegiatan.", 280),
  teksRa("Penanggung Jawab", "penanggungJawab", "Jabatan."),
  teksRa("Waktu", "waktu", "Bulan.", 120),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Anggaran TW ${tw}`, "anggaran", angka, {
      indeks: i,
      jenis: "rupiah",
      format: "#,##0",
      lebar: 110,
      catatan: "Rp.",
    }),
  ),
]);

export type BarisRencanaAksi = Rekaman<typeof RENCANA_AKSI>;

/** One indicator's Rencana Aksi: its row (jenis, quarterly targets) and the rows of its actions. */
export type RencanaAksi = BarisRencanaAksi & { anggota: BarisRencanaAksi[] };

export const rencanaAksiPerIndikator = (daftar: readonly BarisRencanaAksi[]): RencanaAksi[] =>
  kelompokBaris(daftar, (b) => b.aksi !== "" || b.anggaran.some((x) => x !== null));
