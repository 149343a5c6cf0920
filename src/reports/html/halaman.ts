/**
 * A Dokumen as HTML: the in-sheet preview (HtmlService dialog) and the demo's out/*.html, one A4
 * sheet per page (the look is in css.ts). Every text comes from users' cells, so every text is
 * escaped; no figure is reformatted here. Runs in Apps Script too: no Intl, no DOM.
 */
import { tampilkanNilai } from "../../core/format";
import type { Dokumen, Elemen, Gaya, Paragraf, Rata, Tabel } from "../model";
import { dibalik, halamanDokumen, halamanElemen, lebarGuna, PADDING, selTertutup, tataTabel } from "../tata";
import { CSS_DOKUMEN, CSS_HALAMAN_PENUH } from "./css";
import { escapeHtml } from "./escape";
import { svgGrafik } from "./grafik";
import { angkaSvg } from "./svg";

/** Escaped, with the line breaks a cell or paragraph holds (signature blocks: name, then NIP). */
function teksHtml(teks: string): string {
  // A link (evidence in Drive) is a link, as the Doc's writer makes it.
  return escapeHtml(teks)
    .replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`)
    .replace(/\r\n|\r|\n/g, "<br>");
}

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

/**
 * A table as the Doc draws it (tata.ts): its fitted widths and font size, merged cells, header
 * rows centred and shaded, amounts right-aligned. The widths are fixed, as in the Doc.
 */
function tabelHtml(t: Tabel, lebarHalaman: number): string {
  const baris = t.baris ?? [];
  if (baris.length === 0) return "";
  const jumlahKolom = Math.max(...baris.map((b) => b.length));
  const kepala = Math.max(0, Math.min(Math.floor(t.kepala ?? 0), baris.length));
  const tebal = new Set(t.tebal ?? []);
  const kanan = new Set(t.kanan ?? []);
  const tata = tataTabel(t, lebarHalaman);
  const tertutup = selTertutup(tata.gabung);
  const rentang = new Map(tata.gabung.map((g) => [`${g.baris},${g.kolom}`, g]));
  // A table narrowed to fit (tata.ts PADDING_RAPAT): its cells' side padding, as the Doc sets it.
  const rapat = tata.padding === PADDING ? "" : ` style="padding: 3pt ${angkaSvg(tata.padding)}pt"`;
  const sel = (b: readonly string[], i: number, tag: "th" | "td") =>
    Array.from({ length: jumlahKolom }, (_, k) => {
      if (tertutup.has(`${i},${k}`)) return "";
      const g = rentang.get(`${i},${k}`);
      const atribut = [
        ...(g && g.barisRentang > 1 ? [` rowspan="${g.barisRentang}"`] : []),
        ...(g && g.kolomRentang > 1 ? [` colspan="${g.kolomRentang}"`] : []),
        ...(tag === "td" && kanan.has(k) ? [' class="kanan"'] : []),
        rapat,
      ].join("");
      return `<${tag}${atribut}>${teksHtml(k < b.length ? (b[k] ?? "") : "")}</${tag}>`;
    }).join("");
  const kepalaHtml = baris.slice(0, kepala).map((b, i) => `<tr>${sel(b, i, "th")}</tr>`);
  const badanHtml = baris
    .slice(kepala)
    .map((b, i) => `<tr${tebal.has(kepala + i) ? ' class="tebal"' : ""}>${sel(b, kepala + i, "td")}</tr>`);
  const kolom = `<colgroup>${tata.lebar.map((l) => `<col style="width: ${angkaSvg(l)}pt">`).join("")}</colgroup>`;
  const kelas = ["tabel", ...(t.tanpaGaris ? ["tanpa-garis"] : []), ...(t.tengah ? ["tengah"] : [])].join(
    " ",
  );
  const lebar = tata.lebar.reduce((a, l) => a + l, 0);
  return [
    `<table class="${kelas}" style="width: ${angkaSvg(lebar)}pt; font-size: ${angkaSvg(tata.ukuran)}pt">`,
    kolom,
    kepalaHtml.length > 0 ? `<thead>${kepalaHtml.join("\n")}</thead>` : "",
    badanHtml.length > 0 ? `<tbody>${badanHtml.join("\n")}</tbody>` : "",
    "</table>",
  ]
    .filter((s) => s !== "")
    .join("\n");
}

function elemenHtml(e: Elemen, lebarHalaman: number): string {
  switch (e.jenis) {
    case "paragraf":
      return paragrafHtml(e);
    case "tabel":
      return tabelHtml(e, lebarHalaman);
    case "grafik":
      // data-judul: the dialog sends each drawing as a PNG under its chart's title (src/ui/laporan.html).
      return `<figure class="grafik" data-judul="${escapeHtml(e.grafik.judul)}">${svgGrafik(e.grafik)}</figure>`;
    case "halaman":
    case "bagian":
      return "";
    default:
      throw new Error(
        `Elemen laporan jenis ${tampilkanNilai((e as { jenis?: unknown }).jenis)} tidak dikenal.`,
      );
  }
}

/**
 * The document as HTML. A page break starts a new sheet, a section break (PemisahBagian) a new
 * sheet in its section's orientation: sheets stand apart on screen and each ends with a page
 * break in print, where the Google Doc has its page breaks (a turned section prints on the named
 * page "putar", its size the document's turned).
 * `halamanPenuh` (default true): a complete page; false: a `<div class="sakip-dok">` fragment for
 * a dialog, carrying its own (scoped) `<style>` so it looks the same wherever it is put.
 */
export function renderHtml(dok: Dokumen, opsi?: { halamanPenuh?: boolean }): string {
  const kertas = halamanDokumen(dok);
  const perElemen = halamanElemen(dok);
  const halaman: { kertas: typeof kertas; isi: string[] }[] = [{ kertas, isi: [] }];
  dok.elemen.forEach((e, i) => {
    const h = perElemen[i] ?? kertas;
    if (e.jenis === "halaman") halaman.push({ kertas: h, isi: [] });
    else if (e.jenis === "bagian") halaman.push({ kertas: h, isi: [] });
    else {
      const html = elemenHtml(e, lebarGuna(h));
      if (html !== "") halaman[halaman.length - 1]!.isi.push(html);
    }
  });
  // The sheet as the Doc's page: its size and margins in points.
  const mm = (pt: number) => `${angkaSvg(pt)}pt`;
  const putar = (k: typeof kertas) => dibalik(kertas, k.lebar > k.tinggi);
  const gaya = (k: typeof kertas) =>
    `width: ${mm(k.lebar)}; min-height: ${mm(k.tinggi)}; padding: ${[k.atas, k.kanan, k.bawah, k.kiri].map(mm).join(" ")}${putar(k) ? "; page: putar" : ""}`;
  const isi = halaman
    .map(
      (h) =>
        `<section class="halaman${putar(h.kertas) ? " putar" : ""}" style="${gaya(h.kertas)}">\n${h.isi.join("\n")}\n</section>`,
    )
    .join("\n");
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
    `<style>${CSS_HALAMAN_PENUH.replace("size: A4;", `size: ${mm(kertas.lebar)} ${mm(kertas.tinggi)};`)}@page putar { size: ${mm(kertas.tinggi)} ${mm(kertas.lebar)}; }${CSS_DOKUMEN}</style>`,
    "</head>",
    "<body>",
    `<div class="sakip-dok">\n${isi}\n</div>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
