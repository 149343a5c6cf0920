/** Pengaturan: key/value rows, each value read by its setting's reader; a bad value is a galat at its cell. */
import { isKosong } from "../../core/angka";
import { kunciTeks } from "../../core/format";
import { pesanGalat } from "../../core/galat";
import type { Masalah } from "../../core/masalah";
import { NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { PENGATURAN, type PengaturanUnit } from "../../core/model/pengaturan";
import type { TabelLembar } from "./tabel";

/** The setting a column-A title names, or undefined. */
export function setelanBerjudul(judul: unknown) {
  const k = kunciTeks(judul);
  return PENGATURAN.find((p) => p.judul.toLowerCase() === k);
}

export function bacaPengaturan(tabel: TabelLembar | null, masalah: Masalah[]): PengaturanUnit {
  const nilai = new Map<string, { v: unknown; baris: number }>();
  for (let r = 1; r < (tabel?.nilai.length ?? 0); r++) {
    const b = tabel!.nilai[r]!;
    const p = setelanBerjudul(b[0]);
    if (p && !nilai.has(p.kunci)) nilai.set(p.kunci, { v: b[1] ?? "", baris: r + 1 });
  }
  const hasil: Record<string, unknown> = {};
  for (const p of PENGATURAN) {
    const x = nilai.get(p.kunci);
    hasil[p.kunci] = p.kosong;
    if (!x || isKosong(x.v)) continue;
    try {
      hasil[p.kunci] = p.baca(x.v);
    } catch (e) {
      masalah.push({
        tingkat: "galat",
        lembar: NAMA_PENGATURAN,
        baris: x.baris,
        kolom: "Nilai",
        sel: `B${x.baris}`,
        pesan: `${p.judul}: ${pesanGalat(e)}`,
        saran: p.catatan,
      });
    }
  }
  return hasil as PengaturanUnit;
}
