/**
 * Periksa Data: the checks across rows and sheets, on the records bacaBukuKerja read (which
 * already reported every unreadable or missing required cell). Each problem names sheet, row and
 * column and says how to fix it; "galat" blocks the reports, "peringatan" does not. domain.md
 * section 4 lists the mistakes found in the seeds that these checks exist for. One module per sheet.
 */
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { periksaAnggaran } from "./anggaran";
import { periksaIku } from "./iku";
import { periksaKinerja } from "./kinerja";
import { periksaPohon } from "./pohonKinerja";
import { periksaRencanaAksi } from "./rencanaAksi";
import { periksaRenja } from "./renja";
import { periksaRka } from "./rka";
import { periksaSkm } from "./skm";

export function periksaBukuKerja(bk: BukuKerja): Masalah[] {
  return [
    ...bk.masalah,
    ...periksaKinerja(bk),
    ...periksaAnggaran(bk.anggaran),
    ...periksaSkm(bk),
    ...periksaRka(bk),
    ...periksaRenja(bk),
    ...periksaRencanaAksi(bk),
    ...periksaIku(bk),
    ...periksaPohon(bk),
  ];
}
