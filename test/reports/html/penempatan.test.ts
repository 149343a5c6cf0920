// Where a label goes beside its dot: src/reports/html/penempatan.ts.
import { describe, expect, it } from "vitest";
import { type Kotak, tabrak, tempatLabel } from "../../../src/reports/html/penempatan";

const BATAS: Kotak = { x1: 0, y1: 0, x2: 400, y2: 300 };
const TITIK = { cx: 200, cy: 150, r: 4 };
/** A box around (x, y), 10 wide and high. */
const di = (x: number, y: number): Kotak => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 });

describe("tempatLabel", () => {
  it("puts a label right of its dot when nothing is there, its box where the text is", () => {
    const p = tempatLabel(TITIK, 30, 10, [], BATAS, false)!;
    expect(p).toMatchObject({ x: 207, anchor: "start" });
    expect(p.kotak).toEqual({ x1: 207, y1: p.y - 8, x2: 237, y2: p.y + 2 });
    expect(p.y).toBeCloseTo(153.5, 10);
  });

  it("goes left, then above, then below when the places before are taken", () => {
    const kanan = di(220, 152);
    expect(tempatLabel(TITIK, 30, 10, [kanan], BATAS, false)).toMatchObject({ x: 193, anchor: "end" });
    const kiri = di(180, 152);
    const atas = tempatLabel(TITIK, 30, 10, [kanan, kiri], BATAS, false)!;
    expect(atas).toMatchObject({ x: 200, anchor: "middle" });
    expect(atas.y).toBeLessThan(TITIK.cy);
    const bawah = tempatLabel(TITIK, 30, 10, [kanan, kiri, di(200, 138)], BATAS, false)!;
    expect(bawah.y).toBeGreaterThan(TITIK.cy);
  });

  it("keeps a label inside its bounds: a dot at the right edge is named on its left", () => {
    const p = tempatLabel({ cx: 395, cy: 150, r: 4 }, 30, 10, [], BATAS, false)!;
    expect(p.anchor).toBe("end");
    expect(p.kotak.x2).toBeLessThanOrEqual(BATAS.x2);
  });

  it("keeps a margin when asked, so a label does not touch what is near", () => {
    const dekat = { x1: 239, y1: 140, x2: 250, y2: 160 };
    expect(tempatLabel(TITIK, 30, 10, [dekat], BATAS, false)!.anchor).toBe("start");
    expect(tempatLabel(TITIK, 30, 10, [dekat], BATAS, false, 3)!.anchor).toBe("end");
  });

  it("without a free place gives null, or, forced, a diagonal, or the place that hits least", () => {
    const empat = [di(220, 152), di(180, 152), di(200, 138), di(200, 165)];
    expect(tempatLabel(TITIK, 30, 10, empat, BATAS, false)).toBeNull();
    const paksa = tempatLabel(TITIK, 30, 10, empat, BATAS, true)!;
    expect(empat.some((k) => tabrak(k, paksa.kotak))).toBe(false);
    expect(paksa.x).not.toBe(TITIK.cx);
    // Everything around taken: the least hit of the eight places, still a place.
    const semua: Kotak = { x1: 100, y1: 100, x2: 300, y2: 200 };
    const terbaik = tempatLabel(TITIK, 30, 10, [semua, ...empat], BATAS, true)!;
    expect(terbaik).not.toBeNull();
    expect(empat.filter((k) => tabrak(k, terbaik.kotak))).toHaveLength(0);
  });
});
