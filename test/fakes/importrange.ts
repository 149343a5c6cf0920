// Sheets' side of IMPORTRANGE, for tests: the fake does not compute formulas, so this runs every
// =IMPORTRANGE(<cell or "url">; "<sheet>!<range>") of the spreadsheet against the source
// workbooks a test describes, and puts what Sheets would show into the cells (uncounted, as
// Sheets computes on Google's side, not through the script). Modelled as the reference says
// (support.google.com/docs/answer/3093340, "IMPORTRANGE"; "Imports a range of cells from a
// specified spreadsheet"; the receiving sheet must be granted access to each source once, the
// "Allow access" prompt):
// - a source not yet granted shows the error #REF! in the formula's cell (Sheets' hover text
//   "You need to connect these sheets", with the Allow access button): getValues gives "#REF!",
//   the error's text, as for any error value; nothing spills;
// - a source that cannot be reached (no such spreadsheet, no access, deleted) shows #REF! too,
//   with another hover text a script cannot read: to a script both are the same "#REF!";
// - a granted source spills its range from the formula's cell, values as getValues gives them
//   (numbers, text, dates); an array result is not expanded over a cell that holds content
//   (#REF!, "Array result was not expanded because it would overwrite data");
// - a formula whose link cell is blank shows #REF! as well (no spreadsheet named).

import type { FakeGoogle } from "./index";
import type { CellValue } from "./spreadsheet";

export interface SumberImpor {
  /** The source's cells by sheet name: the rows from A1, as its getValues would give them. */
  lembar: Record<string, CellValue[][]>;
}

export interface HasilImpor {
  sel: string;
  hasil: "data" | "izin" | "tidak terjangkau" | "tertimpa";
}

const huruf = (col: string) => [...col.replace(/\$/g, "")].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

function idDari(url: string): string | null {
  const m = /\/spreadsheets\/d\/([\w-]+)/.exec(url);
  return m ? m[1]! : /^[\w-]{25,}$/.test(url.trim()) ? url.trim() : null;
}

/** The cells each fake's imports spilled into last time (not content a user typed). */
const tumpahan = new WeakMap<FakeGoogle, Set<string>>();

/**
 * Computes every IMPORTRANGE of the active spreadsheet. `sumber`: the workbooks that exist, by
 * spreadsheet id; `izin`: the ids this spreadsheet has been granted access to (Allow access).
 */
export function hitungImportRange(
  g: FakeGoogle,
  sumber: Readonly<Record<string, SumberImpor>>,
  izin: ReadonlySet<string>,
): HasilImpor[] {
  const hasil: HasilImpor[] = [];
  const lalu = tumpahan.get(g) ?? new Set<string>();
  for (const k of lalu) {
    const [n, rr, cc] = k.split("|");
    g.sheet(n!).__setComputed(Number(rr), Number(cc), "");
  }
  const kini = new Set<string>();
  tumpahan.set(g, kini);
  for (const sheet of g.spreadsheet.getSheets()) {
    const nama = sheet.getName();
    const kait = g.sheet(nama);
    const lebar = sheet.getLastColumn();
    const tinggi = sheet.getLastRow();
    if (lebar === 0 || tinggi === 0) continue;
    const rumus = sheet.getRange(1, 1, tinggi, lebar).getFormulas();
    const nilai = g.sheetValues(nama);
    for (let r = 0; r < tinggi; r++) {
      for (let c = 0; c < lebar; c++) {
        const m = /^=IMPORTRANGE\(\s*(.+?)\s*[;,]\s*"([^"!]+)!([A-Z]+)(\d+):([A-Z]+)(\d+)"\s*\)$/.exec(
          rumus[r]![c]!,
        );
        if (!m) continue;
        const sel = `${nama}!${String.fromCharCode(65 + (c % 26))}${r + 1}`;
        const ref = /^"(.*)"$/.exec(m[1]!);
        let url = ref ? ref[1]! : "";
        if (!ref) {
          const a = /^\$?([A-Z]+)\$?(\d+)$/.exec(m[1]!);
          if (!a) throw new Error(`hitungImportRange: argumen "${m[1]}" tidak dimodelkan`);
          url = String(nilai[Number(a[2]) - 1]?.[huruf(a[1]!) - 1] ?? "");
        }
        const id = idDari(url);
        const src = id === null ? undefined : sumber[id];
        const tunjuk = (h: HasilImpor["hasil"]) => {
          kait.__setComputed(r + 1, c + 1, "#REF!");
          hasil.push({ sel, hasil: h });
        };
        if (id === null || src === undefined) {
          tunjuk("tidak terjangkau");
          continue;
        }
        if (!izin.has(id)) {
          tunjuk("izin");
          continue;
        }
        const rows = src.lembar[m[2]!];
        if (rows === undefined) {
          tunjuk("tidak terjangkau");
          continue;
        }
        const [c1, r1, c2, r2] = [huruf(m[3]!), Number(m[4]), huruf(m[5]!), Number(m[6])];
        const blok: CellValue[][] = [];
        for (let i = r1; i <= r2; i++) {
          blok.push(Array.from({ length: c2 - c1 + 1 }, (_, j) => rows[i - 1]?.[c1 - 1 + j] ?? ""));
        }
        const tertimpa = blok.some((b, i) =>
          b.some(
            (_, j) =>
              (i > 0 || j > 0) && (nilai[r + i]?.[c + j] ?? "") !== "" && rumus[r + i]?.[c + j] === "",
          ),
        );
        if (tertimpa) {
          tunjuk("tertimpa");
          continue;
        }
        blok.forEach((b, i) => {
          b.forEach((v, j) => {
            kait.__setComputed(r + 1 + i, c + 1 + j, v);
            if (i > 0 || j > 0) kini.add(`${nama}|${r + 1 + i}|${c + 1 + j}`);
          });
        });
        hasil.push({ sel, hasil: "data" });
      }
    }
  }
  return hasil;
}

/**
 * Sheets' side of the built-in formulas the add-on writes in a unit's Ringkasan row 2 (the fake
 * computes no formula): =N, IFERROR(VLOOKUP("title"; Sheet!$A:$B; 2; 0); ""), IFERROR(AVERAGE(
 * Sheet!X2:X); ""), COUNTIF(Sheet!X2:X; ">=100"), COUNT(Sheet!X2:X), IFERROR('Sheet'!C6; ""). A
 * reference to a sheet that does not exist is #REF!, which IFERROR turns into its second
 * argument; AVERAGE, COUNT and COUNTIF take numbers only (text is skipped); AVERAGE of no number is
 * #DIV/0!. Any other formula is refused, so a new one must be modelled here first.
 */
export function hitungRumusBawaan(g: FakeGoogle, lembar: string): void {
  const sheet = g.spreadsheet.getSheetByName(lembar)!;
  const lebar = sheet.getLastColumn();
  const f = sheet.getRange(2, 1, 1, lebar).getFormulas()[0]!;
  const ada = (n: string) => g.spreadsheet.getSheetByName(n.replace(/^'|'$/g, "")) !== null;
  const kolomAngka = (n: string, col: string): number[] =>
    g
      .sheetValues(n)
      .slice(1)
      .map((b) => b[huruf(col) - 1])
      .filter((v): v is number => typeof v === "number");
  const hitung = (x: string): CellValue => {
    let m = /^=(-?\d+(?:\.\d+)?)$/.exec(x);
    if (m) return Number(m[1]);
    m = /^=IFERROR\(VLOOKUP\("([^"]*)"[;,]\s*([^!]+)!\$A:\$B[;,]\s*2[;,]\s*0\)[;,]\s*""\)$/.exec(x);
    if (m) {
      if (!ada(m[2]!)) return "";
      const b = g.sheetValues(m[2]!).find((r) => String(r[0]).trim() === m![1]);
      return b === undefined ? "" : (b[1] ?? "");
    }
    m = /^=IFERROR\(AVERAGE\(([^!]+)!([A-Z]+)2:[A-Z]+\)[;,]\s*""\)$/.exec(x);
    if (m) {
      const v = ada(m[1]!) ? kolomAngka(m[1]!, m[2]!) : [];
      return v.length === 0 ? "" : v.reduce((a, b) => a + b, 0) / v.length;
    }
    m = /^=COUNTIF\(([^!]+)!([A-Z]+)2:[A-Z]+[;,]\s*">=(\d+)"\)$/.exec(x);
    if (m) return ada(m[1]!) ? kolomAngka(m[1]!, m[2]!).filter((v) => v >= Number(m![3])).length : "#REF!";
    m = /^=COUNT\(([^!]+)!([A-Z]+)2:[A-Z]+\)$/.exec(x);
    if (m) return ada(m[1]!) ? kolomAngka(m[1]!, m[2]!).length : "#REF!";
    m = /^=IFERROR\(('[^']+'|[^!]+)!([A-Z]+)(\d+)[;,]\s*""\)$/.exec(x);
    if (m) {
      if (!ada(m[1]!)) return "";
      return g.sheetValues(m[1]!.replace(/^'|'$/g, ""))[Number(m[3]) - 1]?.[huruf(m[2]!) - 1] ?? "";
    }
    throw new Error(`hitungRumusBawaan: rumus "${x}" tidak dimodelkan`);
  };
  f.forEach((x, i) => {
    if (x !== "") g.sheet(lembar).__setComputed(2, i + 1, hitung(x));
  });
}
