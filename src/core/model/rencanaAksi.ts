/**
 * The Rencana Aksi sheet (issue 15): the quarterly targets TW I-IV of each PK indicator (its
 * Kode in Kinerja) with its jenis capaian, and the actions under it (kegiatan, penanggung jawab,
 * waktu, anggaran per quarter). A row with a Kode opens an indicator; a row without one is a
 * further action of the indicator above (the table the unit signs lists several per indicator).
 * The realisations stay in Kinerja: typed once.
 */
import { JENIS_CAPAIAN, type JenisCapaian, parseJenisCapaian } from "../capaianTriwulan";
import { TRIWULAN } from "../triwulan";
import { angka, kolom, lembar, pilihan, type Rekaman, teks } from "./kolom";

const teksRa = <const K extends string>(judul: string, kunci: K, catatan: string, lebar = 200) =>
  kolom(judul, kunci, teks, { lebar, catatan });

export const RENCANA_AKSI = lembar("Rencana Aksi", [
  kolom("Kode Indikator", "kode", teks, {
    jenis: "kode",
    lebar: 90,
    catatan: "Kode di lembar Kinerja. Kosong: aksi tambahan indikator di atas.",
  }),
  kolom("Jenis Capaian", "jenis", pilihan(parseJenisCapaian), {
    pilihan: JENIS_CAPAIAN,
    lebar: 110,
    catatan: "KUMULATIF (s.d. triwulan) atau NILAI AKHIR (triwulan itu).",
  }),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Target TW ${tw}`, "target", angka, {
      indeks: i,
      format: "#,##0.##",
      lebar: 80,
      catatan: `Target triwulan ${tw}.`,
    }),
  ),
  teksRa("Rencana Aksi", "aksi", "Kegiatan untuk mencapai target.", 280),
  teksRa("Penanggung Jawab", "penanggungJawab", "Jabatan penanggung jawab."),
  teksRa("Waktu", "waktu", "Misalnya Januari - Maret.", 120),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Anggaran TW ${tw}`, "anggaran", angka, {
      indeks: i,
      jenis: "rupiah",
      format: "#,##0",
      lebar: 110,
      catatan: `Anggaran aksi triwulan ${tw} (Rp).`,
    }),
  ),
]);

export type BarisRencanaAksi = Rekaman<typeof RENCANA_AKSI>;

export interface AksiIndikator {
  baris: number;
  aksi: string;
  penanggungJawab: string;
  waktu: string;
  anggaran: (number | null)[];
}

/** One indicator's Rencana Aksi: its row, jenis, quarterly targets and actions. */
export interface RencanaAksi {
  baris: number;
  kode: string;
  jenis: JenisCapaian;
  target: (number | null)[];
  aksi: AksiIndikator[];
}

/** The sheet's rows grouped per indicator; actions before the first Kode are left out (Periksa Data names them). */
export function rencanaAksiPerIndikator(daftar: readonly BarisRencanaAksi[]): RencanaAksi[] {
  const hasil: RencanaAksi[] = [];
  for (const b of daftar) {
    if (b.kode !== "") {
      hasil.push({ baris: b.baris, kode: b.kode, jenis: b.jenis ?? "KUMULATIF", target: b.target, aksi: [] });
    }
    const ra = hasil.at(-1);
    if (ra === undefined || (b.aksi === "" && b.anggaran.every((x) => x === null))) continue;
    ra.aksi.push({
      baris: b.baris,
      aksi: b.aksi,
      penanggungJawab: b.penanggungJawab,
      waktu: b.waktu,
      anggaran: b.anggaran,
    });
  }
  return hasil;
}
