/**
 * Each document its own date and place (issue 12): the PK is dated when it was signed, the SKM
 * rekap when it was made, the RKA and Renja when they were drawn up, the quarterly report and the
 * LKJ by Tanggal Laporan. Each report's registry entry (./laporan) names its setting in Pengaturan;
 * a blank one dates the document the day it is made, and never without the user seeing it: the
 * Buat Laporan dialog and Periksa Data say so as a peringatan, the batch in its messages.
 */
import { formatTanggal, type TanggalDokumen } from "../core/format";
import type { Masalah } from "../core/masalah";
import { type BukuKerja, NAMA_PENGATURAN } from "../core/model/bukuKerja";
import { adaPkPerubahan } from "../core/model/kinerja";
import { type KunciTanggal, PENGATURAN } from "../core/model/pengaturan";
import { DAFTAR_LAPORAN } from "./laporan";
import type { Laporan, Penandatanganan } from "./laporan/jenis";

const setelan = (kunci: KunciTanggal) => PENGATURAN.find((p) => p.kunci === kunci)!;

/**
 * The document's date as set, or null when its setting is blank: a document following the PK
 * Perubahan (its registry's `tanggalPerubahan`) takes the revised agreement's date once there is one.
 */
const tanggalDiatur = (bk: BukuKerja, l: Laporan): TanggalDokumen | null =>
  (l.tanggalPerubahan && adaPkPerubahan(bk.indikator) ? bk.pengaturan[l.tanggalPerubahan] : null) ??
  bk.pengaturan[l.tanggal];

/** Where and when the document is signed; `hariIni` (the spreadsheet's today) for a blank date. */
export function penandatanganan(bk: BukuKerja, l: Laporan, hariIni: Date): Penandatanganan {
  return {
    tempat: (l.tempat ? bk.pengaturan[l.tempat] : "") || bk.pengaturan.tempat,
    tanggal: tanggalDiatur(bk, l) ?? { tanggal: hariIni, bulanSaja: false },
  };
}

/** "Tanggal PK di Pengaturan kosong." */
const kosong = (kunci: KunciTanggal) => `${setelan(kunci).judul} di ${NAMA_PENGATURAN} kosong.`;

/** For the dialog: the report about to be made will be dated today, and which setting to fill. */
export function peringatanTanggalLaporan(bk: BukuKerja, l: Laporan, hariIni: Date): Masalah[] {
  if (tanggalDiatur(bk, l) !== null) return [];
  const { judul, catatan } = setelan(l.tanggal);
  return [
    {
      tingkat: "peringatan",
      lembar: NAMA_PENGATURAN,
      pesan: `Laporan ini akan bertanggal hari ini, ${formatTanggal(hariIni)}: ${kosong(l.tanggal)} Isi ${judul} bila dokumen ini ditandatangani pada tanggal lain.`,
      saran: catatan,
    },
  ];
}

/**
 * For Periksa Data: each blank date of the documents the workbook holds data for, once per setting,
 * naming the documents it dates ("Laporan Kinerja Triwulan dan LKJ Tahunan (Bab III) ...").
 */
export function peringatanTanggal(bk: BukuKerja): Masalah[] {
  const perSetelan = new Map<KunciTanggal, string[]>();
  for (const l of DAFTAR_LAPORAN) {
    if (tanggalDiatur(bk, l) !== null || !l.berisi(bk)) continue;
    perSetelan.set(l.tanggal, [...(perSetelan.get(l.tanggal) ?? []), l.nama]);
  }
  return [...perSetelan].map(([kunci, nama]) => ({
    tingkat: "peringatan",
    lembar: NAMA_PENGATURAN,
    pesan: `${daftarNama(nama)} akan bertanggal hari pembuatannya: ${kosong(kunci)}`,
    saran: setelan(kunci).catatan,
  }));
}

/** For the batch's messages: "RKA dan KAK akan bertanggal hari ini, 1 September 2019: ..." or "". */
export function kalimatTanggalKosong(
  bk: BukuKerja,
  l: Laporan,
  dokumen: string,
  hariIni: Date,
  selesai = false,
) {
  if (tanggalDiatur(bk, l) !== null) return "";
  const tanggal = formatTanggal(hariIni);
  return selesai
    ? `${dokumen} bertanggal hari pembuatannya, ${tanggal}: ${kosong(l.tanggal)}`
    : `${dokumen} akan bertanggal hari ini, ${tanggal}: ${kosong(l.tanggal)}`;
}

/** "A", "A dan B", "A, B dan C". */
function daftarNama(nama: string[]): string {
  return nama.length <= 1 ? (nama[0] ?? "") : `${nama.slice(0, -1).join(", ")} dan ${nama.at(-1)}`;
}
