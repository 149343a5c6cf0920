/**
 * Reads the workbook into the core model: one getDataRange().getValues() per sheet, each row
 * turned into its record by the contract (src/core/model), every unreadable cell reported with
 * sheet, row and column. Nothing downstream reads a sheet again.
 */
import type { Masalah } from "../../core/masalah";
import { ANGGARAN } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { IKU } from "../../core/model/iku";
import { KINERJA } from "../../core/model/kinerja";
import { JAWABAN_LKE, KRITERIA_LKE, LOG_LKE, SKALA_LKE } from "../../core/model/lke";
import { PEMBANDING } from "../../core/model/pembanding";
import { POHON_KINERJA } from "../../core/model/pohonKinerja";
import { PROFIL_UNIT } from "../../core/model/profil";
import { RENCANA_AKSI } from "../../core/model/rencanaAksi";
import { KINERJA_PELAYANAN, RENJA, REVIEW_RKPD, USULAN_PEMANGKU } from "../../core/model/renja";
import { TARGET_RENSTRA } from "../../core/model/renstra";
import { RKA, RKA_RINCIAN } from "../../core/model/rka";
import { SKM, SKM_PERTANYAAN, SKM_TINDAK_LANJUT } from "../../core/model/skm";
import { bacaPengaturan } from "./pengaturan";
import { bacaSkm } from "./skm";
import { bacaBaris, bacaLembar, daftarLembar, type TabelLembar } from "./tabel";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * `lembar`: when a report reads the workbook, the sheets it names (its registry entry). A sheet
 * only some reports print (Target Renstra: the LKJ and the quarterly report; Pembanding: the LKJ)
 * is then read for those alone: a report's Google calls are counted (issue 13), three per sheet. Without it, every sheet.
 */
export function bacaBukuKerja(ss: Spreadsheet, lembarLaporan?: readonly string[]): BukuKerja {
  const masalah: Masalah[] = [];
  const lembar = daftarLembar(ss);
  const lembarAda = [...lembar.keys()];
  /** A sheet every workbook has: its absence is a galat. */
  const wajib = (nama: string): TabelLembar | null => {
    const t = bacaLembar(ss, nama, lembar);
    if (t === null) {
      masalah.push({
        tingkat: "galat",
        lembar: nama,
        pesan: `Lembar "${nama}" tidak ada.`,
        saran: "Jalankan menu Siapkan Lembar Kerja untuk membuatnya.",
      });
    }
    return t;
  };
  // Optional sheets: a workbook set up before they existed is not wrong without them.
  const pilihan = (nama: string) => bacaLembar(ss, nama, lembar);
  const baris = <S extends Parameters<typeof bacaBaris>[1]>(t: TabelLembar | null, skema: S) =>
    t ? bacaBaris(t, skema, masalah) : [];

  const pengaturan = bacaPengaturan(wajib(NAMA_PENGATURAN), masalah);
  const indikator = baris(wajib(KINERJA.nama), KINERJA);
  const rka = baris(pilihan(RKA.nama), RKA);
  const renja = baris(pilihan(RENJA.nama), RENJA);
  const kinerjaPelayanan = baris(pilihan(KINERJA_PELAYANAN.nama), KINERJA_PELAYANAN);
  const reviewRkpd = baris(pilihan(REVIEW_RKPD.nama), REVIEW_RKPD);
  const usulan = baris(pilihan(USULAN_PEMANGKU.nama), USULAN_PEMANGKU);
  const rincian = baris(pilihan(RKA_RINCIAN.nama), RKA_RINCIAN);
  const anggaran = baris(wajib(ANGGARAN.nama), ANGGARAN);
  const pertanyaan = baris(wajib(SKM_PERTANYAAN.nama), SKM_PERTANYAAN);
  const skm = bacaSkm(
    ss,
    wajib(SKM.nama),
    masalah,
    pertanyaan.map((p) => p.kode),
    lembar,
  );
  const tindakLanjut = baris(pilihan(SKM_TINDAK_LANJUT.nama), SKM_TINDAK_LANJUT);
  const profil = baris(pilihan(PROFIL_UNIT.nama), PROFIL_UNIT);
  const lke = {
    kriteria: baris(pilihan(KRITERIA_LKE.nama), KRITERIA_LKE),
    jawaban: baris(pilihan(JAWABAN_LKE.nama), JAWABAN_LKE),
    skala: baris(pilihan(SKALA_LKE.nama), SKALA_LKE),
    log: baris(pilihan(LOG_LKE.nama), LOG_LKE),
  };
  const rencanaAksi = baris(pilihan(RENCANA_AKSI.nama), RENCANA_AKSI);
  const iku = baris(pilihan(IKU.nama), IKU);
  const pohon = baris(pilihan(POHON_KINERJA.nama), POHON_KINERJA);
  // Sheets only the LKJ (and the quarterly report) print: read for the reports naming them.
  const untukLaporan = (nama: string) => lembarLaporan === undefined || lembarLaporan.includes(nama);
  const pembanding = untukLaporan(PEMBANDING.nama) ? baris(pilihan(PEMBANDING.nama), PEMBANDING) : [];
  const targetRenstra = untukLaporan(TARGET_RENSTRA.nama)
    ? baris(pilihan(TARGET_RENSTRA.nama), TARGET_RENSTRA)
    : [];
  return {
    pengaturan,
    indikator,
    anggaran,
    pertanyaan,
    ...skm,
    tindakLanjut,
    rka,
    rincian,
    renja,
    kinerjaPelayanan,
    reviewRkpd,
    usulan,
    profil,
    lke,
    rencanaAksi,
    iku,
    pohon,
    pembanding,
    targetRenstra,
    masalah,
    lembarAda,
  };
}

/** The kegiatan of the RKA sheet (code and name) for the dialog's list: that sheet alone is read. */
export function daftarKegiatanRka(ss: Spreadsheet): { kode: string; kegiatan: string }[] {
  const t = bacaLembar(ss, RKA.nama);
  if (t === null) return [];
  return bacaBaris(t, RKA, [])
    .filter((k) => k.kode !== "")
    .map((k) => ({ kode: k.kode, kegiatan: k.kegiatan }));
}
