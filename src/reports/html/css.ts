/**
 * The look of a report (seeds 001 LKJ Klakah 2023, 003 Laporan Kinerja Lumajang 2021): A4
 * sheets, Times New Roman 12pt, centred bold title and chapters, justified text, thin black
 * table borders with grey header rows, borderless signature blocks.
 */

// Margins of a naskah dinas: left 3 cm for binding, 2 cm right, 2.5 cm top and bottom.
const MARGIN_HALAMAN = "25mm 20mm 25mm 30mm";

/**
 * The report's look, scoped to `.sakip-dok` so that a fragment embedded in a dialog neither takes
 * nor gives styles. `white-space: pre-wrap` keeps the spaces and tabs users align text with, as
 * the Google Doc does.
 */
export const CSS_DOKUMEN = `
.sakip-dok { background: #e6e6e6; padding: 24px 0; color: #000; }
.sakip-dok .halaman { box-sizing: border-box; width: 210mm; min-height: 297mm;
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
.sakip-dok p.rata-kiri, .sakip-dok h1.rata-kiri, .sakip-dok h2.rata-kiri, .sakip-dok h3.rata-kiri { text-align: left; }
.sakip-dok p.rata-tengah, .sakip-dok h1.rata-tengah, .sakip-dok h2.rata-tengah, .sakip-dok h3.rata-tengah { text-align: center; }
.sakip-dok p.rata-kanan, .sakip-dok h1.rata-kanan, .sakip-dok h2.rata-kanan, .sakip-dok h3.rata-kanan { text-align: right; }
.sakip-dok p.rata-rata, .sakip-dok h1.rata-rata, .sakip-dok h2.rata-rata, .sakip-dok h3.rata-rata { text-align: justify; }
.sakip-dok .tebal { font-weight: bold; }
.sakip-dok table.tabel { table-layout: fixed; max-width: 100%; margin: 6pt 0 10pt; border-collapse: collapse;
  font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt; line-height: 1.3; }
.sakip-dok table.tabel th, .sakip-dok table.tabel td { padding: 3pt 5pt; border: 1px solid #000;
  text-align: left; vertical-align: top; white-space: pre-wrap; }
.sakip-dok table.tabel th { background: #d9d9d9; font-weight: bold; text-align: center; vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sakip-dok table.tabel tr.tebal td { font-weight: bold; }
.sakip-dok table.tanpa-garis { font-family: inherit; font-size: 12pt; line-height: 1.4; }
.sakip-dok table.tanpa-garis th, .sakip-dok table.tanpa-garis td { border: none; background: none; }
.sakip-dok table.tengah th, .sakip-dok table.tengah td { text-align: center; }
.sakip-dok table.tabel td.kanan { text-align: right; }
.sakip-dok table.tabel th, .sakip-dok table.tabel td { overflow-wrap: anywhere; }
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

/** A complete page's own rules: the A4 sheet of print, the grey desk on screen. */
export const CSS_HALAMAN_PENUH = `
@page { size: A4; margin: ${MARGIN_HALAMAN}; }
html, body { margin: 0; padding: 0; }
body { background: #e6e6e6; }
@media print { body { background: #fff; } }
`;
