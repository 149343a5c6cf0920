// A check of a Documents.get answer written apart from the fake: it walks the structure, proves
// every start and end index follows from the one before (a section break 0..1, a paragraph's
// elements end to end ending in its newline, a table's own index then its rows', a row's then its
// cells', a cell's then its content, and one where the table ends), and spells each segment out
// one character per index: "§" the section break, "┬" "├" "│" "┴" where a table, a row, a cell
// start and where a table ends, "□" an image or a page break, text as it is.
type Document = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

export interface Layout {
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly footers: Record<string, string>;
}

function fail(what: string, want: number, got: number | undefined): never {
  throw new Error(`indeks ${what}: seharusnya ${want}, tertulis ${String(got)}`);
}

function at(what: string, want: number, got: number | undefined): void {
  // proto3 JSON leaves out a 0.
  if ((got ?? 0) !== want) fail(what, want, got);
}

/** The characters that stand for structure, not text. */
export const STRUCTURE = "§┬├│┴";

/** One segment's content from `start`: its characters by index. */
function spell(content: readonly StructuralElement[], start: number, where: string): string {
  let out = "";
  let i = start;
  content.forEach((el, k) => {
    const name = `${where}[${k}]`;
    at(`${name}.startIndex`, i, el.startIndex);
    if (el.sectionBreak) {
      out += "§";
      i++;
    } else if (el.paragraph) {
      const elements = el.paragraph.elements ?? [];
      let text = "";
      elements.forEach((e, j) => {
        at(`${name}.elements[${j}].startIndex`, i, e.startIndex);
        const piece = e.textRun ? (e.textRun.content ?? "") : "□";
        if (piece === "") throw new Error(`${name}.elements[${j}] kosong`);
        text += piece;
        i += piece.length;
        at(`${name}.elements[${j}].endIndex`, i, e.endIndex);
      });
      if (!text.endsWith("\n") || text.slice(0, -1).includes("\n")) {
        throw new Error(`${name}: paragraf harus diakhiri satu "\\n": ${JSON.stringify(text)}`);
      }
      out += text;
    } else if (el.table) {
      out += "┬";
      i++;
      const rows = el.table.tableRows ?? [];
      if (rows.length !== el.table.rows)
        throw new Error(`${name}: rows ${el.table.rows}, tableRows ${rows.length}`);
      rows.forEach((r, ri) => {
        at(`${name}.tableRows[${ri}].startIndex`, i, r.startIndex);
        out += "├";
        i++;
        (r.tableCells ?? []).forEach((c, ci) => {
          const cname = `${name}.tableRows[${ri}].tableCells[${ci}]`;
          at(`${cname}.startIndex`, i, c.startIndex);
          out += "│";
          i++;
          const inner = spell(c.content ?? [], i, `${cname}.content`);
          if (inner === "") throw new Error(`${cname}: sel tanpa paragraf`);
          out += inner;
          i += inner.length;
          at(`${cname}.endIndex`, i, c.endIndex);
        });
        at(`${name}.tableRows[${ri}].endIndex`, i, r.endIndex);
      });
      out += "┴";
      i++;
    } else throw new Error(`${name}: elemen struktur tak dikenal`);
    at(`${name}.endIndex`, i, el.endIndex);
  });
  const last = content.at(-1);
  if (content.length > 0 && !last?.paragraph) throw new Error(`${where}: segmen harus diakhiri paragraf`);
  return out;
}

/** Every segment spelled out; throws where an index does not follow. */
export function layoutOf(doc: Document): Layout {
  const body = doc.body?.content ?? [];
  if (!body[0]?.sectionBreak) throw new Error("isi dokumen harus diawali section break");
  const segments = (map: unknown, key: "headerId" | "footerId"): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [id, seg] of Object.entries((map ?? {}) as Record<string, Record<string, unknown>>)) {
      if (seg[key] !== id) throw new Error(`${key} ${String(seg[key])} di bawah kunci ${id}`);
      out[id] = spell((seg.content ?? []) as StructuralElement[], 0, id);
    }
    return out;
  };
  return {
    body: spell(body, 0, "body.content"),
    headers: segments(doc.headers, "headerId"),
    footers: segments(doc.footers, "footerId"),
  };
}
