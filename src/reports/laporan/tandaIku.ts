import type { BukuKerja } from "../../core/model/bukuKerja";
import type { Indikator } from "../../core/model/kinerja";
import { kunciKode } from "../../core/model/kolom";

/** The indicator's name, marked " (IKU)" when the IKU sheet lists it: the PK, quarterly and LKJ tables. */
export function namaIndikator(bk: BukuKerja, ind: Pick<Indikator, "kode" | "indikator">): string {
  return bk.iku.some((b) => b.kode !== "" && kunciKode(b.kode) === kunciKode(ind.kode))
    ? `${ind.indikator} (IKU)`
    : ind.indikator;
}
