import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka, formatRupiah } from "../../core/format";
import { pesanGalat } from "../../core/galat";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import {
  jumlahKegiatan,
  type KegiatanRka,
  type RincianRka,
  RKA,
  RKA_RINCIAN,
  rincianKegiatan,
} from "../../core/model/rka";
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
  // Kegiatan code (trimmed) -> the row that first used it.
  const kode = new Map<string, number>();
  for (const k of bk.rka) {
    const lain = kode.get(k.kode.trim());
    if (lain !== undefined) {
      out.push(kodeGanda(k, lain));
      continue;
    }
    kode.set(k.kode.trim(), k.baris);
    out.push(...periksaKegiatan(bk, k));
  }
  for (const r of bk.rincian) out.push(...periksaRincian(r, kode));
  return out;
}

function kodeGanda(k: KegiatanRka, lain: number): Masalah {
  return di(
    RKA,
    k.baris,
    "Kode Kegiatan",
    "galat",
    `Kode kegiatan ${k.kode} sudah dipakai di baris ${lain}.`,
    "Setiap kegiatan ditulis sekali.",
  );
}

/** One kegiatan's amount against its rincian, then its typed terbilang against that amount. */
function periksaKegiatan(bk: BukuKerja, k: KegiatanRka): Masalah[] {
  const jumlah = jumlahKegiatan(bk, k.kode);
  const out = jumlahBukanRincian(bk, k, jumlah);
  // Without an amount there is no forward estimate for the terbilang to say.
  if (jumlah === null) return [...out, jumlahKosong(k)];
  return [...out, ...terbilangSalah(k, jumlah)];
}

/** A typed Jumlah Tahun Ini that is not the sum of the kegiatan's rincian. */
function jumlahBukanRincian(bk: BukuKerja, k: KegiatanRka, jumlah: number | null): Masalah[] {
  const milik = rincianKegiatan(bk, k.kode);
  if (milik.length > 0 && k.jumlahTahunIni !== null && Math.abs(k.jumlahTahunIni - jumlah!) > 0.5) {
    return [
      di(
        RKA,
        k.baris,
        "Jumlah Tahun Ini",
        "galat",
        `Jumlah tahun ini tertulis ${formatRupiah(k.jumlahTahunIni)}, padahal ${milik.length} rincian belanjanya berjumlah ${formatRupiah(jumlah!)}.`,
        "Samakan dengan jumlah rincian di lembar RKA Rincian, atau kosongkan agar dihitung dari rinciannya.",
      ),
    ];
  }
  return [];
}

function jumlahKosong(k: KegiatanRka): Masalah {
  return di(
    RKA,
    k.baris,
    "Jumlah Tahun Ini",
    "galat",
    "Jumlah tahun ini kosong dan kegiatan ini belum punya rincian belanja.",
    "Isi jumlah tahun ini, atau rincian belanjanya di lembar RKA Rincian.",
  );
}

/** A typed terbilang that does not read as the forward estimate, or does not read at all. */
function terbilangSalah(k: KegiatanRka, jumlah: number): Masalah[] {
  if (k.terbilangTertulis.trim() === "") return [];
  const maju = prakiraanMaju(jumlah, k.persenMaju ?? 110);
  const peringatan = (pesan: string) => [
    di(
      RKA,
      k.baris,
      "Terbilang Tertulis",
      "peringatan",
      pesan,
      `Seharusnya: ${terbilang(maju, { akhiran: "rupiah", huruf: "besar" })}.`,
    ),
  ];
  try {
    const dibaca = bacaTerbilang(k.terbilangTertulis);
    if (dibaca === maju) return [];
    return peringatan(
      `Terbilang tertulis berarti ${formatRupiah(dibaca)}, padahal prakiraan maju ${formatRupiah(maju)}.`,
    );
  } catch (e) {
    return peringatan(pesanGalat(e));
  }
}

/** A rincian row: its kegiatan exists in RKA, and its Jumlah is volume × harga. */
function periksaRincian(r: RincianRka, kode: ReadonlyMap<string, number>): Masalah[] {
  const out: Masalah[] = [];
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
  if (r.volume === null || r.harga === null || r.jumlahTertulis === null) return out;
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
  return out;
}
