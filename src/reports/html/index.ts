/**
 * The report model drawn as HTML: the in-sheet preview (scripts/build.mjs bundles this entry into
 * the dialog as `SakipHtml`) and the demo's out/*.html. The renderers draw what the model says
 * and compute no figure: the document (halaman.ts, css.ts), the bar chart (grafik.ts) and the
 * IPA scatter (sebar.ts), sharing the SVG helpers of svg.ts.
 */
export { CSS_DOKUMEN } from "./css";
export { escapeHtml } from "./escape";
export { svgGrafik } from "./grafik";
export { renderHtml } from "./halaman";
