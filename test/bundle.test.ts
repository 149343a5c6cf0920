// The built bundle, loaded as Apps Script loads it (one script, a bare global scope): the exact
// set of globals, the JSDoc Sheets shows, and every custom function on the seeds' figures.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { SKM_LUMAJANG_2021 } from "../src/contoh/lumajang2021";
import { hitunganDariJumlah, responDariHitungan } from "../src/contoh/responden";
import { cobaParseAngka, isKosong } from "../src/core/angka";
import { bulatkan } from "../src/core/pembulatan";
import { bacaTerbilang, parseBentukHuruf } from "../src/core/terbilang";
import { HANDLER_MESIN } from "../src/mesin/daftar";
import { PESAN_TANPA_MESIN } from "../src/mesin/muat";
import {
  BUNDLE_PATH,
  type BundleGlobals,
  dialog,
  fn,
  globalFunctions,
  loadBundle,
  MESIN_PATH,
} from "./bundle";
import { createFakeGoogle } from "./fakes";

const CUSTOM_FUNCTIONS = [
  "ANGKA",
  "CAPAIAN",
  "CAPAIAN_TRIWULAN",
  "IKM",
  "IKM_GABUNGAN",
  "IKM_REKAP",
  "KUADRAN_IPA",
  "MUTU_IKM",
  "NILAI_LKE",
  "NRR",
  "PREDIKAT",
  "PREDIKAT_SAKIP",
  "REALISASI_TAHUNAN",
  "SAMPEL_SKM",
  "SERAPAN",
  "SKOR_LKE",
  "TERBILANG",
];
// The dialogs' handlers are reached only through panggilDialog (src/ui/dialog.ts).
const OTHER_GLOBALS = [
  "buatKuesionerSkm",
  "isiBuktiOtomatis",
  "kunciStatusLke",
  "onInstall",
  "onOpen",
  "panggilDialog",
  "periksaData",
  "rekapKabupaten",
  "siapkanLembarKerja",
  "tampilkanBantuan",
  "tampilkanBatchLhe",
  "tampilkanBatchRka",
  "tampilkanBuatLaporan",
  "tampilkanContohData",
];

let g: BundleGlobals;
beforeAll(() => {
  g = loadBundle();
});

describe("the bundle as Apps Script sees it", () => {
  it("loads with no Apps Script service at all (custom functions run with almost none)", () => {
    // loadBundle gave it an empty global scope: reaching for SpreadsheetApp at load would throw.
    expect(() => loadBundle()).not.toThrow();
  });

  it("defines exactly the intended global functions, no internal helper", () => {
    expect(globalFunctions(g)).toEqual([...CUSTOM_FUNCTIONS, ...OTHER_GLOBALS].sort());
    // The namespace object is a variable, not a function Apps Script would list.
    expect(typeof g.SakipSheets).toBe("object");
  });

  it("documents each custom function in Indonesian JSDoc that Sheets reads for autocomplete", () => {
    const code = readFileSync(BUNDLE_PATH, "utf8");
    for (const name of CUSTOM_FUNCTIONS) {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
      expect(m, name).not.toBeNull();
      const [, doc = "", params = ""] = m!;
      expect(doc, name).toContain("@customfunction");
      for (const p of params.split(",").map((s) => s.trim())) {
        expect(doc, `${name} documents ${p}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p}\\]? \\S`));
      }
      expect(doc, name).toMatch(/@return \S/);
    }
  });

  it("stays under 250 KB", () => {
    expect(readFileSync(BUNDLE_PATH).length).toBeLessThan(250 * 1024);
  });
});

describe("the engine, build/mesin.html, loaded by Code.js's handlers", () => {
  const globalsJs = readFileSync("src/globals.js", "utf8");
  const globalNames = [...globalsJs.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!);
  const handlers = globalNames.filter(
    (n) => !CUSTOM_FUNCTIONS.includes(n) && n !== "onOpen" && n !== "onInstall",
  );

  it("every global but the custom functions and onOpen/onInstall is a handler of the engine's list", () => {
    // src/globals.js is the contract Apps Script sees; src/mesin/daftar.ts the engine's names.
    expect(globalNames.length).toBeGreaterThan(CUSTOM_FUNCTIONS.length + 2);
    for (const n of handlers) expect(HANDLER_MESIN, n).toContain(n);
  });

  it("each such global calls the same-named export of SakipMesin with its arguments", () => {
    // A stand-in engine that records its calls: what the stub reaches is the file's SakipMesin.
    const stand = `var SakipMesin = (function () {
      var m = {}; var names = ${JSON.stringify(HANDLER_MESIN)};
      names.forEach(function (n) { m[n] = function () { panggilan.push([n].concat([].slice.call(arguments))); return "hasil " + n; }; });
      return m;
    })();`;
    const g = createFakeGoogle({ htmlFiles: { mesin: stand } });
    const panggilan: unknown[][] = [];
    const b = loadBundle({ ...g.globals(), panggilan });
    for (const n of handlers) expect(fn(b, n)("x", 2), n).toBe(`hasil ${n}`);
    // A menu handler's global takes no argument; the dialogs' entry forwards both of its own.
    expect(panggilan.map((c) => c[0])).toEqual(handlers);
    expect(panggilan[handlers.indexOf("panggilDialog")]).toEqual(["panggilDialog", "x", 2]);
    // Once per execution: one read of the file, whatever the number of handlers called.
    expect(g.counts.get("HtmlService.createHtmlOutputFromFile")).toBe(1);
    // Every name of the list has its stub on SakipSheets (the dialogs' handlers have no global).
    for (const n of HANDLER_MESIN)
      expect(typeof (b.SakipSheets as Record<string, unknown>)[n], n).toBe("function");
  });

  it("defines exactly the handlers of the list, and touches no service while loading", () => {
    const ctx = vm.createContext({});
    vm.runInContext(`${readFileSync(MESIN_PATH, "utf8")}\nthis.__m = SakipMesin;`, ctx);
    expect(Object.keys(ctx.__m as object).sort()).toEqual([...HANDLER_MESIN].sort());
  });

  it("the real engine runs a handler through a stub: Periksa Data in a fresh workbook", () => {
    const g = createFakeGoogle({ sheets: { Sheet1: [] } });
    const b = loadBundle(g.globals());
    g.useScriptScope(b);
    fn(b, "siapkanLembarKerja")();
    fn(b, "periksaData")();
    expect(g.ui.dialogs.map((d) => d.kind)).toEqual(["sidebar"]);
    expect(g.ui.alerts[0]?.title).toBe("Siapkan Lembar Kerja");
    expect(g.ui.dialogs[0]!.title).toBe("Periksa Data");
    expect(dialog(b, "pilihSel")("Pengaturan", "B2")).toBeUndefined();
    expect(g.spreadsheet.getActiveSheet().getName()).toBe("Pengaturan");
  });

  it("a project without mesin.html: the handler says so in Indonesian, the custom functions still work", () => {
    const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: {} });
    const b = loadBundle(g.globals());
    expect(() => fn(b, "periksaData")()).toThrow(PESAN_TANPA_MESIN);
    expect(() => fn(b, "panggilDialog")("pilihSel", ["Sheet1", "A1"])).toThrow(/mesin\.html tidak ada/);
    expect(fn(b, "CAPAIAN")(87.28, 86.4)).toBeCloseTo(101.02, 2);
  });

  it("onOpen builds the menu from the Ui alone, without loading the engine", () => {
    const g = createFakeGoogle({ htmlFiles: {} });
    const b = loadBundle(g.globals());
    fn(b, "onOpen")({});
    const total = g.counts.total();
    expect(g.counts.get("HtmlService.createHtmlOutputFromFile")).toBe(0);
    expect(
      Object.keys(g.counts.snapshot()).every((k) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k)),
    ).toBe(true);
    expect(total).toBeGreaterThan(0);
    expect(g.ui.menus.length).toBe(1);
  });

  it("Code.js holds no sheets or report code: not the Doc writer, not the setup", () => {
    const code = readFileSync(BUNDLE_PATH, "utf8");
    const mesin = readFileSync(MESIN_PATH, "utf8");
    // A message of the Doc writer (src/reports/googleDocs.ts) and of Siapkan Lembar Kerja's rekap.
    for (const teks of ["hilang dari dokumen", "Semua lembar sudah lengkap"]) {
      expect(mesin, teks).toContain(teks);
      expect(code, teks).not.toContain(teks);
    }
    expect(code.length).toBeLessThan(150 * 1024);
  });

  it("mesin.html stays under 600 KB and holds no scriptlet opener", () => {
    // 600 KB: about twice the whole product today (one bundle of ~300 KB before the split). The
    // engine is read and compiled once per menu action (npm run bench measures it), not per
    // recalculation; the ceiling keeps that cost in view as the features grow.
    const mesin = readFileSync(MESIN_PATH, "utf8");
    expect(mesin.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(mesin)).toBeLessThan(600 * 1024);
    expect(mesin).not.toContain("<?");
  });
});

const round2 = (x: unknown) => Math.round((x as number) * 100) / 100;

describe("custom functions on the seeds' figures", () => {
  it("CAPAIAN: Laporan TW III Lumajang 2021 and LKJ Klakah 2023", () => {
    const CAPAIAN = fn(g, "CAPAIAN");
    expect(round2(CAPAIAN(87.28, 86.4))).toBe(101.02);
    expect(round2(CAPAIAN("100%", "90%"))).toBe(111.11);
    expect(round2(CAPAIAN(100, 85))).toBe(117.65);
    expect(round2(CAPAIAN("84,19", 90))).toBe(93.54);
    expect(round2(CAPAIAN(8, 10, "turun"))).toBe(120);
    expect(round2(CAPAIAN(8, 10, "TURUN", "T/R"))).toBe(125);
  });

  it("CAPAIAN over a column: a column out, blank rows blank, a bad row's message in its cell only", () => {
    const out = fn(g, "CAPAIAN")([[87.28], [100], [""], [100], ["abc"]], [[86.4], [90], [""], [0], [85]]);
    expect(out).toHaveLength(5);
    expect(round2(out[0][0])).toBe(101.02);
    expect(round2(out[1][0])).toBe(111.11);
    expect(out[2][0]).toBe("");
    expect(out[3][0]).toMatch(/^Target 0: capaian tidak dapat dihitung/);
    expect(out[4][0]).toMatch(/^Realisasi "abc" bukan angka/);
  });

  it("CAPAIAN_TRIWULAN: seed 003's TW III (87,28 of 86,40) as nilai akhir, a row of four out", () => {
    const out = fn(g, "CAPAIAN_TRIWULAN")([["", "", "87,28", ""]], [[86.4, 86.4, 86.4, 86.4]], "NILAI AKHIR");
    expect(out[0].map((v: unknown) => (v === "" ? v : round2(v)))).toEqual(["", "", 101.02, ""]);
    expect(fn(g, "CAPAIAN_TRIWULAN")([[8, 12]], [[10, 10]], "KUMULATIF", "TURUN")).toEqual([[120, 100]]);
  });

  it("CAPAIAN_TRIWULAN on Klakah 2023's IKM quarters against its target 90: both rules, a blank quarter blank", () => {
    const CT = fn(g, "CAPAIAN_TRIWULAN");
    const ikm = [[81.25, 89.51, 83.84, 82.14]];
    const target = [[90, 90, 90, 90]];
    const bulat = (out: unknown[][]) => out.map((b) => b.map((v) => (v === "" ? v : round2(v))));
    expect(bulat(CT(ikm, target, "NILAI AKHIR"))).toEqual([[90.28, 99.46, 93.16, 91.27]]);
    // Kumulatif to TW IV: 336,74 / 360, the LKJ's annual 84,19 of 90 (CAPAIAN above: 93,54).
    expect(bulat(CT(ikm, target, "KUMULATIF"))).toEqual([[90.28, 94.87, 94.3, 93.54]]);
    expect(bulat(CT([[81.25, 89.51, "", ""]], target, "NILAI AKHIR"))).toEqual([[90.28, 99.46, "", ""]]);
    // TURUN by CAPAIAN's own rule, per quarter and to date alike.
    const turun = CT([[8, 12]], [[10, 10]], "NILAI AKHIR", "TURUN", "T/R")[0];
    expect(turun).toEqual([
      fn(g, "CAPAIAN")(8, 10, "TURUN", "T/R"),
      fn(g, "CAPAIAN")(12, 10, "TURUN", "T/R"),
    ]);
  });

  it("CAPAIAN with a scalar bad input throws an Indonesian Error (Sheets shows #ERROR! with it)", () => {
    expect(() => fn(g, "CAPAIAN")(5, 0)).toThrow(/Target 0/);
    expect(() => fn(g, "CAPAIAN")(5, 10, "atas")).toThrow(/Arah "atas" tidak dikenal/);
    expect(() => fn(g, "CAPAIAN")([[1], [2]], [[1], [2], [3]])).toThrow(/tidak cocok/);
    expect(() => fn(g, "CAPAIAN")(1e308, 1e-308)).toThrow(/^Capaian terlalu besar untuk dihitung/);
    expect(() => fn(g, "SERAPAN")(1e308, 0.5)).toThrow(/^Serapan terlalu besar untuk dihitung/);
  });

  it("CAPAIAN TURUN: equal huge realisasi and target are 100 % (2 x target no longer overflows)", () => {
    expect(fn(g, "CAPAIAN")(1e308, 1e308, "TURUN")).toBe(100);
    expect(fn(g, "CAPAIAN")(1e308, 1e308, "TURUN", "T/R")).toBe(100);
  });

  it("PREDIKAT on both scales and a unit's own", () => {
    const PREDIKAT = fn(g, "PREDIKAT");
    expect(PREDIKAT(101.02)).toBe("Sangat Berhasil");
    expect(PREDIKAT(93.54)).toBe("Berhasil");
    expect(PREDIKAT(93.54, "permendagri")).toBe("Sangat Tinggi");
    expect(PREDIKAT([[70], [""], [45]], "LKJ")).toEqual([["Cukup Berhasil"], [""], ["Tidak Berhasil"]]);
    const skala = [
      [90, "Istimewa"],
      [0, "Biasa"],
    ];
    expect(PREDIKAT(95, skala)).toBe("Istimewa");
  });

  it("REALISASI_TAHUNAN: Klakah's IKM is the mean of its four quarters, 84,19", () => {
    const R = fn(g, "REALISASI_TAHUNAN");
    expect(round2(R([[81.25, 89.51, 83.84, 82.14]], "RATA-RATA"))).toBe(84.19);
    expect(
      R(
        [
          [81.25, 89.51, 83.84, 82.14],
          [1, 1, "", ""],
          ["", "", "", ""],
          [40, 75, 100, ""],
        ],
        [["RATA-RATA"], ["JUMLAH"], ["JUMLAH"], ["TERAKHIR"]],
      ),
    ).toEqual([[84.185], [2], [""], [100]]);
  });

  describe("IKM from seed 003's survey (188 respondents, 14 questions, 9 unsur)", () => {
    const hitungan = SKM_LUMAJANG_2021.pertanyaan.map(([, , s]) =>
      hitunganDariJumlah(s, SKM_LUMAJANG_2021.responden),
    );
    const jawaban = responDariHitungan(hitungan);
    const unsur = [SKM_LUMAJANG_2021.pertanyaan.map(([u]) => u)];

    it("per pertanyaan gives the published 87,28; per unsur (the regulation's weighting) 87,13", () => {
      expect(round2(fn(g, "IKM")(jawaban, unsur, "", "PERTANYAAN"))).toBe(87.28);
      expect(round2(fn(g, "IKM")(jawaban, unsur))).toBe(87.13);
    });

    it("the tally form gives the same IKM as the answers", () => {
      const kolomUnsur = SKM_LUMAJANG_2021.pertanyaan.map(([u]) => [u]);
      expect(fn(g, "IKM_REKAP")(hitungan, kolomUnsur, "14/2017", "PERTANYAAN")).toBeCloseTo(
        fn(g, "IKM")(jawaban, unsur, "14/2017", "PERTANYAAN"),
        10,
      );
    });

    it("IKM_GABUNGAN: two units of the same survey weighed by respondents give the survey's IKM", () => {
      const satu = fn(g, "IKM")(jawaban, unsur);
      expect(fn(g, "IKM_GABUNGAN")([[satu], [satu]], [[188], [12]])).toBeCloseTo(satu, 10);
      expect(fn(g, "IKM_GABUNGAN")([[80], [90]], [[100], [300]], "RATA-RATA")).toBeCloseTo(85, 10);
      expect(() => fn(g, "IKM_GABUNGAN")([[80], [""]], [[1], [2]])).toThrow(/Baris 2: nilai IKM kosong/);
    });

    it("NRR gives one row of nine unsur values; letters a-d count as 1-4", () => {
      const nrr = fn(g, "NRR")(jawaban, unsur);
      expect(nrr).toHaveLength(1);
      expect(nrr[0]).toHaveLength(9);
      expect(round2(nrr[0][6])).toBe(3.44); // Perilaku Pelaksana: 646 / 188
      const huruf = jawaban.map((b) => b.map((x) => "abcd"[x - 1]!));
      expect(fn(g, "IKM")(huruf, unsur)).toBeCloseTo(fn(g, "IKM")(jawaban, unsur), 10);
    });
  });

  it("MUTU_IKM on the value rounded to two decimals", () => {
    const MUTU = fn(g, "MUTU_IKM");
    expect(MUTU(87.28)).toBe("B");
    expect(MUTU(88.305)).toBe("A");
    expect(MUTU(88.3049)).toBe("B");
    expect(MUTU(84.19, "lengkap")).toBe("B (Baik)");
    expect(MUTU(60, "kinerja")).toBe("Tidak Baik");
    expect(MUTU(84.19, "", "25/2004")).toBe("A");
  });

  it("KUADRAN_IPA, SAMPEL_SKM, SERAPAN, ANGKA", () => {
    expect(fn(g, "KUADRAN_IPA")([[3.2], [3.6], [3.1], [3.5]], [[3.8], [3.7], [3.2], [3.1]])).toEqual([
      ["I"],
      ["II"],
      ["III"],
      ["IV"],
    ]);
    expect(fn(g, "SAMPEL_SKM")(100)).toBe(80);
    expect(fn(g, "SAMPEL_SKM")([[1000], [10000]])).toEqual([[278], [370]]);
    expect(round2(fn(g, "SERAPAN")(4_156_201_042, 6_255_403_861))).toBe(66.44);
    expect(fn(g, "ANGKA")("Rp 2.104.137.463,00")).toBe(2_104_137_463);
    expect(fn(g, "ANGKA")("1,814,088,000")).toBe(1_814_088_000);
    expect(fn(g, "ANGKA")("342,181,137.68")).toBe(342_181_137.68);
    expect(fn(g, "ANGKA")("1.455")).toBe(1455);
    expect(fn(g, "ANGKA")("95,23 %")).toBe(95.23);
  });

  it("TERBILANG: seed 004's RKA amounts, in the case the form prints", () => {
    const T = fn(g, "TERBILANG");
    expect(T(551_204_390, "rupiah")).toBe(
      "lima ratus lima puluh satu juta dua ratus empat ribu tiga ratus sembilan puluh rupiah",
    );
    expect(T(606_324_829, "rupiah", "besar")).toBe(
      "ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH",
    );
    expect(T(1_001_000)).toBe("satu juta seribu");
    expect(T(-12.5, "", "judul")).toBe("Minus Dua Belas Koma Lima");
  });

  it("TERBILANG does not spell float noise, reads rupiah to the sen, and refuses a date as akhiran", () => {
    const T = fn(g, "TERBILANG");
    expect(T(10.1 * 3)).toBe("tiga puluh koma tiga");
    expect(T(1234.567, "rupiah")).toBe("seribu dua ratus tiga puluh empat koma lima tujuh rupiah");
    const tanggal = vm.runInContext("new Date(2024, 0, 31)", g as vm.Context);
    expect(() => T(5, tanggal)).toThrow(/Akhiran terbilang harus berupa teks.*31 Januari 2024/);
    expect(() => T(5, true)).toThrow(/nilai logika TRUE/);
  });
});

describe("junk in, a value or an Indonesian Error out, never a TypeError", () => {
  // What a sheet can hold, and what it cannot but a formula might still pass.
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constantFrom(
      "",
      " ",
      "-",
      "a",
      "D",
      "1.234,5",
      "95,23 %",
      "#N/A",
      "TRUE",
      "rupiah",
      "Rupiah",
      "besar",
    ),
    // The edges of a double: sums and ratios of these overflow.
    fc.constantFrom(1e308, -1e308, 1e-308, Number.MAX_VALUE, 5e-324, 999_999_999_999_999.5, 10.1 * 3),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
    fc.constant(undefined),
  );
  // A range as Sheets passes one (rows of equal length), and a ragged one it never would.
  const rentang = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }))
    .chain(([baris, kolom]) =>
      fc.array(fc.array(cell, { minLength: kolom, maxLength: kolom }), {
        minLength: baris,
        maxLength: baris,
      }),
    );
  const arg = fc.oneof(
    { weight: 3, arbitrary: cell },
    { weight: 2, arbitrary: rentang },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    },
    { weight: 1, arbitrary: fc.anything() },
  );

  type Bentuk = { baris: number; kolom: number } | "skalar" | "satu baris";
  const bentukDari = (v: unknown): Bentuk =>
    Array.isArray(v) ? { baris: v.length, kolom: (v[0] as unknown[]).length } : "skalar";
  /** siarkan's answer: the largest range among the arguments (1 x 1 ones broadcast), else a scalar. */
  const bentukSiaran = (args: unknown[]): Bentuk => {
    const rentangArg = args.filter(Array.isArray) as unknown[][][];
    if (rentangArg.length === 0) return "skalar";
    return {
      baris: Math.max(...rentangArg.map((a) => a.length)),
      kolom: Math.max(...rentangArg.map((a) => a[0]!.length)),
    };
  };
  /** The shape each function answers in, from its arguments (Sheets spills it from the formula's cell). */
  const BENTUK_HASIL: Record<string, (args: unknown[]) => Bentuk> = {
    ANGKA: bentukSiaran,
    CAPAIAN: bentukSiaran,
    CAPAIAN_TRIWULAN: (a) => (Array.isArray(a[0]) ? bentukDari(a[0]) : { baris: 1, kolom: 1 }),
    IKM: () => "skalar",
    IKM_GABUNGAN: () => "skalar",
    IKM_REKAP: () => "skalar",
    KUADRAN_IPA: (a) => bentukDari(a[0]),
    MUTU_IKM: bentukSiaran,
    NILAI_LKE: (a) => bentukDari(a[0]),
    NRR: () => "satu baris",
    PREDIKAT: (a) => bentukDari(a[0]),
    PREDIKAT_SAKIP: bentukSiaran,
    REALISASI_TAHUNAN: (a) =>
      Array.isArray(a[0]) && a[0].length > 1 ? { baris: a[0].length, kolom: 1 } : "skalar",
    SAMPEL_SKM: bentukSiaran,
    SERAPAN: bentukSiaran,
    SKOR_LKE: (a) => ({ baris: Array.isArray(a[0]) ? a[0].length : 1, kolom: 4 }),
    TERBILANG: bentukSiaran,
  };

  /** A cell's value is text or a finite number: never Infinity, NaN, undefined or an object. */
  const periksaSel = (v: unknown, nama: string) => {
    if (typeof v === "number") expect(Number.isFinite(v), `${nama}: ${v}`).toBe(true);
    else expect(typeof v, `${nama}: ${String(v)}`).toBe("string");
  };

  function periksaHasil(nama: string, hasil: unknown, harapan: Bentuk): void {
    if (harapan === "skalar") {
      periksaSel(hasil, nama);
      return;
    }
    expect(Array.isArray(hasil), `${nama} answers a range`).toBe(true);
    const baris = hasil as unknown[][];
    if (harapan === "satu baris") expect(baris).toHaveLength(1);
    else expect([baris.length, baris[0]?.length], nama).toEqual([harapan.baris, harapan.kolom]);
    for (const b of baris) {
      expect(b, nama).toHaveLength(baris[0]!.length);
      for (const v of b) periksaSel(v, nama);
    }
  }

  /** The cell (r, c) of an argument as siarkan reads it: a scalar or a 1 x 1 range for every cell. */
  const selDi = (v: unknown, r: number, c: number): unknown => {
    if (!Array.isArray(v)) return v;
    const b = v.length === 1 ? v[0] : v[r];
    return (b as unknown[]).length === 1 ? (b as unknown[])[0] : (b as unknown[])[c];
  };

  let terbilangDibaca = 0;
  /**
   * Every cell TERBILANG wrote for a readable amount reads back (bacaTerbilang) to the amount
   * rounded: 15 significant digits, to the sen when the akhiran is rupiah.
   */
  function periksaTerbilang(args: unknown[], hasil: unknown): void {
    const [angka, akhiran, huruf] = args;
    const sel = Array.isArray(hasil) ? (hasil as unknown[][]) : [[hasil]];
    sel.forEach((b, r) => {
      b.forEach((keluar, c) => {
        const [n, a, h] = [selDi(angka, r, c), selDi(akhiran, r, c), selDi(huruf, r, c)];
        if (isKosong(n)) {
          expect(keluar).toBe("");
          return;
        }
        const x = cobaParseAngka(n);
        if (x === null || !(isKosong(a) || typeof a === "string")) return;
        try {
          parseBentukHuruf(isKosong(h) ? undefined : h);
        } catch {
          return;
        }
        const akhiranRapi = isKosong(a) ? "" : (a as string).trim().replace(/\s+/g, " ").toLowerCase();
        const rupiah = /^rupiah\b/.test(akhiranRapi);
        const dibulatkan = rupiah ? bulatkan(Number(x.toPrecision(15)), 2) : Number(x.toPrecision(15));
        if (Math.abs(dibulatkan) >= 1e15) {
          expect(keluar).toMatch(/maksimum 999 triliun/);
          return;
        }
        const kata = (keluar as string).split(" ");
        const jumlahKataAkhiran = akhiranRapi === "" ? 0 : akhiranRapi.split(" ").length;
        const dibaca = bacaTerbilang(kata.slice(0, kata.length - jumlahKataAkhiran).join(" "));
        expect(dibaca, `TERBILANG(${String(n)}, ${String(a)}) = ${String(keluar)}`).toBe(
          dibulatkan === 0 ? 0 : dibulatkan,
        );
        terbilangDibaca++;
      });
    });
  }

  it.each(CUSTOM_FUNCTIONS)("%s", (name) => {
    const f = fn(g, name);
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 4 }), (args) => {
        let hasil: unknown;
        try {
          hasil = f(...args);
        } catch (e) {
          // Errors thrown inside the vm come from its own realm: compare by name, not instanceof.
          const err = e as Error;
          expect(err.name, String(err.message)).toBe("Error");
          // A leaked engine error, not a message written for the user.
          expect(err.message).not.toMatch(
            /is not (a function|defined|iterable)|Cannot (read|set)|of (undefined|null)|\[object /,
          );
          expect(err.message).toMatch(/[a-z]/);
          return;
        }
        // The arguments the function declares (Sheets passes no more), the rest undefined.
        const dipakai = Array.from({ length: f.length }, (_, i) => args[i]);
        periksaHasil(name, hasil, BENTUK_HASIL[name]!(dipakai));
        if (name === "TERBILANG") periksaTerbilang(dipakai, hasil);
      }),
      { numRuns: 2_500 },
    );
    if (name === "TERBILANG") expect(terbilangDibaca).toBeGreaterThan(200);
  });
});

// The counterexample fast-check found for NILAI_LKE (seed 1, path "136416:2:1:1:4:79:81"): an
// object whose toString is not a function, which String() refuses with a TypeError. Sheets never
// passes one, but a parser of options must not trip on it; SKOR_LKE read its codes the same way.
it("an object whose toString is not a function is named in Indonesian, never a TypeError", () => {
  const racun = { toString: false };
  expect(() => fn(g, "NILAI_LKE")([[1e308]], racun)).toThrow(
    /^Skala LKE nilai yang bukan teks atau angka tidak dikenal/,
  );
  expect(() => fn(g, "NILAI_LKE")("Y", [[racun]])).toThrow(
    /^Skala LKE nilai yang bukan teks atau angka tidak dikenal/,
  );
  const kriteria = [["1.1", "Perencanaan Kinerja", "Pemenuhan", 6]];
  for (const args of [
    [racun, kriteria, [["1.1"]], [[1]], [[1]]],
    [[["Total"]], kriteria, racun, [[1]], [[1]]],
    [[["Total"]], [[racun, racun, racun, racun]], [["1.1"]], [[1]], [[1]]],
  ]) {
    const hasil = fn(g, "SKOR_LKE")(...args) as unknown[][];
    expect(hasil).toHaveLength(1);
    for (const v of hasil[0]!) expect(["string", "number"]).toContain(typeof v);
  }
});

it("a Date made in the bundle's own realm is refused as a number with the date named", () => {
  const tanggal = vm.runInContext("new Date(2024, 0, 31)", g as vm.Context);
  expect(() => fn(g, "CAPAIAN")(tanggal, 10)).toThrow(/31 Januari 2024/);
});
