import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type HasilIkm,
  hitungIkm,
  hitungIkmDariRekap,
  kuadranIpa,
  type Metode,
  mutuPelayanan,
  NAMA_KUADRAN,
  parseBobot,
  parseMetode,
  rekapDariHitungan,
  rekapJawaban,
  skorJawaban,
  UNSUR_KEPMENPAN_25_2004,
  UNSUR_PERMENPANRB_14_2017,
  ukuranSampel,
} from "../../src/core/ikm";
import { bulatkan } from "../../src/core/pembulatan";

// Seed 003: Laporan Kinerja Triwulan III 2021 Kec. Lumajang, "REKAPITULASI NILAI HASIL SURVEI".
const RESPONDEN_003 = 188;
// Question 1 is printed as 1018 (> 4 x 188); 632 is the value that makes the published 87,28.
const JUMLAH_NILAI_003 = [632, 653, 641, 655, 652, 652, 751, 646, 672, 646, 665, 662, 657, 605];
const UNSUR_003 = [
  "Persyaratan",
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Waktu Penyelesaian",
  "Biaya / Tarif",
  "Biaya / Tarif",
  "Produk Spesifikasi Jenis",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Sarana & Prasarana",
  "Sarana & Prasarana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Penanganan Pengaduan, Saran dan Masukan",
];

/** Counts of answers 1..4 for n respondents with the given sum, spread over all four scores. */
function hitunganDariJumlah(jumlah: number, n: number, sebaran: number): [number, number, number, number] {
  // Every sum in seed 003 lies in [3n, 4n]: start with 3s and 4s only, then move mass outwards
  // without changing the sum: 3+3 = 2+4 and 3+3+3 = 1+4+4.
  const c = [0, 0, 4 * n - jumlah, jumlah - 3 * n];
  for (let i = 0; i < sebaran && (c[2] ?? 0) >= 2; i++) {
    c[2]! -= 2;
    c[1]! += 1;
    c[3]! += 1;
  }
  for (let i = 0; i < sebaran && (c[2] ?? 0) >= 3; i++) {
    c[2]! -= 3;
    c[0]! += 1;
    c[3]! += 2;
  }
  return c as [number, number, number, number];
}

const HITUNGAN_003 = JUMLAH_NILAI_003.map((j, i) => hitunganDariJumlah(j, RESPONDEN_003, i % 5));

/** Deterministic shuffle (LCG) so each column orders its answers differently. */
function acak<T>(xs: T[], benih: number): T[] {
  const out = [...xs];
  let s = benih >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Raw respondent rows with exactly the given per-question counts; `kosong` rows of RTMK padding. */
function barisDariHitungan(hitungan: readonly (readonly number[])[], n: number, benih = 7): unknown[][] {
  const huruf = ["a", "b", "c", "d"];
  const kolom = hitungan.map((c, q) => {
    const isi: unknown[] = [];
    c.forEach((banyak, k) => {
      for (let i = 0; i < banyak; i++) {
        // Mix the forms a sheet may hold: number, digit text, lower and upper letter.
        const bentuk = (i + q) % 4;
        isi.push(
          bentuk === 0
            ? k + 1
            : bentuk === 1
              ? String(k + 1)
              : bentuk === 2
                ? huruf[k]
                : huruf[k]?.toUpperCase(),
        );
      }
    });
    while (isi.length < n) isi.push(q % 2 === 0 ? "" : null);
    return acak(isi, benih + q * 101);
  });
  return Array.from({ length: n }, (_, r) => kolom.map((k) => k[r]));
}

describe("seed 003 (Kec. Lumajang, SKM TW III 2021)", () => {
  it("the constructed tallies match the seed's sums and 188 respondents", () => {
    HITUNGAN_003.forEach((c, i) => {
      expect(c.reduce((a, b) => a + b, 0)).toBe(RESPONDEN_003);
      expect(c.every((x) => x >= 0)).toBe(true);
      expect(c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3]).toBe(JUMLAH_NILAI_003[i]);
    });
    expect(HITUNGAN_003.some((c) => c[0] > 0)).toBe(true);
    expect(JUMLAH_NILAI_003.reduce((a, b) => a + b, 0)).toBe(9189);
  });

  it("bobot PERTANYAAN reproduces the published 87,28 (9.189 / (14 x 188) x 25)", () => {
    const h = hitungIkmDariRekap(rekapDariHitungan(HITUNGAN_003, UNSUR_003), { bobot: "PERTANYAAN" });
    expect(bulatkan(h.ikm, 2)).toBe(87.28);
    expect(h.ikm).toBeCloseTo((9189 / (14 * 188)) * 25, 12);
    expect(h.mutu).toEqual({ huruf: "B", kinerja: "Baik" });
    expect(h.bobot).toBe("PERTANYAAN");
    expect(h.metode).toBe("PERMENPANRB_14_2017");
    expect(h.jumlahResponden).toBe(188);
  });

  it("bobot UNSUR (the default, each unsur 1/9) gives 87,13", () => {
    const h = hitungIkmDariRekap(rekapDariHitungan(HITUNGAN_003, UNSUR_003));
    expect(h.bobot).toBe("UNSUR");
    expect(bulatkan(h.ikm, 2)).toBe(87.13);
    expect(h.nrrUnsur).toHaveLength(9);
    expect(h.nrrUnsur.map((u) => u.unsur)).toEqual([...new Set(UNSUR_003)]);
    expect(h.nrrUnsur.map((u) => u.pertanyaan)).toEqual([
      [0, 1],
      [2],
      [3, 4],
      [5, 6],
      [7],
      [8],
      [9],
      [10, 11],
      [12, 13],
    ]);
    // The seed prints 3,41 / 3,41 / 3,48 / 3,73 / 3,44 / 3,57 / 3,44 / 3,53 / 3,37; rounding its
    // own sums gives 3,42 for Persyaratan and 3,36 for Penanganan Pengaduan (seed inconsistency).
    expect(h.nrrUnsur.map((u) => bulatkan(u.nrr, 2))).toEqual([
      3.42, 3.41, 3.48, 3.73, 3.44, 3.57, 3.44, 3.53, 3.36,
    ]);
    expect(h.nrrUnsur[3]).toMatchObject({ jumlahNilai: 1403, jumlahJawaban: 376 });
    // Multiplying by the printed weight 0,111 instead of 1/9 would understate the index.
    const salah = h.nrrUnsur.reduce((a, u) => a + u.nrr * 0.111, 0) * 25;
    expect(bulatkan(salah, 2)).not.toBe(87.13);
  });

  it("raw respondent rows with the same tally give the same rekap and IKM", () => {
    const baris = barisDariHitungan(HITUNGAN_003, RESPONDEN_003);
    expect(baris).toHaveLength(188);
    const rekapMentah = rekapJawaban(baris, UNSUR_003);
    expect(rekapMentah).toEqual(rekapDariHitungan(HITUNGAN_003, UNSUR_003));
    expect(rekapMentah.map((q) => q.jumlahNilai)).toEqual(JUMLAH_NILAI_003);
    for (const bobot of ["UNSUR", "PERTANYAAN"] as const) {
      const dariMentah = hitungIkm(baris, UNSUR_003, { bobot });
      const dariHitungan = hitungIkmDariRekap(rekapDariHitungan(HITUNGAN_003, UNSUR_003), { bobot });
      expect(dariMentah).toEqual(dariHitungan);
    }
  });

  it("the sum-and-answered form (as the seed prints it) is accepted directly", () => {
    const rekap = JUMLAH_NILAI_003.map((jumlahNilai, i) => ({
      unsur: UNSUR_003[i] ?? "",
      jumlahNilai,
      jumlahJawaban: 188,
    }));
    const h = hitungIkmDariRekap(rekap, { bobot: "PERTANYAAN", jumlahResponden: 188 });
    expect(bulatkan(h.ikm, 2)).toBe(87.28);
  });

  it("rejects the seed's printed 1018 for question 1 (above 4 x 188 = 752)", () => {
    const rekap = JUMLAH_NILAI_003.map((jumlahNilai, i) => ({
      unsur: UNSUR_003[i] ?? "",
      jumlahNilai: i === 0 ? 1018 : jumlahNilai,
      jumlahJawaban: 188,
    }));
    expect(() => hitungIkmDariRekap(rekap, { jumlahResponden: 188 })).toThrow(/Pertanyaan 1.*1018.*752/);
  });

  it("the unsur mapping comes from the workbook: swapping unsur 8 and 9 labels changes nothing but order", () => {
    const a = hitungIkmDariRekap(rekapDariHitungan(HITUNGAN_003, UNSUR_003));
    const dibalik = [...HITUNGAN_003.slice(0, 10), ...HITUNGAN_003.slice(12), ...HITUNGAN_003.slice(10, 12)];
    const unsurDibalik = [...UNSUR_003.slice(0, 10), ...UNSUR_003.slice(12), ...UNSUR_003.slice(10, 12)];
    const b = hitungIkmDariRekap(rekapDariHitungan(dibalik, unsurDibalik));
    expect(b.ikm).toBeCloseTo(a.ikm, 12);
    expect(b.nrrUnsur[7]?.unsur).toBe("Penanganan Pengaduan, Saran dan Masukan");
  });
});

describe("skorJawaban", () => {
  it("accepts 1-4 as numbers or text and a-d in either case", () => {
    expect([1, 2, 3, 4].map(skorJawaban)).toEqual([1, 2, 3, 4]);
    expect(["1", " 2 ", "3", "4"].map(skorJawaban)).toEqual([1, 2, 3, 4]);
    expect(["a", "b", "c", "d"].map(skorJawaban)).toEqual([1, 2, 3, 4]);
    expect(["A", "B", " C", "D "].map(skorJawaban)).toEqual([1, 2, 3, 4]);
  });

  it("treats blanks as RTMK (null)", () => {
    expect([null, undefined, "", "   ", "\t"].map(skorJawaban)).toEqual([null, null, null, null, null]);
  });

  it("rejects anything else with an Indonesian message naming the value", () => {
    expect(() => skorJawaban(0)).toThrow(/Jawaban 0 tidak sah/);
    expect(() => skorJawaban(5)).toThrow(/Jawaban 5 tidak sah/);
    expect(() => skorJawaban(2.5)).toThrow(/Jawaban 2,5 tidak sah/);
    expect(() => skorJawaban("x")).toThrow(/Jawaban "x" tidak sah/);
    expect(() => skorJawaban("e")).toThrow(/"e"/);
    expect(() => skorJawaban("2,0")).toThrow(/"2,0"/);
    expect(() => skorJawaban(new Date(2021, 9, 18))).toThrow(/tanggal 18 Oktober 2021/);
    expect(() => skorJawaban(true)).toThrow(/TRUE/);
    expect(() => skorJawaban(Number.NaN)).toThrow(/NaN/);
  });

  it("property: every number that is not an integer 1..4 is rejected", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((x) => !(Number.isInteger(x) && x >= 1 && x <= 4)),
        (x) => {
          expect(() => skorJawaban(x)).toThrow(/tidak sah/);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("parseMetode / parseBobot", () => {
  it("reads the regulation in the ways users write it", () => {
    for (const v of ["", null, undefined, "  "]) expect(parseMetode(v)).toBe("PERMENPANRB_14_2017");
    for (const v of ["14/2017", "PermenPANRB 14/2017", "permenpan-rb 14/2017", "PERMENPANRB_14_2017"]) {
      expect(parseMetode(v)).toBe("PERMENPANRB_14_2017");
    }
    for (const v of ["25/2004", "KepMenPAN 25/2004", "kepmenpan 25/2004", "KEPMENPAN_25_2004"]) {
      expect(parseMetode(v)).toBe("KEPMENPAN_25_2004");
    }
    expect(() => parseMetode("16/2014")).toThrow(/Metode IKM "16\/2014" tidak dikenal/);
    expect(() => parseMetode(2017)).toThrow(/Metode IKM 2017 tidak dikenal/);
  });

  it("reads the weighting, UNSUR by default", () => {
    for (const v of ["", null, undefined, "unsur", "UNSUR", " Per Unsur "])
      expect(parseBobot(v)).toBe("UNSUR");
    for (const v of ["pertanyaan", "PERTANYAAN", "per pertanyaan"]) expect(parseBobot(v)).toBe("PERTANYAAN");
    expect(() => parseBobot("responden")).toThrow(/Bobot IKM "responden" tidak dikenal/);
  });
});

describe("rekap and IKM from raw answers", () => {
  it("leaves RTMK out of both the sum and the count", () => {
    const jawaban = [
      [4, "d", 3],
      ["", 2, "c"],
      [1, null, " "],
      ["", "", ""],
    ];
    expect(rekapJawaban(jawaban)).toEqual([
      { unsur: "U1", jumlahNilai: 5, jumlahJawaban: 2 },
      { unsur: "U2", jumlahNilai: 6, jumlahJawaban: 2 },
      { unsur: "U3", jumlahNilai: 6, jumlahJawaban: 2 },
    ]);
    const h = hitungIkm(jawaban);
    // NRR 2,5 / 3 / 3 -> mean 8,5/3 x 25; the blank fourth row is not a respondent.
    expect(h.ikm).toBeCloseTo((8.5 / 3) * 25, 12);
    expect(h.jumlahResponden).toBe(3);
    expect(h.nrrPertanyaan).toEqual([2.5, 3, 3]);
  });

  it("pools an unsur's answers: NRR = its sum / its answers", () => {
    const jawaban = [
      [4, 1, 2],
      [4, "", 2],
      [4, "", 2],
    ];
    const h = hitungIkm(jawaban, ["P", "P", 2]);
    expect(h.nrrUnsur).toEqual([
      { unsur: "P", nrr: 13 / 4, jumlahNilai: 13, jumlahJawaban: 4, pertanyaan: [0, 1] },
      { unsur: "2", nrr: 2, jumlahNilai: 6, jumlahJawaban: 3, pertanyaan: [2] },
    ]);
    expect(h.ikm).toBeCloseTo(((13 / 4 + 2) / 2) * 25, 12);
    // Per question: (4 + 1 + 2) / 3 x 25.
    expect(hitungIkm(jawaban, ["P", "P", 2], { bobot: "PERTANYAAN" }).ikm).toBeCloseTo((7 / 3) * 25, 12);
  });

  it("treats unsur labels that differ only in case or spacing as one unsur, keeping the first spelling", () => {
    const h = hitungIkm([[4, 2]], ["Waktu  Penyelesaian", " waktu penyelesaian"]);
    expect(h.nrrUnsur).toHaveLength(1);
    expect(h.nrrUnsur[0]?.unsur).toBe("Waktu Penyelesaian");
  });

  it("names row and column of a bad answer", () => {
    expect(() =>
      rekapJawaban([
        [1, 2],
        [3, "e"],
        [4, 4],
      ]),
    ).toThrow(/^Baris 2, kolom 2: Jawaban "e" tidak sah/);
    expect(() => rekapJawaban([[1, 2, 3]], ["A", "B"])).toThrow(/Baris 1, kolom 3: .*di luar 2 pertanyaan/);
    expect(() => rekapJawaban([[1, 2, ""]], ["A", "B"])).not.toThrow();
    expect(() => rekapJawaban([[1, 2]], ["A", ""])).toThrow(/Unsur untuk kolom 2 tidak sah/);
    expect(() => rekapJawaban([])).toThrow(/Tidak ada pertanyaan/);
  });

  it("names an unsur with no answers at all", () => {
    expect(() =>
      hitungIkm(
        [
          [4, ""],
          [3, null],
        ],
        ["Persyaratan", "Biaya/Tarif"],
      ),
    ).toThrow(/Unsur Biaya\/Tarif tidak memiliki jawaban/);
    expect(() => hitungIkm([["", ""]])).toThrow(/Belum ada responden/);
  });

  it("refuses a question nobody answered even when its unsur has other answers", () => {
    expect(() => hitungIkm([[4, ""]], ["P", "P"])).toThrow(/Pertanyaan 2 \(unsur P\) tidak memiliki jawaban/);
  });

  it("computes KepMenPAN 25/2004 with weight 1/14 and its own mutu table", () => {
    // 14 unsur, one question each; 13 unsur all 3 and one unsur all 4: NRR mean = (13x3 + 4) / 14.
    const baris = Array.from({ length: 5 }, () => UNSUR_KEPMENPAN_25_2004.map((_, i) => (i === 13 ? 4 : 3)));
    const h = hitungIkm(baris, UNSUR_KEPMENPAN_25_2004, { metode: "KEPMENPAN_25_2004" });
    expect(h.ikm).toBeCloseTo((43 / 14) * 25, 12); // 76,79
    expect(h.mutu).toEqual({ huruf: "B", kinerja: "Baik" });
    expect(h.nrrUnsur).toHaveLength(14);
    // The same number under 14/2017 is also B; at 81,50 the two tables part ways.
    expect(mutuPelayanan(81.5, "KEPMENPAN_25_2004").huruf).toBe("A");
    expect(mutuPelayanan(81.5).huruf).toBe("B");
  });
});

describe("rekapDariHitungan / hitungIkmDariRekap validation", () => {
  it("turns counts into sums", () => {
    expect(rekapDariHitungan([[1, 2, 3, 4]], ["X"])).toEqual([
      { unsur: "X", jumlahNilai: 30, jumlahJawaban: 10 },
    ]);
  });

  it("rejects malformed counts naming row and column", () => {
    expect(() => rekapDariHitungan([[1, 2, 3]])).toThrow(/Baris 1: .*4 kolom.*bukan 3/);
    expect(() =>
      rekapDariHitungan([
        [1, 2, 3, 4],
        [1, -1, 0, 0],
      ]),
    ).toThrow(/Baris 2, kolom 2: .*bukan -1/);
    expect(() => rekapDariHitungan([[1, 2.5, 3, 4]])).toThrow(/Baris 1, kolom 2: .*bukan 2,5/);
    expect(() => rekapDariHitungan([[1, 2, 3, 4]], ["A", "B"])).toThrow(/\(2\).*\(1\)/);
    expect(() => rekapDariHitungan([])).toThrow(/kosong/);
  });

  it("rejects impossible rekap rows", () => {
    expect(() => hitungIkmDariRekap([])).toThrow(/Tidak ada pertanyaan/);
    expect(() => hitungIkmDariRekap([{ unsur: "A", jumlahNilai: 9, jumlahJawaban: 10 }])).toThrow(
      /jumlah nilai 9 kurang dari 1 x 10/,
    );
    expect(() => hitungIkmDariRekap([{ unsur: "A", jumlahNilai: 20.5, jumlahJawaban: 10 }])).toThrow(/20,5/);
    expect(() =>
      hitungIkmDariRekap([{ unsur: "A", jumlahNilai: 30, jumlahJawaban: 10 }], { jumlahResponden: 9 }),
    ).toThrow(/10 jawaban melebihi jumlah responden 9/);
    expect(() =>
      hitungIkmDariRekap([{ unsur: "A", jumlahNilai: 30, jumlahJawaban: 10 }], { jumlahResponden: 0 }),
    ).toThrow(/Jumlah responden harus bilangan bulat positif/);
  });

  it("defaults jumlahResponden to the largest number of answers to one question", () => {
    const h = hitungIkmDariRekap([
      { unsur: "A", jumlahNilai: 30, jumlahJawaban: 10 },
      { unsur: "B", jumlahNilai: 30, jumlahJawaban: 12 },
    ]);
    expect(h.jumlahResponden).toBe(12);
  });
});

describe("mutuPelayanan", () => {
  it("PermenPANRB 14/2017 bounds, judged on the IKM rounded to 2 decimals", () => {
    const kasus: [number, string][] = [
      [100, "A"],
      [88.31, "A"],
      [88.305, "A"],
      [88.3049, "B"],
      [88.3, "B"],
      [76.61, "B"],
      [76.6, "C"],
      [76.604, "C"],
      [76.605, "B"],
      [65, "C"],
      [64.995, "C"],
      [64.99, "D"],
      [25, "D"],
      [24.996, "D"],
    ];
    for (const [ikm, huruf] of kasus) expect([ikm, mutuPelayanan(ikm).huruf]).toEqual([ikm, huruf]);
    expect(mutuPelayanan(90)).toEqual({ huruf: "A", kinerja: "Sangat Baik" });
    expect(mutuPelayanan(80)).toEqual({ huruf: "B", kinerja: "Baik" });
    expect(mutuPelayanan(70)).toEqual({ huruf: "C", kinerja: "Kurang Baik" });
    expect(mutuPelayanan(50)).toEqual({ huruf: "D", kinerja: "Tidak Baik" });
  });

  it("KepMenPAN 25/2004 bounds", () => {
    const kasus: [number, string][] = [
      [100, "A"],
      [81.26, "A"],
      [81.255, "A"],
      [81.25, "B"],
      [62.51, "B"],
      [62.5, "C"],
      [43.76, "C"],
      [43.75, "D"],
      [25, "D"],
    ];
    for (const [ikm, huruf] of kasus) {
      expect([ikm, mutuPelayanan(ikm, "KEPMENPAN_25_2004").huruf]).toEqual([ikm, huruf]);
    }
  });

  it("refuses values outside 25..100", () => {
    expect(() => mutuPelayanan(24.99)).toThrow(/Nilai IKM 24,99 di luar rentang 25 sampai 100/);
    expect(() => mutuPelayanan(100.01)).toThrow(/100,01/);
    expect(() => mutuPelayanan(Number.NaN)).toThrow(/di luar rentang/);
    expect(() => mutuPelayanan(3.4)).toThrow(/3,4/);
  });

  it("property: mutu never falls when the IKM rises", () => {
    const peringkat = { D: 0, C: 1, B: 2, A: 3 };
    const metode = fc.constantFrom<Metode>("PERMENPANRB_14_2017", "KEPMENPAN_25_2004");
    const ikm = fc.double({ min: 25, max: 100, noNaN: true });
    fc.assert(
      fc.property(ikm, ikm, metode, (a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(peringkat[mutuPelayanan(lo, m).huruf]).toBeLessThanOrEqual(
          peringkat[mutuPelayanan(hi, m).huruf],
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe("ukuranSampel (Krejcie & Morgan)", () => {
  it("matches every row of the published table", () => {
    const tabel: [number, number][] =
      `10 10, 15 14, 20 19, 25 24, 30 28, 35 32, 40 36, 45 40, 50 44, 55 48, 60 52,
      65 56, 70 59, 75 63, 80 66, 85 70, 90 73, 95 76, 100 80, 110 86, 120 92, 130 97, 140 103, 150 108, 160 113,
      170 118, 180 123, 190 127, 200 132, 210 136, 220 140, 230 144, 240 148, 250 152, 260 155, 270 159, 280 162,
      290 165, 300 169, 320 175, 340 181, 360 186, 380 191, 400 196, 420 201, 440 205, 460 210, 480 214, 500 217,
      550 226, 600 234, 650 242, 700 248, 750 254, 800 260, 850 265, 900 269, 950 274, 1000 278, 1100 285, 1200 291,
      1300 297, 1400 302, 1500 306, 1600 310, 1700 313, 1800 317, 1900 320, 2000 322, 2200 327, 2400 331, 2600 335,
      2800 338, 3000 341, 3500 346, 4000 351, 4500 354, 5000 357, 6000 361, 7000 364, 8000 367, 9000 368,
      10000 370, 15000 375, 20000 377, 30000 379, 40000 380, 50000 381, 75000 382, 100000 384, 1000000 384, 1 1`
        .split(",")
        .map((p) => p.trim().split(" ").map(Number) as [number, number]);
    for (const [n, s] of tabel) expect([n, ukuranSampel(n)]).toEqual([n, s]);
    // Seed 003: population 2.800 calls for 338 respondents; the unit surveyed 188 (pandemic).
    expect(ukuranSampel(2800)).toBe(338);
  });

  it("rejects a population that is not a positive integer", () => {
    expect(() => ukuranSampel(0)).toThrow(/Populasi harus bilangan bulat positif, bukan 0/);
    expect(() => ukuranSampel(-5)).toThrow(/bukan -5/);
    expect(() => ukuranSampel(12.5)).toThrow(/bukan 12,5/);
    expect(() => ukuranSampel(Number.POSITIVE_INFINITY)).toThrow(/Populasi/);
  });

  it("property: 1 <= s <= N, s never falls as N rises, and never exceeds 384", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: 1000 }), (n, tambah) => {
        const s = ukuranSampel(n);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
        expect(s).toBeLessThanOrEqual(384);
        expect(ukuranSampel(n + tambah)).toBeGreaterThanOrEqual(s);
      }),
      { numRuns: 2500 },
    );
  });
});

describe("kuadranIpa", () => {
  it("places unsur in the Martilla-James quadrants around the means", () => {
    // means: kinerja 3, kepentingan 3
    const h = kuadranIpa([2, 4, 2, 4], [4, 4, 2, 2]);
    expect(h.rataKinerja).toBe(3);
    expect(h.rataKepentingan).toBe(3);
    expect(h.kuadran).toEqual(["I", "II", "III", "IV"]);
    expect(h.kuadran.map((k) => NAMA_KUADRAN[k])).toEqual([
      "Prioritas Perbaikan",
      "Pertahankan Prestasi",
      "Prioritas Rendah",
      "Berlebihan",
    ]);
  });

  it("counts a value equal to the mean as at or above it, despite float means", () => {
    expect(kuadranIpa([3.1, 3.1, 3.1], [3.3, 3.3, 3.3]).kuadran).toEqual(["II", "II", "II"]);
    expect(kuadranIpa([0.1, 0.2, 0.3], [0.7, 0.7, 0.7]).kuadran).toEqual(["I", "II", "II"]);
  });

  it("rejects mismatched, too short or non-numeric input", () => {
    expect(() => kuadranIpa([1, 2], [1])).toThrow(/kinerja \(2\).*kepentingan \(1\)/);
    expect(() => kuadranIpa([1], [1])).toThrow(/sedikitnya 2 unsur/);
    expect(() => kuadranIpa([1, Number.NaN], [1, 2])).toThrow(/kinerja unsur 2 bukan angka/);
  });

  it("property: matches an exact integer reference (x . n >= sum)", () => {
    const arb = fc
      .integer({ min: 2, max: 14 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 100, max: 400 }), { minLength: n, maxLength: n }),
          fc.array(fc.integer({ min: 100, max: 400 }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(arb, ([x, y]) => {
        const n = x.length;
        const sx = x.reduce((a, b) => a + b, 0);
        const sy = y.reduce((a, b) => a + b, 0);
        const h = kuadranIpa(
          x.map((v) => v / 100),
          y.map((v) => v / 100),
        );
        const harapan = x.map((xi, i) => {
          const penting = (y[i] ?? 0) * n >= sy;
          const baik = xi * n >= sx;
          return penting ? (baik ? "II" : "I") : baik ? "IV" : "III";
        });
        expect(h.kuadran).toEqual(harapan);
      }),
      { numRuns: 2500 },
    );
  });
});

describe("unsur lists", () => {
  it("has the 9 unsur of PermenPANRB 14/2017 and the 14 of KepMenPAN 25/2004", () => {
    expect(UNSUR_PERMENPANRB_14_2017).toHaveLength(9);
    expect(UNSUR_PERMENPANRB_14_2017[0]).toBe("Persyaratan");
    expect(UNSUR_PERMENPANRB_14_2017[8]).toBe("Sarana dan Prasarana");
    expect(UNSUR_KEPMENPAN_25_2004).toHaveLength(14);
    expect(UNSUR_KEPMENPAN_25_2004[13]).toBe("Keamanan pelayanan");
    expect(new Set(UNSUR_KEPMENPAN_25_2004).size).toBe(14);
  });
});

// ---- properties over random surveys ----

/** A raw survey: rows x columns of answers in any accepted form, blanks included, and a mapping. */
const survei = fc
  .record({
    responden: fc.integer({ min: 1, max: 30 }),
    pertanyaan: fc.integer({ min: 1, max: 10 }),
    unsur: fc.integer({ min: 1, max: 10 }),
  })
  .chain(({ responden, pertanyaan, unsur }) =>
    fc.record({
      jawaban: fc.array(
        fc.array(fc.constantFrom<unknown>(1, 2, 3, 4, "1", "4", "a", "b", "C", "D", "", null, "  "), {
          minLength: pertanyaan,
          maxLength: pertanyaan,
        }),
        { minLength: responden, maxLength: responden },
      ),
      peta: fc.array(fc.integer({ min: 1, max: unsur }), { minLength: pertanyaan, maxLength: pertanyaan }),
      bobot: fc.constantFrom("UNSUR" as const, "PERTANYAAN" as const),
      metode: fc.constantFrom<Metode>("PERMENPANRB_14_2017", "KEPMENPAN_25_2004"),
    }),
  )
  // Every question needs at least one answer (a fully blank question is an error by design).
  .filter(({ jawaban, peta }) => peta.every((_, k) => jawaban.some((b) => skorJawaban(b[k]) !== null)));

describe("properties", () => {
  it("IKM always lies within 25..100 and agrees with an independent computation", () => {
    fc.assert(
      fc.property(survei, ({ jawaban, peta, bobot, metode }) => {
        const h = hitungIkm(jawaban, peta, { bobot, metode });
        expect(h.ikm).toBeGreaterThanOrEqual(25);
        expect(h.ikm).toBeLessThanOrEqual(100);
        // Reference: group scores by unsur id, pooled mean per unsur or per question.
        const skor = jawaban.map((b) => b.map(skorJawaban));
        const perKolom = peta.map((_, k) => skor.map((b) => b[k]).filter((s): s is number => s !== null));
        const rata = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        let harapan: number;
        if (bobot === "PERTANYAAN") harapan = rata(perKolom.map(rata));
        else {
          const ids = [...new Set(peta)];
          harapan = rata(ids.map((id) => rata(perKolom.filter((_, k) => peta[k] === id).flat())));
        }
        expect(h.ikm).toBeCloseTo(harapan * 25, 9);
        expect(h.mutu).toEqual(mutuPelayanan(h.ikm, metode));
      }),
      { numRuns: 4000 },
    );
  });

  it("a count tally and raw rows with that tally give the same IKM", () => {
    const arb = fc.integer({ min: 1, max: 8 }).chain((q) =>
      fc.record({
        hitungan: fc.array(
          fc
            .tuple(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12))
            .filter((c) => c.some((x) => x > 0))
            .map((c) => [...c]),
          { minLength: q, maxLength: q },
        ),
        peta: fc.array(fc.constantFrom("Persyaratan", "Biaya/Tarif", "Sarana dan Prasarana"), {
          minLength: q,
          maxLength: q,
        }),
        benih: fc.integer(),
        bobot: fc.constantFrom("UNSUR" as const, "PERTANYAAN" as const),
      }),
    );
    fc.assert(
      fc.property(arb, ({ hitungan, peta, benih, bobot }) => {
        const n = Math.max(...hitungan.map((c) => c.reduce((a, b) => a + b, 0)));
        const baris = barisDariHitungan(hitungan, n, benih);
        const dariMentah = hitungIkm(baris, peta, { bobot });
        const dariHitungan = hitungIkmDariRekap(rekapDariHitungan(hitungan, peta), { bobot });
        expect(dariMentah.ikm).toBe(dariHitungan.ikm);
        expect(dariMentah.nrrUnsur).toEqual(dariHitungan.nrrUnsur);
      }),
      { numRuns: 4000 },
    );
  });

  it("permuting respondents does not change the result", () => {
    fc.assert(
      fc.property(survei, fc.integer(), ({ jawaban, peta, bobot }, benih) => {
        const a: HasilIkm = hitungIkm(jawaban, peta, { bobot });
        const b: HasilIkm = hitungIkm(acak(jawaban, benih), peta, { bobot });
        expect(b).toEqual(a);
      }),
      { numRuns: 4000 },
    );
  });

  it("with one question per unsur, both weightings agree", () => {
    fc.assert(
      fc.property(survei, ({ jawaban }) => {
        const peta = jawaban[0]?.map((_, k) => `Unsur ${k + 1}`) ?? [];
        const u = hitungIkm(jawaban, peta, { bobot: "UNSUR" });
        const p = hitungIkm(jawaban, peta, { bobot: "PERTANYAAN" });
        expect(u.ikm).toBe(p.ikm);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("labelled choices of a questionnaire", () => {
  it("reads the add-on form's 'a. ...' to 'd. ...' and '4 - ...' labels, and nothing looser", async () => {
    const { skorJawaban: s } = await import("../../src/core/ikm");
    expect(s("d. Sangat sesuai")).toBe(4);
    expect(s("a. Tidak mudah")).toBe(1);
    expect(s("B) Kurang cepat")).toBe(2);
    expect(s("3 - Baik")).toBe(3);
    expect(() => s("1.5")).toThrow(/tidak sah/);
    expect(() => s("1 - 5")).toThrow(/tidak sah/);
    expect(() => s("e. Lainnya")).toThrow(/tidak sah/);
    expect(() => s("dua")).toThrow(/tidak sah/);
  });
});
