/**
 * Profil Unit: a part of the LKJ's Bab I or Bab IV with no row is left out of the document (its
 * `{{#jika}}`); the check names it, so the unit sees what its LKJ lacks before it is made.
 */
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { type BagianProfil, bagianProfil, PROFIL_UNIT } from "../../core/model/profil";

/** The parts PermenPANRB 53/2014 asks of Bab I (and the Penutup's strategies), with their place. */
const WAJIB: readonly [BagianProfil, string][] = [
  ["Tugas", "Bab I 1.1"],
  ["Fungsi", "Bab I 1.1"],
  ["Struktur Organisasi", "Bab I 1.1"],
  ["SDM", "Bab I 1.2"],
  ["Isu Strategis", "Bab I 1.3"],
  ["Strategi", "Bab IV"],
];

export function periksaProfil(bk: BukuKerja): Masalah[] {
  // No indicator, no LKJ: an RKA-only workbook is not asked for a profile.
  if (bk.indikator.length === 0) return [];
  return WAJIB.filter(([b]) => bagianProfil(bk.profil, b).length === 0).map(([b, tempat]) => ({
    tingkat: "peringatan",
    lembar: PROFIL_UNIT.nama,
    pesan: `Bagian ${b} belum diisi: ${tempat} LKJ tidak memuatnya.`,
    saran: `Tambahkan baris dengan Bagian "${b}" di lembar ${PROFIL_UNIT.nama} (jalankan Siapkan Lembar Kerja bila lembarnya belum ada).`,
  }));
}
