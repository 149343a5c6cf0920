/**
 * Pembanding (seed 001 Tabel 3.4): each row names a Kinerja indicator and another unit, once per
 * pair; the unit is not this workbook's own (its realisation comes from Kinerja).
 */
import { kunciTeks } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { PEMBANDING } from "../../core/model/pembanding";
import { di, rujukanKinerja } from "./kode";

export function periksaPembanding(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const sendiri = kunciTeks(bk.pengaturan.namaUnit);
  const lolos = rujukanKinerja(out, PEMBANDING, bk.pembanding, bk.indikator, {
    kunci: (b) => kunciTeks(b.unit),
    pesan: (b, lain) => `${b.unit} untuk indikator ${b.kode} sudah ada di baris ${lain}.`,
    saran: "Satu baris per indikator dan unit pembanding.",
  });
  for (const { b } of lolos) {
    if (sendiri !== "" && kunciTeks(b.unit) === sendiri)
      out.push(
        di(
          PEMBANDING,
          b.baris,
          "Unit Pembanding",
          "galat",
          `${b.unit} adalah unit buku kerja ini sendiri.`,
          "Realisasi unit ini diambil dari lembar Kinerja; di sini isi unit lain saja.",
        ),
      );
  }
  return out;
}
