/**
 * Where a label goes beside its dot so that it hits nothing: boxes and a search over the places
 * around the dot, as a cartographer places a town's name. Geometry only.
 */

export interface Kotak {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The two boxes overlap (touching is not overlapping). */
export const tabrak = (a: Kotak, b: Kotak): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Box a lies inside box b. */
const di = (a: Kotak, b: Kotak) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

export interface Penempatan {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  kotak: Kotak;
}

/**
 * Where a text of width `w` and font size `f` goes beside the dot of radius `r` at (cx, cy):
 * right, left, above, below, then (with `paksa`) the diagonals; the first place inside `batas`
 * whose box, grown by `sela`, hits nothing in `rintangan`. Without one: null, or with `paksa` the
 * place that hits least.
 */
export function tempatLabel(
  titik: { cx: number; cy: number; r: number },
  w: number,
  f: number,
  rintangan: readonly Kotak[],
  batas: Kotak,
  paksa: boolean,
  sela = 0,
): Penempatan | null {
  const { cx, cy } = titik;
  const d = titik.r + 3;
  const dd = d * 0.75;
  const naik = f * 0.8;
  const turun = f * 0.2;
  const calonDi = (x: number, y: number, anchor: Penempatan["anchor"]): Penempatan => {
    const x1 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    return { x, y, anchor, kotak: { x1, y1: y - naik, x2: x1 + w, y2: y + turun } };
  };
  const calon = [
    calonDi(cx + d, cy + f * 0.35, "start"),
    calonDi(cx - d, cy + f * 0.35, "end"),
    calonDi(cx, cy - d - turun, "middle"),
    calonDi(cx, cy + d + naik, "middle"),
    calonDi(cx + dd, cy - dd - turun, "start"),
    calonDi(cx - dd, cy - dd - turun, "end"),
    calonDi(cx + dd, cy + dd + naik, "start"),
    calonDi(cx - dd, cy + dd + naik, "end"),
  ].slice(0, paksa ? 8 : 4);
  let terbaik: Penempatan | null = null;
  let skorTerbaik = Number.POSITIVE_INFINITY;
  for (const c of calon) {
    const k = c.kotak;
    const besar = { x1: k.x1 - sela, y1: k.y1 - sela, x2: k.x2 + sela, y2: k.y2 + sela };
    const skor = (di(k, batas) ? 0 : 100) + rintangan.filter((r) => tabrak(besar, r)).length;
    if (skor === 0) return c;
    if (skor < skorTerbaik) {
      terbaik = c;
      skorTerbaik = skor;
    }
  }
  return paksa ? terbaik : null;
}
