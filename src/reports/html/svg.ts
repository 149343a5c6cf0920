/**
 * What both charts share: text measured without a DOM (deterministic, and the same in Apps
 * Script, Node and the dialog), wrapping and cutting labels, axis steps, and the SVG pieces.
 * Only geometry is computed here; every figure arrives from the report model.
 */
import { bulatkan } from "../../core/pembulatan";
import { escapeHtml } from "./escape";

export const FONT_SVG = "Arial, Helvetica, sans-serif";
export const F_JUDUL = 13;
export const F_LABEL = 11;
export const F_NILAI = 10;
export const F_SUMBU = 10;
/** Average glyph width of Arial in em: text is measured without a DOM, deterministically. */
export const LEBAR_HURUF = 0.56;
export const WARNA_BATANG = "#4472c4";
/** Geometry stays finite whatever the numbers (1e308 - -1e308 is Infinity). */
const BATAS_GEOMETRI = 1e15;

/** A number clamped to where geometry stays finite. */
export const geo = (v: number): number => Math.min(Math.max(v, -BATAS_GEOMETRI), BATAS_GEOMETRI);

export const terhingga = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** An SVG coordinate: finite, one decimal, never "-0". */
export function angkaSvg(n: number): string {
  const b = Number.isFinite(n) ? bulatkan(n, 1) : 0;
  return String(b === 0 ? 0 : b);
}

export function lebarTeks(teks: string, font: number): number {
  return Array.from(teks).length * font * LEBAR_HURUF;
}

/** A size in px asked for by the caller: whole, at least `min`, at most 4000; `bawaan` otherwise. */
export function ukuran(n: number | undefined, bawaan: number, min: number): number {
  return n !== undefined && Number.isFinite(n) ? Math.min(Math.max(Math.round(n), min), 4000) : bawaan;
}

/** At most `maksKar` characters, the last one "…" when cut. */
export function potong(teks: string, maksKar: number): string {
  const huruf = Array.from(teks);
  if (huruf.length <= maksKar) return teks;
  return `${huruf
    .slice(0, Math.max(1, maksKar - 1))
    .join("")
    .trimEnd()}…`;
}

/**
 * Words into at most `maksBaris` lines of `maksKar` characters; what does not fit ends in "…".
 * A word longer than a line stays whole (it may reach into the gap beside its bar): "Persyarat /
 * an" reads worse than a word a little wider than its bar.
 */
export function bungkus(teks: string, maksKar: number, maksBaris: number): string[] {
  const maks = Math.max(1, Math.floor(maksKar));
  const baris: string[] = [];
  let kini = "";
  for (const kata of teks.trim().split(/\s+/).filter(Boolean)) {
    const sisa = Array.from(kata);
    if (kini !== "" && Array.from(kini).length + 1 + sisa.length <= maks) {
      kini += ` ${kata}`;
      continue;
    }
    if (kini !== "") baris.push(kini);
    kini = sisa.join("");
  }
  if (kini !== "") baris.push(kini);
  if (baris.length <= maksBaris) return baris;
  const hasil = baris.slice(0, maksBaris);
  // The next line did not fit beside the last one, so joining them always overflows into "…".
  hasil[maksBaris - 1] = potong(`${hasil[maksBaris - 1]} ${baris[maksBaris]}`, maks);
  return hasil;
}

/**
 * A step giving about five intervals over `rentang`: one of `kelipatan` (or 10) times a power of
 * ten. The bars take 1, 2, 2,5 or 5; the scatter 1, 2 or 5, so its ticks print exactly.
 */
export function langkahSumbu(rentang: number, kelipatan: readonly number[] = [1, 2, 2.5, 5]): number {
  const kasar = rentang / 5;
  const pangkat = 10 ** Math.floor(Math.log10(kasar));
  const f = kasar / pangkat;
  return (kelipatan.find((k) => f <= k) ?? 10) * pangkat;
}

export function teksSvg(x: number, y: number, isi: string, atribut = ""): string {
  return `<text x="${angkaSvg(x)}" y="${angkaSvg(y)}"${atribut}>${escapeHtml(isi)}</text>`;
}

/** Text turned a quarter to the left (reading upwards), anchored at (x, y). */
export function teksTegak(x: number, y: number, isi: string, atribut = ""): string {
  return `<text transform="translate(${angkaSvg(x)} ${angkaSvg(y)}) rotate(-90)"${atribut}>${escapeHtml(isi)}</text>`;
}

export function garis(x1: number, y1: number, x2: number, y2: number, atribut: string): string {
  return `<line x1="${angkaSvg(x1)}" y1="${angkaSvg(y1)}" x2="${angkaSvg(x2)}" y2="${angkaSvg(y2)}"${atribut}/>`;
}

export function persegi(x1: number, y1: number, x2: number, y2: number, atribut: string): string {
  return `<rect x="${angkaSvg(x1)}" y="${angkaSvg(y1)}" width="${angkaSvg(x2 - x1)}" height="${angkaSvg(y2 - y1)}"${atribut}/>`;
}

/** The chart's title in at most two centred bold lines, and the height they take. */
export function judulGrafik(
  judul: string,
  W: number,
): { tinggiJudul: number; judulSvg: (tengah: number) => string } {
  const barisJudul = bungkus(judul, (W - 16) / (F_JUDUL * LEBAR_HURUF), 2);
  return {
    tinggiJudul: 8 + barisJudul.length * (F_JUDUL + 4),
    judulSvg: (tengah) =>
      barisJudul
        .map((b, i) =>
          teksSvg(
            tengah,
            8 + F_JUDUL + i * (F_JUDUL + 4),
            b,
            ` text-anchor="middle" font-size="${F_JUDUL}" font-weight="bold"`,
          ),
        )
        .join(""),
  };
}

/** The opening tag, the title for screen readers and hover, and the white ground. */
export function bukaSvg(judul: string, w: number, h: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" font-family="${FONT_SVG}">` +
    `<title>${escapeHtml(judul || "Grafik")}</title>` +
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`
  );
}

export function svgKosong(judul: string, W: number): string {
  const { tinggiJudul, judulSvg } = judulGrafik(judul, W);
  const h = tinggiJudul + 40;
  return `${bukaSvg(judul, W, h)}${judulSvg(W / 2)}${teksSvg(W / 2, tinggiJudul + 24, "Tidak ada data untuk grafik.", ` text-anchor="middle" font-size="${F_LABEL}" font-style="italic" fill="#444"`)}</svg>`;
}
