/**
 * Menu "Rekap Kabupaten": sets up a rekap in the active spreadsheet, or refreshes it (new units'
 * imports, every unit's status, the kabupaten's own Ringkasan row), and says what it found.
 */
import { lokasi } from "../core/masalah";
import type { StatusUnit } from "../core/model/rekap";
import { siapkanRekap } from "../sheets/rekap";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

const NAMA_STATUS: Record<StatusUnit, string> = {
  SIAP: "terbaca",
  TANPA_DATA: "terbaca tanpa data",
  MENUNGGU_IZIN: "menunggu izin akses",
  MEMUAT: "belum terbaca",
  TIDAK_TERJANGKAU: "tidak terjangkau",
  TAUTAN_SALAH: "tautan salah",
  TANPA_TAUTAN: "tanpa tautan",
  VERSI_LAIN: "versi ringkasan lain",
  PERIODE_LAIN: "tahun/triwulan lain",
};

export function rekapKabupaten(): void {
  tampilkanGalat("Rekap Kabupaten", () => {
    const ss = SpreadsheetApp.getActive();
    const ui = SpreadsheetApp.getUi();
    const h = denganKunci(() => siapkanRekap(SpreadsheetApp, ss));
    const bagian: string[] = [];
    if (h.dibuat.length > 0) {
      bagian.push(
        `Lembar dibuat: ${h.dibuat.join(", ")}. Isi Pengaturan Rekap, lalu nama, jenis dan tautan buku kerja tiap unit di lembar Rekap Unit, dan jalankan menu ini lagi.`,
      );
    }
    if (h.imporBaru > 0) {
      bagian.push(
        `IMPORTRANGE dipasang untuk ${h.imporBaru} unit baru. Klik sel kolom Versi Ringkasan tiap unit itu dan pilih "Izinkan akses" (sekali per unit), lalu jalankan menu ini lagi.`,
      );
    }
    const hitung = new Map<StatusUnit, number>();
    for (const u of h.rekap.unit) hitung.set(u.status, (hitung.get(u.status) ?? 0) + 1);
    if (h.rekap.unit.length > 0) {
      bagian.push(
        `${h.rekap.unit.length} unit: ${[...hitung].map(([s, n]) => `${n} ${NAMA_STATUS[s]}`).join(", ")}. Rinciannya di kolom Status.`,
      );
    }
    for (const m of [...h.masalah, ...h.rekap.masalah]) bagian.push(`${lokasi(m)}: ${m.pesan}`);
    ui.alert(
      "Rekap Kabupaten",
      bagian.join("\n\n") || "Rekap sudah lengkap; tidak ada yang diubah.",
      ui.ButtonSet.OK,
    );
  });
}
