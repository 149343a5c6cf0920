import { describe, expect, it } from "vitest";
import { ANGGARAN } from "../../src/core/model/anggaran";
import { KINERJA } from "../../src/core/model/kinerja";
import { PENGATURAN } from "../../src/core/model/pengaturan";
import { SKM, SKM_PERTANYAAN } from "../../src/core/model/skm";
import { pemisahArgumen } from "../../src/sheets/rumus";
import { siapkanBukuKerja } from "../../src/sheets/siapkan";
import { google, potret, tulisan } from "../bantu";

describe("Siapkan Lembar Kerja on an empty workbook", () => {
  const g = google();
  const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);

  it("creates every sheet of the contract with Indonesian headers", () => {
    expect(hasil.dibuat).toEqual([
      "Pengaturan",
      "Kinerja",
      "Anggaran",
      "SKM",
      "SKM Pertanyaan",
      "SKM Tindak Lanjut",
      "RKA",
      "RKA Rincian",
      "Renja",
      "Kinerja Pelayanan",
      "Review RKPD",
      "Usulan Pemangku Kepentingan",
      "Profil Unit",
      "Rencana Aksi",
      "IKU",
      "Pohon Kinerja",
      "Pembanding",
      "Target Renstra",
      "Ringkasan",
      "Kriteria LKE",
      "Jawaban LKE",
      "Skala LKE",
      "Log Status LKE",
      "Nilai LKE",
    ]);
    expect(hasil.masalah).toEqual([]);
    expect(g.sheetValues("Kinerja")[0]).toEqual(KINERJA.kolom.map((k) => k.judul));
    expect(g.sheetValues("Anggaran")[0]).toEqual(ANGGARAN.kolom.map((k) => k.judul));
    expect(g.sheetValues("SKM")[0]).toEqual([
      ...SKM.kolom.map((k) => k.judul),
      "P1",
      "P2",
      "P3",
      "P4",
      "P5",
      "P6",
      "P7",
      "P8",
      "P9",
    ]);
    expect(g.sheetValues("SKM Pertanyaan")).toHaveLength(10);
    expect(g.sheetValues("SKM Pertanyaan")[0]).toEqual(SKM_PERTANYAAN.kolom.map((k) => k.judul));
    expect(g.sheetValues("Pengaturan").map((b) => b[0])).toEqual([
      "Pengaturan",
      ...PENGATURAN.map((p) => p.judul),
    ]);
  });

  it("puts ONE array formula per computed column, with the locale's separator and Pengaturan cells", () => {
    const k = g.sheet("Kinerja");
    const rowSkala = PENGATURAN.findIndex((p) => p.kunci === "skalaPredikat") + 2;
    const rowTurun = PENGATURAN.findIndex((p) => p.kunci === "rumusTurun") + 2;
    expect(k.getRange("N2").getFormula()).toBe("=REALISASI_TAHUNAN(J2:M; G2:G)".replace("; ", ";"));
    // Against the target in force: Target PK Perubahan (column AA) where typed, else Target (H).
    expect(k.getRange("O2").getFormula()).toBe(
      `=CAPAIAN(N2:N;ARRAYFORMULA(IF(AA2:AA="";H2:H;AA2:AA));F2:F;Pengaturan!$B$${rowTurun})`,
    );
    expect(k.getRange("P2").getFormula()).toBe(`=PREDIKAT(O2:O;Pengaturan!$B$${rowSkala})`);
    expect(
      k
        .getRange("N3:P1000")
        .getFormulas()
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    const a = g.sheet("Anggaran");
    expect(a.getRange("I2").getFormula()).toBe('=REALISASI_TAHUNAN(E2:H;"TERAKHIR")');
    expect(a.getRange("K2").getFormula()).toBe('=SERAPAN(I2:I;ARRAYFORMULA(IF(D2:D="";C2:C;D2:D)))');
  });

  it("freezes and protects (warning only) the header rows, with dropdowns and formats", () => {
    const k = g.sheet("Kinerja");
    expect(k.getFrozenRows()).toBe(1);
    const arah = k.getRange("F2").getDataValidation()!;
    expect(arah.getCriteriaValues()[0]).toEqual(["NAIK", "TURUN"]);
    expect(arah.getAllowInvalid()).toBe(false);
    expect(k.getRange("G500").getDataValidation()!.getCriteriaValues()[0]).toEqual([
      "RATA-RATA",
      "JUMLAH",
      "TERAKHIR",
    ]);
    expect(k.getRange("O2").getNumberFormat()).toBe('#,##0.00" %"');
    expect(k.getRange("A1").getNote()).toMatch(/Nomor indikator/);
    const prot = k.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(prot).toHaveLength(1);
    expect(prot[0]!.isWarningOnly()).toBe(true);
    expect(g.sheet("SKM").getRange("H2").getDataValidation()!.getCriteriaValues()[0]).toContain("d");
    expect(g.sheet("Anggaran").getRange("C2").getDataValidation()!.getAllowInvalid()).toBe(true);
  });
});

it("run twice, the second run writes nothing and changes nothing", () => {
  const g = google();
  siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  const sebelum = potret(g);
  g.counts.reset();
  const kedua = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  expect(tulisan(g)).toEqual({});
  expect(kedua).toEqual({ dibuat: [], ditambahkan: [], masalah: [] });
  expect(potret(g)).toEqual(sebelum);
});

describe("on a user's partial workbook", () => {
  const kinerjaLama = [
    KINERJA.kolom.slice(0, 13).map((k) => k.judul),
    [
      "1.1",
      "Sasaran",
      "Meningkatnya pelayanan",
      "Nilai IKM",
      "indeks",
      "NAIK",
      "RATA-RATA",
      90,
      "",
      81.25,
      89.51,
      "",
      "",
    ],
  ];
  const anggaranLain = [
    ["Kode Rekening", "Uraian", "Pagu", "Realisasi"],
    ["7.01.01", "Program", 1000, 500],
  ];
  const g = google({
    sheets: {
      Kinerja: kinerjaLama,
      Anggaran: anggaranLain,
      Pengaturan: [
        ["Pengaturan", "Nilai"],
        ["Nama Unit Kerja", "Kecamatan Klakah"],
      ],
    },
  });
  const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);

  it("adds only what is missing and never touches a user's cell", () => {
    expect(hasil.dibuat).toEqual([
      "SKM",
      "SKM Pertanyaan",
      "SKM Tindak Lanjut",
      "RKA",
      "RKA Rincian",
      "Renja",
      "Kinerja Pelayanan",
      "Review RKPD",
      "Usulan Pemangku Kepentingan",
      "Profil Unit",
      "Rencana Aksi",
      "IKU",
      "Pohon Kinerja",
      "Pembanding",
      "Target Renstra",
      "Ringkasan",
      "Kriteria LKE",
      "Jawaban LKE",
      "Skala LKE",
      "Log Status LKE",
      "Nilai LKE",
    ]);
    const k = g.sheetValues("Kinerja");
    expect(k[0]).toEqual(KINERJA.kolom.map((c) => c.judul));
    expect(k[1]!.slice(0, 13)).toEqual(kinerjaLama[1]);
    expect(g.sheet("Kinerja").getRange("O2").getFormula()).toMatch(/^=CAPAIAN\(/);
    const p = g.sheetValues("Pengaturan");
    expect(p[1]).toEqual(["Nama Unit Kerja", "Kecamatan Klakah", ""]);
    expect(p.map((b) => b[0])).toContain("Skala Predikat");
    expect(hasil.ditambahkan.join(" ")).toMatch(/Pengaturan: Kabupaten\/Kota/);
  });

  it("says so, instead of guessing, when a header is renamed; the sheet is left as it was", () => {
    expect(g.sheetValues("Anggaran")).toEqual(anggaranLain);
    expect(hasil.masalah).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        lembar: "Anggaran",
        sel: "C1",
        pesan: 'Kolom C berjudul "Pagu", seharusnya "Pagu Awal".',
      }),
    );
  });

  it("leaves a typed value where a formula would go, and warns", () => {
    const g2 = google({
      sheets: {
        Kinerja: [
          KINERJA.kolom.map((k) => k.judul),
          ["1.1", "", "", "", "", "", "", "", "", "", "", "", "", 5, 101, "Baik"],
        ],
      },
    });
    const h = siapkanBukuKerja(g2.SpreadsheetApp, g2.spreadsheet);
    expect(g2.sheet("Kinerja").getRange("O2").getFormula()).toBe("");
    expect(g2.sheetValues("Kinerja")[1]![14]).toBe(101);
    expect(h.masalah.filter((m) => m.lembar === "Kinerja").map((m) => m.kolom)).toEqual([
      "Realisasi Tahunan",
      "Capaian (%)",
      "Predikat",
    ]);
  });
});

it("reads the formula separator from the spreadsheet locale", () => {
  expect(pemisahArgumen("in_ID")).toBe(";");
  expect(pemisahArgumen("id_ID")).toBe(";");
  expect(pemisahArgumen("en_US")).toBe(",");
  expect(pemisahArgumen("en_GB")).toBe(",");
  expect(pemisahArgumen("de_DE")).toBe(";");
  expect(pemisahArgumen("es_MX")).toBe(",");
  const g = google({ locale: "en_US", sheets: { Sheet1: [] } });
  siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  expect(g.sheet("Kinerja").getRange("N2").getFormula()).toBe("=REALISASI_TAHUNAN(J2:M,G2:G)");
});

describe("a workbook set up by an earlier version, whose Capaian formula measured the signed target only", () => {
  const kolom = KINERJA.kolom.findIndex((k) => k.judul === "Capaian (%)") + 1;
  const siapkanDenganRumus = (rumus: string) => {
    const g = google({ sheets: { Sheet1: [] } });
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const kinerja = g.spreadsheet.getSheetByName("Kinerja")!;
    kinerja.getRange(2, kolom).setFormula(rumus);
    return { g, kinerja, hasil: siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet) };
  };
  const turun = PENGATURAN.findIndex((p) => p.kunci === "rumusTurun") + 2;

  it("gets today's formula, said in the result, however Sheets spaced or separated the old one", () => {
    for (const lama of [
      `=CAPAIAN(N2:N;H2:H;F2:F;Pengaturan!$B$${turun})`,
      `=capaian(N2:N, H2:H, F2:F, Pengaturan!$B$${turun})`,
    ]) {
      const { kinerja, hasil } = siapkanDenganRumus(lama);
      expect(kinerja.getRange(2, kolom).getFormula()).toContain("ARRAYFORMULA(IF(AA2:AA=");
      expect(hasil.ditambahkan).toEqual(["Kinerja: rumus kolom Capaian (%) diperbarui"]);
    }
  });

  it("a formula the user wrote there is left as it is", () => {
    const milikPengguna = `=CAPAIAN(N2:N;H2:H;F2:F;"2T-R")`;
    const { kinerja, hasil } = siapkanDenganRumus(milikPengguna);
    expect(kinerja.getRange(2, kolom).getFormula()).toBe(milikPengguna);
    expect(hasil.ditambahkan).toEqual([]);
  });
});

describe("a computed column whose row 2 is empty but whose rows below hold typed values", () => {
  it("gets no array formula (it would show #REF!), and the first typed cell is named", () => {
    const g = google({ sheets: { Sheet1: [] } });
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const kinerja = g.spreadsheet.getSheetByName("Kinerja")!;
    const kolom = KINERJA.kolom.findIndex((k) => k.judul === "Capaian (%)") + 1;
    kinerja.getRange(2, kolom).setFormula("");
    kinerja.getRange(2, 1, 5, 1).setValues([["1.1"], ["1.2"], ["1.3"], ["1.4"], ["1.5"]]);
    kinerja.getRange(5, kolom).setValue(97.5);
    const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    expect(kinerja.getRange(2, kolom).getFormula()).toBe("");
    expect(kinerja.getRange(5, kolom, 1, 1).getValues()).toEqual([[97.5]]);
    const m = hasil.masalah.find((x) => x.kolom === "Capaian (%)")!;
    expect(m.sel).toBe(`${String.fromCharCode(64 + kolom)}5`);
    expect(m.pesan).toContain("berisi nilai ketikan");
  });
});

describe("codes and the NIP are plain text before anything is written", () => {
  it("formats every code column and the NIP cell '@'", () => {
    const g = google({ sheets: { Sheet1: [] } });
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    for (const [lembar, judul] of [
      ["Kinerja", "Kode"],
      ["Anggaran", "Kode Rekening"],
      ["SKM Pertanyaan", "Kode"],
      ["RKA", "Kode Kegiatan"],
      ["RKA Rincian", "Kode Rekening"],
      ["Renja", "Kode"],
    ] as const) {
      const sheet = g.spreadsheet.getSheetByName(lembar)!;
      const c = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(judul) + 1;
      expect(sheet.getRange(2, c).getNumberFormat(), `${lembar} ${judul}`).toBe("@");
    }
    const p = g.spreadsheet.getSheetByName("Pengaturan")!;
    const r =
      p
        .getRange("A:A")
        .getValues()
        .findIndex((b) => b[0] === "NIP Pimpinan") + 1;
    expect(p.getRange(r, 2).getNumberFormat()).toBe("@");
    // A second run writes nothing.
    g.counts.reset();
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    expect(tulisan(g)).toEqual({});
  });

  it("a workbook set up before each document had its date gets them as text cells, said once", () => {
    const lama = PENGATURAN.filter(
      (s) =>
        ![
          "tanggalPk",
          "tempatPk",
          "tanggalPkPerubahan",
          "tanggalSkm",
          "tanggalRka",
          "tanggalRenja",
          "evaluatorLke",
          "namaInspektur",
          "nipInspektur",
          "tanggalLhe",
          "tempatLhe",
          "rekomendasiLhe",
          "periodeRenstra",
        ].includes(s.kunci),
    );
    const g = google({
      sheets: {
        Pengaturan: [["Pengaturan", "Nilai", "Keterangan"], ...lama.map((s) => [s.judul, "", s.catatan])],
      },
    });
    g.sheet("Pengaturan")
      .getRange(lama.findIndex((s) => s.kunci === "nipPimpinan") + 2, 2)
      .setNumberFormat("@");
    const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    expect(hasil.ditambahkan).toEqual([
      "Pengaturan: Tanggal PK, Tempat PK, Tanggal PK Perubahan, Tanggal Laporan SKM, Tanggal RKA, Tanggal Renja, Evaluator LKE, Nama Inspektur, NIP Inspektur, Tanggal LHE, Tempat LHE, Rekomendasi Tambahan LHE, Periode Renstra",
    ]);
    const p = g.sheetValues("Pengaturan");
    for (const judul of [
      "Tanggal PK",
      "Tanggal PK Perubahan",
      "Tanggal Laporan SKM",
      "Tanggal RKA",
      "Tanggal Renja",
    ]) {
      const r = p.findIndex((b) => b[0] === judul) + 1;
      expect(r, judul).toBeGreaterThan(lama.length + 1);
      expect(g.sheet("Pengaturan").getRange(r, 2).getNumberFormat(), judul).toBe("@");
    }
  });

  it("an older workbook gets the NIP's text format once", () => {
    const g = google({ sheets: { Sheet1: [] } });
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const p = g.spreadsheet.getSheetByName("Pengaturan")!;
    const r =
      p
        .getRange("A:A")
        .getValues()
        .findIndex((b) => b[0] === "NIP Pimpinan") + 1;
    p.getRange(r, 2).setNumberFormat("0");
    const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    expect(p.getRange(r, 2).getNumberFormat()).toBe("@");
    expect(hasil.ditambahkan).toContain("Pengaturan: format teks NIP Pimpinan");
  });
});

it("adds the analysis, formula, evidence and PK Perubahan columns at the end of a Kinerja sheet set up before them, the rows untouched", () => {
  const judul = KINERJA.kolom.map((k) => k.judul);
  const baru = [
    "Penyebab",
    "Solusi",
    "Program Penunjang",
    "Program Penghambat",
    "Formulasi",
    "Bukti Dukung",
    "Target PK Perubahan",
  ];
  expect(judul.slice(-baru.length)).toEqual(baru);
  const lama = judul.slice(0, -baru.length);
  const baris = lama.map((_, i) => (i === 0 ? "1.1" : i === 3 ? "Nilai IKM" : ""));
  const g = google({ sheets: { Kinerja: [lama, baris] } });
  const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  expect(hasil.ditambahkan).toContain(`Kinerja: kolom ${baru.join(", ")}`);
  const k = g.sheetValues("Kinerja");
  expect(k[0]).toEqual(judul);
  expect(k[1]!.slice(0, lama.length)).toEqual(baris);
  const catatan = (j: string) =>
    g
      .sheet("Kinerja")
      .getRange(1, judul.indexOf(j) + 1)
      .getNote();
  expect(catatan("Penyebab")).toMatch(/penyebab keberhasilan atau kegagalan/i);
  expect(catatan("Program Penghambat")).toMatch(/menghambat/);
  expect(catatan("Formulasi")).toMatch(/Cara mengukur realisasi/);
  expect(catatan("Target PK Perubahan")).toMatch(/Tanggal PK Perubahan/);
});
