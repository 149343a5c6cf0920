/**
 * The Google Docs side of the reports. A template is a Google Doc (the defaults are written by
 * tulisDokumen from bawaan/; a unit may edit them or bring its own). A report is made by
 * reading the template (read only), checking its placeholders, creating a new Doc, copying the
 * template's content into it (element.copy() keeps letterhead, logo and styles), then filling
 * the copy. Service calls grow with the template's size, never with the number of rows: each
 * repeated table is written with one insertTable of all its rows
 * (developers.google.com/apps-script/reference/document/body#insertTable(Integer,String)).
 */

import { formatAngka } from "../core/format";
import { pesanGalat } from "../core/galat";
import {
  type Dokumen,
  type Elemen,
  type Gaya,
  type Grafik,
  pisahkanTabel,
  type Rata,
  type Tabel,
} from "./model";
import {
  bacaPlaceholder,
  benar,
  type DataLaporan,
  daftarBaris,
  isiTabel,
  pastikanTemplateSah,
  placeholderDi,
} from "./template";

type Body = GoogleAppsScript.Document.Body;
type Doc = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;
type Blob = GoogleAppsScript.Base.Blob;

/**
 * Chart images: Charts service in Apps Script, a test double in tests; null where no image is
 * to be had (a tree, drawn as SVG, when the dialog sent no PNG of it).
 */
export type PembuatGrafik = (g: Grafik) => Blob | null;

const HEADING: Record<Gaya, () => GoogleAppsScript.Document.ParagraphHeading> = {
  normal: () => DocumentApp.ParagraphHeading.NORMAL,
  judul: () => DocumentApp.ParagraphHeading.TITLE,
  subjudul: () => DocumentApp.ParagraphHeading.SUBTITLE,
  bab: () => DocumentApp.ParagraphHeading.HEADING1,
  subbab: () => DocumentApp.ParagraphHeading.HEADING2,
};

const RATA: Record<Rata, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  kiri: () => DocumentApp.HorizontalAlignment.LEFT,
  tengah: () => DocumentApp.HorizontalAlignment.CENTER,
  kanan: () => DocumentApp.HorizontalAlignment.RIGHT,
  rata: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** Most paragraphs and tables a template may hold (the default LKJ has about 120). */
export const BATAS_ELEMEN_TEMPLATE = 2000;

/** What stands where a chart has nothing to show (the HTML renderer says the same). */
const TANPA_DATA_GRAFIK = "Tidak ada data untuk grafik.";

/** Points across an A4 page between 2,5 cm margins: the width column shares divide. */
const LEBAR_HALAMAN = 451;

/**
 * Where to write into a new section: before its one empty paragraph. A table that ends a
 * section makes Docs add an empty paragraph after it, so appending table after paragraph
 * leaves blank lines between them; inserting before the trailing paragraph does not. That
 * paragraph stays (Docs refuses to remove a section's last paragraph): one blank line at the end.
 */
function awalTulis(s: Section): number {
  const n = s.getNumChildren();
  const akhir = n > 0 ? s.getChild(n - 1) : null;
  const kosong =
    akhir?.getType() === DocumentApp.ElementType.PARAGRAPH && akhir.asParagraph().getText() === "";
  return kosong ? n - 1 : n;
}

/** Writes a Dokumen into a new Doc body (the default templates). */
export function tulisDokumen(body: Body, dok: Dokumen, grafik: PembuatGrafik): void {
  if (dok.lanskap) {
    // A4 landscape in points (developers.google.com/apps-script/reference/document/body#setPageWidth(Number)).
    body.setPageWidth(842).setPageHeight(595);
  }
  let i = awalTulis(body);
  for (const e of pisahkanTabel(dok.elemen)) tulisElemen(body, i++, e, grafik);
}

function tulisElemen(body: Body, i: number, e: Elemen, grafik: PembuatGrafik): void {
  if (e.jenis === "paragraf") {
    const par = body.insertParagraph(i, e.teks);
    if (e.gaya && e.gaya !== "normal") par.setHeading(HEADING[e.gaya]());
    if (e.rata) par.setAlignment(RATA[e.rata]());
    if (e.tebal && e.teks !== "") par.editAsText().setBold(true);
    if (e.ukuran && e.teks !== "") par.editAsText().setFontSize(e.ukuran);
  } else if (e.jenis === "tabel") {
    gayaTabel(body.insertTable(i, e.baris), e);
  } else if (e.jenis === "grafik") {
    if (e.grafik.label.length === 0) {
      body.insertParagraph(i, TANPA_DATA_GRAFIK);
      return;
    }
    const blob = grafik(e.grafik);
    if (!blob) {
      body.insertParagraph(i, "");
      return;
    }
    const gambar = body.insertImage(i, blob);
    gambar.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  } else {
    body.insertPageBreak(i);
  }
}

/**
 * Table styling in calls that do not grow with the rows: widths per column, header rows and
 * the named bold rows; borderless for layout tables (signature blocks).
 */
function gayaTabel(t: GoogleAppsScript.Document.Table, e: Tabel): void {
  if (e.tanpaGaris) t.setBorderWidth(0);
  if (e.lebar) {
    const jumlah = e.lebar.reduce((a, b) => a + b, 0);
    e.lebar.forEach((l, i) => {
      t.setColumnWidth(i, Math.round((l / jumlah) * LEBAR_HALAMAN));
    });
  }
  const kepala = e.kepala ?? 0;
  for (let r = 0; r < kepala && r < t.getNumRows(); r++) {
    const row = t.getRow(r);
    for (let c = 0; c < row.getNumCells(); c++) {
      const cell = row.getCell(c);
      cell.setBackgroundColor("#d9d9d9");
      cell.editAsText().setBold(true);
    }
  }
  for (const r of e.tebal ?? []) {
    if (r >= kepala && r < t.getNumRows()) t.getRow(r).editAsText().setBold(true);
  }
  if (e.tengah) {
    // Signature blocks: one or two rows, so a call per cell stays constant.
    for (let r = 0; r < t.getNumRows(); r++) {
      const row = t.getRow(r);
      for (let c = 0; c < row.getNumCells(); c++) {
        const sel = row.getCell(c);
        for (let k = 0; k < sel.getNumChildren(); k++) {
          sel.getChild(k).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        }
      }
    }
  }
}

/** The template Doc as the model: its paragraphs' and tables' texts (for checks and preview). */
export function bacaDokumenGoogle(doc: Doc): Dokumen {
  const body = doc.getBody();
  const n = body.getNumChildren();
  // A user's template is read element by element: a huge one would spend the 6-minute limit.
  if (n > BATAS_ELEMEN_TEMPLATE) {
    throw new Error(
      `Template "${doc.getName()}" terlalu besar: ${formatAngka(n, 0)} paragraf dan tabel (paling banyak ${formatAngka(BATAS_ELEMEN_TEMPLATE, 0)}). Pakai template yang lebih ringkas.`,
    );
  }
  const elemen: Elemen[] = [];
  for (let i = 0; i < n; i++) {
    const anak = body.getChild(i);
    const jenis = anak.getType();
    if (jenis === DocumentApp.ElementType.PARAGRAPH || jenis === DocumentApp.ElementType.LIST_ITEM) {
      const teks =
        jenis === DocumentApp.ElementType.PARAGRAPH
          ? anak.asParagraph().getText()
          : anak.asListItem().getText();
      elemen.push({ jenis: "paragraf", teks });
    } else if (jenis === DocumentApp.ElementType.TABLE) {
      elemen.push({ jenis: "tabel", baris: teksTabel(anak.asTable()) });
    }
  }
  const tambahan = [doc.getHeader(), doc.getFooter()]
    .filter((s): s is GoogleAppsScript.Document.HeaderSection => s !== null)
    .map((s): Elemen => ({ jenis: "paragraf", teks: s.getText() }));
  return { judul: doc.getName(), elemen: [...tambahan, ...elemen] };
}

function teksTabel(t: GoogleAppsScript.Document.Table): string[][] {
  const baris: string[][] = [];
  for (let r = 0; r < t.getNumRows(); r++) {
    const row = t.getRow(r);
    const sel: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) sel.push(row.getCell(c).getText());
    baris.push(sel);
  }
  return baris;
}

/** RE2 pattern for a placeholder, spaces inside the braces allowed. */
function polaPlaceholder(isi: string): string {
  return `\\{\\{\\s*${isi.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")}\\s*\\}\\}`;
}

/**
 * A value into every place the pattern matches. replaceText takes an RE2 pattern and a
 * replacement in which "$" and "\\" have a meaning of their own
 * (developers.google.com/apps-script/reference/document/body#replaceText(String,String)); a value
 * holding either is written through findText and Text.insertText instead, literally.
 */
function ganti(s: Section, pola: string, nilai: string): void {
  if (!/[$\\]/.test(nilai)) {
    s.replaceText(pola, nilai);
    return;
  }
  // Each pass removes one placeholder; the cap guards a value that would itself match.
  for (let i = 0, r = s.findText(pola); r !== null && i < 10_000; i++, r = s.findText(pola)) {
    const teks = r.getElement().asText();
    const awal = r.getStartOffset();
    teks.deleteText(awal, r.getEndOffsetInclusive());
    if (nilai !== "") teks.insertText(awal, nilai);
  }
}

/** The page (size, orientation, margins) is the template's, not a new Doc's default. */
function salinHalaman(dari: Body, ke: Body): void {
  const pasang = (nilai: number | null, set: (v: number) => unknown) => {
    if (typeof nilai === "number" && Number.isFinite(nilai) && nilai > 0) set(nilai);
  };
  pasang(dari.getPageWidth(), (v) => ke.setPageWidth(v));
  pasang(dari.getPageHeight(), (v) => ke.setPageHeight(v));
  pasang(dari.getMarginTop(), (v) => ke.setMarginTop(v));
  pasang(dari.getMarginBottom(), (v) => ke.setMarginBottom(v));
  pasang(dari.getMarginLeft(), (v) => ke.setMarginLeft(v));
  pasang(dari.getMarginRight(), (v) => ke.setMarginRight(v));
}

/** Copies a section's content into a new section (see awalTulis). */
function salinIsi(dari: Section, ke: Section): void {
  let k = awalTulis(ke);
  for (let i = 0; i < dari.getNumChildren(); i++) {
    const anak = dari.getChild(i);
    const jenis = anak.getType();
    if (jenis === DocumentApp.ElementType.PARAGRAPH) ke.insertParagraph(k++, anak.asParagraph().copy());
    else if (jenis === DocumentApp.ElementType.TABLE) ke.insertTable(k++, anak.asTable().copy());
    else if (jenis === DocumentApp.ElementType.LIST_ITEM) ke.insertListItem(k++, anak.asListItem().copy());
  }
}

/**
 * Makes the report: checks the template (nothing is created when it is not sound), creates the
 * new Doc (`buatDoc`: in the report folder, its id recorded), copies the template into it and
 * fills it. Returns the new (saved) Doc.
 */
export function buatDariTemplate(
  template: Doc,
  data: DataLaporan,
  buatDoc: () => Doc,
  grafik: PembuatGrafik,
): Doc {
  pastikanTemplateSah(bacaDokumenGoogle(template), data, template.getName());
  const doc = buatDoc();
  try {
    isiSalinan(template, doc, lindungi(data), grafik);
  } catch (e) {
    throw new GagalMengisi(pesanGalat(e), doc.getId());
  }
  return doc;
}

/** A failure after the new Doc exists: the caller must not leave it behind silently. */
export class GagalMengisi extends Error {
  constructor(
    pesan: string,
    readonly idDoc: string,
  ) {
    super(pesan);
  }
}

function isiSalinan(template: Doc, doc: Doc, data: DataLaporan, grafik: PembuatGrafik): void {
  const body = doc.getBody();
  salinHalaman(template.getBody(), body);
  salinIsi(template.getBody(), body);
  const header = template.getHeader();
  if (header) salinIsi(header, doc.addHeader());
  const footer = template.getFooter();
  if (footer) salinIsi(footer, doc.addFooter());
  isiBody(body, data, grafik);
  for (const s of [doc.getHeader(), doc.getFooter()]) if (s) isiNilai(s, data);
  isiNilai(body, data);
  for (const s of [body, doc.getHeader(), doc.getFooter()]) if (s) s.replaceText(KURUNG, "{");
  doc.saveAndClose();
}

/**
 * A private-use character that stands for "{" in the data while the Doc is filled: the writer
 * scans the Doc for placeholders after data is in it, so a saran "{{a b}}" or "Halo {{unit}}"
 * would otherwise be read as template. Placeholders are the template's alone; the data goes in
 * verbatim (as in the preview) and its braces come back at the end, in one replaceText.
 */
const KURUNG = "\uE000";

function lindungi(data: DataLaporan): DataLaporan {
  const aman = (t: string) => t.replace(/\uE000/g, "").replace(/\{/g, KURUNG);
  const rekaman = (r: Record<string, string>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, aman(v)]));
  return {
    ...data,
    nilai: rekaman(data.nilai),
    daftar: Object.fromEntries(Object.entries(data.daftar).map(([k, d]) => [k, d.map(rekaman)])),
  };
}

function isiBody(body: Body, data: DataLaporan, grafik: PembuatGrafik): void {
  // Sections first (they remove elements), then tables and charts, walking by index.
  const tampil: boolean[] = [];
  for (let i = 0; i < body.getNumChildren(); ) {
    const anak = body.getChild(i);
    const jenis = anak.getType();
    const teks = jenis === DocumentApp.ElementType.PARAGRAPH ? anak.asParagraph().getText().trim() : null;
    const satu = teks !== null ? placeholderDi(teks) : [];
    const ph = satu.length === 1 && teks === satu[0]!.mentah ? bacaPlaceholder(satu[0]!.isi) : null;
    const hapus = (): void => {
      // A hidden table next goes first: else this paragraph, between two tables, would stay blank.
      while (
        !tampil.every(Boolean) &&
        i + 2 < body.getNumChildren() &&
        body.getChild(i + 1).getType() === DocumentApp.ElementType.TABLE
      )
        body.removeChild(body.getChild(i + 1));
      // Docs refuses to remove the last paragraph of a section, and the one between two tables:
      // blank it instead.
      const terakhir = i === body.getNumChildren() - 1;
      const diApit =
        !terakhir &&
        i > 0 &&
        body.getChild(i - 1).getType() === DocumentApp.ElementType.TABLE &&
        body.getChild(i + 1).getType() === DocumentApp.ElementType.TABLE;
      if (terakhir || diApit) anak.asParagraph().setText("");
      else {
        body.removeChild(anak);
        return;
      }
      i++;
    };
    if (ph?.jenis === "jika") {
      tampil.push(benar(data, ph.nama));
      hapus();
      continue;
    }
    if (ph?.jenis === "akhirJika") {
      tampil.pop();
      hapus();
      continue;
    }
    if (!tampil.every(Boolean)) {
      hapus();
      continue;
    }
    if (ph?.jenis === "grafik") {
      const par = anak.asParagraph();
      const g = data.grafik[ph.nama]!;
      par.setText(g.label.length === 0 ? TANPA_DATA_GRAFIK : "");
      const blob = g.label.length > 0 && grafik(g);
      if (blob) par.appendInlineImage(blob);
    } else if (jenis === DocumentApp.ElementType.TABLE) {
      isiTabelGoogle(body, i, anak.asTable(), data);
    }
    i++;
  }
}

/**
 * A table with a repeated row becomes a new table holding all its rows, inserted in one call
 * where the template table was; its header rows keep the template's look.
 */
function isiTabelGoogle(
  body: Body,
  indeks: number,
  t: GoogleAppsScript.Document.Table,
  data: DataLaporan,
): void {
  const baris = teksTabel(t);
  const ulang = baris.findIndex((b) => daftarBaris(b) !== null);
  if (ulang < 0) return;
  const isi = isiTabel({ jenis: "tabel", baris, kepala: ulang, tebal: [] }, data);
  const rupa = rupaTabel(t, ulang, baris.length);
  // The template table goes first, then the filled one takes its place: inserted next to the
  // template table, Docs would put an empty paragraph between the two.
  body.removeChild(t);
  if (isi.baris.length === 0) return;
  const baru = body.insertTable(indeks, isi.baris);
  baru.setAttributes(rupa.atribut);
  rupa.lebar.forEach((w, c) => {
    if (w && c < baru.getRow(0).getNumCells()) baru.setColumnWidth(c, w);
  });
  rupa.kepala.forEach((sel, r) => {
    sel.forEach(({ latar, tebal }, c) => {
      const ke = baru.getRow(r).getCell(c);
      if (latar) ke.setBackgroundColor(latar);
      ke.editAsText().setBold(tebal);
    });
  });
  // Rows after the repeated one (totals) keep their template look, shifted past the records.
  const tambah = isi.baris.length - baris.length;
  for (const r of rupa.barisTebal)
    baru
      .getRow(r + tambah)
      .editAsText()
      .setBold(true);
  // Records marked _tebal (programs) are bold.
  for (const r of isi.tebal ?? []) baru.getRow(r).editAsText().setBold(true);
}

/** What a template table looks like: its attributes, column widths, header cells and bold total rows. */
function rupaTabel(t: GoogleAppsScript.Document.Table, ulang: number, jumlahBaris: number) {
  const lebar: (number | null)[] = [];
  for (let c = 0; c < t.getRow(0).getNumCells(); c++) lebar.push(t.getColumnWidth(c) || null);
  const kepala: { latar: string | null; tebal: boolean }[][] = [];
  for (let r = 0; r < ulang; r++) {
    const dari = t.getRow(r);
    const sel: { latar: string | null; tebal: boolean }[] = [];
    for (let c = 0; c < dari.getNumCells(); c++) {
      sel.push({
        latar: dari.getCell(c).getBackgroundColor() || null,
        tebal: Boolean(dari.getCell(c).editAsText().isBold()),
      });
    }
    kepala.push(sel);
  }
  const barisTebal: number[] = [];
  for (let r = ulang + 1; r < jumlahBaris; r++) if (t.getRow(r).editAsText().isBold()) barisTebal.push(r);
  return { atribut: t.getAttributes(), lebar, kepala, barisTebal };
}

/** Values: one replaceText per placeholder the template uses. */
function isiNilai(s: Section, data: DataLaporan): void {
  const dipakai = new Set(placeholderDi(s.getText()).map((x) => x.isi.trim()));
  for (const nama of dipakai) {
    const ph = bacaPlaceholder(nama);
    if (ph.jenis !== "nilai") continue;
    ganti(s, polaPlaceholder(nama), data.nilai[ph.nama] ?? "");
  }
}

/**
 * Chart image from the Charts service: a column chart of the values, with the axis title; an IPA
 * (`sebar`) as a scatter, kinerja across and kepentingan up, one point per unsur that has both.
 * The service draws neither the two mean lines nor the points' labels, so the title names the
 * means and both axes are wide enough to hold them (the HTML preview draws the quadrants).
 */
export function grafikCharts(g: Grafik): Blob | null {
  // A tree: Charts draws none, and a Doc takes no SVG (PNG, JPEG or GIF only: Docs API
  // InsertInlineImageRequest); its PNG comes from the dialog (../ui/laporan.ts).
  if (g.pohon) return null;
  if (g.sebar) {
    const s = g.sebar;
    const terhingga = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
    // Charts plots column 0 as x and column 1 as y.
    const tabel = Charts.newDataTable()
      .addColumn(Charts.ColumnType.NUMBER, g.satuan)
      .addColumn(Charts.ColumnType.NUMBER, s.satuanY);
    const xs: number[] = [];
    const ys: number[] = [];
    g.label.forEach((_, i) => {
      const x = g.nilai[i];
      const y = s.nilaiY[i];
      if (!terhingga(x) || !terhingga(y)) return;
      tabel.addRow([x, y]);
      xs.push(x);
      ys.push(y);
    });
    // Padded by a tenth of the spread, ends on a tenth: NRR lie on 1-4, the means among them.
    const rentang = (angka: number[]): [number, number] => {
      const rendah = Math.min(...angka);
      const tinggi = Math.max(...angka);
      const pad = Math.max((tinggi - rendah) * 0.1, 0.05, Math.abs(tinggi + rendah) * 1e-6);
      return [Math.floor((rendah - pad) * 10) / 10, Math.ceil((tinggi + pad) * 10) / 10];
    };
    const rata = [
      ...(terhingga(s.rataX) ? [`kinerja ${formatAngka(s.rataX, 2)}`] : []),
      ...(terhingga(s.rataY) ? [`kepentingan ${formatAngka(s.rataY, 2)}`] : []),
    ];
    const grafik = Charts.newScatterChart()
      .setDataTable(tabel)
      .setTitle(rata.length > 0 ? `${g.judul} (rata-rata ${rata.join("; ")})` : g.judul)
      .setXAxisTitle(g.satuan)
      .setYAxisTitle(s.satuanY)
      .setPointStyle(Charts.PointStyle.MEDIUM)
      .setLegendPosition(Charts.Position.NONE)
      .setColors(["#4472c4"])
      .setDimensions(640, 480);
    const sumbuX = [...xs, ...(terhingga(s.rataX) ? [s.rataX] : [])];
    const sumbuY = [...ys, ...(terhingga(s.rataY) ? [s.rataY] : [])];
    if (sumbuX.length > 0) grafik.setXAxisRange(...rentang(sumbuX));
    if (sumbuY.length > 0) grafik.setYAxisRange(...rentang(sumbuY));
    return grafik.build().getAs("image/png");
  }
  const tabel = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, "")
    .addColumn(Charts.ColumnType.NUMBER, g.satuan);
  g.label.forEach((l, i) => {
    tabel.addRow([l.length > 40 ? `${l.slice(0, 37)}...` : l, g.nilai[i] ?? 0]);
  });
  return Charts.newColumnChart()
    .setDataTable(tabel)
    .setTitle(g.judul)
    .setYAxisTitle(g.satuan)
    .setDimensions(640, 360)
    .build()
    .getAs("image/png");
}
