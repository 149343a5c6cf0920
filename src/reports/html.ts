/**
 * A Dokumen as HTML: the in-sheet preview (HtmlService dialog) and the demo's out/*.html. It
 * must read like the documents it imitates (seeds 001 LKJ Klakah 2023, 003 Laporan Kinerja
 * Lumajang 2021): A4 sheets, Times New Roman 12pt, centred bold title and chapters, justified
 * text, thin black table borders with grey header rows, borderless signature blocks.
 * Every text comes from users' cells, so every text is escaped; no figure is reformatted here,
 * only the chart's geometry is computed from its numbers. Runs in Apps Script too: no Intl, no DOM.
 */
import { formatAngka, tampilkanNilai } from "../core/format";
import { bulatkan } from "../core/pembulatan";
import type { Dokumen, Elemen, Gaya, Grafik, Paragraf, Rata, Tabel } from "./dokumen";

const KARAKTER_HTML: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe in HTML content, in attribute values and in inline SVG. */
export function escapeHtml(teks: string): string {
  return String(teks ?? "").replace(/[&<>"']/g, (c) => KARAKTER_HTML[c]!);
}

/** Escaped, with the line breaks a cell or paragraph holds (signature blocks: name, then NIP). */
function teksHtml(teks: string): string {
  return escapeHtml(teks).replace(/\r\n|\r|\n/g, "<br>");
}

// Margins of a naskah dinas: left 3 cm for binding, 2 cm right, 2.5 cm top and bottom.
const MARGIN_HALAMAN = "25mm 20mm 25mm 30mm";

/**
 * The report's look, scoped to `.sakip-dok` so that a fragment embedded in a dialog neither takes
 * nor gives styles. `white-space: pre-wrap` keeps the spaces and tabs users align text with, as
 * the Google Doc does.
 */
export const CSS_DOKUMEN = `
.sakip-dok { background: #e6e6e6; padding: 24px 0; color: #000; }
.sakip-dok .halaman { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm;
  margin: 0 auto 24px; padding: ${MARGIN_HALAMAN}; background: #fff;
  box-shadow: 0 1px 5px rgba(0, 0, 0, 0.35); overflow-wrap: break-word;
  font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.5; }
.sakip-dok .halaman:last-child { margin-bottom: 0; }
.sakip-dok .halaman.lanskap { width: 297mm; min-height: 210mm; }
.sakip-dok .halaman.lanskap table.tabel { font-size: 8pt; }
.sakip-dok p, .sakip-dok h1, .sakip-dok h2, .sakip-dok h3 { white-space: pre-wrap; }
.sakip-dok p { margin: 0 0 6pt; text-align: justify; font-size: 12pt; }
.sakip-dok h1.judul { margin: 0 0 6pt; font-size: 14pt; font-weight: bold; text-align: center;
  text-transform: uppercase; }
.sakip-dok p.subjudul { font-weight: bold; text-align: center; }
.sakip-dok h2.bab { margin: 12pt 0 6pt; font-size: 12pt; font-weight: bold; text-align: center; }
.sakip-dok h3.subbab { margin: 10pt 0 4pt; font-size: 12pt; font-weight: bold; text-align: left; }
.sakip-dok p.rata-kiri, .sakip-dok h1.rata-kiri, .sakip-dok h2.rata-kiri, .sakip-dok h3.rata-kiri { text-align: left; }
.sakip-dok p.rata-tengah, .sakip-dok h1.rata-tengah, .sakip-dok h2.rata-tengah, .sakip-dok h3.rata-tengah { text-align: center; }
.sakip-dok p.rata-kanan, .sakip-dok h1.rata-kanan, .sakip-dok h2.rata-kanan, .sakip-dok h3.rata-kanan { text-align: right; }
.sakip-dok p.rata-rata, .sakip-dok h1.rata-rata, .sakip-dok h2.rata-rata, .sakip-dok h3.rata-rata { text-align: justify; }
.sakip-dok .tebal { font-weight: bold; }
.sakip-dok table.tabel { width: 100%; margin: 6pt 0 10pt; border-collapse: collapse;
  font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt; line-height: 1.3; }
.sakip-dok table.tabel th, .sakip-dok table.tabel td { padding: 3pt 5pt; border: 1px solid #000;
  text-align: left; vertical-align: top; white-space: pre-wrap; }
.sakip-dok table.tabel th { background: #d9d9d9; font-weight: bold; text-align: center; vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sakip-dok table.tabel tr.tebal td { font-weight: bold; }
.sakip-dok table.tanpa-garis { font-family: inherit; font-size: 12pt; line-height: 1.4; }
.sakip-dok table.tanpa-garis th, .sakip-dok table.tanpa-garis td { border: none; background: none; }
.sakip-dok table.tengah th, .sakip-dok table.tengah td { text-align: center; }
.sakip-dok table.tabel td.kanan { text-align: right; white-space: nowrap; }
.sakip-dok figure.grafik { margin: 8pt 0 12pt; text-align: center; break-inside: avoid;
  page-break-inside: avoid; }
.sakip-dok figure.grafik svg { max-width: 100%; height: auto; }
@media print {
  .sakip-dok { background: none; padding: 0; }
  .sakip-dok .halaman { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none;
    page-break-after: always; break-after: page; }
  .sakip-dok .halaman:last-child { page-break-after: auto; break-after: auto; }
  .sakip-dok table.tabel thead { display: table-header-group; }
  .sakip-dok table.tabel tr { page-break-inside: avoid; break-inside: avoid; }
}
`;

const CSS_HALAMAN_PENUH = `
@page { size: A4; margin: ${MARGIN_HALAMAN}; }
html, body { margin: 0; padding: 0; }
body { background: #e6e6e6; }
@media print { body { background: #fff; } }
`;

const TAG_GAYA: Readonly<Record<Gaya, string>> = {
  normal: "p",
  judul: "h1",
  subjudul: "p",
  bab: "h2",
  subbab: "h3",
};

const RATA: readonly Rata[] = ["kiri", "tengah", "kanan", "rata"];

function paragrafHtml(e: Paragraf): string {
  const gaya: Gaya = e.gaya && e.gaya in TAG_GAYA ? e.gaya : "normal";
  const tag = TAG_GAYA[gaya];
  const kelas: string[] = [];
  if (gaya !== "normal") kelas.push(gaya);
  if (e.rata && RATA.includes(e.rata)) kelas.push(`rata-${e.rata}`);
  if (e.tebal) kelas.push("tebal");
  const ukuran =
    typeof e.ukuran === "number" && Number.isFinite(e.ukuran) && e.ukuran > 0
      ? ` style="font-size: ${e.ukuran}pt"`
      : "";
  const atribut = (kelas.length > 0 ? ` class="${kelas.join(" ")}"` : "") + ukuran;
  // An empty paragraph is a blank line in the Doc (the space above a signature), so it keeps its height.
  const isi = e.teks === "" ? "<br>" : teksHtml(e.teks);
  return `<${tag}${atribut}>${isi}</${tag}>`;
}

/** Relative widths as percentages, or nothing when they cannot be used. */
function lebarKolom(lebar: readonly number[] | undefined, jumlahKolom: number): string {
  if (!lebar || lebar.length !== jumlahKolom) return "";
  if (!lebar.every((l) => Number.isFinite(l) && l >= 0)) return "";
  const total = lebar.reduce((a, l) => a + l, 0);
  if (!(total > 0)) return "";
  const kolom = lebar.map((l) => `<col style="width: ${angka((l / total) * 100)}%">`);
  return `<colgroup>${kolom.join("")}</colgroup>`;
}

function tabelHtml(t: Tabel): string {
  const baris = t.baris ?? [];
  if (baris.length === 0) return "";
  const jumlahKolom = Math.max(...baris.map((b) => b.length));
  const kepala = Math.max(0, Math.min(Math.floor(t.kepala ?? 0), baris.length));
  const tebal = new Set(t.tebal ?? []);
  const kanan = new Set(t.kanan ?? []);
  const sel = (b: readonly string[]) =>
    Array.from({ length: jumlahKolom }, (_, k) => (k < b.length ? (b[k] ?? "") : ""));

  const kepalaHtml = baris.slice(0, kepala).map((b) => {
    const isi = sel(b).map((s) => `<th>${teksHtml(s)}</th>`);
    return `<tr>${isi.join("")}</tr>`;
  });
  const badanHtml = baris.slice(kepala).map((b, i) => {
    const isi = sel(b).map((s, k) => `<td${kanan.has(k) ? ' class="kanan"' : ""}>${teksHtml(s)}</td>`);
    return `<tr${tebal.has(kepala + i) ? ' class="tebal"' : ""}>${isi.join("")}</tr>`;
  });
  // The widths are hints (automatic layout): a fixed layout would break amounts and "NO" mid-word.
  const kolom = lebarKolom(t.lebar, jumlahKolom);
  const kelas = ["tabel", ...(t.tanpaGaris ? ["tanpa-garis"] : []), ...(t.tengah ? ["tengah"] : [])].join(
    " ",
  );
  return [
    `<table class="${kelas}">`,
    kolom,
    kepalaHtml.length > 0 ? `<thead>${kepalaHtml.join("\n")}</thead>` : "",
    badanHtml.length > 0 ? `<tbody>${badanHtml.join("\n")}</tbody>` : "",
    "</table>",
  ]
    .filter((s) => s !== "")
    .join("\n");
}

function elemenHtml(e: Elemen): string {
  switch (e.jenis) {
    case "paragraf":
      return paragrafHtml(e);
    case "tabel":
      return tabelHtml(e);
    case "grafik":
      return `<figure class="grafik">${svgGrafik(e.grafik)}</figure>`;
    case "halaman":
      return "";
    default:
      throw new Error(
        `Elemen laporan jenis ${tampilkanNilai((e as { jenis?: unknown }).jenis)} tidak dikenal.`,
      );
  }
}

/**
 * The document as HTML. A page break starts a new A4 sheet: sheets stand apart on screen and
 * each ends with a page break in print, where the Google Doc has its page breaks.
 * `halamanPenuh` (default true): a complete page; false: a `<div class="sakip-dok">` fragment for
 * a dialog, carrying its own (scoped) `<style>` so it looks the same wherever it is put.
 */
export function renderHtml(dok: Dokumen, opsi?: { halamanPenuh?: boolean }): string {
  const halaman: string[][] = [[]];
  for (const e of dok.elemen) {
    if (e.jenis === "halaman") halaman.push([]);
    else {
      const html = elemenHtml(e);
      if (html !== "") halaman[halaman.length - 1]!.push(html);
    }
  }
  const kelas = dok.lanskap ? "halaman lanskap" : "halaman";
  const isi = halaman.map((h) => `<section class="${kelas}">\n${h.join("\n")}\n</section>`).join("\n");
  if (opsi?.halamanPenuh === false) {
    return `<div class="sakip-dok">\n<style>${CSS_DOKUMEN}</style>\n${isi}\n</div>\n`;
  }
  return [
    "<!doctype html>",
    '<html lang="id">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(dok.judul)}</title>`,
    `<style>${dok.lanskap ? CSS_HALAMAN_PENUH.replace("size: A4;", "size: A4 landscape;") : CSS_HALAMAN_PENUH}${CSS_DOKUMEN}</style>`,
    "</head>",
    "<body>",
    `<div class="sakip-dok">\n${isi}\n</div>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// The chart: vertical bars, the value above each bar the Indonesian way, as the LKJ's
// "grafik capaian indikator kinerja" is drawn.

const FONT_SVG = "Arial, Helvetica, sans-serif";
const F_JUDUL = 13;
const F_LABEL = 11;
const F_NILAI = 10;
const F_SUMBU = 10;
/** Average glyph width of Arial in em: text is measured without a DOM, deterministically. */
const LEBAR_HURUF = 0.56;
const WARNA_BATANG = "#4472c4";
const WARNA_ACUAN = "#c00000";
/** Below this the bars of a many-labelled chart are too flat to compare: the chart grows instead. */
const TINGGI_PLOT_MIN = 160;
/** Geometry stays finite whatever the numbers (1e308 - -1e308 is Infinity). */
const BATAS_GEOMETRI = 1e15;

/** An SVG coordinate: finite, one decimal, never "-0". */
function angka(n: number): string {
  const b = Number.isFinite(n) ? bulatkan(n, 1) : 0;
  return String(b === 0 ? 0 : b);
}

function lebarTeks(teks: string, font: number): number {
  return Array.from(teks).length * font * LEBAR_HURUF;
}

function ukuran(n: number | undefined, bawaan: number, min: number): number {
  return n !== undefined && Number.isFinite(n) ? Math.min(Math.max(Math.round(n), min), 4000) : bawaan;
}

function potong(teks: string, maksKar: number): string {
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
function bungkus(teks: string, maksKar: number, maksBaris: number): string[] {
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

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about five intervals. */
function langkahSumbu(rentang: number): number {
  const kasar = rentang / 5;
  const pangkat = 10 ** Math.floor(Math.log10(kasar));
  const f = kasar / pangkat;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return m * pangkat;
}

function teksSvg(x: number, y: number, isi: string, atribut = ""): string {
  return `<text x="${angka(x)}" y="${angka(y)}"${atribut}>${escapeHtml(isi)}</text>`;
}

/** Text turned a quarter to the left (reading upwards), anchored at (x, y). */
function teksTegak(x: number, y: number, isi: string, atribut = ""): string {
  return `<text transform="translate(${angka(x)} ${angka(y)}) rotate(-90)"${atribut}>${escapeHtml(isi)}</text>`;
}

/** The chart's title in at most two centred bold lines, and the height they take. */
function judulGrafik(
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

function bukaSvg(judul: string, w: number, h: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" font-family="${FONT_SVG}">` +
    `<title>${escapeHtml(judul || "Grafik")}</title>` +
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`
  );
}

function svgKosong(judul: string, W: number): string {
  const { tinggiJudul, judulSvg } = judulGrafik(judul, W);
  const h = tinggiJudul + 40;
  return `${bukaSvg(judul, W, h)}${judulSvg(W / 2)}${teksSvg(W / 2, tinggiJudul + 24, "Tidak ada data untuk grafik.", ` text-anchor="middle" font-size="${F_LABEL}" font-style="italic" fill="#444"`)}</svg>`;
}

/**
 * The chart as inline SVG (`lebar` x `tinggi` px, 600 x 340 by default; the height grows when
 * the labels need it). Bars start at 0, so negative values hang below it; a value that is not a
 * finite number gets no bar and prints "-". Labels too long for their bar are wrapped or cut,
 * with the full text in a <title> (hover). Values print with 2 decimals unless all are whole.
 * With `sebar` it is the IPA scatter instead (svgSebar below; 600 x 440 by default, taller with
 * its numbered list).
 */
export function svgGrafik(g: Grafik, lebar?: number, tinggi?: number): string {
  if (typeof g.sebar === "object" && g.sebar !== null) return svgSebar(g, g.sebar, lebar, tinggi);
  let W = ukuran(lebar, 600, 240);
  let H = ukuran(tinggi, 340, 160);
  const judul = String(g.judul ?? "");
  const label = g.label ?? [];
  const nilaiAsli = g.nilai ?? [];
  const n = Math.max(label.length, nilaiAsli.length);

  const { tinggiJudul, judulSvg } = judulGrafik(judul, W);
  const buka = (w: number, h: number) => bukaSvg(judul, w, h);

  if (n === 0) return svgKosong(judul, W);

  const nilai: (number | null)[] = Array.from({ length: n }, (_, i) => {
    const v = nilaiAsli[i];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  });
  const geo = (v: number) => Math.min(Math.max(v, -BATAS_GEOMETRI), BATAS_GEOMETRI);
  const bulat = nilai.every((v) => v === null || Number.isInteger(v));
  const teksNilai = nilai.map((v) => (v === null ? "-" : formatAngka(v, bulat ? 0 : 2)));
  const acuan = typeof g.acuan === "number" && Number.isFinite(g.acuan) ? geo(g.acuan) : null;

  // The value axis always holds 0 (bars start there) and the reference line.
  const angkaSumbu = [0, ...nilai.filter((v): v is number => v !== null).map(geo)];
  if (acuan !== null) angkaSumbu.push(acuan);
  let rendah = Math.min(...angkaSumbu);
  let tinggiNilai = Math.max(...angkaSumbu);
  if (tinggiNilai === rendah) tinggiNilai = rendah + 1;
  const langkah = langkahSumbu(tinggiNilai - rendah);
  const desimalSumbu = Math.min(
    6,
    Math.max(0, -Math.floor(Math.log10(langkah) + 1e-9) + (langkah % 1 ? 1 : 0)),
  );
  rendah = Math.floor(rendah / langkah + 1e-9) * langkah;
  tinggiNilai = Math.ceil(tinggiNilai / langkah - 1e-9) * langkah;
  const jumlahTik = Math.round((tinggiNilai - rendah) / langkah);
  const tik = Array.from({ length: jumlahTik + 1 }, (_, i) => rendah + i * langkah);
  const teksTik = tik.map((t) =>
    formatAngka(Math.abs(t) < langkah / 1e6 ? 0 : t, desimalSumbu, { buangNolDesimal: true }),
  );

  const satuan = String(g.satuan ?? "").trim();
  const teksAcuan = acuan !== null ? formatAngka(acuan, 2, { buangNolDesimal: true }) : "";
  const kiri = 8 + (satuan ? F_SUMBU + 8 : 0) + Math.max(...teksTik.map((t) => lebarTeks(t, F_SUMBU))) + 6;
  const kanan =
    acuan !== null ? Math.max(lebarTeks("Acuan", F_SUMBU), lebarTeks(teksAcuan, F_SUMBU)) + 14 : 14;
  let lebarPlot = W - kiri - kanan;
  if (lebarPlot < n * 6) {
    lebarPlot = n * 6;
    W = Math.ceil(kiri + lebarPlot + kanan);
  }
  const slot = lebarPlot / n;
  const lebarBatang = Math.max(1, Math.min(slot * 0.62, 56));
  const tengah = (i: number) => kiri + (i + 0.5) * slot;

  const maksNilai = Math.max(...teksNilai.map((t) => Array.from(t).length));
  const nilaiTegak = maksNilai * F_NILAI * LEBAR_HURUF > slot - 2;
  const fNilai = nilaiTegak ? Math.min(F_NILAI, Math.max(6, slot * 0.8)) : F_NILAI;
  const ruangNilai = nilaiTegak ? maksNilai * fNilai * LEBAR_HURUF + 6 : F_NILAI + 6;
  const adaNegatif = nilai.some((v) => v !== null && v < 0);

  const labelDatar = slot >= 44;
  const fLabel = labelDatar ? F_LABEL : Math.min(F_LABEL, Math.max(6, slot * 0.8));
  const barisLabel = labelDatar
    ? label.map((l) => bungkus(String(l ?? ""), (slot - 4) / (F_LABEL * LEBAR_HURUF), 3))
    : [];
  const tinggiLabel = labelDatar
    ? Math.max(1, ...barisLabel.map((b) => b.length)) * (F_LABEL + 2) + 8
    : Math.min(Math.max(H * 0.35, 60), 140);

  const atas = tinggiJudul + 4 + ruangNilai;
  const bawahNegatif = adaNegatif ? ruangNilai : 0;
  let tinggiPlot = H - atas - bawahNegatif - tinggiLabel - 6;
  if (tinggiPlot < TINGGI_PLOT_MIN) {
    H = Math.ceil(H + TINGGI_PLOT_MIN - tinggiPlot);
    tinggiPlot = TINGGI_PLOT_MIN;
  }
  const y = (v: number) => atas + ((tinggiNilai - geo(v)) / (tinggiNilai - rendah)) * tinggiPlot;
  const y0 = y(0);
  const bawahPlot = atas + tinggiPlot;

  const bagian: string[] = [buka(W, H), judulSvg(W / 2)];

  // Grid and value axis.
  tik.forEach((t, i) => {
    const yt = y(t);
    bagian.push(
      `<line x1="${angka(kiri)}" y1="${angka(yt)}" x2="${angka(kiri + lebarPlot)}" y2="${angka(yt)}" stroke="#d9d9d9" stroke-width="1"/>`,
      teksSvg(kiri - 6, yt + F_SUMBU * 0.35, teksTik[i]!, ` text-anchor="end" font-size="${F_SUMBU}"`),
    );
  });
  if (satuan) {
    const maksKar = tinggiPlot / (F_SUMBU * LEBAR_HURUF);
    bagian.push(
      `<g><title>${escapeHtml(satuan)}</title>${teksTegak(8 + F_SUMBU, atas + tinggiPlot / 2, potong(satuan, maksKar), ` text-anchor="middle" font-size="${F_SUMBU}" font-weight="bold"`)}</g>`,
    );
  }
  bagian.push(
    `<line x1="${angka(kiri)}" y1="${angka(atas)}" x2="${angka(kiri)}" y2="${angka(bawahPlot)}" stroke="#000" stroke-width="1"/>`,
  );

  // Bars, each with its value; the full label and value in a <title>.
  for (let i = 0; i < n; i++) {
    const v = nilai[i]!;
    const cx = tengah(i);
    const teksLabel = String(label[i] ?? "");
    const isi: string[] = [`<title>${escapeHtml(`${teksLabel}: ${teksNilai[i]}`)}</title>`];
    const ujung = v === null ? y0 : y(v);
    if (v !== null) {
      isi.push(
        `<rect x="${angka(cx - lebarBatang / 2)}" y="${angka(Math.min(ujung, y0))}" width="${angka(lebarBatang)}" height="${angka(Math.abs(ujung - y0))}" fill="${WARNA_BATANG}"/>`,
      );
    }
    const bawah = v !== null && v < 0;
    // A white halo keeps a value readable where it crosses the reference line or a grid line.
    const gayaNilai = ` font-size="${angka(fNilai)}" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke"`;
    if (nilaiTegak) {
      isi.push(
        bawah
          ? teksTegak(cx + fNilai * 0.35, ujung + 4, teksNilai[i]!, ` text-anchor="end"${gayaNilai}`)
          : teksTegak(cx + fNilai * 0.35, ujung - 4, teksNilai[i]!, ` text-anchor="start"${gayaNilai}`),
      );
    } else {
      isi.push(
        teksSvg(
          cx,
          bawah ? ujung + F_NILAI + 2 : ujung - 4,
          teksNilai[i]!,
          ` text-anchor="middle"${gayaNilai}`,
        ),
      );
    }
    bagian.push(`<g>${isi.join("")}</g>`);
  }

  // Zero line over the bars' feet, then the reference line.
  bagian.push(
    `<line x1="${angka(kiri)}" y1="${angka(y0)}" x2="${angka(kiri + lebarPlot)}" y2="${angka(y0)}" stroke="#000" stroke-width="1"/>`,
  );
  if (acuan !== null) {
    const ya = y(acuan);
    const xa = kiri + lebarPlot + 4;
    bagian.push(
      `<g><title>${escapeHtml(`Acuan ${teksAcuan}`)}</title>`,
      `<line x1="${angka(kiri)}" y1="${angka(ya)}" x2="${angka(kiri + lebarPlot)}" y2="${angka(ya)}" stroke="${WARNA_ACUAN}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      teksSvg(xa, ya - 3, "Acuan", ` font-size="${F_SUMBU}" fill="${WARNA_ACUAN}"`),
      teksSvg(xa, ya + F_SUMBU + 1, teksAcuan, ` font-size="${F_SUMBU}" fill="${WARNA_ACUAN}"`),
      "</g>",
    );
  }

  // Category labels under the plot: wrapped when the bars are wide, turned upright when narrow.
  const atasLabel = bawahPlot + bawahNegatif + 4;
  for (let i = 0; i < label.length; i++) {
    const teksLabel = String(label[i] ?? "");
    if (teksLabel.trim() === "") continue;
    const cx = tengah(i);
    let teks: string;
    if (labelDatar) {
      const tspan = barisLabel[i]!.map(
        (b, k) =>
          `<tspan x="${angka(cx)}" y="${angka(atasLabel + F_LABEL + k * (F_LABEL + 2))}">${escapeHtml(b)}</tspan>`,
      );
      teks = `<text text-anchor="middle" font-size="${F_LABEL}">${tspan.join("")}</text>`;
    } else {
      const maksKar = (tinggiLabel - 4) / (fLabel * LEBAR_HURUF);
      teks = teksTegak(
        cx + fLabel * 0.35,
        atasLabel + 2,
        potong(teksLabel.replace(/\s+/g, " ").trim(), maksKar),
        ` text-anchor="end" font-size="${angka(fLabel)}"`,
      );
    }
    bagian.push(`<g><title>${escapeHtml(teksLabel)}</title>${teks}</g>`);
  }
  bagian.push("</svg>");
  return bagian.join("");
}

// ---------------------------------------------------------------------------------------------
// The scatter of an IPA (Importance-Performance Analysis, Martilla & James), as the SKM letters
// of the regional organisation bureau use it (seed 001): kinerja across, kepentingan up, the two
// means cutting the plane into the quadrants I-IV.

type Sebar = NonNullable<Grafik["sebar"]>;

interface Kuadran {
  readonly teks: string;
  readonly latar: string;
  readonly warna: string;
}

/** Top-left, top-right, bottom-left, bottom-right: the order of kuadranDari. */
const KUADRAN: readonly Kuadran[] = [
  { teks: "I Prioritas Perbaikan", latar: "#fbe5e3", warna: "#a50000" },
  { teks: "II Pertahankan Prestasi", latar: "#e5f2e5", warna: "#1e6b24" },
  { teks: "III Prioritas Rendah", latar: "#efefef", warna: "#4d4d4d" },
  { teks: "IV Berlebihan", latar: "#fdf1d6", warna: "#8a4b00" },
];
const WARNA_RATA = "#404040";
const R_TITIK = 4;
const F_TITIK = 10;
const F_KUADRAN = 10;
const TINGGI_SEBAR_MIN = 180;
const LEBAR_SEBAR_MIN = 180;

/**
 * 0 I (kepentingan at or above its mean, kinerja below its mean), 1 II, 2 III, 3 IV: a point on
 * a mean line belongs to the side at or above it.
 */
function kuadranDari(x: number, y: number, rataX: number, rataY: number): number {
  return (y >= rataY ? 0 : 2) + (x >= rataX ? 1 : 0);
}

interface Kotak {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const tabrak = (a: Kotak, b: Kotak) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const di = (a: Kotak, b: Kotak) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

interface Sumbu {
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
  const kasar = (tinggi - rendah) / 5;
  const pangkat = 10 ** Math.floor(Math.log10(kasar));
  const f = kasar / pangkat;
  const langkah = Math.max(0.01, (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pangkat);
  return {
    dari: Math.floor(rendah / langkah + 1e-9) * langkah,
    sampai: Math.ceil(tinggi / langkah - 1e-9) * langkah,
    langkah,
  };
}

function tikSumbu(s: Sumbu): number[] {
  const jumlah = Math.max(1, Math.round((s.sampai - s.dari) / s.langkah));
  return Array.from({ length: jumlah + 1 }, (_, i) => s.dari + i * s.langkah);
}

interface Penempatan {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  kotak: Kotak;
}

/**
 * Where a text of width `w` goes beside the dot at (cx, cy): right, left, above, below, then (with
 * `paksa`) the diagonals; the first place inside `batas` whose box, grown by `sela`, hits nothing
 * in `rintangan`. Without one: null, or with `paksa` the place that hits least.
 */
function tempatLabel(
  cx: number,
  cy: number,
  w: number,
  f: number,
  rintangan: readonly Kotak[],
  batas: Kotak,
  paksa: boolean,
  sela = 0,
): Penempatan | null {
  const d = R_TITIK + 3;
  const dd = d * 0.75;
  const naik = f * 0.8;
  const turun = f * 0.2;
  const calonDi = (x: number, y: number, anchor: Penempatan["anchor"]): Penempatan => {
    const x1 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    return { x, y, anchor, kotak: { x1, y1: y - naik, x2: x1 + w, y2: y + turun } };
  };
  const calon = [
    calonDi(cx + d, cy + f * 0.35, "start"),
    calonDi(cx - d, cy + f * 0.35, "end"),
    calonDi(cx, cy - d - turun, "middle"),
    calonDi(cx, cy + d + naik, "middle"),
    calonDi(cx + dd, cy - dd - turun, "start"),
    calonDi(cx - dd, cy - dd - turun, "end"),
    calonDi(cx + dd, cy + dd + naik, "start"),
    calonDi(cx - dd, cy + dd + naik, "end"),
  ].slice(0, paksa ? 8 : 4);
  let terbaik: Penempatan | null = null;
  let skorTerbaik = Number.POSITIVE_INFINITY;
  for (const c of calon) {
    const k = c.kotak;
    const besar = { x1: k.x1 - sela, y1: k.y1 - sela, x2: k.x2 + sela, y2: k.y2 + sela };
    const skor = (di(k, batas) ? 0 : 100) + rintangan.filter((r) => tabrak(besar, r)).length;
    if (skor === 0) return c;
    if (skor < skorTerbaik) {
      terbaik = c;
      skorTerbaik = skor;
    }
  }
  return paksa ? terbaik : null;
}

interface Titik {
  nomor: number;
  label: string;
  x: number | null;
  y: number | null;
  teksX: string;
  teksY: string;
}

/**
 * The IPA scatter: every point a dot named by its label beside it, or, when the labels would
 * collide, by its number with the numbered labels listed under the plot. A point without both
 * values gets no dot and is listed with "(tanpa nilai)". Without finite means there are no mean
 * lines or quadrants: nothing is computed here.
 */
function svgSebar(g: Grafik, s: Sebar, lebar?: number, tinggi?: number): string {
  let W = ukuran(lebar, 600, 300);
  let H = ukuran(tinggi, 440, 240);
  const judul = String(g.judul ?? "");
  const label = Array.isArray(g.label) ? g.label : [];
  const nilaiX = Array.isArray(g.nilai) ? g.nilai : [];
  const nilaiY = Array.isArray(s.nilaiY) ? s.nilaiY : [];
  const n = Math.max(label.length, nilaiX.length, nilaiY.length);
  const terhingga = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  const geo = (v: number) => Math.min(Math.max(v, -BATAS_GEOMETRI), BATAS_GEOMETRI);

  const titik: Titik[] = Array.from({ length: n }, (_, i) => {
    const x = nilaiX[i];
    const y = nilaiY[i];
    return {
      nomor: i + 1,
      label: String(label[i] ?? "")
        .replace(/\s+/g, " ")
        .trim(),
      x: terhingga(x) ? geo(x) : null,
      y: terhingga(y) ? geo(y) : null,
      teksX: terhingga(x) ? formatAngka(x, 2) : "-",
      teksY: terhingga(y) ? formatAngka(y, 2) : "-",
    };
  });
  const terlukis = titik.filter((t) => t.x !== null && t.y !== null);
  if (terlukis.length === 0) return svgKosong(judul, W);

  const rataX = terhingga(s.rataX) ? geo(s.rataX) : null;
  const rataY = terhingga(s.rataY) ? geo(s.rataY) : null;
  const adaKuadran = rataX !== null && rataY !== null;
  const teksRataX = rataX !== null ? formatAngka(rataX, 2) : "";
  const teksRataY = rataY !== null ? formatAngka(rataY, 2) : "";
  const satuan = String(g.satuan ?? "").trim();
  const satuanY = String(s.satuanY ?? "").trim();

  const sumbuX = sumbuSebar([...terlukis.map((t) => t.x!), ...(rataX !== null ? [rataX] : [])]);
  const sumbuY = sumbuSebar([...terlukis.map((t) => t.y!), ...(rataY !== null ? [rataY] : [])]);
  const teksTik = (t: number, sumbu: Sumbu) => formatAngka(Math.abs(t) < sumbu.langkah / 1e6 ? 0 : t, 2);
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

  const { tinggiJudul, judulSvg } = judulGrafik(judul, W);
  const kiri = 8 + (satuanY ? F_SUMBU + 8 : 0) + lebarTikY + 10;
  const kanan = Math.max(
    lebarTikX / 2 + 4,
    rataY !== null ? Math.max(lebarTeks("Rata-rata", F_SUMBU), lebarTeks(teksRataY, F_SUMBU)) + 12 : 14,
  );
  const atas = tinggiJudul + 8 + (rataX !== null ? F_SUMBU + 6 : 0);
  const bawah = 4 + 4 + F_SUMBU + 2 + (satuan ? F_SUMBU + 10 : 0) + 8;
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
  const plot: Kotak = { x1: kiri, y1: atas, x2: kananPlot, y2: bawahPlot };
  const px = (x: number) => kiri + ((x - sumbuX.dari) / (sumbuX.sampai - sumbuX.dari)) * lebarPlot;
  let py = (y: number) => atas + ((sumbuY.sampai - y) / (sumbuY.sampai - sumbuY.dari)) * tinggiPlot;

  // Dots at the same spot are one dot with all their numbers.
  const kelompok = new Map<string, { cx: number; cy: number; anggota: Titik[] }>();
  const kelompokkanTitik = () => {
    kelompok.clear();
    for (const t of terlukis) {
      const cx = px(t.x!);
      const cy = py(t.y!);
      const kunci = `${angka(cx)} ${angka(cy)}`;
      const ada = kelompok.get(kunci);
      if (ada) ada.anggota.push(t);
      else kelompok.set(kunci, { cx, cy, anggota: [t] });
    }
  };
  const kotakTitik = () =>
    [...kelompok.values()].map((k) => ({
      x1: k.cx - R_TITIK - 1,
      y1: k.cy - R_TITIK - 1,
      x2: k.cx + R_TITIK + 1,
      y2: k.cy + R_TITIK + 1,
    }));

  // The quadrant names sit in the plot's corners; the y axis grows a step where a dot is under one.
  const mx = rataX !== null ? px(rataX) : 0;
  const barisKuadran = KUADRAN.map((q, i) => {
    const ruang = (i % 2 === 0 ? mx - kiri : kananPlot - mx) - 10;
    // At least the longest word ("Pertahankan") per line: a narrow quadrant stacks its name.
    return bungkus(q.teks, Math.max(ruang / (F_KUADRAN * LEBAR_HURUF), 11), 3);
  });
  const letakKuadran = () =>
    barisKuadran.map((baris, i) => {
      const w = Math.max(...baris.map((b) => lebarTeks(b, F_KUADRAN)));
      const x = i % 2 === 0 ? kiri + 5 : kananPlot - 5;
      const tinggiTeks = baris.length * (F_KUADRAN + 2);
      const y1 = i < 2 ? atas + 4 : bawahPlot - 4 - tinggiTeks;
      const x1 = i % 2 === 0 ? x : x - w;
      return { x, y1, kotak: { x1, y1, x2: x1 + w, y2: y1 + tinggiTeks } };
    });
  kelompokkanTitik();
  let kuadran = letakKuadran();
  for (let ulang = 0; adaKuadran && ulang < 3; ulang++) {
    const dot = kotakTitik();
    const kena = (i: number) => dot.some((d) => tabrak(d, kuadran[i]!.kotak));
    const naik = kena(0) || kena(1);
    const turun = kena(2) || kena(3);
    if (!naik && !turun) break;
    if (naik) sumbuY.sampai += sumbuY.langkah;
    if (turun) sumbuY.dari -= sumbuY.langkah;
    py = (y: number) => atas + ((sumbuY.sampai - y) / (sumbuY.sampai - sumbuY.dari)) * tinggiPlot;
    kelompokkanTitik();
    kuadran = letakKuadran();
  }
  const tikY = tikSumbu(sumbuY);
  const my = rataY !== null ? py(rataY) : 0;

  // Labels beside the dots when every one fits without touching another; numbers otherwise.
  const titikKelompok = [...kelompok.values()];
  // A label across a mean line would seem to sit in two quadrants: the lines are in the way too.
  const kotakDot = kotakTitik();
  const rintanganDasar = [
    ...(adaKuadran ? kuadran.map((q) => q.kotak) : []),
    ...(rataX !== null ? [{ x1: mx - 1, y1: atas, x2: mx + 1, y2: bawahPlot }] : []),
    ...(rataY !== null ? [{ x1: kiri, y1: my - 1, x2: kananPlot, y2: my + 1 }] : []),
  ];
  const tempatkanSemua = (teks: (k: (typeof titikKelompok)[number]) => string, paksa: boolean) => {
    const rintangan = [...rintanganDasar];
    const hasil: Penempatan[] = [];
    for (const [i, k] of titikKelompok.entries()) {
      // Every dot but its own: the margin kept around a label must not count the dot it names.
      const lain = [...kotakDot.filter((_, j) => j !== i), ...rintangan];
      const w = lebarTeks(teks(k), F_TITIK);
      const p = tempatLabel(k.cx, k.cy, w, F_TITIK, lain, plot, paksa, paksa ? 0 : 3);
      if (p === null) return null;
      hasil.push(p);
      rintangan.push(p.kotak);
    }
    return hasil;
  };
  const bisaLabel =
    terlukis.length === n &&
    titik.every((t) => t.label !== "") &&
    titikKelompok.every((k) => k.anggota.length === 1);
  const tempatLabelPenuh = bisaLabel ? tempatkanSemua((k) => k.anggota[0]!.label, false) : null;
  const bernomor = tempatLabelPenuh === null;
  const teksTitik = (k: (typeof titikKelompok)[number]) =>
    bernomor ? k.anggota.map((t) => t.nomor).join(", ") : k.anggota[0]!.label;
  const tempat = tempatLabelPenuh ?? tempatkanSemua(teksTitik, true)!;

  // The numbered list under the plot, column by column.
  const F_DAFTAR = F_LABEL;
  const lebarNomor = lebarTeks(String(n), F_DAFTAR);
  const entri = titik.map((t) => `${t.label}${t.x === null || t.y === null ? " (tanpa nilai)" : ""}`);
  const xDaftar = kiri;
  const lebarDaftar = W - 8 - xDaftar;
  const jarakKolom = 16;
  const lebarEntri = Math.max(...entri.map((e) => lebarNomor + 5 + lebarTeks(e, F_DAFTAR)));
  let kolom = Math.min(3, Math.max(1, Math.floor((lebarDaftar + jarakKolom) / (lebarEntri + jarakKolom))));
  if (kolom === 1 && n > 5 && lebarDaftar >= 2 * 160 + jarakKolom) kolom = 2;
  kolom = Math.min(kolom, n);
  const barisDaftar = Math.ceil(n / kolom);
  const lebarKolomDaftar = Math.min((lebarDaftar - (kolom - 1) * jarakKolom) / kolom, lebarEntri);
  const tinggiDaftar = bernomor ? F_SUMBU + 8 + barisDaftar * (F_DAFTAR + 4) + 8 : 0;
  const atasDaftar = H;
  H = Math.ceil(H + tinggiDaftar);

  const bagian: string[] = [bukaSvg(judul, W, H), judulSvg(W / 2)];
  const garis = (x1: number, y1: number, x2: number, y2: number, atribut: string) =>
    `<line x1="${angka(x1)}" y1="${angka(y1)}" x2="${angka(x2)}" y2="${angka(y2)}"${atribut}/>`;
  const persegi = (x1: number, y1: number, x2: number, y2: number, atribut: string) =>
    `<rect x="${angka(x1)}" y="${angka(y1)}" width="${angka(x2 - x1)}" height="${angka(y2 - y1)}"${atribut}/>`;

  // Quadrant shading, grid, frame.
  if (adaKuadran) {
    const sisi = [
      [kiri, atas, mx, my],
      [mx, atas, kananPlot, my],
      [kiri, my, mx, bawahPlot],
      [mx, my, kananPlot, bawahPlot],
    ] as const;
    sisi.forEach(([x1, y1, x2, y2], i) => {
      bagian.push(persegi(x1, y1, x2, y2, ` fill="${KUADRAN[i]!.latar}"`));
    });
  }
  const warnaKisi = ` stroke="${adaKuadran ? "#ffffff" : "#d9d9d9"}" stroke-width="1"`;
  for (const t of tikX) bagian.push(garis(px(t), atas, px(t), bawahPlot, warnaKisi));
  for (const t of tikY) bagian.push(garis(kiri, py(t), kananPlot, py(t), warnaKisi));
  if (adaKuadran) {
    kuadran.forEach((q, i) => {
      const k = KUADRAN[i]!;
      const tspan = barisKuadran[i]!.map(
        (b, j) =>
          `<tspan x="${angka(q.x)}" y="${angka(q.y1 + F_KUADRAN * 0.85 + j * (F_KUADRAN + 2))}">${escapeHtml(b)}</tspan>`,
      );
      bagian.push(
        `<text text-anchor="${i % 2 === 0 ? "start" : "end"}" font-size="${F_KUADRAN}" font-weight="bold" fill="${k.warna}" class="kuadran">${tspan.join("")}</text>`,
      );
    });
  }
  bagian.push(persegi(kiri, atas, kananPlot, bawahPlot, ' fill="none" stroke="#000" stroke-width="1"'));

  // Ticks and their values; where the values are too close, every other one (or fewer).
  const lompatX = Math.max(1, Math.ceil((lebarTikX + 6) / (lebarPlot / Math.max(1, tikX.length - 1))));
  tikX.forEach((t, i) => {
    bagian.push(garis(px(t), bawahPlot, px(t), bawahPlot + 4, ' stroke="#000" stroke-width="1"'));
    if (i % lompatX === 0)
      bagian.push(
        teksSvg(
          px(t),
          bawahPlot + 6 + F_SUMBU,
          teksTik(t, sumbuX),
          ` text-anchor="middle" font-size="${F_SUMBU}"`,
        ),
      );
  });
  const lompatY = Math.max(1, Math.ceil((F_SUMBU + 2) / (tinggiPlot / Math.max(1, tikY.length - 1))));
  tikY.forEach((t, i) => {
    bagian.push(garis(kiri - 4, py(t), kiri, py(t), ' stroke="#000" stroke-width="1"'));
    if (i % lompatY === 0)
      bagian.push(
        teksSvg(
          kiri - 7,
          py(t) + F_SUMBU * 0.35,
          teksTik(t, sumbuY),
          ` text-anchor="end" font-size="${F_SUMBU}"`,
        ),
      );
  });
  if (satuan) {
    bagian.push(
      `<g><title>${escapeHtml(satuan)}</title>${teksSvg(kiri + lebarPlot / 2, bawahPlot + 6 + F_SUMBU + 6 + F_SUMBU, potong(satuan, lebarPlot / (F_SUMBU * LEBAR_HURUF)), ` text-anchor="middle" font-size="${F_SUMBU}" font-weight="bold"`)}</g>`,
    );
  }
  if (satuanY) {
    bagian.push(
      `<g><title>${escapeHtml(satuanY)}</title>${teksTegak(8 + F_SUMBU, atas + tinggiPlot / 2, potong(satuanY, tinggiPlot / (F_SUMBU * LEBAR_HURUF)), ` text-anchor="middle" font-size="${F_SUMBU}" font-weight="bold"`)}</g>`,
    );
  }

  // The means, dashed, each with its value outside the plot.
  const gayaRata = ` stroke="${WARNA_RATA}" stroke-width="1.5" stroke-dasharray="6 4"`;
  if (rataX !== null) {
    const teks = `Rata-rata ${teksRataX}`;
    const w = lebarTeks(teks, F_SUMBU);
    const x = Math.min(Math.max(mx, w / 2 + 4), W - w / 2 - 4);
    bagian.push(
      `<g class="rata-x"><title>${escapeHtml(`Rata-rata ${satuan || "x"} ${teksRataX}`)}</title>`,
      garis(mx, atas, mx, bawahPlot, gayaRata),
      teksSvg(x, atas - 5, teks, ` text-anchor="middle" font-size="${F_SUMBU}" fill="${WARNA_RATA}"`),
      "</g>",
    );
  }
  if (rataY !== null) {
    bagian.push(
      `<g class="rata-y"><title>${escapeHtml(`Rata-rata ${satuanY || "y"} ${teksRataY}`)}</title>`,
      garis(kiri, my, kananPlot, my, gayaRata),
      teksSvg(kananPlot + 4, my - 3, "Rata-rata", ` font-size="${F_SUMBU}" fill="${WARNA_RATA}"`),
      teksSvg(kananPlot + 4, my + F_SUMBU + 1, teksRataY, ` font-size="${F_SUMBU}" fill="${WARNA_RATA}"`),
      "</g>",
    );
  }

  // The points, each with what it is in a <title> (hover).
  titikKelompok.forEach((k, i) => {
    const judulTitik = k.anggota.map((t) => {
      const q = adaKuadran ? ` (kuadran ${KUADRAN[kuadranDari(t.x!, t.y!, rataX!, rataY!)]!.teks})` : "";
      return `${t.nomor}. ${t.label || "(tanpa nama)"}: ${satuan || "x"} ${t.teksX}; ${satuanY || "y"} ${t.teksY}${q}`;
    });
    const p = tempat[i]!;
    bagian.push(
      `<g class="titik"><title>${escapeHtml(judulTitik.join("\n"))}</title>`,
      `<circle cx="${angka(k.cx)}" cy="${angka(k.cy)}" r="${R_TITIK}" fill="${WARNA_BATANG}" stroke="#fff" stroke-width="1"/>`,
      teksSvg(
        p.x,
        p.y,
        teksTitik(k),
        ` text-anchor="${p.anchor}" font-size="${F_TITIK}"${bernomor ? ' font-weight="bold"' : ""} fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke"`,
      ),
      "</g>",
    );
  });

  if (bernomor) {
    const yDaftar = atasDaftar + 4 + F_SUMBU;
    bagian.push(teksSvg(xDaftar, yDaftar, "Keterangan:", ` font-size="${F_SUMBU}" font-weight="bold"`));
    const maksKar = (lebarKolomDaftar - lebarNomor - 5) / (F_DAFTAR * LEBAR_HURUF);
    titik.forEach((t, i) => {
      const x = xDaftar + Math.floor(i / barisDaftar) * (lebarKolomDaftar + jarakKolom);
      const y = yDaftar + 4 + (1 + (i % barisDaftar)) * (F_DAFTAR + 4);
      bagian.push(
        `<g class="keterangan"><title>${escapeHtml(`${t.nomor} ${entri[i]}`)}</title>`,
        teksSvg(
          x + lebarNomor,
          y,
          String(t.nomor),
          ` text-anchor="end" font-size="${F_DAFTAR}" font-weight="bold"`,
        ),
        teksSvg(x + lebarNomor + 5, y, potong(entri[i]!, maksKar), ` font-size="${F_DAFTAR}"`),
        "</g>",
      );
    });
  }
  bagian.push("</svg>");
  return bagian.join("");
}
