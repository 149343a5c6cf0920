// Sheets' side of the custom functions, for tests: the fake does not compute formulas, so this
// runs the array formulas setup installed (=CAPAIAN(N2:N; H2:H; F2:F; Pengaturan!$B$13) ...)
// by calling the bundle's functions with the ranges' values, as Sheets would, and writes the
// results below the formula. One rule Sheets applies is modelled because product code depends
// on it: a custom function is not called when an argument holds an error value; the formula
// shows that error instead ("If a custom function's argument contains an error, the error is
// returned without running the function" is how Sheets behaves; developers.google.com/apps-script/guides/sheets/functions
// lists the data types a custom function receives, and an error value is none of them).
// Of the built-in functions only the one argument shape setup writes is modelled,
// ARRAYFORMULA(IF(X2:X=""; A2:A; B2:B)): cell by cell, A where X is blank, else B (Sheets'
// ARRAYFORMULA "enables the display of values returned from an array formula into multiple rows
// and/or columns", support.google.com/docs/answer/3093275). Any other nested call leaves the
// formula as it is.

import type { FakeGoogle } from "./index";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const GALAT = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/;

export interface HasilRumus {
  /** "Kinerja!O2": the function called, or the error shown without calling it. */
  readonly sel: string;
  readonly fungsi: string;
  readonly dipanggil: boolean;
  readonly galat?: string;
}

function huruf(col: string): number {
  return [...col.replace(/\$/g, "")].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function pisahArgumen(isi: string, pemisah: string): string[] {
  const out: string[] = [];
  let cur = "";
  let kutip = false;
  let dalam = 0;
  for (const c of isi) {
    if (c === '"') kutip = !kutip;
    if (!kutip && c === "(") dalam++;
    if (!kutip && c === ")") dalam--;
    if (c === pemisah && !kutip && dalam === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** Runs every custom-function formula of the spreadsheet once, in sheet and column order. */
export function hitungRumus(
  g: FakeGoogle,
  fungsi: Readonly<Record<string, unknown>>,
  pemisah: "," | ";" = ";",
): HasilRumus[] {
  const ss = g.spreadsheet;
  const hasil: HasilRumus[] = [];
  for (const sheet of ss.getSheets()) {
    const lebar = sheet.getLastColumn();
    const tinggi = Math.max(sheet.getLastRow(), 2);
    if (lebar === 0) continue;
    const rumus = sheet.getRange(1, 1, tinggi, lebar).getFormulas();
    // Column order: a formula reading another's column (Capaian reads Realisasi Tahunan) runs after it.
    for (let c = 0; c < lebar; c++) {
      for (let r = 0; r < tinggi; r++) {
        const m = /^=([A-Z_]+)\((.*)\)$/.exec(rumus[r]![c]!);
        if (!m) continue;
        const f = fungsi[m[1]!];
        const args = pisahArgumen(m[2]!, pemisah);
        if (typeof f !== "function" || args.some((a) => /^[A-Z_]+\(/.test(a) && !jikaKosong(pemisah).test(a)))
          continue;
        const nilai = args.map((a) => nilaiArgumen(ss, sheet, a, tinggi, pemisah));
        const sel = `${sheet.getName()}!${String.fromCharCode(65 + c)}${r + 1}`;
        const galat = nilai
          .flatMap((v) => (Array.isArray(v) ? v.flat() : [v]))
          .find((v) => GALAT.test(String(v)));
        const keluaran: unknown[][] =
          galat !== undefined
            ? [[galat]]
            : (() => {
                const h = (f as (...a: unknown[]) => unknown)(...nilai);
                return Array.isArray(h) ? (h as unknown[][]) : [[h]];
              })();
        hasil.push({
          sel,
          fungsi: m[1]!,
          dipanggil: galat === undefined,
          ...(galat !== undefined ? { galat: String(galat) } : {}),
        });
        // The result spills from the formula's cell (its value) down, and right when it has
        // several columns (SKOR_LKE answers four).
        const kait = g.sheet(sheet.getName());
        kait.__setComputed(r + 1, c + 1, keluaran[0]?.[0] ?? "");
        const lebarHasil = Math.max(1, ...keluaran.map((b) => b.length));
        if (lebarHasil > 1) {
          sheet
            .getRange(r + 1, c + 2, 1, lebarHasil - 1)
            .setValues([Array.from({ length: lebarHasil - 1 }, (_, j) => keluaran[0]?.[j + 1] ?? "")]);
        }
        const sampai = Math.max(tinggi, r + keluaran.length);
        const bawah = Array.from({ length: sampai - r - 1 }, (_, i) =>
          Array.from({ length: lebarHasil }, (_, j) => keluaran[i + 1]?.[j] ?? ""),
        );
        if (bawah.length > 0 && keluaran.length > 1) {
          sheet.getRange(r + 2, c + 1, bawah.length, lebarHasil).setValues(bawah);
        } else if (bawah.length > 0 && lebarHasil === 1) {
          sheet.getRange(r + 2, c + 1, bawah.length, 1).setValues(bawah);
        }
      }
    }
  }
  return hasil;
}

/**
 * ARRAYFORMULA(IF(X2:X=""<p>A2:A<p>B2:B)) with the spreadsheet's argument separator <p> only: Sheets
 * reads a formula in the spreadsheet's locale, so the other separator is not an argument separator
 * there (the formula is then not this shape, and is left as it is).
 */
function jikaKosong(pemisah: "," | ";"): RegExp {
  return new RegExp(
    `^ARRAYFORMULA\\(IF\\(([^=()${pemisah}]+)=""${pemisah}([^${pemisah}()]+)${pemisah}([^${pemisah}()]+)\\)\\)$`,
  );
}

/** A range as Sheets hands it to a custom function: a 2D array, a single cell as its value. */
function nilaiArgumen(
  ss: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  arg: string,
  tinggi: number,
  pemisah: "," | ";",
): unknown {
  const jika = jikaKosong(pemisah).exec(arg);
  if (jika) {
    const [uji, ya, tidak] = [jika[1]!, jika[2]!, jika[3]!].map((a) =>
      sebagai2d(nilaiArgumen(ss, sheet, a, tinggi, pemisah)),
    ) as [unknown[][], unknown[][], unknown[][]];
    return uji.map((b, r) => b.map((v, c) => (v === "" || v === null ? ya[r]?.[c] : tidak[r]?.[c]) ?? ""));
  }
  const teks = /^"(.*)"$/.exec(arg);
  if (teks) return teks[1];
  // The decimal mark goes with the separator: a comma where ";" separates arguments, else a point.
  const desimal = pemisah === ";" ? "," : ".";
  if (new RegExp(`^-?\\d+(\\${desimal}\\d+)?$`).test(arg)) return Number(arg.replace(",", "."));
  const m = /^(?:([^!]+)!)?(\$?[A-Z]+)(\$?\d+)?(?::(\$?[A-Z]+)(\$?\d+)?)?$/.exec(arg);
  if (!m) throw new Error(`hitungRumus: argumen "${arg}" tidak dimodelkan`);
  const lembar = m[1] ? ss.getSheetByName(m[1].replace(/^'|'$/g, ""))! : sheet;
  // An open range on another sheet runs to that sheet's last row.
  const sampai = lembar === sheet ? tinggi : Math.max(lembar.getLastRow(), 2);
  const c1 = huruf(m[2]!);
  const r1 = m[3] ? Number(m[3].replace("$", "")) : 1;
  const c2 = m[4] ? huruf(m[4]) : c1;
  const r2 = m[5] ? Number(m[5].replace("$", "")) : m[4] ? Math.max(sampai, r1) : r1;
  const v = lembar.getRange(r1, c1, r2 - r1 + 1, c2 - c1 + 1).getValues();
  return v.length === 1 && v[0]!.length === 1 ? v[0]![0] : v;
}

const sebagai2d = (v: unknown): unknown[][] => (Array.isArray(v) ? (v as unknown[][]) : [[v]]);
