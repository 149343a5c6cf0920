import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulatkan } from "../../src/core/pembulatan";
import { parseSkala, predikat, SKALA_LKJ, SKALA_PERMENDAGRI, skalaKustom } from "../../src/core/predikat";

describe("predikat on the LKJ scale (LKJ Klakah 2023, 3.1)", () => {
  it.each([
    [117.65, "Sangat Berhasil"],
    [95, "Sangat Berhasil"],
    [94.999, "Sangat Berhasil"], // printed 95,00 %: judged on what is printed
    [94.99, "Berhasil"],
    [93.54, "Berhasil"],
    [80, "Berhasil"],
    [79.99, "Cukup Berhasil"],
    [50, "Cukup Berhasil"],
    [49.99, "Tidak Berhasil"],
    [-20, "Tidak Berhasil"],
  ])("%d %% -> %s", (c, p) => expect(predikat(c, SKALA_LKJ)).toBe(p));
});

describe("predikat on the Permendagri 86/2017 scale", () => {
  it.each([
    [100, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.5, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65, "Rendah"],
    [51, "Rendah"],
    [50.01, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
  ])("%d %% -> %s", (c, p) => expect(predikat(c, SKALA_PERMENDAGRI)).toBe(p));

  it("is chosen by name, case-insensitively", () => {
    expect(parseSkala("permendagri")).toBe(SKALA_PERMENDAGRI);
    expect(parseSkala("Permendagri 86/2017")).toBe(SKALA_PERMENDAGRI);
    expect(parseSkala("")).toBe(SKALA_LKJ);
    expect(() => parseSkala("bagus")).toThrow(/Skala predikat "bagus" tidak dikenal/);
  });
});

describe("a unit's own scale", () => {
  const skala = skalaKustom([
    [60, "Cukup"],
    ["100", "Istimewa"],
    [85, "Baik"],
    ["", ""],
  ]);
  it("sorts the rows and lets the lowest class take everything below", () => {
    expect(predikat(120, skala)).toBe("Istimewa");
    expect(predikat(85, skala)).toBe("Baik");
    expect(predikat(84.99, skala)).toBe("Cukup");
    expect(predikat(10, skala)).toBe("Cukup");
  });
  it("rejects half-filled rows and repeated bounds", () => {
    expect(() =>
      skalaKustom([
        [90, ""],
        [50, "x"],
      ]),
    ).toThrow(/baris 1/);
    expect(() =>
      skalaKustom([
        [90, "a"],
        [90, "b"],
      ]),
    ).toThrow(/dua kali/);
    expect(() => skalaKustom([[90, "a"]])).toThrow(/dua baris/);
  });
  it("takes the bounds from whichever column holds them, under an optional header row", () => {
    const namaDulu = skalaKustom([
      ["Predikat", "Batas bawah"],
      ["Cukup", 60],
      ["Istimewa", "100"],
      ["Baik", 85],
    ]);
    expect(namaDulu.kelas.map((k) => k.predikat)).toEqual(["Istimewa", "Baik", "Cukup"]);
    expect(predikat(85, namaDulu)).toBe("Baik");
    expect(() =>
      skalaKustom([
        ["Cukup", 60],
        ["Baik", "delapan puluh"],
      ]),
    ).toThrow(/baris 2/);
    expect(() =>
      skalaKustom([
        ["A", "Istimewa"],
        ["B", "Baik"],
      ]),
    ).toThrow(/satu kolom berisi batas bawah/);
  });
});

it("a higher capaian never gets a lower class", () => {
  for (const skala of [SKALA_LKJ, SKALA_PERMENDAGRI]) {
    const urutan = skala.kelas.map((k) => k.predikat);
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (c, d) => {
          expect(urutan.indexOf(predikat(c + d, skala))).toBeLessThanOrEqual(
            urutan.indexOf(predikat(c, skala)),
          );
        },
      ),
      { numRuns: 5_000 },
    );
  }
});

it("a unit's scale of any size gives the class a walk from the top would give (binary search, defect 10)", () => {
  const jalan = (nilai: number, kelas: readonly { batasBawah: number; predikat: string }[]) =>
    kelas.find((k) => bulatkan(nilai, 2) >= k.batasBawah)!.predikat;
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: -5000, max: 20000 }), { minLength: 2, maxLength: 300 }),
      fc.array(fc.double({ min: -100, max: 250, noNaN: true }), { minLength: 1, maxLength: 50 }),
      (batas, nilai) => {
        const skala = skalaKustom(batas.map((b, i) => [b / 100, `Kelas ${i}`]));
        for (const v of [...nilai, ...batas.map((b) => b / 100)]) {
          expect(predikat(v, skala)).toBe(jalan(v, skala.kelas));
        }
      },
    ),
    { numRuns: 2_000 },
  );
  for (const skala of [SKALA_LKJ, SKALA_PERMENDAGRI]) {
    for (let v = -10; v <= 120; v += 0.005) {
      const k = skala.kelas.find((k) =>
        k.termasukBatas ? bulatkan(v, 2) >= k.batasBawah : bulatkan(v, 2) > k.batasBawah,
      )!;
      expect(predikat(v, skala)).toBe(k.predikat);
    }
  }
});

it("refuses a scale with no class in Indonesian", () => {
  expect(() => predikat(90, { nama: "KOSONG", kelas: [] })).toThrow(
    /Skala predikat KOSONG tidak berisi kelas/,
  );
});
