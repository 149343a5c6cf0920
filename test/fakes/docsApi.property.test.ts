// Random valid batches of insertText and deleteContentRange, in the body (paragraphs and table
// cells) and the header: after each batch, Documents.get's indexes follow one another (layoutOf
// checks them) and spell out exactly the text a plain model of the same edits holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutOf, STRUCTURE } from "./docsApiLayout";
import { createFakeGoogle, type DocsRequest, HEADER_ID } from "./index";

const ID = "tplAcak";

function fake() {
  return createFakeGoogle({
    documents: {
      [ID]: {
        name: "Acak",
        header: ["Kop"],
        body: [
          "Pembuka",
          {
            table: [
              ["a", "b"],
              ["", "c"],
            ],
          },
          "Tengah",
          { table: [["d"]] },
          "Penutup",
        ],
      },
    },
  });
}

/** A table's, a row's or a cell's own index, or the section break: no text goes there. */
const MARKERS = STRUCTURE;

function isHigh(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** Text may go before the character at p: it is a paragraph's (not a marker), and p cuts no surrogate pair. */
function insertable(s: string, p: number): boolean {
  return p < s.length && !MARKERS.includes(s[p] ?? "") && !(p > 0 && isHigh(s, p - 1));
}

/**
 * [from, to) may go: paragraphs' characters only, not a container's last newline (the character
 * after it is a cell's, row's or table's own, or the end) nor the newline before a table, no cut
 * surrogate pair.
 */
function deletable(s: string, from: number, to: number): boolean {
  if (from >= to || to >= s.length) return false;
  for (let i = from; i < to; i++) if (MARKERS.includes(s[i] ?? "")) return false;
  if (MARKERS.includes(s[to] ?? "")) return false;
  return !isHigh(s, from - 1) && !isHigh(s, to - 1);
}

/**
 * Body.getText() of a body spelled by layoutOf: blocks joined by "\n", a table's rows by "\n",
 * a row's cells by "\t", a cell's paragraphs by "\n"; a line break is "\r" in DocumentApp.
 */
function appText(units: string): string {
  let i = 1;
  const paragraph = (): string => {
    const end = units.indexOf("\n", i);
    const text = units.slice(i, end);
    i = end + 1;
    return text.split("\u000b").join("\r");
  };
  const blocks = (stop: string): string[] => {
    const out: string[] = [];
    while (i < units.length && !stop.includes(units[i] ?? "")) {
      if (units[i] !== "┬") {
        out.push(paragraph());
        continue;
      }
      i++;
      const rows: string[] = [];
      while (units[i] === "├") {
        i++;
        const cells: string[] = [];
        while (units[i] === "│") {
          i++;
          cells.push(blocks("│├┴").join("\n"));
        }
        rows.push(cells.join("\t"));
      }
      i++; // ┴
      out.push(rows.join("\n"));
    }
    return out;
  };
  return blocks("").join("\n");
}

/** What get gives for inserted text: control characters stripped, a vertical tab kept. */
function clean(t: string): string {
  return [...t]
    .filter((ch) => {
      // As the reference lists them: U+0000-U+0008, U+000C-U+001F, U+E000-U+F8FF.
      const c = ch.charCodeAt(0);
      return !(c <= 0x08 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff));
    })
    .join("");
}

const pieces = fc.constantFrom("a", "Bb", " ", "\n", "é", "😀", "\u000b", "\u0007", "12,5");
const op = fc.record({
  kind: fc.constantFrom("insert", "insert", "delete"),
  header: fc.boolean(),
  at: fc.nat(10_000),
  size: fc.integer({ min: 1, max: 12 }),
  text: fc.array(pieces, { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
});

describe("property: random insertText/deleteContentRange batches keep Documents.get's indexes right", () => {
  it("indexes follow one another and spell the model's text, batch after batch", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (batches) => {
          const g = fake();
          const start = layoutOf(g.Docs.Documents.get(ID));
          const model = { body: start.body, header: start.headers[HEADER_ID] ?? "" };
          for (const ops of batches) {
            const requests: DocsRequest[] = [];
            for (const o of ops) {
              const key = o.header ? "header" : "body";
              const s = model[key];
              const segmentId = o.header ? { segmentId: HEADER_ID } : {};
              if (o.kind === "insert") {
                const candidates = [...s].map((_, i) => i).filter((i) => insertable(s, i));
                const p = candidates[o.at % candidates.length];
                if (p === undefined) continue;
                requests.push({ insertText: { text: o.text, location: { index: p, ...segmentId } } });
                model[key] = s.slice(0, p) + clean(o.text) + s.slice(p);
              } else {
                const from = o.at % s.length;
                let to = from + o.size;
                while (to > from && !deletable(s, from, to)) to--;
                if (to === from) continue;
                requests.push({
                  deleteContentRange: { range: { startIndex: from, endIndex: to, ...segmentId } },
                });
                model[key] = s.slice(0, from) + s.slice(to);
              }
            }
            g.Docs.Documents.batchUpdate(
              { requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
              ID,
            );
            const now = layoutOf(g.Docs.Documents.get(ID));
            expect(now.body).toBe(model.body);
            expect(now.headers[HEADER_ID]).toBe(model.header);
          }
          // DocumentApp reads the same text, paragraphs and cells as Body.getText joins them.
          expect(g.DocumentApp.openById(ID).getBody().getText()).toBe(appText(model.body));
        },
      ),
      { numRuns: 150 },
    );
  });
});
