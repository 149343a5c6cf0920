/**
 * Rencana Aksi (issue 15): every indicator row names a Kinerja indicator once; the quarterly
 * targets agree with the annual one (kumulatif: they add up to it; nilai akhir: TW IV is it); a
 * quarter reported in Kinerja has a target to be measured against.
 */
import { formatAngka } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { targetBerlaku } from "../../core/model/kinerja";
import { RENCANA_AKSI } from "../../core/model/rencanaAksi";
import { TRIWULAN } from "../../core/triwulan";
import { di, rujukanKinerja } from "./kode";

const angka = (n: number) => formatAngka(n, 2, { buangNolDesimal: true });

const sama = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function periksaRencanaAksi(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const pertama = bk.rencanaAksi[0];
  if (pertama !== undefined && pertama.kode === "") {
    out.push(
      di(
        RENCANA_AKSI,
        pertama.baris,
        "Kode Indikator",
        "peringatan",
        "Aksi tanpa indikator.",
        "Isi Kode Indikator.",
      ),
    );
  }
  for (const { b, ind } of rujukanKinerja(out, RENCANA_AKSI, bk.rencanaAksi, bk.indikator)) {
    const m = (kolom: string, tingkat: Masalah["tingkat"], pesan: string, saran: string) =>
      out.push(di(RENCANA_AKSI, b.baris, kolom, tingkat, pesan, saran));
    const jenis = b.jenis ?? "KUMULATIF";
    if (b.jenis === null) {
      m(
        "Jenis Capaian",
        "peringatan",
        "Jenis kosong: dihitung KUMULATIF.",
        'Pilih "KUMULATIF" atau "NILAI AKHIR".',
      );
    }
    const ada = b.target.filter((t): t is number => t !== null);
    // Against the target in force: after a PK Perubahan the Rencana Aksi follows the revised one.
    const tahunan = targetBerlaku(ind, 4, bk.pengaturan);
    const namaTahunan = tahunan === ind.target ? "target tahunan" : "target tahunan (Target PK Perubahan)";
    if (tahunan !== null && ada.length > 0) {
      if (jenis === "KUMULATIF") {
        const jumlah = ada.reduce((a, x) => a + x, 0);
        if (!sama(jumlah, tahunan)) {
          m(
            "Target TW IV",
            "peringatan",
            `Jumlah target TW I-IV ${angka(jumlah)} tidak sama dengan ${namaTahunan} ${angka(tahunan)}.`,
            "Kumulatif: jumlah TW I-IV = target tahunan.",
          );
        }
      } else if (b.target[3] == null || !sama(b.target[3], tahunan)) {
        m(
          "Target TW IV",
          "peringatan",
          `Target TW IV ${b.target[3] == null ? "kosong" : angka(b.target[3])} tidak sama dengan ${namaTahunan} ${angka(tahunan)}.`,
          "Nilai akhir: TW IV = target tahunan.",
        );
      }
    }
    ind.realisasi.forEach((r, i) => {
      const adaTarget =
        jenis === "KUMULATIF" ? b.target.slice(0, i + 1).some((t) => t !== null) : b.target[i] !== null;
      if (r !== null && !adaTarget) {
        m(
          `Target TW ${TRIWULAN[i]}`,
          "peringatan",
          `Realisasi TW ${TRIWULAN[i]} dilaporkan tanpa target.`,
          `Isi Target TW ${TRIWULAN[i]}.`,
        );
      }
    });
  }
  return out;
}
