/**
 * The whole Renja (report "renja", seed 002): a section whose data is empty is left out of the
 * document (its `{{#jika}}`, the sections after it moving up); the check names each one, so the
 * unit sees what its Renja lacks before it is made. And a program that Bab II 2.1 cannot sort (no
 * target or realisation of n-1 in one unit) is named on its row.
 */
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { KINERJA } from "../../core/model/kinerja";
import { type BagianProfil, bagianProfil, PROFIL_UNIT } from "../../core/model/profil";
import { evaluasiProgramN1, RENJA } from "../../core/model/renja";
import { di } from "./kode";

/** The Profil Unit parts the Renja prints, with their place in seed 002. */
const BAGIAN_RENJA: readonly [BagianProfil, string][] = [
  ["Latar Belakang", "Bab I 1.1"],
  ["Landasan Hukum", "Bab I 1.2"],
  ["Maksud dan Tujuan", "Bab I 1.3"],
  ["Isu Strategis", "Bab II 2.3"],
  ["Visi", "Bab III 3.1"],
  ["Misi", "Bab III 3.1"],
  ["Strategi", "Bab III 3.2.3"],
  ["Arah Kebijakan", "Bab III 3.2.3"],
  ["Faktor Kunci Keberhasilan", "Bab III 3.2.4"],
  ["Penutup", "Bab V"],
];

export function periksaRenjaDokumen(bk: BukuKerja): Masalah[] {
  // No Renja row, no Renja: a workbook of other documents is not asked for its chapters.
  if (bk.renja.length === 0) return [];
  const out: Masalah[] = BAGIAN_RENJA.filter(([b]) => bagianProfil(bk.profil, b).length === 0).map(
    ([b, tempat]): Masalah => ({
      tingkat: "peringatan",
      lembar: PROFIL_UNIT.nama,
      pesan: `Bagian ${b} belum diisi: ${tempat} Renja tidak memuatnya.`,
      saran: `Tambahkan baris dengan Bagian "${b}" di lembar ${PROFIL_UNIT.nama}, satu paragraf atau satu butir per baris (jalankan Siapkan Lembar Kerja bila lembarnya belum ada).`,
    }),
  );
  if (!bk.indikator.some((i) => i.tingkat === "Tujuan" || i.tingkat === "Sasaran")) {
    out.push({
      tingkat: "peringatan",
      lembar: KINERJA.nama,
      pesan:
        "Belum ada indikator Tingkat Tujuan atau Sasaran: Bab III 3.2 (tujuan, sasaran) dan Tabel 3.1 Renja tidak memuatnya.",
      saran: "Tulis tujuan dan sasaran Renstra beserta indikator dan target tahun Renja di lembar Kinerja.",
    });
  }
  for (const { baris: b } of evaluasiProgramN1(bk.renja).tanpaCapaian) {
    out.push(
      di(
        RENJA,
        b.baris,
        "Target n-1 (K)",
        "peringatan",
        `Program "${b.programKegiatan}" tidak masuk evaluasi Bab II 2.1 Renja: capaian tahun n-1 tidak dapat dihitung (Target n-1 (K) atau Realisasi TW (K) kosong, atau satuan realisasinya berbeda dari satuan target).`,
        "Isi Target n-1 (K) dan realisasi triwulan terakhir yang dilaporkan dalam satuan yang sama; program tanpa target tahun n-1 memang tidak dievaluasi.",
      ),
    );
  }
  return out;
}
