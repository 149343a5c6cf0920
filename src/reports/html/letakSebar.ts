/**
 * Where everything of the IPA scatter (sebar.ts) goes: the axes around the points and the means,
 * the plot, the quadrants' captions in its corners, the dots, the labels beside them and the
 * numbered list under the plot. Geometry only: every value comes from the report model.
 */
import { formatAngka } from "../../core/format";
import { type Kotak, type Penempatan, tabrak, tempatLabel } from "./penempatan";
import {
  angkaSvg,
  bungkus,
  F_LABEL,
  F_SUMBU,
  judulGrafik,
  LEBAR_HURUF,
  langkahSumbu,
  lebarTeks,
} from "./svg";

export const R_TITIK = 4;
export const F_TITIK = 10;
export const F_KUADRAN = 10;
export const F_DAFTAR = F_LABEL;
const TINGGI_SEBAR_MIN = 180;
const LEBAR_SEBAR_MIN = 180;

// ---------------------------------------------------------------------------------------------
// What is drawn: the model's values, cleaned of what cannot be drawn (sebar.ts reads them).

export interface Titik {
  nomor: number;
  label: string;
  x: number | null;
  y: number | null;
  teksX: string;
  teksY: string;
  /** The caption of its quadrant, "" when it has none. */
  kuadran: string;
}

export interface DataSebar {
  judul: string;
  titik: Titik[];
  /** The points with both values: those that get a dot. */
  terlukis: Titik[];
  rataX: number | null;
  rataY: number | null;
  /** Both means are drawn, so the quadrants are too. */
  adaKuadran: boolean;
  /** The quadrants' captions: top-left, top-right, bottom-left, bottom-right. */
  namaPojok: string[];
  teksRataX: string;
  teksRataY: string;
  satuan: string;
  satuanY: string;
}

// ---------------------------------------------------------------------------------------------
// The axes and the plot.

export interface Sumbu {
  dari: number;
  sampai: number;
  langkah: number;
}

/**
 * An axis around the values and the mean, padded by a tenth of their spread and ending on ticks.
 * The step is 1, 2 or 5 times a power of ten and at least 0,01, so that every tick prints exactly
 * with two decimals; equal values still get a spread (no division by zero).
 */
function sumbuSebar(angka: readonly number[]): Sumbu {
  let rendah = Math.min(...angka);
  let tinggi = Math.max(...angka);
  const tengah = (rendah + tinggi) / 2;
  const rentangMin = Math.max(0.1, Math.abs(tengah) * 1e-6);
  if (tinggi - rendah < rentangMin) {
    rendah = tengah - rentangMin / 2;
    tinggi = tengah + rentangMin / 2;
  }
  const pad = (tinggi - rendah) * 0.1;
  rendah -= pad;
  tinggi += pad;
  const langkah = Math.max(0.01, langkahSumbu(tinggi - rendah, [1, 2, 5]));
  return {
    dari: Math.floor(rendah / langkah + 1e-9) * langkah,
    sampai: Math.ceil(tinggi / langkah - 1e-9) * langkah,
    langkah,
  };
}

export function tikSumbu(s: Sumbu): number[] {
  const jumlah = Math.max(1, Math.round((s.sampai - s.dari) / s.langkah));
  return Array.from({ length: jumlah + 1 }, (_, i) => s.dari + i * s.langkah);
}

/** A tick's value with 2 decimals; the float dust of a tick at zero prints as 0. */
export const teksTik = (t: number, sumbu: Sumbu) => formatAngka(Math.abs(t) < sumbu.langkah / 1e6 ? 0 : t, 2);

export interface LetakSebar {
  W: number;
  /** The height without the numbered list. */
  H: number;
  judulSvg: (tengah: number) => string;
  kiri: number;
  atas: number;
  kananPlot: number;
  bawahPlot: number;
  lebarPlot: number;
  tinggiPlot: number;
  plot: Kotak;
  sumbuX: Sumbu;
  /** The y axis may still grow a step or more at either end (rentangkanSumbuY). */
  sumbuY: Sumbu;
  tikX: number[];
  lebarTikX: number;
  /** The x of a kinerja, the y of a kepentingan (on the y axis as it is when called). */
  px: (x: number) => number;
  py: (y: number) => number;
}

/** The axes and the plot in the picture, with room for the tick values, the means and the units. */
export function letakSebar(d: DataSebar, lebar: number, tinggi: number): LetakSebar {
  let W = lebar;
  let H = tinggi;
  const { rataX, rataY } = d;
  const sumbuX = sumbuSebar([...d.terlukis.map((t) => t.x!), ...(rataX !== null ? [rataX] : [])]);
  const sumbuY = sumbuSebar([...d.terlukis.map((t) => t.y!), ...(rataY !== null ? [rataY] : [])]);
  // The y axis may still grow by up to three steps (below), so its labels are measured with room.
  const lebarTikY = Math.max(
    ...tikSumbu({
      ...sumbuY,
      dari: sumbuY.dari - 3 * sumbuY.langkah,
      sampai: sumbuY.sampai + 3 * sumbuY.langkah,
    }).map((t) => lebarTeks(teksTik(t, sumbuY), F_SUMBU)),
  );
  const tikX = tikSumbu(sumbuX);
  const lebarTikX = Math.max(...tikX.map((t) => lebarTeks(teksTik(t, sumbuX), F_SUMBU)));

  const { tinggiJudul, judulSvg } = judulGrafik(d.judul, W);
  const kiri = 8 + (d.satuanY ? F_SUMBU + 8 : 0) + lebarTikY + 10;
  const kanan = Math.max(
    lebarTikX / 2 + 4,
    rataY !== null ? Math.max(lebarTeks("Rata-rata", F_SUMBU), lebarTeks(d.teksRataY, F_SUMBU)) + 12 : 14,
  );
  const atas = tinggiJudul + 8 + (rataX !== null ? F_SUMBU + 6 : 0);
  const bawah = 4 + 4 + F_SUMBU + 2 + (d.satuan ? F_SUMBU + 10 : 0) + 8;
  let lebarPlot = W - kiri - kanan;
  if (lebarPlot < LEBAR_SEBAR_MIN) {
    lebarPlot = LEBAR_SEBAR_MIN;
    W = Math.ceil(kiri + lebarPlot + kanan);
  }
  let tinggiPlot = H - atas - bawah;
  if (tinggiPlot < TINGGI_SEBAR_MIN) {
    tinggiPlot = TINGGI_SEBAR_MIN;
    H = Math.ceil(atas + tinggiPlot + bawah);
  }
  const kananPlot = kiri + lebarPlot;
  const bawahPlot = atas + tinggiPlot;
  return {
    W,
    H,
    judulSvg,
    kiri,
    atas,
    kananPlot,
    bawahPlot,
    lebarPlot,
    tinggiPlot,
    plot: { x1: kiri, y1: atas, x2: kananPlot, y2: bawahPlot },
    sumbuX,
    sumbuY,
    tikX,
    lebarTikX,
    px: (x) => kiri + ((x - sumbuX.dari) / (sumbuX.sampai - sumbuX.dari)) * lebarPlot,
    py: (y) => atas + ((sumbuY.sampai - y) / (sumbuY.sampai - sumbuY.dari)) * tinggiPlot,
  };
}

// ---------------------------------------------------------------------------------------------
// The quadrants' captions, in the plot's corners.

export interface NamaKuadran {
  /** The caption's lines. */
  baris: string[];
  /** Where its lines start (left or right edge) and the top of the first. */
  x: number;
  y1: number;
  kotak: Kotak;
}

/** Each caption in its corner, stacked into lines where its quadrant is narrow. */
export function letakKuadran(d: DataSebar, l: LetakSebar): NamaKuadran[] {
  const mx = d.rataX !== null ? l.px(d.rataX) : 0;
  return d.namaPojok.map((nama, i) => {
    const kiri = i % 2 === 0;
    const ruang = (kiri ? mx - l.kiri : l.kananPlot - mx) - 10;
    // At least the longest word ("Pertahankan") per line: a narrow quadrant stacks its name.
    const baris = bungkus(nama, Math.max(ruang / (F_KUADRAN * LEBAR_HURUF), 11), 3);
    // A quadrant without a caption has an empty box, which nothing hits.
    const w = Math.max(0, ...baris.map((b) => lebarTeks(b, F_KUADRAN)));
    const x = kiri ? l.kiri + 5 : l.kananPlot - 5;
    const tinggiTeks = baris.length * (F_KUADRAN + 2);
    const y1 = i < 2 ? l.atas + 4 : l.bawahPlot - 4 - tinggiTeks;
    const x1 = kiri ? x : x - w;
    return { baris, x, y1, kotak: { x1, y1, x2: x1 + w, y2: y1 + tinggiTeks } };
  });
}

// ---------------------------------------------------------------------------------------------
// The dots.

/** Points at the same spot: one dot with all their numbers. */
export interface Kelompok {
  cx: number;
  cy: number;
  anggota: Titik[];
}

function kelompokkan(d: DataSebar, l: LetakSebar): Kelompok[] {
  const kelompok = new Map<string, Kelompok>();
  for (const t of d.terlukis) {
    const cx = l.px(t.x!);
    const cy = l.py(t.y!);
    const kunci = `${angkaSvg(cx)} ${angkaSvg(cy)}`;
    const ada = kelompok.get(kunci);
    if (ada) ada.anggota.push(t);
    else kelompok.set(kunci, { cx, cy, anggota: [t] });
  }
  return [...kelompok.values()];
}

const kotakTitik = (kelompok: readonly Kelompok[]): Kotak[] =>
  kelompok.map((k) => ({
    x1: k.cx - R_TITIK - 1,
    y1: k.cy - R_TITIK - 1,
    x2: k.cx + R_TITIK + 1,
    y2: k.cy + R_TITIK + 1,
  }));

/**
 * The y axis grows a step (at most three times) at the end where a dot is under a caption, so
 * that no caption hides a dot. Gives the dots where they end up.
 */
export function rentangkanSumbuY(d: DataSebar, l: LetakSebar, kuadran: readonly NamaKuadran[]): Kelompok[] {
  let kelompok = kelompokkan(d, l);
  for (let ulang = 0; d.adaKuadran && ulang < 3; ulang++) {
    const dot = kotakTitik(kelompok);
    const kena = (i: number) => dot.some((k) => tabrak(k, kuadran[i]!.kotak));
    const naik = kena(0) || kena(1);
    const turun = kena(2) || kena(3);
    if (!naik && !turun) break;
    if (naik) l.sumbuY.sampai += l.sumbuY.langkah;
    if (turun) l.sumbuY.dari -= l.sumbuY.langkah;
    kelompok = kelompokkan(d, l);
  }
  return kelompok;
}

export interface LabelTitik {
  /** Numbers beside the dots (and the list under the plot) rather than the labels. */
  bernomor: boolean;
  /** One per dot. */
  teks: string[];
  tempat: Penempatan[];
}

/**
 * Labels beside the dots when every one fits without touching another; numbers otherwise. A
 * label across a mean line would seem to sit in two quadrants: the lines are in the way too.
 */
export function letakLabelTitik(
  d: DataSebar,
  l: LetakSebar,
  kuadran: readonly NamaKuadran[],
  kelompok: readonly Kelompok[],
): LabelTitik {
  const kotakDot = kotakTitik(kelompok);
  const mx = d.rataX !== null ? l.px(d.rataX) : 0;
  const my = d.rataY !== null ? l.py(d.rataY) : 0;
  const rintanganDasar = [
    ...(d.adaKuadran ? kuadran.map((q) => q.kotak) : []),
    ...(d.rataX !== null ? [{ x1: mx - 1, y1: l.atas, x2: mx + 1, y2: l.bawahPlot }] : []),
    ...(d.rataY !== null ? [{ x1: l.kiri, y1: my - 1, x2: l.kananPlot, y2: my + 1 }] : []),
  ];
  const tempatkanSemua = (teks: readonly string[], paksa: boolean) => {
    const rintangan = [...rintanganDasar];
    const hasil: Penempatan[] = [];
    for (const [i, k] of kelompok.entries()) {
      // Every dot but its own: the margin kept around a label must not count the dot it names.
      const lain = [...kotakDot.filter((_, j) => j !== i), ...rintangan];
      const w = lebarTeks(teks[i]!, F_TITIK);
      const p = tempatLabel({ ...k, r: R_TITIK }, w, F_TITIK, lain, l.plot, paksa, paksa ? 0 : 3);
      if (p === null) return null;
      hasil.push(p);
      rintangan.push(p.kotak);
    }
    return hasil;
  };
  const bisaLabel =
    d.terlukis.length === d.titik.length &&
    d.titik.every((t) => t.label !== "") &&
    kelompok.every((k) => k.anggota.length === 1);
  if (bisaLabel) {
    const teks = kelompok.map((k) => k.anggota[0]!.label);
    const tempat = tempatkanSemua(teks, false);
    if (tempat !== null) return { bernomor: false, teks, tempat };
  }
  const teks = kelompok.map((k) => k.anggota.map((t) => t.nomor).join(", "));
  return { bernomor: true, teks, tempat: tempatkanSemua(teks, true)! };
}

// ---------------------------------------------------------------------------------------------
// The numbered list under the plot, column by column.

export interface Daftar {
  /** Its height: 0 when the dots carry their labels. */
  tinggi: number;
  atas: number;
  x: number;
  kolom: number;
  baris: number;
  lebarKolom: number;
  jarakKolom: number;
  lebarNomor: number;
  entri: string[];
}

export function letakDaftar(d: DataSebar, l: LetakSebar, bernomor: boolean): Daftar {
  const n = d.titik.length;
  const lebarNomor = lebarTeks(String(n), F_DAFTAR);
  const entri = d.titik.map((t) => `${t.label}${t.x === null || t.y === null ? " (tanpa nilai)" : ""}`);
  const x = l.kiri;
  const lebarDaftar = l.W - 8 - x;
  const jarakKolom = 16;
  const lebarEntri = Math.max(...entri.map((e) => lebarNomor + 5 + lebarTeks(e, F_DAFTAR)));
  let kolom = Math.min(3, Math.max(1, Math.floor((lebarDaftar + jarakKolom) / (lebarEntri + jarakKolom))));
  if (kolom === 1 && n > 5 && lebarDaftar >= 2 * 160 + jarakKolom) kolom = 2;
  kolom = Math.min(kolom, n);
  const baris = Math.ceil(n / kolom);
  return {
    tinggi: bernomor ? F_SUMBU + 8 + baris * (F_DAFTAR + 4) + 8 : 0,
    atas: l.H,
    x,
    kolom,
    baris,
    lebarKolom: Math.min((lebarDaftar - (kolom - 1) * jarakKolom) / kolom, lebarEntri),
    jarakKolom,
    lebarNomor,
    entri,
  };
}
