/**
 * A Dokumen as HTML: the in-sheet preview (HtmlService dialog) and the demo's out/*.html, one A4
 * sheet per page (the look is in css.ts). Every text comes from users' cells, so every text is
 * escaped; no figure is reformatted here. Runs in Apps Script too: no Intl, no DOM.
 */
import { tampilkanNilai } from "../../core/format";
import type { Dokumen, Elemen, Gaya, Paragraf, Rata, Tabel } from "../model";
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

/** Relative widths as percentages, or nothing when they cannot be used. */
function lebarKolom(lebar: readonly number[] | undefined, jumlahKolom: number): string {
  if (!lebar || lebar.length !== jumlahKolom) return "";
  if (!lebar.every((l) => Number.isFinite(l) && l >= 0)) return "";
  const total = lebar.reduce((a, l) => a + l, 0);
  if (!(total > 0)) return "";
  const kolom = lebar.map((l) => `<col style="width: ${angkaSvg((l / total) * 100)}%">`);
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
