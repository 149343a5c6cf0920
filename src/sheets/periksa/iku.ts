/** IKU (issue 15): each row names a Kinerja indicator, once. */
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { IKU } from "../../core/model/iku";
import { rujukanKinerja } from "./kode";

export function periksaIku(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  rujukanKinerja(out, IKU, bk.iku, bk.indikator);
  return out;
}
