/**
 * Periksa Data: the checks across rows and sheets, on the records bacaBukuKerja read (which
 * already reported every unreadable or missing required cell). Each problem names sheet, row and
 * column and says how to fix it; "galat" blocks the reports, "peringatan" does not. domain.md
 * section 4 lists the mistakes found in the seeds that these checks exist for. One module per sheet.
 */
import type { Masalah } from "../../core/masalah";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { PENGATURAN } from "../../core/model/pengaturan";
import { periksaAnggaran } from "./anggaran";
import { periksaIku } from "./iku";
import { periksaKinerja } from "./kinerja";
import { periksaLke } from "./lke";
import { periksaPembanding } from "./pembanding";
import { periksaPohon } from "./pohonKinerja";
import { periksaProfil } from "./profil";
import { periksaRencanaAksi } from "./rencanaAksi";
import { periksaRenja } from "./renja";
import { periksaRenjaDokumen } from "./renjaDokumen";
import { periksaReviewRkpd, periksaUsulan } from "./renjaTelaah";
import { periksaTargetRenstra } from "./renstra";
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
    ...periksaReviewRkpd(bk),
    ...periksaUsulan(bk),
    ...tandaTanganKosong(bk),
    ...periksaProfil(bk),
    ...periksaRenjaDokumen(bk),
    ...periksaLke(bk),
    ...periksaRencanaAksi(bk),
    ...periksaIku(bk),
    ...periksaPohon(bk),
    ...periksaPembanding(bk),
    ...periksaTargetRenstra(bk),
  ];
}

/**
 * Every document ends with the pimpinan's signature block: a blank name or NIP would print an
 * unsigned block, so Periksa Data says so (the report itself never prints a request).
 */
function tandaTanganKosong(bk: BukuKerja): Masalah[] {
  return (["namaPimpinan", "nipPimpinan"] as const).flatMap((kunci): Masalah[] => {
    if (bk.pengaturan[kunci].trim() !== "") return [];
    const p = PENGATURAN.find((x) => x.kunci === kunci)!;
    return [
      {
        tingkat: "peringatan",
        lembar: NAMA_PENGATURAN,
        kolom: p.judul,
        pesan: `${p.judul} kosong: blok tanda tangan setiap dokumen akan tercetak tanpa ${kunci === "namaPimpinan" ? "nama" : "NIP"}.`,
        saran: `Isi ${p.judul} di lembar Pengaturan, kolom Nilai (${p.catatan.replace(/\.$/, "")}).`,
      },
    ];
  });
}
