/**
 * The Google Docs side of the reports, through the Docs REST API (Advanced Docs service). A
 * template is a Google Doc (the defaults are written by tulisDokumen from bawaan/; a unit may
 * edit them or bring its own). A report is made by reading the template once (Documents.get),
 * checking its placeholders, copying it into a new Doc (letterhead, logo and styles come along),
 * reading the copy once and filling and formatting it in one batchUpdate whose requests run from
 * the end of the document to its start, so each request's indexes are those the read gave. Only
 * a chart takes DocumentApp calls: the API inserts an image from a URI, not from a blob.
 * Service calls do not grow with the rows: every row is a request of the one batch.
 */

import { formatAngka } from "../core/format";
import { pesanGalat } from "../core/galat";
import {
  ambil,
  type Dokumen as DokumenApi,
  type Elemen as ElemenApi,
  type Permintaan,
  pt,
  terapkan,
} from "./docsApi";
import {
  type Dokumen,
  type Elemen,
  type Gabung,
  type Gaya,
  type Grafik,
  type Halaman,
  pisahkanTabel,
  type Rata,
  type Tabel,
} from "./model";
import {
  dibalik,
  halamanBagian,
  halamanDokumen,
  halamanElemen,
  lebarGuna,
  PADDING,
  selTertutup,
  tataTabel,
} from "./tata";
import {
  bacaPlaceholder,
  benar,
  type DataLaporan,
  daftarBaris,
  isiTabel,
  isiTemplate,
  pastikanTemplateSah,
  placeholderDi,
} from "./template";

type Blob = GoogleAppsScript.Base.Blob;

/**
 * Chart images: Charts service in Apps Script, a test double in tests; null where no image is
 * to be had (a tree, drawn as SVG, when the dialog sent no PNG of it).
 */
/**
 * A chart's image, with its size in pixels when the maker knows it (a drawing's PNG header, the
 * Charts service's dimensions): the writer then fits it to the page without asking the Doc.
 */
export type PembuatGrafik = (g: Grafik) => Blob | { blob: Blob; lebar: number; tinggi: number } | null;

/**
 * Charts' images, as wide as the usable width of a portrait A4 page between the naskah dinas
 * margins (about 600 px), so the Doc takes them at their size.
 */
const UKURAN_CHARTS = { batang: [600, 340], sebar: [600, 450] } as const;

/** Most paragraphs and tables a template may hold (the default LKJ has about 120). */
export const BATAS_ELEMEN_TEMPLATE = 2000;

/** What stands where a chart has nothing to show (the HTML renderer says the same). */
const TANPA_DATA_GRAFIK = "Tidak ada data untuk grafik.";

const GAYA: Record<Gaya, string> = {
  normal: "NORMAL_TEXT",
  judul: "TITLE",
  subjudul: "SUBTITLE",
  bab: "HEADING_1",
  subbab: "HEADING_2",
};
const RATA: Record<Rata, string> = { kiri: "START", tengah: "CENTER", kanan: "END", rata: "JUSTIFIED" };
const DARI_GAYA = Object.fromEntries(Object.entries(GAYA).map(([k, v]) => [v, k])) as Record<string, Gaya>;
const DARI_RATA = Object.fromEntries(Object.entries(RATA).map(([k, v]) => [v, k])) as Record<string, Rata>;

/** Header shading #d9d9d9, as the preview's. */
const KELABU = { color: { rgbColor: { red: 0.851, green: 0.851, blue: 0.851 } } };

/**
 * Text as insertText keeps it: a line break inside a paragraph is a vertical tab (U+000B); the
 * API strips "control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode
 * Basic Multilingual Plane Private Use Area (U+E000-U+F8FF)", so they are left out here first and
 * the indexes computed from the text are the document's.
 */
function bersih(t: string, sel = false): string {
  let out = "";
  // In a table cell a line is a paragraph of its own (as DocumentApp's insertTable made it).
  for (const ch of t.replace(/\r\n|\r|\n/g, sel ? "\n" : "\v")) {
    const c = ch.charCodeAt(0);
    if (c <= 8 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff)) continue;
    out += ch;
  }
  return out;
}

// --- writing model elements ---------------------------------------------------------------------

/** A chart to draw after the batch: the paragraph holding `tanda` gets the image. */
interface GrafikDitunda {
  tanda: string;
  grafik: Grafik;
}

/** What a batch is being built with. */
class Penulis {
  readonly r: Permintaan[] = [];
  readonly grafik: GrafikDitunda[] = [];
  private readonly token = Math.random().toString(36).slice(2, 10);

  /**
   * `balikDok`: the document's own DocumentStyle.flipPageOrientation; a section's flag flips
   * page_size itself, so it is written relative to the unturned page.
   */
  constructor(
    readonly guna: number,
    readonly balikDok = false,
  ) {}

  tandaGrafik(g: Grafik): string {
    const tanda = `[[grafik ${this.token} ${this.grafik.length}]]`;
    this.grafik.push({ tanda, grafik: g });
    return tanda;
  }

  /** Text at an index (`baris`: ending its own paragraph); its length in the document. */
  teks(i: number, t: string, seg?: string, baris = false, sel = false): number {
    const b = bersih(t, sel) + (baris ? "\n" : "");
    if (b !== "")
      this.r.push({ insertText: { text: b, location: { index: i, ...(seg ? { segmentId: seg } : {}) } } });
    // A link (evidence in Drive) becomes a link: styled as soon as it is in, so later inserts move it along.
    for (const m of b.matchAll(/https?:\/\/\S+/g)) {
      const s = i + m.index!;
      this.r.push({
        updateTextStyle: {
          range: { startIndex: s, endIndex: s + m[0].length, ...(seg ? { segmentId: seg } : {}) },
          textStyle: { link: { url: m[0] } },
          fields: "link",
        },
      });
    }
    return b.length;
  }

  hapus(s: number, e: number, seg?: string): void {
    if (e > s)
      this.r.push({
        deleteContentRange: { range: { startIndex: s, endIndex: e, ...(seg ? { segmentId: seg } : {}) } },
      });
  }

  gayaParagraf(s: number, e: number, gaya: Gaya | undefined, rata: Rata | undefined): void {
    this.r.push({
      updateParagraphStyle: {
        range: { startIndex: s, endIndex: e },
        paragraphStyle: {
          namedStyleType: GAYA[gaya ?? "normal"],
          ...(rata ? { alignment: RATA[rata] } : {}),
        },
        fields: "namedStyleType,alignment",
      },
    });
  }

  gayaTeks(s: number, e: number, tebal: boolean, ukuran: number | undefined): void {
    if (e <= s) return;
    this.r.push({
      updateTextStyle: {
        range: { startIndex: s, endIndex: e },
        textStyle: { bold: tebal, ...(ukuran ? { fontSize: pt(ukuran) } : {}) },
        fields: "bold,fontSize",
      },
    });
  }

  /**
   * Model elements inserted before the paragraph at index `at` (in reverse, each at `at`); returns
   * the length inserted. A table's insertion puts a newline before it ("A newline character will
   * be inserted before the inserted table"): the paragraph before it in the model is written into
   * that newline's paragraph, so no blank line is added.
   */
  sisipkan(at: number, elemen: readonly Elemen[], dasar: Halaman, awal: Halaman = dasar): number {
    const els = pisahkanTabel(elemen);
    // Each element's page, forward: a section break turns the document's page to its orientation.
    let h = awal;
    const guna = els.map((e) => {
      if (e.jenis === "bagian") h = halamanBagian(dasar, e.lanskap);
      return lebarGuna(h);
    });
    let total = 0;
    for (let k = els.length - 1; k >= 0; k--) {
      const e = els[k]!;
      if (e.jenis === "tabel" || e.jenis === "bagian") {
        total += e.jenis === "tabel" ? this.tabel(at, e, guna[k]) : this.bagian(at, e.lanskap, dasar);
        const sebelum = els[k - 1];
        if (sebelum?.jenis === "paragraf" || sebelum?.jenis === "grafik") {
          total += this.paragraf(at, sebelum, false);
          k--;
        }
      } else if (e.jenis === "halaman") {
        this.r.push({ insertPageBreak: { location: { index: at } } });
        total += 2;
      } else total += this.paragraf(at, e, true);
    }
    return total;
  }

  /**
   * A section break at `at`, its section turned to `lanskap`; returns the length inserted (the
   * newline before it, the break). InsertSectionBreakRequest: "Inserts a section break at the
   * given location. A newline character will be inserted before the section break." (so the
   * paragraph before it in the model is written into that newline's paragraph, as before a table);
   * sectionType NEXT_PAGE: the section starts on a new page. The new section's orientation is
   * always set (UpdateSectionStyleRequest, range "overlapping the sections to style": the index
   * right after the break), flipPageOrientation "Indicates whether to flip the dimensions of
   * DocumentStyle's page_size for this section".
   */
  bagian(at: number, lanskap: boolean, dasar: Halaman): number {
    this.r.push({ insertSectionBreak: { location: { index: at }, sectionType: "NEXT_PAGE" } });
    this.r.push({
      updateSectionStyle: {
        range: { startIndex: at + 2, endIndex: at + 3 },
        sectionStyle: { flipPageOrientation: dibalik(dasar, lanskap) !== this.balikDok },
        fields: "flipPageOrientation",
      },
    });
    return 2;
  }

  /** A paragraph (or a chart's) at `at`, styled; with its own newline or into the one there. */
  private paragraf(at: number, e: Elemen, baris: boolean): number {
    if (e.jenis === "grafik") {
      const kosong = e.grafik.label.length === 0;
      return this.paragraf(
        at,
        { jenis: "paragraf", teks: kosong ? TANPA_DATA_GRAFIK : this.tandaGrafik(e.grafik), rata: "tengah" },
        baris,
      );
    }
    if (e.jenis !== "paragraf") return 0;
    const n = this.teks(at, e.teks, undefined, baris);
    const isi = baris ? n - 1 : n;
    this.gayaParagraf(at, at + isi + 1, e.gaya, e.rata);
    this.gayaTeks(at, at + isi, e.tebal === true, e.ukuran);
    return n;
  }

  /**
   * A table at `at`, filled cell by cell from the last, formatted, merged; returns the length
   * inserted (its newline before, the table). An empty table of R rows and C columns is 2 + R(1 + 2C)
   * long: its start, per row a start and per cell a start and an empty paragraph, its end.
   */
  tabel(at: number, t: Tabel, guna = this.guna): number {
    const baris = t.baris.length;
    const kolom = Math.max(1, ...t.baris.map((b) => b.length));
    if (baris === 0) return 0;
    const tata = tataTabel(t, guna);
    const tertutup = selTertutup(tata.gabung);
    const kepala = Math.min(t.kepala ?? 0, baris);
    const tebal = new Set(t.tebal ?? []);
    const kanan = new Set(t.kanan ?? []);
    const awal = at + 1;
    const lokasi = { index: awal };
    this.r.push({ insertTable: { rows: baris, columns: kolom, location: { index: at } } });
    let panjang = 2 + baris * (1 + 2 * kolom);
    for (let i = baris - 1; i >= 0; i--) {
      for (let j = kolom - 1; j >= 0; j--) {
        const p = awal + 1 + i * (1 + 2 * kolom) + 1 + 2 * j + 1;
        const teks = tertutup.has(`${i},${j}`) ? "" : (t.baris[i]![j] ?? "");
        const n = this.teks(p, teks, undefined, false, true);
        const rata: Rata | undefined = i < kepala || t.tengah ? "tengah" : kanan.has(j) ? "kanan" : undefined;
        this.gayaParagraf(p, p + n + 1, "normal", rata);
        this.gayaTeks(p, p + n + 1, i < kepala || tebal.has(i), tata.ukuran);
        panjang += n;
      }
    }
    const sel = (i: number, j: number) => ({ tableStartLocation: lokasi, rowIndex: i, columnIndex: j });
    for (const g of tata.gabung) {
      this.r.push({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: sel(g.baris, g.kolom),
            rowSpan: g.barisRentang,
            columnSpan: g.kolomRentang,
          },
        },
      });
    }
    tata.lebar.forEach((w, j) => {
      this.r.push({
        updateTableColumnProperties: {
          tableStartLocation: lokasi,
          columnIndices: [j],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(w) },
          fields: "widthType,width",
        },
      });
    });
    if (kepala > 0) {
      this.r.push({
        updateTableCellStyle: {
          tableRange: { tableCellLocation: sel(0, 0), rowSpan: kepala, columnSpan: kolom },
          tableCellStyle: { backgroundColor: KELABU },
          fields: "backgroundColor",
        },
      });
      this.r.push({ pinTableHeaderRows: { tableStartLocation: lokasi, pinnedHeaderRowsCount: kepala } });
    }
    if (tata.padding !== PADDING) {
      // Docs API TableCellStyle: "paddingLeft: The left padding of the cell", "paddingRight: The
      // right padding of the cell"; with tableStartLocation "applied to all the cells in the table".
      this.r.push({
        updateTableCellStyle: {
          tableStartLocation: lokasi,
          tableCellStyle: { paddingLeft: pt(tata.padding), paddingRight: pt(tata.padding) },
          fields: "paddingLeft,paddingRight",
        },
      });
    }
    if (t.tanpaGaris) {
      const g = { width: pt(0), dashStyle: "SOLID" as const, color: { color: { rgbColor: {} } } };
      this.r.push({
        updateTableCellStyle: {
          tableStartLocation: lokasi,
          tableCellStyle: { borderTop: g, borderBottom: g, borderLeft: g, borderRight: g },
          fields: "borderTop,borderBottom,borderLeft,borderRight",
        },
      });
    }
    return 1 + panjang;
  }
}

/** Page size and margins of a model's page. */
function gayaHalaman(h: Halaman): Permintaan {
  return {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(h.lebar), height: pt(h.tinggi) },
        marginTop: pt(h.atas),
        marginBottom: pt(h.bawah),
        marginLeft: pt(h.kiri),
        marginRight: pt(h.kanan),
      },
      fields: "pageSize,marginTop,marginBottom,marginLeft,marginRight",
    },
  };
}

/** Writes a Dokumen into a new, empty Doc (the default templates): one get, one batchUpdate. */
export function tulisDokumen(idDoc: string, dok: Dokumen, grafik: PembuatGrafik): void {
  const halaman = halamanDokumen(dok);
  const w = new Penulis(lebarGuna(halaman));
  w.r.push(gayaHalaman(halaman));
  w.sisipkan(1, dok.elemen, halaman);
  terapkan(idDoc, w.r);
  gambarGrafik(idDoc, w.grafik, grafik, w.guna);
}

/**
 * Charts into the paragraphs holding their marks: DocumentApp, as the API takes no blob. The
 * batch is built from the end, so the marks were made last chart first: they are drawn in the
 * document's order (the dialog's tree PNGs come in the order the preview drew them). A chart
 * with no image (null) leaves its paragraph empty.
 */
function gambarGrafik(
  idDoc: string,
  daftar: readonly GrafikDitunda[],
  grafik: PembuatGrafik,
  lebarPt: number,
): void {
  if (daftar.length === 0) return;
  const doc = DocumentApp.openById(idDoc);
  const body = doc.getBody();
  for (const { tanda, grafik: g } of [...daftar].reverse()) {
    const r = body.findText(tanda.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&"));
    if (r === null) throw new Error(`Tempat grafik "${g.judul}" hilang dari dokumen.`);
    const par = r.getElement().getParent().asParagraph();
    par.setText("");
    const gambar = grafik(g);
    if (!gambar) continue;
    const { blob, lebar, tinggi } =
      "blob" in gambar ? gambar : { blob: gambar, lebar: undefined, tinggi: undefined };
    const img = par.appendInlineImage(blob);
    // "Sets the image's width, in pixels" (InlineImage.setWidth): a drawing wider than the page's
    // usable width (points; 96 px to 72 pt) is scaled down to it, its proportions kept. The
    // dialog draws at twice the preview's size, so the image stays sharp. Asked of the Doc only
    // when the maker did not say the size.
    const maks = Math.floor((lebarPt * 96) / 72);
    const w = lebar ?? img.getWidth();
    if (w > maks) img.setWidth(maks).setHeight(Math.round(((tinggi ?? img.getHeight()) * maks) / w));
  }
  doc.saveAndClose();
}

// --- reading a Doc -------------------------------------------------------------------------------

const mulai = (e: { startIndex?: number | null }) => e.startIndex ?? 0;
const akhir = (e: { endIndex?: number | null }) => e.endIndex ?? 0;

/** A paragraph's text without its newline, line breaks as "\n"; an image or a break as U+E907. */
function teksParagraf(p: GoogleAppsScript.Docs.Schema.Paragraph): string {
  return (p.elements ?? [])
    .map((e) => (e.textRun ? (e.textRun.content ?? "") : "\ue907".repeat(akhir(e) - mulai(e))))
    .join("")
    .replace(/\n$/, "")
    .split("\v")
    .join("\n");
}

function teksSel(c: GoogleAppsScript.Docs.Schema.TableCell): string {
  return (c.content ?? []).map((e) => (e.paragraph ? teksParagraf(e.paragraph) : "")).join("\n");
}

function teksTabel(t: GoogleAppsScript.Docs.Schema.Table): string[][] {
  return (t.tableRows ?? []).map((r) => (r.tableCells ?? []).map(teksSel));
}

const ukuranPt = (d: { magnitude?: number | null } | undefined | null): number | undefined =>
  typeof d?.magnitude === "number" && d.magnitude > 0 ? d.magnitude : undefined;

function runPertama(c: GoogleAppsScript.Docs.Schema.TableCell | undefined) {
  return c?.content?.[0]?.paragraph?.elements?.find((e) => e.textRun)?.textRun?.textStyle;
}

/** A table's look as the model says it: header rows, widths, merges, right-aligned columns, font. */
function tabelDariApi(t: GoogleAppsScript.Docs.Schema.Table, kepala: number): Tabel {
  const baris = teksTabel(t);
  const rows = t.tableRows ?? [];
  const gabung: Gabung[] = [];
  for (const [i, r] of rows.entries()) {
    for (const [j, c] of (r.tableCells ?? []).entries()) {
      const s = c.tableCellStyle;
      if ((s?.rowSpan ?? 1) > 1 || (s?.columnSpan ?? 1) > 1)
        gabung.push({ baris: i, kolom: j, barisRentang: s?.rowSpan ?? 1, kolomRentang: s?.columnSpan ?? 1 });
    }
  }
  const lebar = (t.tableStyle?.tableColumnProperties ?? []).map((p) => ukuranPt(p.width) ?? 0);
  const contoh = rows[kepala]?.tableCells ?? [];
  const kanan = contoh.flatMap((c, j) =>
    c.content?.[0]?.paragraph?.paragraphStyle?.alignment === "END" ? [j] : [],
  );
  const tebal = rows.flatMap((r, i) =>
    i > kepala && (r.tableCells ?? []).some((c) => runPertama(c)?.bold === true) ? [i] : [],
  );
  const ukuran = ukuranPt(runPertama(contoh[0])?.fontSize);
  const garis = rows[0]?.tableCells?.[0]?.tableCellStyle?.borderTop?.width;
  return {
    jenis: "tabel",
    baris,
    kepala,
    ...(gabung.length > 0 ? { gabung } : {}),
    ...(lebar.length > 0 && lebar.every((l) => l > 0) ? { lebar } : {}),
    ...(kanan.length > 0 ? { kanan } : {}),
    ...(tebal.length > 0 ? { tebal } : {}),
    ...(ukuran ? { ukuran } : {}),
    ...(garis && !ukuranPt(garis) ? { tanpaGaris: true } : {}),
  };
}

function paragrafDariApi(p: GoogleAppsScript.Docs.Schema.Paragraph): Elemen {
  const teks = teksParagraf(p);
  const runs = (p.elements ?? []).filter((e) => e.textRun && (e.textRun.content ?? "").trim() !== "");
  const gaya = DARI_GAYA[p.paragraphStyle?.namedStyleType ?? ""];
  const rata = DARI_RATA[p.paragraphStyle?.alignment ?? ""];
  const ukuran = ukuranPt(runs[0]?.textRun?.textStyle?.fontSize);
  return {
    jenis: "paragraf",
    teks,
    ...(gaya && gaya !== "normal" ? { gaya } : {}),
    ...(rata ? { rata } : {}),
    ...(runs.length > 0 && runs.every((e) => e.textRun?.textStyle?.bold) ? { tebal: true } : {}),
    ...(ukuran ? { ukuran } : {}),
  };
}

/** The page a Doc sets; a new Doc's default (US Letter, 1-inch margins) where it sets none. */
function halamanApi(d: DokumenApi): Halaman {
  const s = d.documentStyle;
  const lebar = ukuranPt(s?.pageSize?.width) ?? 612;
  const tinggi = ukuranPt(s?.pageSize?.height) ?? 792;
  // DocumentStyle.flipPageOrientation: "Indicates whether to flip the dimensions of the
  // page_size, which allows changing the page orientation between portrait and landscape."
  const balik = balikDokumen(d);
  return {
    lebar: balik ? tinggi : lebar,
    tinggi: balik ? lebar : tinggi,
    atas: s?.marginTop ? (s.marginTop.magnitude ?? 0) : 72,
    bawah: s?.marginBottom ? (s.marginBottom.magnitude ?? 0) : 72,
    kiri: s?.marginLeft ? (s.marginLeft.magnitude ?? 0) : 72,
    kanan: s?.marginRight ? (s.marginRight.magnitude ?? 0) : 72,
  };
}

/** The row of a table that repeats over a list, or -1. */
function barisUlang(baris: readonly (readonly string[])[]): number {
  return baris.findIndex((b) => daftarBaris(b) !== null);
}

/**
 * The body's paragraphs, tables and section breaks but the first ("The document body always
 * begins with a section break": its style is the document's page).
 */
function isiBody(d: DokumenApi): ElemenApi[] {
  return (d.body?.content ?? []).filter((e) => e.paragraph || e.table || (e.sectionBreak && mulai(e) > 0));
}

/** A section break's section: landscape when its flipPageOrientation turns a portrait page, or not a landscape one. */
function bagianDariApi(e: ElemenApi, halaman: Halaman, balikDok: boolean): Elemen {
  // SectionStyle.flipPageOrientation flips page_size; "If unset, the value inherits from
  // DocumentStyle's flip_page_orientation". `halaman` is the document's page, already flipped by it.
  const balik =
    (e.sectionBreak?.sectionStyle as { flipPageOrientation?: boolean } | undefined)?.flipPageOrientation ??
    balikDok;
  return { jenis: "bagian", lanskap: halaman.lebar > halaman.tinggi !== (balik !== balikDok) };
}

/** Whether the document's own style turns its page_size (a Doc turned landscape that way). */
const balikDokumen = (d: DokumenApi): boolean =>
  (d.documentStyle as { flipPageOrientation?: boolean } | undefined)?.flipPageOrientation === true;

function segmen(d: DokumenApi): { id: string; isi: ElemenApi[] }[] {
  const dari = (m: unknown) =>
    Object.entries((m ?? {}) as Record<string, { content?: ElemenApi[] }>).map(([id, s]) => ({
      id,
      isi: s.content ?? [],
    }));
  return [...dari(d.headers), ...dari(d.footers)];
}

/** A Doc (a template) as the model: its paragraphs, tables with their look, its page. */
export function dokumenDariApi(d: DokumenApi): Dokumen {
  const isi = isiBody(d);
  if (isi.length > BATAS_ELEMEN_TEMPLATE) {
    throw new Error(
      `Template "${d.title ?? ""}" terlalu besar: ${formatAngka(isi.length, 0)} paragraf dan tabel (paling banyak ${formatAngka(BATAS_ELEMEN_TEMPLATE, 0)}). Pakai template yang lebih ringkas.`,
    );
  }
  const halaman = halamanApi(d);
  const elemen = isi.map((e): Elemen => {
    if (e.sectionBreak) return bagianDariApi(e, halaman, balikDokumen(d));
    if (e.table) {
      const ulang = barisUlang(teksTabel(e.table));
      return tabelDariApi(e.table, ulang < 0 ? 0 : ulang);
    }
    return paragrafDariApi(e.paragraph!);
  });
  const tambahan = segmen(d).map(
    (s): Elemen => ({
      jenis: "paragraf",
      teks: s.isi.map((e) => (e.paragraph ? teksParagraf(e.paragraph) : "")).join("\n"),
    }),
  );
  return { judul: d.title ?? "", halaman, elemen: [...tambahan, ...elemen] };
}

/** A template Doc read once through the API, as the model (checks and preview). */
export function bacaTemplate(id: string): Dokumen {
  return dokumenDariApi(ambil(id));
}

// --- repeated sections ({{#ulang daftar}} ... {{/ulang}}) ---------------------------------------------

/** A section's own name for a record field: `{{daftar.kolom}}` is the value `daftar__kolom` inside it. */
const namaRekaman = (daftar: string, kolom: string) => `${daftar}__${kolom}`;

function ganti(teks: string, daftar: string): string {
  return teks.replace(
    /\{\{(\s*#jika\s+)?\s*(\w+)\.(\w+)\s*\}\}/g,
    (m, jika: string | undefined, d: string, k: string) =>
      d === daftar ? `{{${jika ? "#jika " : ""}${namaRekaman(d, k)}}}` : m,
  );
}

/** A section's elements with its list's fields as values (tables' other lists still repeat). */
function bagianSebagaiNilai(elemen: readonly Elemen[], daftar: string): Elemen[] {
  return elemen.map((e) =>
    e.jenis === "paragraf"
      ? { ...e, teks: ganti(e.teks, daftar) }
      : e.jenis === "tabel"
        ? { ...e, baris: e.baris.map((b) => b.map((s) => ganti(s, daftar))) }
        : e,
  );
}

/** The data one record of a section sees: its fields as values, its own charts first. */
function dataRekaman(data: DataLaporan, daftar: string, i: number): DataLaporan {
  const rekaman = data.daftar[daftar]?.[i] ?? {};
  const nilai = { ...data.nilai };
  for (const k of data.kolomDaftar[daftar] ?? []) nilai[namaRekaman(daftar, k)] = rekaman[k] ?? "";
  return { ...data, nilai, grafik: { ...data.grafik, ...(data.grafikRekaman?.[daftar]?.[i] ?? {}) } };
}

/** The mark standing alone in a paragraph, if any. */
function tandaSendiri(e: Elemen) {
  if (e.jenis !== "paragraf") return null;
  const semua = placeholderDi(e.teks);
  if (semua.length !== 1 || e.teks.trim() !== semua[0]!.mentah) return null;
  try {
    return bacaPlaceholder(semua[0]!.isi);
  } catch {
    return null;
  }
}

interface Bagian {
  daftar: string;
  /** Indexes of the `{{#ulang}}` and `{{/ulang}}` paragraphs in the element list. */
  buka: number;
  tutup: number;
}

/** The template's sections; nesting, an unclosed one or an unknown list refused before anything is written. */
export function bagianUlang(elemen: readonly Elemen[], data: DataLaporan, nama: string): Bagian[] {
  const hasil: Bagian[] = [];
  let buka: { daftar: string; i: number } | null = null;
  const tolak = (pesan: string): never => {
    throw new Error(`Template "${nama}" tidak dapat dipakai; belum ada yang ditulis:\n- ${pesan}`);
  };
  elemen.forEach((e, i) => {
    const ph = tandaSendiri(e);
    if (ph?.jenis === "ulang") {
      if (buka)
        tolak(
          `{{#ulang ${ph.nama}}} di dalam {{#ulang ${buka.daftar}}}: bagian berulang tidak boleh bersarang.`,
        );
      if (!(ph.nama in data.daftar))
        tolak(`{{#ulang ${ph.nama}}}: daftar ${ph.nama} tidak dikenal untuk laporan ini.`);
      buka = { daftar: ph.nama, i };
    } else if (ph?.jenis === "akhirUlang") {
      if (!buka) tolak("{{/ulang}} tanpa {{#ulang ...}} sebelumnya.");
      hasil.push({ daftar: buka!.daftar, buka: buka!.i, tutup: i });
      buka = null;
    }
  });
  if (buka) tolak(`{{#ulang ${(buka as { daftar: string }).daftar}}} tidak ditutup dengan {{/ulang}}.`);
  return hasil;
}

/** Every placeholder checked (outside the sections as usual, inside with the record's fields). */
export function periksaDenganBagian(dok: Dokumen, data: DataLaporan, nama: string): Bagian[] {
  const bagian = bagianUlang(dok.elemen, data, nama);
  const dalam = new Set(
    bagian.flatMap((b) => Array.from({ length: b.tutup - b.buka + 1 }, (_, k) => b.buka + k)),
  );
  pastikanTemplateSah({ ...dok, elemen: dok.elemen.filter((_, i) => !dalam.has(i)) }, data, nama);
  for (const b of bagian) {
    const isi = bagianSebagaiNilai(dok.elemen.slice(b.buka + 1, b.tutup), b.daftar);
    const kosong = dataRekaman({ ...data, grafikRekaman: {} }, b.daftar, -1);
    for (const g of Object.keys(data.grafikRekaman?.[b.daftar]?.[0] ?? {}))
      kosong.grafik[g] ??= data.grafikRekaman![b.daftar]![0]![g]!;
    try {
      pastikanTemplateSah({ ...dok, elemen: isi }, kosong, nama);
    } catch (e) {
      throw new Error(pesanGalat(e).replace(new RegExp(`\\b${b.daftar}__(\\w+)`, "g"), `${b.daftar}.$1`));
    }
  }
  return bagian;
}

/** A section written out: its elements once per record, in order. */
function isiBagian(elemen: readonly Elemen[], b: Bagian, data: DataLaporan): Elemen[] {
  const isi = bagianSebagaiNilai(elemen, b.daftar);
  return (data.daftar[b.daftar] ?? []).flatMap(
    (_, i) => isiTemplate({ judul: "", elemen: isi }, dataRekaman(data, b.daftar, i)).elemen,
  );
}

// --- filling the copy ----------------------------------------------------------------------------

type Aksi =
  | { jenis: "tetap" }
  | { jenis: "hapus" }
  | { jenis: "grafik"; grafik: Grafik }
  | { jenis: "tabel"; tabel: Tabel }
  | { jenis: "sisip"; elemen: Elemen[] };

/** Values into a paragraph's placeholders, from its end: each one deleted, its value inserted. */
function isiParagraf(w: Penulis, p: ElemenApi, data: DataLaporan, seg?: string): void {
  const teks = teksParagraf(p.paragraph!).replace(/\n/g, "\u000b");
  const awal = mulai(p);
  // Offsets found left to right, applied right to left.
  const cocok: { s: number; n: number; nilai: string }[] = [];
  const pola = /\{\{\s*([^{}]*?)\s*\}\}/g;
  for (let m = pola.exec(teks); m !== null; m = pola.exec(teks)) {
    const ph = bacaPlaceholder(m[1]!);
    if (ph.jenis === "nilai" && ph.nama in data.nilai)
      cocok.push({ s: m.index, n: m[0].length, nilai: data.nilai[ph.nama]! });
  }
  for (const c of cocok.reverse()) {
    const gaya = gayaDi(p.paragraph!, awal + c.s);
    w.hapus(awal + c.s, awal + c.s + c.n, seg);
    const n = w.teks(awal + c.s, c.nilai, seg);
    // Inserted text takes "the text immediately before the insertion index"'s style
    // (developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest): at
    // a paragraph's start that is the paragraph before. The value keeps its placeholder's bold and size.
    if (n > 0 && gaya !== null)
      w.r.push({
        updateTextStyle: {
          range: { startIndex: awal + c.s, endIndex: awal + c.s + n, ...(seg ? { segmentId: seg } : {}) },
          textStyle: { bold: gaya.bold === true, ...(gaya.fontSize ? { fontSize: gaya.fontSize } : {}) },
          fields: gaya.fontSize ? "bold,fontSize" : "bold",
        },
      });
  }
}

/** The bold and size of the text run at an index of a paragraph, as Documents.get gives it. */
function gayaDi(
  p: GoogleAppsScript.Docs.Schema.Paragraph,
  i: number,
): { bold: boolean; fontSize?: ReturnType<typeof pt> } | null {
  const run = (p.elements ?? []).find((e) => e.textRun && mulai(e) <= i && i < akhir(e))?.textRun;
  if (!run) return null;
  const t = run.textStyle ?? {};
  const besar = t.fontSize?.magnitude;
  return { bold: t.bold ?? false, ...(typeof besar === "number" ? { fontSize: pt(besar) } : {}) };
}

/** Values into every paragraph of a kept element (a table's cells included), from the end. */
function isiTetap(w: Penulis, e: ElemenApi, data: DataLaporan, seg?: string): void {
  if (e.paragraph) isiParagraf(w, e, data, seg);
  else if (e.table)
    for (const r of [...(e.table.tableRows ?? [])].reverse())
      for (const c of [...(r.tableCells ?? [])].reverse())
        for (const x of [...(c.content ?? [])].reverse()) isiTetap(w, x, data, seg);
}

/** A body element's kind for the deletion rules: paragraph, table, section break. */
type Jenis = "p" | "t" | "s" | null;

/**
 * Removes a run of body elements [s, e). "Deleting the newline character before a Table,
 * TableOfContents or SectionBreak without deleting the element" and "the last newline character
 * of a Body" are refused (DeleteContentRangeRequest): before a table, a section break or at the
 * end, the paragraph before the run gives its newline instead (its text then ends on the run's
 * last newline), or, after a table or a section break, the run's last paragraph stays, emptied.
 * A run opening on a section break takes the newline before it along (the paragraph before);
 * one ending on a section break goes whole before a paragraph, else keeps that break and its
 * paragraph, emptied. Returns what now follows the element before the run.
 */
function hapusRentang(
  w: Penulis,
  s: number,
  e: number,
  sebelum: Jenis,
  berikut: Jenis,
  pertama: Jenis = "p",
  terakhir: Jenis = "p",
): Jenis {
  if (terakhir === "s" && berikut !== "p") {
    w.hapus(pertama === "s" ? s - 1 : s, e - 2);
    return "p";
  }
  if (pertama === "s") {
    w.hapus(s - 1, terakhir === "s" ? e : e - 1);
    return berikut;
  }
  if (berikut === "p") {
    w.hapus(s, e);
    return berikut;
  }
  if (sebelum === "p") {
    w.hapus(s - 1, e - 1);
    return berikut;
  }
  w.hapus(s, e - 1);
  return "p";
}

/** The look of the default template's tables, found by their template texts. */
function rupaBawaan(bawaan: Dokumen | undefined): Map<string, Tabel> {
  return new Map(
    (bawaan?.elemen ?? []).flatMap((e) =>
      e.jenis === "tabel" ? [[JSON.stringify(e.baris), e] as const] : [],
    ),
  );
}

/** What happens to each element of the copy's body, decided from its start. */
function rencana(
  isi: ElemenApi[],
  model: Elemen[],
  data: DataLaporan,
  bagian: Bagian[],
  bawaan?: Dokumen,
): Aksi[] {
  const rupa = rupaBawaan(bawaan);
  const aksi: Aksi[] = [];
  const tampil: boolean[] = [];
  for (let k = 0; k < isi.length; k++) {
    const e = isi[k]!;
    const m = model[k]!;
    const b = bagian.find((x) => x.buka === k);
    if (b) {
      const elemen = tampil.every(Boolean) ? isiBagian(model.slice(b.buka + 1, b.tutup), b, data) : [];
      aksi.push({ jenis: "sisip", elemen });
      for (let j = b.buka + 1; j <= b.tutup; j++) aksi.push({ jenis: "hapus" });
      k = b.tutup;
      continue;
    }
    const ph = tandaSendiri(m);
    if (ph?.jenis === "jika") {
      tampil.push(benar(data, ph.nama));
      aksi.push({ jenis: "hapus" });
    } else if (ph?.jenis === "akhirJika") {
      tampil.pop();
      aksi.push({ jenis: "hapus" });
    } else if (!tampil.every(Boolean)) aksi.push({ jenis: "hapus" });
    else if (ph?.jenis === "grafik") aksi.push({ jenis: "grafik", grafik: data.grafik[ph.nama]! });
    else if (e.table && m.jenis === "tabel") {
      const asli = rupa.get(JSON.stringify(m.baris));
      const ulang = barisUlang(m.baris) >= 0;
      if (asli && placeholderDi(m.baris.flat().join(" ")).length > 0)
        aksi.push({ jenis: "tabel", tabel: isiTabel(asli, data) });
      else if (ulang) aksi.push({ jenis: "tabel", tabel: isiTabel(m, data) });
      else aksi.push({ jenis: "tetap" });
    } else aksi.push({ jenis: "tetap" });
  }
  // A kept section break with nothing kept after it up to the next one goes (buangBagianKosong):
  // a deleted element, a repeated section with no record, a table left without rows add nothing.
  const kosong = (a: Aksi) =>
    a.jenis === "hapus" ||
    (a.jenis === "sisip" && a.elemen.length === 0) ||
    (a.jenis === "tabel" && a.tabel.baris.length === 0);
  isi.forEach((e, k) => {
    if (!e.sectionBreak || aksi[k]!.jenis !== "tetap") return;
    let j = k + 1;
    while (j < isi.length && kosong(aksi[j]!)) j++;
    if (j === isi.length || isi[j]!.sectionBreak) aksi[k] = { jenis: "hapus" };
  });
  return aksi;
}

/** The whole filling of a copy as one batch, from the end of the document to its start. */
function permintaanIsi(d: DokumenApi, data: DataLaporan, bagian: Bagian[], bawaan?: Dokumen): Penulis {
  const dasar = halamanApi(d);
  const w = new Penulis(lebarGuna(dasar), balikDokumen(d));
  const isi = isiBody(d);
  const model = dokumenDariApi({ ...d, headers: {}, footers: {} }).elemen;
  // Each element's page: a filled table fits the usable width of the section it is in.
  const halaman = halamanElemen({ halaman: dasar, elemen: model });
  const aksi = rencana(isi, model, data, bagian, bawaan);
  const jenis = (k: number): Jenis => (k < 0 ? null : isi[k]!.table ? "t" : isi[k]!.sectionBreak ? "s" : "p");
  let berikut: Jenis = null;
  for (let k = isi.length - 1; k >= 0; k--) {
    const e = isi[k]!;
    const a = aksi[k]!;
    const s = mulai(e);
    const t = akhir(e);
    if (a.jenis === "tetap") {
      isiTetap(w, e, data);
      berikut = jenis(k);
    } else if (a.jenis === "grafik") {
      w.hapus(s, t - 1);
      w.teks(s, a.grafik.label.length === 0 ? TANPA_DATA_GRAFIK : w.tandaGrafik(a.grafik));
      berikut = "p";
    } else if (a.jenis === "hapus") {
      // The whole run of elements to remove at once (a hidden section: its marks, paragraphs, tables).
      let i = k;
      while (i > 0 && aksi[i - 1]!.jenis === "hapus") i--;
      berikut = hapusRentang(w, mulai(isi[i]!), t, jenis(i - 1), berikut, jenis(i), jenis(k));
      k = i;
    } else if (a.jenis === "tabel") {
      // The filled table goes in at the newline of the paragraph before the template's (a table
      // always follows a paragraph), then that newline's old paragraph and the template table go.
      if (a.tabel.baris.length === 0) w.hapus(s, t);
      else {
        const n = w.tabel(s - 1, a.tabel, lebarGuna(halaman[k]!));
        w.hapus(s - 1 + n, t + n);
        berikut = "t";
      }
    } else {
      // A section: its records' elements before its mark, then the mark's paragraph goes.
      const n = w.sisipkan(s, a.elemen, dasar, halaman[k]);
      const els = pisahkanTabel(a.elemen);
      const kind = (x: Elemen | undefined): Jenis =>
        x ? (x.jenis === "tabel" ? "t" : x.jenis === "bagian" ? "s" : "p") : null;
      const sisa = hapusRentang(w, s + n, t + n, kind(els.at(-1)) ?? jenis(k - 1), berikut);
      berikut = kind(els[0]) ?? sisa;
    }
  }
  for (const sg of segmen(d)) for (const e of [...sg.isi].reverse()) isiTetap(w, e, data, sg.id);
  return w;
}

/** What the copy must carry that only a faithful copy (Drive's) keeps: the template's section breaks. */
export interface IsiTemplate {
  judul: string;
  pemisahBagian: number;
}

/**
 * Makes the report: reads and checks the template (nothing is created when it is not sound),
 * makes the copy (`salin`: a new Doc in the report folder holding the template's content, its id
 * recorded; told how many section breaks the template has, which a DocumentApp copy loses), then fills it: one read, one batchUpdate, a DocumentApp insert per chart. `bawaan`:
 * the default template's model, whose tables' look the filled tables take. Returns the new Doc's id.
 */
export function buatDariTemplate(
  idTemplate: string,
  data: DataLaporan,
  salin: (isi: IsiTemplate) => string,
  grafik: PembuatGrafik,
  bawaan?: Dokumen,
): string {
  const template = ambil(idTemplate);
  const model = dokumenDariApi(template);
  const bagian = periksaDenganBagian(model, data, template.title ?? "");
  const id = salin({
    judul: template.title ?? "",
    pemisahBagian: model.elemen.filter((e) => e.jenis === "bagian").length,
  });
  try {
    const w = permintaanIsi(ambil(id), data, bagian, bawaan);
    terapkan(id, w.r);
    gambarGrafik(id, w.grafik, grafik, w.guna);
  } catch (e) {
    throw new GagalMengisi(pesanGalat(e), id);
  }
  return id;
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

// --- a copy through DocumentApp (a unit's own template, out of drive.file's reach) --------------

type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

/** The page (size, orientation, margins) is the template's, not a new Doc's default. */
function salinHalaman(dari: GoogleAppsScript.Document.Body, ke: GoogleAppsScript.Document.Body): void {
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

/**
 * Copies a section's content before its one empty paragraph (a new section has one; Docs refuses
 * to remove a section's last paragraph, so it stays: one blank line at the end).
 */
function salinIsi(dari: Section, ke: Section): void {
  let k = ke.getNumChildren() - 1;
  for (let i = 0; i < dari.getNumChildren(); i++) {
    const anak = dari.getChild(i);
    const jenis = anak.getType();
    if (jenis === DocumentApp.ElementType.PARAGRAPH) ke.insertParagraph(k++, anak.asParagraph().copy());
    else if (jenis === DocumentApp.ElementType.TABLE) ke.insertTable(k++, anak.asTable().copy());
    else if (jenis === DocumentApp.ElementType.LIST_ITEM) ke.insertListItem(k++, anak.asListItem().copy());
  }
}

/**
 * A template's content into a new Doc with DocumentApp (`element.copy()` keeps letterhead, logo and
 * styles): for a unit's own template, which Drive under drive.file cannot copy. A call per element.
 */
export function salinDenganDocumentApp(idTemplate: string, idBaru: string): void {
  const template = DocumentApp.openById(idTemplate);
  const doc = DocumentApp.openById(idBaru);
  const body = doc.getBody();
  salinHalaman(template.getBody(), body);
  salinIsi(template.getBody(), body);
  const header = template.getHeader();
  if (header) salinIsi(header, doc.addHeader());
  const footer = template.getFooter();
  if (footer) salinIsi(footer, doc.addFooter());
  doc.saveAndClose();
}

// --- chart images -----------------------------------------------------------------------------

/**
 * Chart image from the Charts service: a column chart of the values, with the axis title; an IPA
 * (`sebar`) as a scatter, kinerja across and kepentingan up, one point per unsur that has both.
 * The service draws neither the two mean lines nor the points' labels, so the title names the
 * means and both axes are wide enough to hold them (the HTML preview draws the quadrants).
 */
export function grafikCharts(g: Grafik): { blob: Blob; lebar: number; tinggi: number } | null {
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
      .setDimensions(UKURAN_CHARTS.sebar[0], UKURAN_CHARTS.sebar[1]);
    const sumbuX = [...xs, ...(terhingga(s.rataX) ? [s.rataX] : [])];
    const sumbuY = [...ys, ...(terhingga(s.rataY) ? [s.rataY] : [])];
    if (sumbuX.length > 0) grafik.setXAxisRange(...rentang(sumbuX));
    if (sumbuY.length > 0) grafik.setYAxisRange(...rentang(sumbuY));
    const [lebar, tinggi] = UKURAN_CHARTS.sebar;
    return { blob: grafik.build().getAs("image/png"), lebar, tinggi };
  }
  const tabel = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, "")
    .addColumn(Charts.ColumnType.NUMBER, g.satuan);
  g.label.forEach((l, i) => {
    tabel.addRow([l.length > 40 ? `${l.slice(0, 37)}...` : l, g.nilai[i] ?? 0]);
  });
  const [lebar, tinggi] = UKURAN_CHARTS.batang;
  const blob = Charts.newColumnChart()
    .setDataTable(tabel)
    .setTitle(g.judul)
    .setYAxisTitle(g.satuan)
    .setDimensions(lebar, tinggi)
    .build()
    .getAs("image/png");
  return { blob, lebar, tinggi };
}
