/**
 * The LKE menu handlers: Kunci & Catat Status LKE (the status log and the locks) and Isi Bukti
 * Otomatis (the latest add-on Docs proposed as evidence, confirmed by the unit). Thin: read ->
 * sheets/lke -> show.
 */
import { formatTanggal } from "../core/format";
import { NAMA_PENGATURAN } from "../core/model/bukuKerja";
import { JAWABAN_LKE, KRITERIA_LKE } from "../core/model/lke";
import { AWALAN_DOKUMEN_TERAKHIR } from "../reports/buat";
import { bacaPengaturan } from "../sheets/baca/pengaturan";
import { bacaBaris, bacaLembar } from "../sheets/baca/tabel";
import { type DokumenTerakhir, tulisUsulan, usulanBukti } from "../sheets/lke/bukti";
import { kunciStatusLke as kunci } from "../sheets/lke/kunci";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "30 November 2026 23.10" in the spreadsheet's time zone. */
function sekarang(ss: Spreadsheet): string {
  const tz = ss.getSpreadsheetTimeZone();
  const [y, m, d, jam] = Utilities.formatDate(new Date(), tz, "yyyy-M-d-HH.mm").split("-");
  return `${formatTanggal(new Date(Number(y), Number(m) - 1, Number(d)))} ${jam}`;
}

const evaluatorDari = (ss: Spreadsheet) => bacaPengaturan(bacaLembar(ss, NAMA_PENGATURAN), []).evaluatorLke;

export function kunciStatusLke(): void {
  tampilkanGalat("Kunci & Catat Status LKE", () => {
    const ss = SpreadsheetApp.getActive();
    const h = denganKunci(() => kunci(SpreadsheetApp, ss, evaluatorDari(ss), sekarang(ss)));
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      "Kunci & Catat Status LKE",
      `${h.dicatat === 0 ? "Tidak ada perubahan status baru." : `${h.dicatat} perubahan status dicatat di Log Status LKE.`} ` +
        `${h.final} baris Final terkunci: hanya pemilik spreadsheet dan evaluator di Pengaturan yang dapat mengubahnya.`,
      ui.ButtonSet.OK,
    );
  });
}

export function isiBuktiOtomatis(): void {
  tampilkanGalat("Isi Bukti Otomatis", () => {
    const ss = SpreadsheetApp.getActive();
    const ui = SpreadsheetApp.getUi();
    const props = PropertiesService.getDocumentProperties();
    const terakhir = (jenis: string): DokumenTerakhir | null => {
      const v = props.getProperty(`${AWALAN_DOKUMEN_TERAKHIR}${jenis}`);
      if (!v) return null;
      try {
        const d = JSON.parse(v) as Partial<DokumenTerakhir>;
        return typeof d.url === "string" && typeof d.nama === "string" ? { url: d.url, nama: d.nama } : null;
      } catch {
        return null;
      }
    };
    const tk = bacaLembar(ss, KRITERIA_LKE.nama);
    const tj = bacaLembar(ss, JAWABAN_LKE.nama);
    const sheet = ss.getSheetByName(JAWABAN_LKE.nama);
    if (tk === null || tj === null || sheet === null) {
      throw new Error(
        "Lembar Kriteria LKE atau Jawaban LKE tidak ada. Jalankan Siapkan Lembar Kerja lebih dulu.",
      );
    }
    const usulan = usulanBukti(bacaBaris(tk, KRITERIA_LKE, []), bacaBaris(tj, JAWABAN_LKE, []), terakhir);
    if (usulan.length === 0) {
      ui.alert(
        "Isi Bukti Otomatis",
        "Tidak ada usulan: buat dulu PK, LKJ, Laporan Triwulan atau Laporan SKM dengan Buat Laporan, atau tautannya sudah tercantum.",
        ui.ButtonSet.OK,
      );
      return;
    }
    const daftar = usulan
      .map((u) => `${u.kode}: ${u.dokumen.nama}${u.jawaban ? ` (jawaban ${u.jawaban})` : ""}`)
      .join("\n");
    const ya = ui.alert(
      "Isi Bukti Otomatis",
      `Tambahkan tautan dokumen terbaru sebagai bukti dukung ${usulan.length} kriteria?\n\n${daftar}\n\nIsian Anda tidak dihapus; tautan ditambahkan di baris baru sel Bukti Dukung.`,
      ui.ButtonSet.YES_NO,
    );
    if (ya !== ui.Button.YES) return;
    denganKunci(() => tulisUsulan(sheet, usulan));
    ss.toast(
      `${usulan.length} bukti dukung diisi. Periksa dan sesuaikan jawabannya.`,
      "Isi Bukti Otomatis",
      6,
    );
  });
}
