/**
 * What a report says, as plain data: the shape of a Google Doc body reduced to what our reports
 * use. Default templates are written in it, the template engine fills it, html/ renders it for
 * the preview and the demo, googleDocs.ts writes it into a Google Doc. No figure is computed here or
 * in a renderer: every text arrives already computed and formatted.
 */
import type { Kuadran } from "../core/ikm";

export type Rata = "kiri" | "tengah" | "kanan" | "rata";

/** Paragraph styles, mapped to Docs headings: judul = TITLE, bab = HEADING1, subbab = HEADING2. */
export type Gaya = "normal" | "judul" | "subjudul" | "bab" | "subbab";

export interface Paragraf {
  jenis: "paragraf";
  teks: string;
  gaya?: Gaya;
  rata?: Rata;
  tebal?: boolean;
  /** Font size in points (the poster's IKM figure); the style's own size otherwise. */
  ukuran?: number;
}

export interface Tabel {
  jenis: "tabel";
  /**
   * Rows of cell texts; every row has the same number of cells. A cell may hold "\n" line breaks
   * (a signature block: place and date, office, blank lines, name, NIP).
   */
  baris: string[][];
  /** How many leading rows are header rows (bold, shaded, repeated). */
  kepala?: number;
  /** 0-based rows printed bold (totals). */
  tebal?: number[];
  /** 0-based columns aligned right (amounts). */
  kanan?: number[];
  /** A layout table (signature blocks, Nama/Jabatan lines): no borders. */
  tanpaGaris?: boolean;
  /** Every cell centred (signature blocks). */
  tengah?: boolean;
  /** Relative column widths (scaled to the page's usable width, see tata.ts). */
  lebar?: number[];
  /** Merged cells (headers of the official forms: "K | Rp" pairs, column groups). */
  gabung?: Gabung[];
  /** Columns whose equal consecutive texts below the header merge down (an unsur over its questions). */
  gabungSama?: number[];
  /** Columns merged over the same rows as another's `gabungSama` runs (an unsur's NRR beside its questions). */
  gabungIkut?: { kolom: number; acuan: number }[];
  /** Font size of the table in points (stepped down to fit the page, not below 7). */
  ukuran?: number;
}

/**
 * A merged range: its top-left cell and how many rows and columns it covers. A negative `baris`
 * counts from the end (-1 the last row), so a total row keeps its merge whatever the records.
 * The head holds the text; the covered cells' texts are not drawn.
 */
export interface Gabung {
  baris: number;
  kolom: number;
  barisRentang?: number;
  kolomRentang?: number;
}

export interface Grafik {
  judul: string;
  /** One bar per label. */
  label: string[];
  nilai: number[];
  /** Axis title of the values, e.g. "Capaian (%)". */
  satuan: string;
  /** A reference line, e.g. 100 (%). */
  acuan?: number;
  /** A scatter instead of bars: the IPA. */
  sebar?: Sebar;
  /** A tree instead of bars (Pohon Kinerja): `label` the nodes' texts, `nilai` their depths. */
  pohon?: Pohon;
}

/** The nodes of a tree in drawing order (depth first), parallel to `Grafik.label`; "" for a root. */
export interface Pohon {
  kode: string[];
  level: string[];
  indikator: string[];
}

/**
 * The IPA (Martilla & James) as a scatter: `Grafik.nilai` is the x (kinerja) of each labelled
 * point, `nilaiY` its y (kepentingan); the two means cut the plane into the quadrants I-IV. Each
 * point's quadrant comes computed (core/ikm's kuadranIpa), as do the quadrants' captions: a
 * renderer draws them where the means put them and recomputes nothing.
 */
export interface Sebar {
  nilaiY: number[];
  satuanY: string;
  rataX: number;
  rataY: number;
  /** The quadrant of each point, in the order of `label`. */
  kuadran: Kuadran[];
  /** Each quadrant's caption, in its corner and in its points' descriptions: "I Prioritas Perbaikan". */
  namaKuadran: Record<Kuadran, string>;
}

export interface GambarGrafik {
  jenis: "grafik";
  grafik: Grafik;
}

export interface PemisahHalaman {
  jenis: "halaman";
}

/**
 * A section break: from here on a new page in its own orientation (the Renja's T-C tables on
 * landscape pages between portrait chapters), until the next one. Docs inserts a newline before
 * it, so a paragraph always stands before it (pisahkanTabel).
 */
export interface PemisahBagian {
  jenis: "bagian";
  lanskap: boolean;
}

export type Elemen = Paragraf | Tabel | GambarGrafik | PemisahHalaman | PemisahBagian;

export interface Dokumen {
  /** File name of the Google Doc, and the <title> of the HTML page. */
  judul: string;
  /** Landscape (the wide Renja tables), portrait otherwise: the first section's page (see PemisahBagian). */
  lanskap?: boolean;
  /** Paper: A4 unless said (F4/folio, 215 x 330 mm). */
  kertas?: "A4" | "F4";
  /** The page as a template Doc sets it (points); takes the place of kertas and lanskap. */
  halaman?: Halaman;
  elemen: Elemen[];
}

/** A page in points: size and margins. */
export interface Halaman {
  lebar: number;
  tinggi: number;
  atas: number;
  bawah: number;
  kiri: number;
  kanan: number;
}

export const p = (teks: string, opsi: Omit<Paragraf, "jenis" | "teks"> = {}): Paragraf => ({
  jenis: "paragraf",
  teks,
  ...opsi,
});

/**
 * A Google Doc never puts two tables side by side: a table is always followed by a paragraph
 * (Docs inserts an empty one). The model says so too, so the preview shows the Doc's blank line.
 * Likewise a section break follows a paragraph ("A newline character will be inserted before the
 * section break", InsertSectionBreakRequest), and a table inserted right after a break gets a
 * paragraph before it ("A newline character will be inserted before the inserted table").
 */
export function pisahkanTabel(elemen: readonly Elemen[]): Elemen[] {
  const hasil: Elemen[] = [];
  for (const e of elemen) {
    const sebelum = hasil.at(-1)?.jenis;
    if (e.jenis === "tabel" && (sebelum === "tabel" || sebelum === "bagian")) hasil.push(p(""));
    else if (e.jenis === "bagian" && sebelum !== "paragraf" && sebelum !== "grafik") hasil.push(p(""));
    hasil.push(e);
  }
  return hasil;
}

/**
 * A section break with nothing after it up to the next break (or the end) would print an empty
 * page: the section whose content a `{{#jika}}` hid. It goes; the last of such a run stays.
 */
export function buangBagianKosong(elemen: readonly Elemen[]): Elemen[] {
  return elemen.filter(
    (e, i) => e.jenis !== "bagian" || (i + 1 < elemen.length && elemen[i + 1]!.jenis !== "bagian"),
  );
}
