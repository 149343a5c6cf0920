/**
 * The IKU sheet (issue 15): an indicator of Kinerja listed here is an Indikator Kinerja Utama,
 * with what the Penetapan IKU table prescribes for it (PermenPAN 09/2007 and its successors:
 * definisi/formulasi, alasan, penanggung jawab, sumber data).
 */
import { kolom, lembar, type Rekaman, teks } from "./kolom";

const teksIku = <const K extends string>(judul: string, kunci: K, catatan: string) =>
  kolom(judul, kunci, teks, { lebar: 240, catatan });

export const IKU = lembar("IKU", [
  kolom("Kode Indikator", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 90,
    catatan: "Kode di Kinerja.",
  }),
  teksIku("Definisi/Formulasi", "formulasi", "Definisi dan rumus."),
  teksIku("Alasan", "alasan", "Alasan."),
  teksIku("Penanggung Jawab", "penanggungJawab", "Jabatan."),
  teksIku("Sumber Data", "sumberData", "Asal data."),
]);

export type BarisIku = Rekaman<typeof IKU>;
