// The template engine: placeholders read, checked against a report's data before anything is
// written, filled; sections kept or dropped; repeated table rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dokumen, type Elemen, type Grafik, p, type Tabel } from "../../src/reports/model";
import {
  bacaPlaceholder,
  benar,
  type DataLaporan,
  daftarBaris,
  isiTabel,
  isiTeks,
  isiTemplate,
  pastikanTemplateSah,
  periksaTemplate,
  placeholderDi,
} from "../../src/reports/template";

const GRAFIK: Grafik = { judul: "Capaian", label: ["IKM"], nilai: [101.02], satuan: "Capaian (%)" };

/** A report's data with only what a test names. */
function data(isi: Partial<DataLaporan> = {}): DataLaporan {
  return { nilai: {}, daftar: {}, kolomDaftar: {}, grafik: {}, ...isi };
}
const dok = (...elemen: Elemen[]): Dokumen => ({ judul: "Uji", elemen });
const tabel = (baris: string[][], lain: Omit<Tabel, "jenis" | "baris"> = {}): Tabel => ({
  jenis: "tabel",
  baris,
  ...lain,
});

const nama = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
/** Text around a placeholder: anything without braces. */
const sekitar = fc.string({ unit: "binary", maxLength: 20 }).filter((s) => !/[{}]/.test(s));
/** Any value a report may give: Unicode, "$&", braces, other placeholders. */
const nilaiApaSaja = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("$&", "$1", "$$", "{{unit}}", "}}{{", "Rp 1.000.000,00", "\\n", ""),
);

describe("bacaPlaceholder", () => {
  it("reads the five kinds, with spaces inside the braces", () => {
    expect(bacaPlaceholder(" unit ")).toEqual({ jenis: "nilai", nama: "unit" });
    expect(bacaPlaceholder("indikator.capaian")).toEqual({
      jenis: "daftar",
      daftar: "indikator",
      kolom: "capaian",
    });
    expect(bacaPlaceholder("grafik: capaian")).toEqual({ jenis: "grafik", nama: "capaian" });
    expect(bacaPlaceholder("#JIKA adaPerubahan")).toEqual({ jenis: "jika", nama: "adaPerubahan" });
    expect(bacaPlaceholder("/jika")).toEqual({ jenis: "akhirJika" });
  });

  it("refuses anything else in Indonesian", () => {
    for (const salah of ["nama unit", "a.b.c", "", "#jika", "grafik:", "unit!"]) {
      expect(() => bacaPlaceholder(salah)).toThrow(`Placeholder {{${salah}}} tidak sah.`);
    }
  });

  it("placeholderDi finds every {{...}} in order", () => {
    expect(placeholderDi("{{a}} dan {{ b.c }}, {{}} {x}")).toEqual([
      { mentah: "{{a}}", isi: "a" },
      { mentah: "{{ b.c }}", isi: "b.c" },
      { mentah: "{{}}", isi: "" },
    ]);
  });
});

describe("isiTeks", () => {
  it("gives back any value verbatim, once, whatever it holds (property)", () => {
    fc.assert(
      fc.property(sekitar, nama, nilaiApaSaja, sekitar, fc.boolean(), (awal, n, v, akhir, spasi) => {
        const d = data({ nilai: { [n]: v, unit: "Kecamatan Lumajang" } });
        const ph = spasi ? `{{ ${n} }}` : `{{${n}}}`;
        expect(isiTeks(`${awal}${ph}${akhir}`, d)).toBe(`${awal}${v}${akhir}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("fills a repeated row's fields from its record, a missing field blank, a value outside the record as a value", () => {
    const d = data({ nilai: { tahun: "2021" } });
    expect(
      isiTeks("{{indikator.no}} {{indikator.capaian}} {{indikator.tidakAda}} {{tahun}}", d, {
        no: "1.",
        capaian: "101,02 %",
      }),
    ).toBe("1. 101,02 %  2021");
    // Outside a repeated row a list field is left for periksaTemplate to refuse.
    expect(isiTeks("{{indikator.no}}", d)).toBe("{{indikator.no}}");
  });
});

describe("benar: whether a section is kept", () => {
  it("is true for a value that is not blank or 0, and a list that is not empty", () => {
    const d = data({
      nilai: { ya: "ya", kosong: "", spasi: "  ", nol: "0", nolKoma: "0,00" },
      daftar: { penuh: [{ a: "1" }], hampa: [] },
    });
    expect(
      ["ya", "kosong", "spasi", "nol", "nolKoma", "penuh", "hampa", "takDikenal"].map((n) => benar(d, n)),
    ).toEqual([true, false, false, false, true, true, false, false]);
  });
});

describe("periksaTemplate", () => {
  const d = data({
    nilai: { unit: "Kecamatan Klakah", adaIpa: "" },
    daftar: { indikator: [], anggaran: [] },
    kolomDaftar: { indikator: ["no", "capaian"], anggaran: ["pagu"] },
    grafik: { capaian: GRAFIK },
  });

  it("accepts every placeholder the data offers, in its place", () => {
    expect(
      periksaTemplate(
        dok(
          p("Laporan {{unit}}"),
          p("{{#jika adaIpa}}"),
          p("{{grafik:capaian}}"),
          p("{{/jika}}"),
          tabel([
            ["NO", "CAPAIAN"],
            ["{{indikator.no}}", "{{indikator.capaian}} ({{unit}})"],
          ]),
        ),
        d,
      ),
    ).toEqual([]);
  });

  it("refuses any name the data does not offer, once per use, saying where (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nama, sekitar), { minLength: 1, maxLength: 6 }), (pakai) => {
        const elemen = pakai.map(([n, s]) => p(`${s}{{${n}}}`));
        const temuan = periksaTemplate(dok(...elemen), d);
        const tidakDikenal = pakai.flatMap(([n], i) => (n in d.nilai ? [] : [[i, n] as const]));
        expect(temuan.map((t) => t.pesan)).toEqual(
          tidakDikenal.map(([, n]) => `Placeholder {{${n}}} tidak dikenal untuk laporan ini.`),
        );
        expect(temuan.map((t) => t.tempat.split(" (")[0])).toEqual(
          tidakDikenal.map(([i]) => `paragraf ${i + 1}`),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("names each kind of mistake and where it is", () => {
    const temuan = periksaTemplate(
      dok(
        p("{{/jika}}"),
        p("Kepada {{kepalaDinas}} di {{unit!}}"),
        tabel([
          ["{{indikator.no}}", "{{anggaran.pagu}}"],
          ["{{indikator.target}}", ""],
          ["{{daftarLain.x}}", ""],
          ["{{#jika unit}}", ""],
        ]),
        p("{{indikator.no}}"),
        p("{{grafik:nrr}}"),
        p("{{#jika adaTabel}}"),
      ),
      d,
    );
    expect(temuan).toEqual([
      { tempat: 'paragraf 1 ("{{/jika}}")', pesan: "{{/jika}} tanpa {{#jika ...}} sebelumnya." },
      {
        tempat: 'paragraf 2 ("Kepada {{kepalaDinas}} di {{unit!}}")',
        pesan: "Placeholder {{kepalaDinas}} tidak dikenal untuk laporan ini.",
      },
      {
        tempat: 'paragraf 2 ("Kepada {{kepalaDinas}} di {{unit!}}")',
        pesan: "Placeholder {{unit!}} tidak sah.",
      },
      {
        tempat: "tabel 1, baris 1",
        pesan: "Satu baris tabel hanya boleh mengulang satu daftar, bukan indikator dan anggaran.",
      },
      {
        tempat: "tabel 1, baris 1",
        pesan:
          "{{indikator.no}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang indikator}}.",
      },
      {
        tempat: "tabel 1, baris 1",
        pesan:
          "{{anggaran.pagu}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang anggaran}}.",
      },
      {
        tempat: "tabel 1, baris 2",
        pesan: "Kolom {{indikator.target}} tidak dikenal; yang ada: no, capaian.",
      },
      { tempat: "tabel 1, baris 3", pesan: "Daftar {{daftarLain.…}} tidak dikenal untuk laporan ini." },
      {
        tempat: "tabel 1, baris 4",
        pesan: "{{#jika}} harus berdiri sendiri di satu paragraf, bukan di tabel.",
      },
      {
        tempat: 'paragraf 3 ("{{indikator.no}}")',
        pesan:
          "{{indikator.no}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang indikator}}.",
      },
      {
        tempat: 'paragraf 4 ("{{grafik:nrr}}")',
        pesan: "Grafik {{grafik:nrr}} tidak dikenal untuk laporan ini.",
      },
      {
        tempat: 'paragraf 5 ("{{#jika adaTabel}}")',
        pesan: "{{#jika adaTabel}}: nama adaTabel tidak dikenal untuk laporan ini.",
      },
      { tempat: "akhir dokumen", pesan: "Ada {{#jika ...}} yang tidak ditutup dengan {{/jika}}." },
    ]);
  });

  it("refuses a section mark or a chart that shares its paragraph: it would be printed as it is", () => {
    const temuan = periksaTemplate(
      dok(
        p("Bila ada: {{#jika adaIpa}}"),
        p("{{grafik:capaian}} di sini"),
        p("selesai {{/jika}}"),
        tabel([["{{grafik:capaian}}"]]),
      ),
      d,
    );
    expect(temuan.map((t) => t.pesan)).toEqual([
      "{{#jika adaIpa}} harus berdiri sendiri di satu paragraf.",
      "{{grafik:capaian}} harus berdiri sendiri di satu paragraf.",
      "{{/jika}} harus berdiri sendiri di satu paragraf.",
      "{{grafik:capaian}} harus berdiri sendiri di satu paragraf.",
    ]);
  });

  it("pastikanTemplateSah lists every finding in one Indonesian message", () => {
    expect(() => pastikanTemplateSah(dok(p("{{a}}"), p("{{b}}")), d, "Template Saya")).toThrow(
      'Template "Template Saya" tidak dapat dipakai; belum ada yang ditulis:\n' +
        '- paragraf 1 ("{{a}}"): Placeholder {{a}} tidak dikenal untuk laporan ini.\n' +
        '- paragraf 2 ("{{b}}"): Placeholder {{b}} tidak dikenal untuk laporan ini.',
    );
    expect(() => pastikanTemplateSah(dok(p("{{unit}}")), d, "x")).not.toThrow();
  });
});

describe("{{#jika}} sections (property)", () => {
  type Blok = { paragraf: number } | { jika: string; isi: Blok[] };
  const NAMA = ["a", "b", "c", "daftarA"] as const;
  const { blok } = fc.letrec<{ blok: Blok }>((tie) => ({
    blok: fc.oneof(
      { maxDepth: 3, depthIdentifier: "jika" },
      fc.record({ paragraf: fc.nat(999) }),
      fc.record({
        jika: fc.constantFrom(...NAMA),
        isi: fc.array(tie("blok"), { maxLength: 4, depthIdentifier: "jika" }),
      }),
    ),
  }));
  const ratakan = (b: Blok): Elemen[] =>
    "paragraf" in b
      ? [p(`Paragraf ${b.paragraf} {{a}}`), tabel([[`Sel ${b.paragraf}`]])]
      : [p(`{{#jika ${b.jika}}}`), ...b.isi.flatMap(ratakan), p("  {{/jika}} ")];
  const terlihat = (b: Blok, d: DataLaporan): Elemen[] =>
    "paragraf" in b
      ? [p(`Paragraf ${b.paragraf} ${d.nilai.a}`), tabel([[`Sel ${b.paragraf}`]])]
      : benar(d, b.jika)
        ? b.isi.flatMap((x) => terlihat(x, d))
        : [];
  const dataAcak = fc
    .record({
      a: fc.constantFrom("ya", "", "0", " ", "Kecamatan"),
      b: fc.constantFrom("ya", ""),
      c: fc.constantFrom("1", "0"),
      daftarA: fc.array(fc.constant({ x: "1" }), { maxLength: 2 }),
    })
    .map(({ daftarA, ...nilai }) => data({ nilai, daftar: { daftarA }, kolomDaftar: { daftarA: ["x"] } }));

  it("keeps what lies inside true sections only, nested at any depth, and drops the marks", () => {
    fc.assert(
      fc.property(fc.array(blok, { maxLength: 6 }), dataAcak, (daftar, d) => {
        const template = dok(...daftar.flatMap(ratakan));
        expect(periksaTemplate(template, d)).toEqual([]);
        expect(isiTemplate(template, d).elemen).toEqual(daftar.flatMap((b) => terlihat(b, d)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("isiTabel and isiTemplate", () => {
  const d = data({
    nilai: { unit: "Kecamatan Lumajang", triwulan: "III", total: "6.255.403.861" },
    daftar: {
      anggaran: [
        { no: "A", uraian: "PROGRAM PENUNJANG", pagu: "6.105.562.861", _tebal: "ya" },
        { no: "I", uraian: "Perencanaan", pagu: "3.392.000" },
      ],
      kosong: [],
    },
    kolomDaftar: { anggaran: ["no", "uraian", "pagu"], kosong: ["x"] },
    grafik: { capaian: GRAFIK },
  });

  it("repeats a list row once per record, keeps header and total rows, bolds totals and _tebal records", () => {
    const t = tabel(
      [
        ["NO", "URAIAN", "PAGU"],
        ["{{anggaran.no}}", "{{anggaran.uraian}}", "{{anggaran.pagu}}"],
        ["", "TOTAL", "{{total}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [2] },
    );
    expect(isiTabel(t, d)).toEqual({
      jenis: "tabel",
      baris: [
        ["NO", "URAIAN", "PAGU"],
        ["A", "PROGRAM PENUNJANG", "6.105.562.861"],
        ["I", "Perencanaan", "3.392.000"],
        ["", "TOTAL", "6.255.403.861"],
      ],
      kepala: 1,
      tebal: [1, 3],
      kanan: [2],
    });
  });

  it("gives an empty list no rows", () => {
    expect(isiTabel(tabel([["H"], ["{{kosong.x}}"]]), d).baris).toEqual([["H"]]);
  });

  it("fills the title, keeps the page, places a chart alone in its paragraph, keeps page breaks", () => {
    const hasil = isiTemplate(
      {
        judul: "Laporan TW {{triwulan}} - {{unit}}",
        lanskap: true,
        elemen: [p("{{grafik:capaian}}"), { jenis: "halaman" }, p("{{unit}}", { gaya: "judul" })],
      },
      d,
    );
    // The page is the template's: the wide Renja tables stay landscape in the dialog's preview too.
    expect(hasil).toEqual({
      judul: "Laporan TW III - Kecamatan Lumajang",
      lanskap: true,
      elemen: [
        { jenis: "grafik", grafik: GRAFIK },
        { jenis: "halaman" },
        p("Kecamatan Lumajang", { gaya: "judul" }),
      ],
    });
  });

  it("refuses a bad template before filling anything, with the template's name", () => {
    expect(() => isiTemplate(dok(p("{{kepalaDinas}}")), d)).toThrow(/^Template "Uji" tidak dapat dipakai/);
  });
});

it("daftarBaris names the one list a row repeats, or null", () => {
  expect(daftarBaris(["{{a.x}}", "{{unit}} {{a.y}}"])).toBe("a");
  expect(daftarBaris(["{{unit}}", "teks"])).toBeNull();
  expect(() => daftarBaris(["{{a.x}}", "{{b.y}}"])).toThrow(
    "Satu baris tabel hanya boleh mengulang satu daftar, bukan a dan b.",
  );
});

describe("{{#ulang}} sections", () => {
  const GRAFIK_A: Grafik = { judul: "A", label: ["2022", "2023"], nilai: [95.45, 95.23], satuan: "%" };
  const GRAFIK_B: Grafik = { judul: "B", label: ["2022", "2023"], nilai: [97.2, 100], satuan: "%" };
  const d = data({
    nilai: { unit: "Kecamatan Klakah", tahun: "2023" },
    daftar: {
      narasi: [
        { no: "1", indikator: "Nilai IKM", kalimat: "Realisasi 84,19.", penyebab: "" },
        { no: "2", indikator: "Faskor", kalimat: "Realisasi 95,23 %.", penyebab: "SDM {{unit}}" },
      ],
      rincian: [{ x: "r1" }, { x: "r2" }],
      kosong: [],
    },
    kolomDaftar: { narasi: ["no", "indikator", "kalimat", "penyebab"], rincian: ["x"], kosong: ["y"] },
    grafik: { capaian: GRAFIK },
    grafikRekaman: { narasi: [{ tren: GRAFIK_A }, { tren: GRAFIK_B }] },
  });

  it("reads the marks", () => {
    expect(bacaPlaceholder("#ulang narasi")).toEqual({ jenis: "ulang", nama: "narasi" });
    expect(bacaPlaceholder(" #ULANG  narasi ")).toEqual({ jenis: "ulang", nama: "narasi" });
    expect(bacaPlaceholder("/ulang")).toEqual({ jenis: "akhirUlang" });
    expect(() => bacaPlaceholder("#ulang")).toThrow("tidak sah");
    expect(() => bacaPlaceholder("#ulang a.b")).toThrow("tidak sah");
  });

  it("writes paragraphs, fixed and repeated table rows and charts once per record, in order", () => {
    const template = dok(
      p("Bab {{tahun}}"),
      p("{{#ulang narasi}}"),
      p("{{narasi.no}}. {{narasi.indikator}} ({{unit}})", { gaya: "subbab" }),
      p("{{narasi.kalimat}}"),
      p("{{#jika narasi.penyebab}}"),
      p("Penyebab: {{narasi.penyebab}}"),
      p("{{/jika}}"),
      tabel([
        ["Indikator", "{{narasi.indikator}}"],
        ["{{rincian.x}}", "{{tahun}}"],
      ]),
      p("{{grafik:tren}}"),
      p("{{grafik:capaian}}"),
      p("{{/ulang}}"),
      p("Akhir"),
    );
    expect(periksaTemplate(template, d)).toEqual([]);
    expect(isiTemplate(template, d).elemen).toEqual([
      p("Bab 2023"),
      p("1. Nilai IKM (Kecamatan Klakah)", { gaya: "subbab" }),
      p("Realisasi 84,19."),
      tabel([
        ["Indikator", "Nilai IKM"],
        ["r1", "2023"],
        ["r2", "2023"],
      ]),
      { jenis: "grafik", grafik: GRAFIK_A },
      { jenis: "grafik", grafik: GRAFIK },
      p("2. Faskor (Kecamatan Klakah)", { gaya: "subbab" }),
      p("Realisasi 95,23 %."),
      // The data goes in verbatim: a record's "{{unit}}" is text.
      p("Penyebab: SDM {{unit}}"),
      tabel([
        ["Indikator", "Faskor"],
        ["r1", "2023"],
        ["r2", "2023"],
      ]),
      { jenis: "grafik", grafik: GRAFIK_B },
      { jenis: "grafik", grafik: GRAFIK },
      p("Akhir"),
    ]);
  });

  it("writes nothing for an empty list, nor inside a hidden {{#jika}}", () => {
    const template = dok(p("{{#ulang kosong}}"), p("{{kosong.y}}"), p("{{/ulang}}"), p("x"));
    expect(periksaTemplate(template, d)).toEqual([]);
    expect(isiTemplate(template, d).elemen).toEqual([p("x")]);
    const tersembunyi = dok(
      p("{{#jika kosong}}"),
      p("{{#ulang narasi}}"),
      p("{{narasi.no}}"),
      p("{{/ulang}}"),
      p("{{/jika}}"),
    );
    expect(isiTemplate(tersembunyi, d).elemen).toEqual([]);
  });

  it("refuses a row mixing the section's fields with another list's (which one would it repeat?)", () => {
    const t = dok(p("{{#ulang narasi}}"), tabel([["{{rincian.x}}", "{{narasi.no}}"]]), p("{{/ulang}}"));
    expect(periksaTemplate(t, d)[0]!.pesan).toBe(
      "Satu baris tabel hanya boleh mengulang satu daftar, bukan rincian dan narasi.",
    );
  });

  it("refuses nesting, an unclosed or stray mark, marks sharing a paragraph or in a table, fields outside, unknown names", () => {
    const temuan = (...e: Elemen[]) => periksaTemplate(dok(...e), d).map((t) => t.pesan);
    expect(temuan(p("{{#ulang narasi}}"), p("{{#ulang rincian}}"), p("{{/ulang}}"))).toEqual([
      "{{#ulang rincian}} tidak boleh berada di dalam {{#ulang narasi}}: tutup dulu dengan {{/ulang}}.",
    ]);
    expect(temuan(p("{{#ulang narasi}}"), p("{{narasi.no}}"))).toEqual([
      "Ada {{#ulang ...}} yang tidak ditutup dengan {{/ulang}}.",
    ]);
    expect(temuan(p("{{/ulang}}"))).toEqual(["{{/ulang}} tanpa {{#ulang ...}} sebelumnya."]);
    expect(temuan(p("Lihat {{#ulang narasi}}"), tabel([["{{/ulang}}"]]))).toEqual([
      "{{#ulang narasi}} harus berdiri sendiri di satu paragraf.",
      "{{/ulang}} harus berdiri sendiri di satu paragraf.",
    ]);
    expect(temuan(p("{{#ulang lain}}"), p("{{/ulang}}"))).toEqual([
      "{{#ulang lain}}: daftar lain tidak dikenal untuk laporan ini.",
    ]);
    expect(
      temuan(p("{{#ulang narasi}}"), p("{{rincian.x}} {{narasi.nama}}"), p("{{/ulang}}"), p("{{narasi.no}}")),
    ).toEqual([
      "{{rincian.x}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang rincian}}.",
      "Kolom {{narasi.nama}} tidak dikenal; yang ada: no, indikator, kalimat, penyebab.",
      "{{narasi.no}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang narasi}}.",
    ]);
    expect(temuan(p("{{#jika narasi.penyebab}}"), p("{{/jika}}"))).toEqual([
      "{{#jika narasi.penyebab}} hanya boleh dipakai di dalam {{#ulang narasi}}.",
    ]);
    expect(
      temuan(p("{{#ulang narasi}}"), p("{{#jika narasi.sebab}}"), p("{{/jika}}"), p("{{/ulang}}")),
    ).toEqual(["{{#jika narasi.sebab}}: kolom tidak dikenal; yang ada: no, indikator, kalimat, penyebab."]);
    // A {{#jika}} may not straddle the section's edge.
    expect(temuan(p("{{#jika unit}}"), p("{{#ulang narasi}}"), p("{{/jika}}"), p("{{/ulang}}"))).toEqual([
      "{{/jika}} menutup {{#jika ...}} yang dibuka di luar {{#ulang}} ini.",
      "Ada {{#jika ...}} yang tidak ditutup dengan {{/jika}}.",
    ]);
    expect(temuan(p("{{#ulang narasi}}"), p("{{#jika narasi.penyebab}}"), p("{{/ulang}}"))).toEqual([
      "Ada {{#jika ...}} di dalam {{#ulang}} yang tidak ditutup sebelum {{/ulang}}.",
    ]);
    // A record's chart is known inside its section only.
    expect(
      temuan(p("{{grafik:tren}}"), p("{{#ulang rincian}}"), p("{{grafik:tren}}"), p("{{/ulang}}")),
    ).toEqual([
      "Grafik {{grafik:tren}} tidak dikenal untuk laporan ini.",
      "Grafik {{grafik:tren}} tidak dikenal untuk laporan ini.",
    ]);
  });

  it("writes each record's section as the section filled alone with that record, values verbatim (property)", () => {
    const rekaman = fc.record({ a: nilaiApaSaja, b: fc.constantFrom("", " ", "ada", "{{unit}}") });
    fc.assert(
      fc.property(fc.array(rekaman, { maxLength: 5 }), nilaiApaSaja, (daftar, unit) => {
        const dd = data({ nilai: { unit }, daftar: { r: daftar }, kolomDaftar: { r: ["a", "b"] } });
        const template = dok(
          p("awal {{unit}}"),
          p("{{#ulang r}}"),
          p("[{{r.a}}|{{unit}}]"),
          p("{{#jika r.b}}"),
          tabel([["{{r.b}}", "{{r.a}}"]]),
          p("{{/jika}}"),
          p("{{/ulang}}"),
        );
        expect(periksaTemplate(template, dd)).toEqual([]);
        const harapan: Elemen[] = [p(`awal ${unit}`)];
        for (const r of daftar) {
          harapan.push(p(`[${r.a}|${unit}]`));
          if (r.b.trim() !== "") harapan.push(tabel([[r.b, r.a]]));
        }
        // A Doc puts a paragraph between two tables: the model says so too.
        const dipisah = harapan.flatMap((e, i) =>
          e.jenis === "tabel" && harapan[i - 1]?.jenis === "tabel" ? [p(""), e] : [e],
        );
        expect(isiTemplate(template, dd).elemen).toEqual(dipisah);
      }),
      { numRuns: 500 },
    );
  });
});
