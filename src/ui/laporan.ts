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
 * The charts the dialog drew (base64 PNG), each under its chart's title: the preview's own SVG
 * drawings (src/reports/html), so the Doc shows the chart the user saw, labels and IPA legend by
 * unsur name included, and it costs one image insert whatever the number of bars. A Doc takes
 * PNG, JPEG or GIF and no SVG, of at most 25 megapixels and 50 MB (Docs API
 * InsertInlineImageRequest), and Apps Script has no SVG renderer; the browser that drew the
 * preview has one. A bare string is an older dialog's tree drawing.
 */
const PNG = z.string().check(z.regex(/^[A-Za-z0-9+/]+=*$/));
const GAMBAR = z.optional(z.array(z.union([PNG, z.object({ judul: z.string(), png: PNG })])));

/** Called by the dialog: writes the report; peringatan must have been acknowledged. */
export function buatLaporan(opsi: unknown, peringatanDibaca: unknown, gambar?: unknown): HasilLaporan {
  const ss = SpreadsheetApp.getActive();
  return denganKunci(() => {
    const o = parseOpsi(opsi);
    const kabar = (pesan: string) => ss.toast(pesan, NAMA_LAPORAN[o.jenis], 10);
    const rekap = cariLaporan(o.jenis).rekap === true;
    const dibaca = rekap ? undefined : bukuKerjaDiperiksa(ss, cariLaporan(o.jenis).lembar);
    const hasil = tulisLaporan(ss, PropertiesService.getDocumentProperties(), o, {
      ...(dibaca ? { dibaca } : {}),
      tanggal: zonaSpreadsheet(ss).hariIni(),
      terimaPeringatan:
        uraikan(z.optional(z.boolean()), peringatanDibaca, "Tanda peringatan dibaca") === true,
      kabar,
      grafik: grafikDialog(uraikan(GAMBAR, gambar, "Gambar grafik") ?? []),
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

/**
 * Each chart from the PNG the dialog drew under its title (in order, for charts sharing one);
 * without one (a script, an older dialog) from the Charts service, and a tree from the bare
 * drawings in the order drawn (Charts draws no tree).
 */
function grafikDialog(gambar: readonly (string | { judul: string; png: string })[]): PembuatGrafik {
  const perJudul = new Map<string, string[]>();
  const pohon: string[] = [];
  for (const x of gambar) {
    if (typeof x === "string") pohon.push(x);
    else perJudul.set(x.judul, [...(perJudul.get(x.judul) ?? []), x.png]);
  }
  // The size from the PNG's header (IHDR: width and height, big-endian, at bytes 16-23): the
  // writer fits the image to the page without asking the Doc.
  const blob = (b: string, nama: string) => {
    const bait = Utilities.base64Decode(b);
    const u32 = (i: number) =>
      (bait[i]! & 255) * 2 ** 24 +
      (bait[i + 1]! & 255) * 2 ** 16 +
      (bait[i + 2]! & 255) * 256 +
      (bait[i + 3]! & 255);
    const png =
      bait.length > 24 && (bait[1]! & 255) === 0x50 && (bait[2]! & 255) === 0x4e && (bait[3]! & 255) === 0x47;
    const blob = Utilities.newBlob(bait, "image/png", nama);
    return png ? { blob, lebar: u32(16), tinggi: u32(20) } : blob;
  };
  return (g) => {
    const png = perJudul.get(g.judul)?.shift() ?? (g.pohon ? pohon.shift() : undefined);
    if (png) return blob(png, g.pohon ? "pohon-kinerja.png" : "grafik.png");
    return g.pohon ? null : grafikCharts(g);
  };
}
