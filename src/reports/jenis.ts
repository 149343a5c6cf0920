/** The documents the add-on makes, by key and by the name the dialog shows. */
export type JenisLaporan =
  | "triwulan"
  | "pk"
  | "lkj"
  | "skm"
  | "poster"
  | "rka"
  | "kak"
  | "tc29"
  | "tc30"
  | "tc33";

export const NAMA_LAPORAN: Record<JenisLaporan, string> = {
  triwulan: "Laporan Kinerja Triwulan",
  pk: "Perjanjian Kinerja",
  lkj: "LKJ Tahunan (Bab III)",
  skm: "Laporan SKM/IKM",
  poster: "Poster IKM",
  rka: "RKA-SKPD 2.2.1",
  kak: "Kerangka Acuan Kerja (KAK)",
  tc29: "Renja T-C.29 (Evaluasi Renja dan Renstra)",
  tc30: "Renja T-C.30 (Kinerja Pelayanan)",
  tc33: "Renja T-C.33 (Rencana Program dan Kegiatan)",
};
