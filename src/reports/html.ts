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
.sakip-dok p, .sakip-dok h1, .sakip-dok h2, .sakip-dok h3 { white-space: pre-wrap; }
.sakip-dok p { margin: 0 0 6pt; text-align: justify; font-size: 12pt; }
.sakip-dok h1.judul { margin: 0 0 6pt; font-size: 14pt; font-weight: bold; text-align: center;
  text-transform: uppercase; }
.sakip-dok p.subjudul { font-weight: bold; text-align: center; }
.sakip-dok h2.bab { margin: 12pt 0 6pt; font-size: 12pt; font-weight: bold; text-align: center; }
.sakip-dok h3.subbab { margin: 10pt 0 4pt; font-size: 12pt; font-weight: bold; text-align: left; }
.sakip-dok .rata-kiri { text-align: left; }
.sakip-dok .rata-tengah { text-align: center; }
.sakip-dok .rata-kanan { text-align: right; }
.sakip-dok .rata-rata { text-align: justify; }
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
  const atribut = kelas.length > 0 ? ` class="${kelas.join(" ")}"` : "";
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
  const isi = halaman.map((h) => `<section class="halaman">\n${h.join("\n")}\n</section>`).join("\n");
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
    `<style>${CSS_HALAMAN_PENUH}${CSS_DOKUMEN}</style>`,
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

/** Words into at most `maksBaris` lines of `maksKar` characters; what does not fit ends in "…". */
function bungkus(teks: string, maksKar: number, maksBaris: number): string[] {
  const maks = Math.max(1, Math.floor(maksKar));
  const baris: string[] = [];
  let kini = "";
  for (const kata of teks.trim().split(/\s+/).filter(Boolean)) {
    let sisa = Array.from(kata);
    if (kini !== "" && Array.from(kini).length + 1 + sisa.length <= maks) {
      kini += ` ${kata}`;
      continue;
    }
    if (kini !== "") baris.push(kini);
    while (sisa.length > maks) {
      baris.push(sisa.slice(0, maks).join(""));
      sisa = sisa.slice(maks);
    }
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

/**
 * The chart as inline SVG (`lebar` x `tinggi` px, 600 x 340 by default; the height grows when
 * the labels need it). Bars start at 0, so negative values hang below it; a value that is not a
 * finite number gets no bar and prints "-". Labels too long for their bar are wrapped or cut,
 * with the full text in a <title> (hover). Values print with 2 decimals unless all are whole.
 */
export function svgGrafik(g: Grafik, lebar?: number, tinggi?: number): string {
  let W = ukuran(lebar, 600, 240);
  let H = ukuran(tinggi, 340, 160);
  const judul = String(g.judul ?? "");
  const label = g.label ?? [];
  const nilaiAsli = g.nilai ?? [];
  const n = Math.max(label.length, nilaiAsli.length);

  const barisJudul = bungkus(judul, (W - 16) / (F_JUDUL * LEBAR_HURUF), 2);
  const tinggiJudul = 8 + barisJudul.length * (F_JUDUL + 4);
  const judulSvg = (tengah: number) =>
    barisJudul
      .map((b, i) =>
        teksSvg(
          tengah,
          8 + F_JUDUL + i * (F_JUDUL + 4),
          b,
          ` text-anchor="middle" font-size="${F_JUDUL}" font-weight="bold"`,
        ),
      )
      .join("");
  const buka = (w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" font-family="${FONT_SVG}">` +
    `<title>${escapeHtml(judul || "Grafik")}</title>` +
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`;

  if (n === 0) {
    const h = tinggiJudul + 40;
    return `${buka(W, h)}${judulSvg(W / 2)}${teksSvg(W / 2, tinggiJudul + 24, "Tidak ada data untuk grafik.", ` text-anchor="middle" font-size="${F_LABEL}" font-style="italic" fill="#444"`)}</svg>`;
  }

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
