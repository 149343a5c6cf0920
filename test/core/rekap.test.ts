// The kabupaten's figures from its units (issue 16). The pooling property is the domain's rule
// (domain.md section 5): the respondent-weighted mean of the units' IKM equals the IKM of all
// respondents pooled when every unsur is answered. Seed 001 gives a real case: Klakah's four 2023
// quarters taken as four "units", 499 respondents in all, pool to the 84,08 its SKM report printed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SKM_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { hitungIkm, hitungIkmDariRekap, UNSUR_PERMENPANRB_14_2017 } from "../../src/core/ikm";
import { bulatkan } from "../../src/core/pembulatan";
import { ikmKabupaten, parseCaraGabungan, peringkat, rataRata, sebaran } from "../../src/core/rekap";
import { IKM_GABUNGAN } from "../../src/functions";

const rekapTriwulan = (t: (typeof SKM_KLAKAH_2023)[number]) =>
  t.jumlahNilai.map((s, k) => ({
    unsur: UNSUR_PERMENPANRB_14_2017[k]!,
    jumlahNilai: s,
    jumlahJawaban: t.responden,
  }));

describe("ikmKabupaten", () => {
  it("pools Klakah's four 2023 quarters to the year's 84,08 (499 respondents); RATA_RATA the plain mean of the four", () => {
    const unit = SKM_KLAKAH_2023.map((t) => {
      const h = hitungIkmDariRekap(rekapTriwulan(t), { jumlahResponden: t.responden });
      return { ikm: h.ikm, responden: t.responden, nrr: h.nrrUnsur.map((u) => u.nrr) };
    });
    const semua = hitungIkmDariRekap(
      rekapTriwulan(SKM_KLAKAH_2023[0]!).map((q, k) => ({
        ...q,
        jumlahNilai: SKM_KLAKAH_2023.reduce((a, t) => a + t.jumlahNilai[k]!, 0),
        jumlahJawaban: SKM_KLAKAH_2023.reduce((a, t) => a + t.responden, 0),
      })),
    );
    const kab = ikmKabupaten(unit);
    expect(kab.responden).toBe(499);
    expect(kab.ikm).toBeCloseTo(semua.ikm, 10);
    expect(bulatkan(kab.ikm, 2)).toBe(84.08);
    kab.nrr.forEach((v, k) => {
      expect(v).toBeCloseTo(semua.nrrUnsur[k]!.nrr, 10);
    });
    expect(kab.mutu).toEqual({ huruf: "B", kinerja: "Baik" });
    const rata = ikmKabupaten(unit, "RATA_RATA");
    expect(rata.ikm).toBeCloseTo(unit.reduce((a, u) => a + u.ikm, 0) / 4, 10);
    expect(rata.responden).toBe(499);
  });

  it("equals the IKM of every respondent pooled, for any units whose respondents answer every question", () => {
    const unitArb = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }))
      .chain(([n, q]) =>
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: q, maxLength: q }), {
          minLength: n,
          maxLength: n,
        }),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(unitArb, { minLength: 1, maxLength: 6 }),
        (q, us) => {
          const units = us.map((rows) =>
            rows.map((r) => Array.from({ length: q }, (_, k) => r[k % r.length]!)),
          );
          const hasil = units.map((rows) => hitungIkm(rows));
          const kab = ikmKabupaten(
            hasil.map((h) => ({
              ikm: h.ikm,
              responden: h.jumlahResponden,
              nrr: h.nrrUnsur.map((u) => u.nrr),
            })),
          );
          const pooled = hitungIkm(units.flat());
          expect(kab.ikm).toBeCloseTo(pooled.ikm, 9);
          kab.nrr.forEach((v, k) => {
            expect(v).toBeCloseTo(pooled.nrrUnsur[k]!.nrr, 9);
          });
          expect(kab.responden).toBe(pooled.jumlahResponden);
        },
      ),
    );
  });

  it("lies between the lowest and the highest unit, whichever way, and ignores the units' order", () => {
    const unit = fc.record({
      ikm: fc.double({ min: 25, max: 100, noNaN: true }),
      responden: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), fc.boolean(), (us, tertimbang) => {
        const cara = tertimbang ? "RESPONDEN" : "RATA_RATA";
        const k = ikmKabupaten(us, cara).ikm;
        const lo = Math.min(...us.map((u) => u.ikm));
        const hi = Math.max(...us.map((u) => u.ikm));
        expect(k).toBeGreaterThanOrEqual(lo - 1e-9);
        expect(k).toBeLessThanOrEqual(hi + 1e-9);
        expect(ikmKabupaten([...us].reverse(), cara).ikm).toBeCloseTo(k, 9);
      }),
    );
  });

  it("refuses no unit, an IKM outside 25-100 and a respondent count that is not a positive whole number", () => {
    expect(() => ikmKabupaten([])).toThrow("Tidak ada unit dengan nilai IKM");
    expect(() => ikmKabupaten([{ ikm: 101, responden: 5 }])).toThrow(
      "Unit ke-1: nilai IKM 101 di luar rentang",
    );
    expect(() =>
      ikmKabupaten([
        { ikm: 80, responden: 5 },
        { ikm: 80, responden: 2.5 },
      ]),
    ).toThrow("Unit ke-2: jumlah responden harus bilangan bulat positif, bukan 2,5");
  });

  it("refuses a respondent count beyond whole-number precision instead of answering NaN", () => {
    // 1e308 x 80 overflowed to Infinity: the result was NaN ("nilai IKM NaN di luar rentang").
    expect(() =>
      ikmKabupaten([
        { ikm: 80, responden: 1e308 },
        { ikm: 90, responden: 1e308 },
      ]),
    ).toThrow(/^Unit ke-1: jumlah responden harus bilangan bulat positif/);
    // The largest count still exact: a finite answer between the units'.
    const besar = Number.MAX_SAFE_INTEGER;
    const k = ikmKabupaten([
      { ikm: 80, responden: besar },
      { ikm: 100, responden: besar },
    ]);
    expect(k.ikm).toBeCloseTo(90, 9);
  });

  it("leaves an unsur no unit reports null, and weighs an unsur over the units that report it", () => {
    const k = ikmKabupaten([
      { ikm: 80, responden: 100, nrr: [3, null] },
      { ikm: 90, responden: 300, nrr: [3.4] },
      { ikm: 70, responden: 100 },
    ]);
    expect(k.nrr[0]).toBeCloseTo((3 * 100 + 3.4 * 300) / 400, 12);
    expect(k.nrr[1]).toBeNull();
    expect(k.ikm).toBeCloseTo((80 * 100 + 90 * 300 + 70 * 100) / 500, 12);
  });

  it("reads the cara as users type it", () => {
    expect(parseCaraGabungan("")).toBe("RESPONDEN");
    expect(parseCaraGabungan("rata-rata")).toBe("RATA_RATA");
    expect(() => parseCaraGabungan("median")).toThrow('Cara gabungan IKM "median" tidak dikenal');
  });
});

describe("peringkat", () => {
  it("ranks the highest first, equal printed values sharing a rank (1, 2, 2, 4), units with no value last", () => {
    const p = peringkat(
      [
        { n: "A", v: 80.004 },
        { n: "B", v: 91 },
        { n: "C", v: null },
        { n: "D", v: 80 },
        { n: "E", v: 75 },
      ],
      (x) => x.v,
    );
    expect(p.map((x) => [x.item.n, x.peringkat])).toEqual([
      ["B", 1],
      ["A", 2],
      ["D", 2],
      ["E", 4],
      ["C", null],
    ]);
    expect(peringkat([1, 2], (x) => x, "NAIK").map((x) => x.peringkat)).toEqual([1, 2]);
  });

  it("is a competition ranking: each rank is 1 + the number of items strictly better", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })), (vs) => {
        const p = peringkat(vs, (v) => v);
        expect(p).toHaveLength(vs.length);
        for (const x of p) {
          if (x.nilai === null) expect(x.peringkat).toBeNull();
          else expect(x.peringkat).toBe(1 + vs.filter((v) => v !== null && v > x.nilai!).length);
        }
      }),
    );
  });
});

describe("rataRata and sebaran", () => {
  it("averages the values given, none: null", () => {
    expect(rataRata([60, null, 80])).toBe(70);
    expect(rataRata([null])).toBeNull();
  });

  it("counts each class in the order given, zero included, the unclassed after", () => {
    const s = sebaran(["A", "B", null, "A"], (x) => x, ["AA", "A", "B"]);
    expect(s).toEqual([
      { kelas: "AA", jumlah: 0, persen: 0 },
      { kelas: "A", jumlah: 2, persen: 50 },
      { kelas: "B", jumlah: 1, persen: 25 },
      { kelas: "Belum dinilai", jumlah: 1, persen: 25 },
    ]);
  });
});

describe("IKM_GABUNGAN", () => {
  it("weighs by respondents by default, the plain mean with RATA-RATA; a row with both blank is skipped", () => {
    const ikm = [[80], [90], [""], ["70,5"]];
    const n = [[100], [300], [""], [100]];
    expect(IKM_GABUNGAN(ikm, n)).toBeCloseTo((80 * 100 + 90 * 300 + 70.5 * 100) / 500, 12);
    expect(IKM_GABUNGAN(ikm, n, "RATA-RATA")).toBeCloseTo((80 + 90 + 70.5) / 3, 12);
    expect(IKM_GABUNGAN(84.08, 499)).toBeCloseTo(84.08, 12);
  });

  it("names the row where only one of the two cells is blank, or a value out of range", () => {
    expect(() => IKM_GABUNGAN([[80], [""]], [[10], [5]])).toThrow("Baris 2: nilai IKM kosong");
    expect(() => IKM_GABUNGAN([[80], [90]], [[10], [""]])).toThrow("Baris 2: jumlah responden kosong");
    expect(() => IKM_GABUNGAN([[""], [120]], [[""], [5]])).toThrow("Baris 2: nilai IKM 120 di luar rentang");
    expect(() => IKM_GABUNGAN([[80]], [[1], [2]])).toThrow("harus sama");
    expect(() => IKM_GABUNGAN([[80]], [[5]], "median")).toThrow("tidak dikenal");
  });
});
