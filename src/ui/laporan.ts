/**
 * Menu "Buat Laporan": a dialog to choose the report, triwulan, template and PDF, showing the
 * preview (the same report model, rendered as HTML) and the Periksa Data findings; galat
 * block, peringatan must be acknowledged. Handlers are thin: read -> core -> report -> render.
 */

import * as z from "zod/mini";
import type { Masalah } from "../core/masalah";
import { uraikan } from "../core/uraikan";
import { type HasilLaporan, parseOpsi, pratinjau, tulisLaporan } from "../reports/buat";
import { grafikCharts, type PembuatGrafik } from "../reports/googleDocs";
import { cariLaporan, DAFTAR_LAPORAN, NAMA_LAPORAN } from "../reports/laporan";
import type { Dokumen } from "../reports/model";
import { daftarKegiatanRka } from "../sheets/baca";
import { bukuKerjaDiperiksa } from "../sheets/bukuKerja";
import { adalahRekap, catatDokumenRekap } from "../sheets/rekap";
import { perbaruiRingkasan } from "../sheets/ringkasan";
import { zonaSpreadsheet } from "../sheets/zona";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

/** JSON inside a <script>: "<" escaped so no user text can close the tag. */
const jsonDalamSkrip = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

export function tampilkanBuatLaporan(): void {
  tampilkanGalat("Buat Laporan", () => {
    const t = HtmlService.createTemplateFromFile("laporan");
    // A rekap spreadsheet makes the kabupaten's documents; a unit workbook its own.
    const rekap = adalahRekap(SpreadsheetApp.getActive());
    t.pilihan = jsonDalamSkrip(
      DAFTAR_LAPORAN.filter((l) => (l.rekap === true) === rekap).map((l) => ({ id: l.jenis, nama: l.nama })),
    );
    t.kegiatan = jsonDalamSkrip(daftarKegiatanRka(SpreadsheetApp.getActive()));
    SpreadsheetApp.getUi().showModalDialog(t.evaluate().setWidth(900).setHeight(640), "Buat Laporan");
  });
}

/**
 * Called by the dialog: the filled report model (the dialog draws it with the same renderer the
 * demo uses, built into laporan.html) and the data check's findings.
 */
export function pratinjauLaporan(opsi: unknown): { dokumen: Dokumen; judul: string; masalah: Masalah[] } {
  const ss = SpreadsheetApp.getActive();
  const { dokumen, masalah } = pratinjau(ss, parseOpsi(opsi), zonaSpreadsheet(ss).hariIni());
  return { dokumen, judul: dokumen.judul, masalah };
}

/**
 * The PNG (base64) the dialog drew of the preview's tree: a Doc takes PNG, JPEG or GIF and no
 * SVG, of at most 25 megapixels and 50 MB (Docs API InsertInlineImageRequest), and Apps Script
 * has no SVG renderer; the browser that drew the preview has one.
 */
const GAMBAR = z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9+/]+=*$/))));

/** Called by the dialog: writes the report; peringatan must have been acknowledged. */
export function buatLaporan(opsi: unknown, peringatanDibaca: unknown, gambar?: unknown): HasilLaporan {
  const ss = SpreadsheetApp.getActive();
  return denganKunci(() => {
    const o = parseOpsi(opsi);
    const kabar = (pesan: string) => ss.toast(pesan, NAMA_LAPORAN[o.jenis], 10);
    const rekap = cariLaporan(o.jenis).rekap === true;
    const dibaca = rekap ? undefined : bukuKerjaDiperiksa(ss);
    const hasil = tulisLaporan(ss, PropertiesService.getDocumentProperties(), o, {
      ...(dibaca ? { dibaca } : {}),
      tanggal: zonaSpreadsheet(ss).hariIni(),
      terimaPeringatan:
        uraikan(z.optional(z.boolean()), peringatanDibaca, "Tanda peringatan dibaca") === true,
      kabar,
      grafik: grafikDialog(uraikan(GAMBAR, gambar, "Gambar pohon kinerja") ?? []),
    });
    // The unit's summary for the kabupaten's rekap lists the document; a failure there is not the report's.
    try {
      if (dibaca) perbaruiRingkasan(ss, dibaca.bk, NAMA_LAPORAN[o.jenis]);
      else catatDokumenRekap(ss, NAMA_LAPORAN[o.jenis]);
    } catch {}
    kabar(`Selesai: ${hasil.nama}`);
    return hasil;
  }, "Laporan lain sedang dibuat. Coba lagi sebentar lagi.");
}

/** Charts from the Charts service; a tree from the PNG the dialog drew, in the order drawn. */
function grafikDialog(png: string[]): PembuatGrafik {
  return (g) => {
    if (!g.pohon) return grafikCharts(g);
    const b = png.shift();
    return b ? Utilities.newBlob(Utilities.base64Decode(b), "image/png", "pohon-kinerja.png") : null;
  };
}
