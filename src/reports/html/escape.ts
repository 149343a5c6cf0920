/** Escaping for everything the HTML renderer writes: every text comes from users' cells. */

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
