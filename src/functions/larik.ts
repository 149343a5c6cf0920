/**
 * How custom functions take what Sheets passes: a single cell arrives as a scalar, a range as a
 * 2D array (rows of cells); blank cells are "" (developers.google.com/apps-script/guides/sheets/functions,
 * "Data types"). One call over a whole column is the fast way: Sheets runs each custom-function
 * call as a separate execution, so a column of single-cell calls is thousands of executions.
 */

import { isKosong } from "../core/angka";
import { pesanGalat } from "../core/galat";

export type Sel = unknown;

/** A blank cell: Sheets passes "" (also null/undefined for an omitted argument). */
export const kosong: (v: Sel) => boolean = isKosong;

/** A 2D array as Sheets passes a range; anything else is a scalar. */
function adalahRentang(v: Sel): v is Sel[][] {
  return Array.isArray(v);
}

interface Bentuk {
  baris: number;
  kolom: number;
}

function bentukRentang(v: Sel[], nama: string): Bentuk {
  if (v.length === 0) return { baris: 0, kolom: 0 };
  let kolom = -1;
  for (const b of v) {
    if (!Array.isArray(b)) throw new Error(`Argumen ${nama} bukan rentang sel yang berbentuk tabel.`);
    if (kolom === -1) kolom = b.length;
    else if (b.length !== kolom) throw new Error(`Argumen ${nama}: setiap baris rentang harus sama panjang.`);
  }
  return { baris: v.length, kolom };
}

export interface Argumen {
  nama: string;
  nilai: Sel;
}

/** The per-cell computation: the cells of up to four arguments, in order. */
export type Hitung = (a: Sel, b: Sel, c: Sel, d: Sel) => Sel;

/**
 * Applies `hitung` cell by cell over up to four arguments that are scalars or equal-sized ranges
 * (a scalar or a 1x1 range applies to every cell, so `=CAPAIAN(H2:H; G2:G; "TURUN")` works).
 * - All arguments scalar: the result is a scalar; bad input throws an Indonesian Error, which
 *   Sheets shows as #ERROR! with the text.
 * - Any argument a range: the result is a range; a cell whose first argument is blank stays
 *   blank (the open end of `H2:H`, a quarter not reported yet), and a bad cell gets its
 *   Indonesian message in that cell only.
 * A blank first argument in a scalar call gives a blank cell too.
 */
export function siarkan(argumen: readonly Argumen[], hitung: Hitung): Sel {
  if (argumen.length > 4) throw new Error("siarkan: paling banyak empat argumen.");
  const bentuk: Bentuk[] = argumen.map((a) =>
    adalahRentang(a.nilai) ? bentukRentang(a.nilai, a.nama) : { baris: 1, kolom: 1 },
  );
  const punyaRentang = argumen.some((a) => adalahRentang(a.nilai));
  if (!punyaRentang) {
    const [a, b, c, d] = argumen.map((x) => x.nilai);
    return kosong(a) ? "" : hitung(a, b, c, d);
  }

  let baris = 1;
  let kolom = 1;
  for (const b of bentuk) {
    if (b.baris === 0 || b.kolom === 0) throw new Error("Rentang kosong tidak dapat dihitung.");
    baris = Math.max(baris, b.baris);
    kolom = Math.max(kolom, b.kolom);
  }
  bentuk.forEach((b, i) => {
    if ((b.baris !== 1 && b.baris !== baris) || (b.kolom !== 1 && b.kolom !== kolom)) {
      const rincian = argumen
        .map((a, j) => `${a.nama} ${bentuk[j]!.baris} baris × ${bentuk[j]!.kolom} kolom`)
        .join(", ");
      throw new Error(`Ukuran rentang ${argumen[i]!.nama} tidak cocok dengan yang lain: ${rincian}.`);
    }
  });

  // Hot path (one call over a 10 000-row column): each argument becomes either one value for
  // every cell or a flat list of cells, read by index; no per-cell allocation but the answer.
  const jumlahSel = baris * kolom;
  // A one-column argument is read in place (rows[i][0]); a wider one is flattened once.
  const datar = argumen.map((a, i): Sel[] | null => {
    const v = a.nilai;
    if (!adalahRentang(v)) return null;
    const b = bentuk[i]!;
    if (b.baris === 1 && b.kolom === 1) return null;
    if (kolom === 1) return v;
    const out: Sel[] = new Array(jumlahSel);
    for (let r = 0; r < baris; r++) {
      const br = v[b.baris === 1 ? 0 : r]!;
      for (let c = 0; c < kolom; c++) out[r * kolom + c] = br[b.kolom === 1 ? 0 : c];
    }
    return out;
  });
  const baca = (d: Sel[] | null, t: Sel, i: number): Sel =>
    d === null ? t : kolom === 1 ? (d[i] as Sel[])[0] : d[i];
  const tetap = argumen.map((a) => (adalahRentang(a.nilai) ? a.nilai[0]![0] : a.nilai));
  const [d0 = null, d1 = null, d2 = null, d3 = null] = datar;
  const [t0, t1, t2, t3] = tetap;
  const hasil: Sel[][] = new Array(baris);
  let barisHasil: Sel[] = [];
  for (let i = 0; i < jumlahSel; i++) {
    const a = baca(d0, t0, i);
    const b = baca(d1, t1, i);
    const c = baca(d2, t2, i);
    const d = baca(d3, t3, i);
    let v: Sel = "";
    if (!kosong(a)) {
      try {
        v = hitung(a, b, c, d);
      } catch (e) {
        v = pesanGalat(e);
      }
    }
    if (kolom === 1) {
      hasil[i] = [v];
    } else {
      barisHasil.push(v);
      if (barisHasil.length === kolom) {
        hasil[(i + 1) / kolom - 1] = barisHasil;
        barisHasil = [];
      }
    }
  }
  return hasil;
}

/**
 * Remembers the last answer of an option parser: an option column ("NAIK", "NAIK", ...) or a
 * scalar option is parsed once per distinct run of values, not once per cell.
 */
export function ingatTerakhir<T>(parse: (v: Sel) => T): (v: Sel) => T {
  let adaAkhir = false;
  let masukAkhir: Sel;
  let keluarAkhir: T;
  return (v) => {
    if (adaAkhir && v === masukAkhir) return keluarAkhir;
    keluarAkhir = parse(v);
    masukAkhir = v;
    adaAkhir = true;
    return keluarAkhir;
  };
}

/** Every cell of an argument as a flat list, row by row (a scalar is a list of one). */
export function ratakan(v: Sel): Sel[] {
  if (!adalahRentang(v)) return [v];
  const out: Sel[] = [];
  for (const b of v) {
    if (Array.isArray(b)) for (const x of b) out.push(x);
    else out.push(b);
  }
  return out;
}

/** An argument as rows of cells (a scalar becomes one row of one cell); checks the shape. */
export function sebagaiTabel(v: Sel, nama: string): Sel[][] {
  if (!adalahRentang(v)) return [[v]];
  bentukRentang(v, nama);
  return v;
}
