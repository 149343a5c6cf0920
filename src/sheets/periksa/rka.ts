import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka, formatRupiah } from "../../core/format";
import { pesanGalat } from "../../core/galat";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { jumlahKegiatan, RKA, RKA_RINCIAN, rincianKegiatan } from "../../core/model/rka";
import { bacaTerbilang, terbilang } from "../../core/terbilang";
import { di } from "./kode";

/**
 * RKA/KAK (seed 004): rincian that do not multiply out, rincian that do not add up to their
 * kegiatan, and a terbilang typed in old documents that does not say the forward estimate
 * ("SERMBILAN", "SATURIBU", "TUJUH RATUS LIMA RATUS"). The last is a peringatan: the add-on
 * writes its own words into the RKA, so the old text only needs correcting where it was used.
 */
export function periksaRka(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const kode = new Map<string, number>();
  for (const k of bk.rka) {
    const lain = kode.get(k.kode.trim());
    if (lain !== undefined) {
      out.push(
        di(
          RKA,
          k.baris,
          "Kode Kegiatan",
          "galat",
          `Kode kegiatan ${k.kode} sudah dipakai di baris ${lain}.`,
          "Setiap kegiatan ditulis sekali.",
        ),
      );
      continue;
    }
    kode.set(k.kode.trim(), k.baris);
    const milik = rincianKegiatan(bk, k.kode);
    const jumlah = jumlahKegiatan(bk, k.kode);
    if (milik.length > 0 && k.jumlahTahunIni !== null && Math.abs(k.jumlahTahunIni - jumlah!) > 0.5) {
      out.push(
        di(
          RKA,
          k.baris,
          "Jumlah Tahun Ini",
          "galat",
          `Jumlah tahun ini tertulis ${formatRupiah(k.jumlahTahunIni)}, padahal ${milik.length} rincian belanjanya berjumlah ${formatRupiah(jumlah!)}.`,
          "Samakan dengan jumlah rincian di lembar RKA Rincian, atau kosongkan agar dihitung dari rinciannya.",
        ),
      );
    }
    if (jumlah === null) {
      out.push(
        di(
          RKA,
          k.baris,
          "Jumlah Tahun Ini",
          "galat",
          "Jumlah tahun ini kosong dan kegiatan ini belum punya rincian belanja.",
          "Isi jumlah tahun ini, atau rincian belanjanya di lembar RKA Rincian.",
        ),
      );
      continue;
    }
    if (k.terbilangTertulis.trim() !== "") {
      const maju = prakiraanMaju(jumlah, k.persenMaju ?? 110);
      try {
        const dibaca = bacaTerbilang(k.terbilangTertulis);
        if (dibaca !== maju) {
          out.push(
            di(
              RKA,
              k.baris,
              "Terbilang Tertulis",
              "peringatan",
              `Terbilang tertulis berarti ${formatRupiah(dibaca)}, padahal prakiraan maju ${formatRupiah(maju)}.`,
              `Seharusnya: ${terbilang(maju, { akhiran: "rupiah", huruf: "besar" })}.`,
            ),
          );
        }
      } catch (e) {
        out.push(
          di(
            RKA,
            k.baris,
            "Terbilang Tertulis",
            "peringatan",
            pesanGalat(e),
            `Seharusnya: ${terbilang(maju, { akhiran: "rupiah", huruf: "besar" })}.`,
          ),
        );
      }
    }
  }
  for (const r of bk.rincian) {
    if (!kode.has(r.kodeKegiatan.trim())) {
      out.push(
        di(
          RKA_RINCIAN,
          r.baris,
          "Kode Kegiatan",
          "galat",
          `Kegiatan ${r.kodeKegiatan} tidak ada di lembar RKA.`,
          "Tulis kode kegiatan persis seperti di lembar RKA.",
        ),
      );
    }
    if (r.volume !== null && r.harga !== null && r.jumlahTertulis !== null) {
      const hitung = r.volume * r.harga;
      if (Math.abs(hitung - r.jumlahTertulis) > 0.5) {
        out.push(
          di(
            RKA_RINCIAN,
            r.baris,
            "Jumlah",
            "galat",
            `Jumlah tertulis ${formatRupiah(r.jumlahTertulis)}, padahal ${formatAngka(r.volume, 2, { buangNolDesimal: true })} ${r.satuan} × ${formatRupiah(r.harga)} = ${formatRupiah(hitung)}.`,
            "Kosongkan kolom Jumlah agar dihitung dari volume dan harga satuan, atau perbaiki angkanya.",
          ),
        );
      }
    }
  }
  return out;
}
