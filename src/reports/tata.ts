/**
 * The layout both renderers share, so the preview shows a table as the Doc holds it: the page
 * (paper, orientation, margins), the merged cells, and each table's column widths and font size
 * fitted to the page's usable width. Computed once here; the HTML renderer and the Docs writer
 * only draw the result.
 */
import type { Dokumen, Halaman, Tabel } from "./model";

/** 1 mm in points. */
const MM = 72 / 25.4;

/** Margins of a naskah dinas: left 3 cm for binding, 2 cm right, 2.5 cm top and bottom. */
const MARGIN = { atas: 25 * MM, bawah: 25 * MM, kiri: 30 * MM, kanan: 20 * MM };

const KERTAS = { A4: [210 * MM, 297 * MM], F4: [215 * MM, 330 * MM] } as const;

/** The smallest font a table steps down to. */
export const UKURAN_TERKECIL = 7;

/** A Docs cell's padding on each side (5 pt, as the HTML's `padding: 3pt 5pt`). */
export const PADDING = 5;

/**
 * The side padding of a table too wide for its page even at 7 pt (the Renja's T-C.29, 25
 * columns): 1,5 pt, which gives a 25-column table about 200 pt back for its words.
 */
export const PADDING_RAPAT = 1.5;

/** The document's page: the one its template Doc sets, else its paper and orientation. */
export function halamanDokumen(dok: Pick<Dokumen, "halaman" | "kertas" | "lanskap">): Halaman {
  if (dok.halaman) return dok.halaman;
  const [w, h] = KERTAS[dok.kertas ?? "A4"];
  return dok.lanskap ? { lebar: h, tinggi: w, ...MARGIN } : { lebar: w, tinggi: h, ...MARGIN };
}

/**
 * A section's page: the document's page turned to the section's orientation (its width and height
 * swapped, the margins kept, as the Docs API's flipPageOrientation "flip[s] the dimensions of
 * DocumentStyle's page_size for this section").
 */
export function halamanBagian(h: Halaman, lanskap: boolean): Halaman {
  return lanskap === h.lebar > h.tinggi ? h : { ...h, lebar: h.tinggi, tinggi: h.lebar };
}

/** Whether a section of this orientation flips the document's page (flipPageOrientation). */
export function dibalik(h: Halaman, lanskap: boolean): boolean {
  return lanskap !== h.lebar > h.tinggi;
}

/** The page each element is on: the document's, then each section break's from where it stands. */
export function halamanElemen(dok: Pick<Dokumen, "halaman" | "kertas" | "lanskap" | "elemen">): Halaman[] {
  let h = halamanDokumen(dok);
  const dasar = h;
  return dok.elemen.map((e) => {
    if (e.jenis === "bagian") h = halamanBagian(dasar, e.lanskap);
    return h;
  });
}

export function lebarGuna(h: Halaman): number {
  return Math.max(h.lebar - h.kiri - h.kanan, 72);
}

/** A merged range resolved on a table of `baris` rows: rows and columns from 0, spans at least 1. */
export interface Rentang {
  baris: number;
  kolom: number;
  barisRentang: number;
  kolomRentang: number;
}

/**
 * Every merge of a table: those it names (a negative row counting from the end) and those of its
 * `gabungSama` columns (equal consecutive texts below the header) and of the `gabungIkut` columns
 * (over the rows of their reference column's runs). Ranges outside the table or
 * overlapping an earlier one are dropped, so both renderers merge the same cells.
 */
export function selGabung(t: Tabel): Rentang[] {
  const n = t.baris.length;
  const kolom = Math.max(0, ...t.baris.map((b) => b.length));
  const hasil: Rentang[] = [];
  const terpakai = new Set<string>();
  const tambah = (r: Rentang) => {
    if (r.barisRentang < 1 || r.kolomRentang < 1 || (r.barisRentang === 1 && r.kolomRentang === 1)) return;
    if (r.baris < 0 || r.kolom < 0 || r.baris + r.barisRentang > n || r.kolom + r.kolomRentang > kolom)
      return;
    const sel: string[] = [];
    for (let i = r.baris; i < r.baris + r.barisRentang; i++)
      for (let j = r.kolom; j < r.kolom + r.kolomRentang; j++) sel.push(`${i},${j}`);
    if (sel.some((s) => terpakai.has(s))) return;
    for (const s of sel) terpakai.add(s);
    hasil.push(r);
  };
  for (const g of t.gabung ?? []) {
    tambah({
      baris: g.baris < 0 ? n + g.baris : g.baris,
      kolom: g.kolom,
      barisRentang: g.barisRentang ?? 1,
      kolomRentang: g.kolomRentang ?? 1,
    });
  }
  const kepala = t.kepala ?? 0;
  /** The runs of equal consecutive non-empty texts of column k below the header. */
  const deret = (k: number) => {
    const out: [awal: number, panjang: number][] = [];
    for (let i = kepala; i < n; ) {
      let j = i + 1;
      const teks = t.baris[i]?.[k] ?? "";
      while (teks !== "" && j < n && (t.baris[j]?.[k] ?? "") === teks) j++;
      out.push([i, j - i]);
      i = j;
    }
    return out;
  };
  for (const k of t.gabungSama ?? [])
    for (const [i, r] of deret(k)) tambah({ baris: i, kolom: k, barisRentang: r, kolomRentang: 1 });
  for (const { kolom: k, acuan } of t.gabungIkut ?? [])
    for (const [i, r] of deret(acuan)) tambah({ baris: i, kolom: k, barisRentang: r, kolomRentang: 1 });
  return hasil;
}

/** Cells hidden behind a merge's head ("baris,kolom"). */
export function selTertutup(gabung: readonly Rentang[]): Set<string> {
  const out = new Set<string>();
  for (const g of gabung)
    for (let i = g.baris; i < g.baris + g.barisRentang; i++)
      for (let j = g.kolom; j < g.kolom + g.kolomRentang; j++)
        if (i !== g.baris || j !== g.kolom) out.add(`${i},${j}`);
  return out;
}

/** How a table is drawn on its page: widths in points (summing to the usable width) and font size. */
export interface TataTabel {
  lebar: number[];
  ukuran: number;
  /** Each cell's left and right padding in points (PADDING, or PADDING_RAPAT when it must). */
  padding: number;
  gabung: Rentang[];
}

/**
 * Average advance of a character in ems, generous so that a word is never broken: Arial bold
 * capitals (header rows: "TARGET", "RENSTRA") average about 0,72 em, regular text and figures
 * about 0,56 em. Too narrow a guess breaks a header word across lines ("TARGE / T").
 */
const LEBAR_HURUF = { kepala: 0.76, badan: 0.6 };

/** The font size of a table when none is set: 10 pt, a layout table (signatures) 12 pt. */
export function ukuranAwal(t: Tabel): number {
  return t.ukuran ?? (t.tanpaGaris ? 12 : 10);
}

/**
 * What each column of a table needs, in points, at font size `f` and side padding `pad`: room for
 * its longest word (a figure is one word) at the font's average character width, header (bold
 * capitals) apart from body, plus the padding on both sides and a point of border. A merged cell
 * spanning columns is left out.
 */
function kebutuhan(t: Tabel, gabung: readonly Rentang[]): (f: number, pad: number) => number[] {
  const kolom = Math.max(1, ...t.baris.map((b) => b.length));
  const tertutup = selTertutup(gabung);
  const lebarKepala = new Set(gabung.filter((g) => g.kolomRentang > 1).map((g) => `${g.baris},${g.kolom}`));
  const kepala = t.kepala ?? 0;
  // Longest word per column, in characters, header (bold capitals) apart from body.
  const kata = Array.from({ length: kolom }, () => ({ kepala: 0, badan: 0 }));
  t.baris.forEach((b, i) => {
    b.forEach((s, j) => {
      const kunci = `${i},${j}`;
      if (tertutup.has(kunci) || lebarKepala.has(kunci)) return;
      const terpanjang = Math.max(0, ...s.split(/[\s\n]+/).map((w) => w.length));
      const k = kata[j]!;
      if (i < kepala) k.kepala = Math.max(k.kepala, terpanjang);
      else k.badan = Math.max(k.badan, terpanjang);
    });
  });
  return (f, pad) =>
    kata.map(
      (k) => Math.max(k.kepala * LEBAR_HURUF.kepala * f, k.badan * LEBAR_HURUF.badan * f) + 2 * pad + 1,
    );
}

/** The width in points a table needs at font size `f` and side padding `pad` (its columns' sum). */
export function lebarPerlu(t: Tabel, f: number, pad: number): number {
  return jumlah(kebutuhan(t, selGabung(t))(f, pad));
}

/**
 * Column widths and font size of a table on a page `lebar` points wide. Each column needs room
 * for its longest word (kebutuhan); the font steps down by half a point, not below 7 pt, until
 * the columns fit; a table that does not fit even so has its cells' side padding narrowed and the
 * font stepped down again from its size; then the relative widths are scaled to the page and a
 * column narrower than it needs takes room from those with some to spare.
 */
export function tataTabel(t: Tabel, lebar: number): TataTabel {
  const kolom = Math.max(1, ...t.baris.map((b) => b.length));
  const gabung = selGabung(t);
  const perlu = kebutuhan(t, gabung);
  const muat = (pad: number) => {
    let f = ukuranAwal(t);
    while (f > UKURAN_TERKECIL && jumlah(perlu(f, pad)) > lebar) f = Math.max(UKURAN_TERKECIL, f - 0.5);
    return f;
  };
  let padding = PADDING;
  let ukuran = muat(padding);
  if (jumlah(perlu(ukuran, padding)) > lebar) {
    padding = PADDING_RAPAT;
    ukuran = muat(padding);
  }
  const minimal = perlu(ukuran, padding);
  const rel =
    t.lebar && t.lebar.length === kolom && t.lebar.every((l) => Number.isFinite(l) && l > 0)
      ? t.lebar
      : Array.from({ length: kolom }, () => 1);
  let w = rel.map((l) => (l / jumlah(rel)) * lebar);
  if (jumlah(minimal) >= lebar) w = minimal.map((m) => (m / jumlah(minimal)) * lebar);
  else {
    for (let putaran = 0; putaran < kolom; putaran++) {
      const kurang = jumlah(w.map((x, j) => Math.max(0, minimal[j]! - x)));
      if (kurang < 0.01) break;
      const sisa = w.map((x, j) => Math.max(0, x - minimal[j]!));
      const lebih = jumlah(sisa);
      w = w.map((x, j) => (x < minimal[j]! ? minimal[j]! : x - (sisa[j]! / lebih) * kurang));
    }
  }
  return { lebar: w.map((x) => Math.max(5, Math.round(x * 10) / 10)), ukuran, padding, gabung };
}

function jumlah(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
