// The SAKIP evaluation (LKE, issue 14) end to end through the built bundle: setup, the Klakah
// sample scored by the sheet's own array formulas (NILAI_LKE, SKOR_LKE), the evidence proposed
// from the add-on's Docs, the review lock and its log, the checks, and the three documents.
import { describe, expect, it } from "vitest";
import { KRITERIA_LKE_BAWAAN } from "../src/bawaan/kriteriaLke";
import { CONTOH_KLAKAH_2023 } from "../src/contoh/klakah2023";
import { nilaiAkhir, predikatSakip, SKALA_LKE_BAWAAN } from "../src/core/lke";
import { gabungLke, skalaLke, skorDari } from "../src/core/model/lke";
import { bacaBukuKerja } from "../src/sheets/baca";
import { periksaLke as periksaLkeDari } from "../src/sheets/periksa/lke";
import { muat } from "./bantu";
import { dialog, fn } from "./bundle";
import { hitungRumus } from "./fakes/rumus";
import { bukuKerjaDari } from "./rekaman";

const EVALUATOR = ["inspektorat@lumajangkab.go.id", "organisasi@lumajangkab.go.id"];

/** Row (1-based) of a criterion in Jawaban LKE. */
const barisKode = (kode: string) => KRITERIA_LKE_BAWAAN.findIndex((k) => k.kode === kode) + 2;

describe("setup", () => {
  const { g, b } = muat();
  fn(b, "siapkanLembarKerja")();

  it("writes the 80 default criteria with their sources, and one Draf answer row each", () => {
    const kr = g.sheetValues("Kriteria LKE");
    expect(kr).toHaveLength(81);
    expect(kr[1]!.slice(0, 6)).toEqual([
      "1.a.1",
      "Perencanaan Kinerja",
      "Pemenuhan",
      6,
      "Terdapat pedoman teknis perencanaan kinerja.",
      "Y/T",
    ]);
    expect(g.sheet("Kriteria LKE").getRange("E1").getNote()).toMatch(/PermenPANRB Nomor 88 Tahun 2021/);
    const jw = g.sheetValues("Jawaban LKE");
    expect(jw.slice(1).map((r) => [r[0], r[9]])).toEqual(KRITERIA_LKE_BAWAAN.map((k) => [k.kode, "Draf"]));
    expect(g.sheet("Jawaban LKE").getRange("D2").getFormula()).toBe("=NILAI_LKE(C2:C;'Skala LKE'!A2:B)");
    expect(
      g
        .sheetValues("Skala LKE")
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([...SKALA_LKE_BAWAAN]);
  });

  it("lays out Nilai LKE as the rekap reads it: A1:E1 headers, four components, Total in row 6", () => {
    const n = g.sheetValues("Nilai LKE");
    expect(n[0]).toEqual(["Komponen", "Bobot", "Nilai Mandiri", "Nilai Evaluator", "Predikat"]);
    expect(n.slice(1, 6).map((r) => r[0])).toEqual([
      "Perencanaan Kinerja",
      "Pengukuran Kinerja",
      "Pelaporan Kinerja",
      "Evaluasi Akuntabilitas Kinerja Internal",
      "Total",
    ]);
    expect(g.sheet("Nilai LKE").getRange("B2").getFormula()).toBe(
      "=SKOR_LKE(A2:A6;'Kriteria LKE'!A2:D;'Jawaban LKE'!A2:A;'Jawaban LKE'!D2:D;'Jawaban LKE'!H2:H)",
    );
    expect(n[8]![0]).toBe("Perencanaan Kinerja / Pemenuhan");
  });

  it("protects the evaluator's columns: only the owner and the user running it edit them", () => {
    const p = g
      .sheet("Jawaban LKE")
      .getProtections(g.SpreadsheetApp.ProtectionType.RANGE)
      .filter((x) => x.getDescription().startsWith("LKE:"));
    expect(p.map((x) => x.getDescription())).toEqual(["LKE: kolom evaluator"]);
    expect(p[0]!.canDomainEdit()).toBe(false);
    expect(p[0]!.getEditors().map((u) => u.getEmail())).toEqual(["pemilik@unit.go.id"]);
  });

  it("run again, writes nothing", () => {
    g.counts.reset();
    fn(b, "siapkanLembarKerja")();
    expect(Object.keys(g.counts.snapshot()).filter((k) => /\.(set|insert|protect)/.test(k))).toEqual([]);
  });
});

describe("the Klakah sample scored by the sheet's array formulas", () => {
  const { g, b } = muat("klakah-2023");
  const hasil = hitungRumus(g, b);

  it("calls NILAI_LKE once per column and SKOR_LKE once per block", () => {
    expect(hasil.filter((h) => h.fungsi === "NILAI_LKE").map((h) => h.sel)).toEqual([
      "Jawaban LKE!D2",
      "Jawaban LKE!H2",
    ]);
    expect(hasil.filter((h) => h.fungsi === "SKOR_LKE").map((h) => h.sel)).toEqual([
      "Nilai LKE!B2",
      "Nilai LKE!B9",
    ]);
  });

  it("gives the same scores as the documents' rule, C6:E6 the totals and the evaluator's predikat", () => {
    const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
    const skor = skorDari(gabungLke(bk.lke, skalaLke(bk.lke.skala, SKALA_LKE_BAWAAN)));
    const n = g.sheetValues("Nilai LKE");
    skor.komponen.forEach((k, i) => {
      expect(n[i + 1]![2]).toBeCloseTo(k.mandiri, 10);
      expect(n[i + 1]![3]).toBeCloseTo(k.evaluator!, 10);
    });
    expect(n[5]![1]).toBe(100);
    expect(n[5]![2]).toBeCloseTo(skor.total.mandiri, 10);
    expect(n[5]![3]).toBeCloseTo(skor.total.evaluator!, 10);
    expect(n[5]![4]).toBe(predikatSakip(nilaiAkhir(skor.total)).kode);
    // Worked by hand for component 4 (no evaluator answer there: the unit's values stand):
    // pemenuhan T,Y,T = 1/3 x 5; kualitas C,C,C,D,C = 0,45 x 7,5; pemanfaatan C x5 = 0,5 x 12,5.
    expect(n[4]![3]).toBeCloseTo(5 / 3 + 0.45 * 7.5 + 0.5 * 12.5, 10);
    expect(n.slice(1, 6).map((r) => r[4])).toEqual(["BB", "B", "B", "C", "B"]);
  });

  it("shows no evaluator score and the self-assessed predikat before any evaluator answer", () => {
    const { g: g2, b: b2 } = muat("klakah-2023");
    const jw = g2.sheet("Jawaban LKE");
    jw.getRange(2, 7, 80, 1).setValues(Array.from({ length: 80 }, () => [""]));
    hitungRumus(g2, b2);
    const total = g2.sheetValues("Nilai LKE")[5]!;
    expect(total[3]).toBe("");
    expect(total[4]).toBe(predikatSakip(total[2] as number).kode);
  });
});

describe("Isi Bukti Otomatis", () => {
  it("proposes the latest PK and LKJ Docs for their criteria, adds them under what is typed, and a Y to a blank Y/T", () => {
    const { g, b } = muat("klakah-2023");
    const jw = g.sheet("Jawaban LKE");
    jw.getRange(`C${barisKode("1.a.7")}`).setValue("");
    jw.getRange(`E${barisKode("3.a.1")}`).setValue("https://drive.google.com/file/d/arsip-lkj-2023/view");
    const pk = dialog(b, "buatLaporan")({ jenis: "pk" }, true) as { urlDoc: string };
    const lkj = dialog(b, "buatLaporan")({ jenis: "lkj" }, true) as { urlDoc: string };
    g.ui.scriptAlert("YES");
    fn(b, "isiBuktiOtomatis")();
    expect(g.ui.alerts.at(-1)!.prompt).toMatch(
      /^Tambahkan tautan dokumen terbaru sebagai bukti dukung 10 kriteria\?/,
    );
    const sel = (kode: string, kolom: string) => jw.getRange(`${kolom}${barisKode(kode)}`).getValues()[0]![0];
    expect(sel("1.a.7", "E")).toBe(pk.urlDoc);
    expect(sel("1.a.7", "C")).toBe("Y");
    expect(sel("1.b.1", "C")).toBe("A"); // an A-E answer typed stays
    expect(sel("3.a.1", "E")).toBe(`https://drive.google.com/file/d/arsip-lkj-2023/view\n${lkj.urlDoc}`);
    // Run again: the links are there, nothing to propose.
    fn(b, "isiBuktiOtomatis")();
    expect(g.ui.alerts.at(-1)!.prompt).toMatch(/^Tidak ada usulan/);
  });

  it("writes nothing when the unit answers No", () => {
    const { g, b } = muat("klakah-2023");
    dialog(b, "buatLaporan")({ jenis: "pk" }, true);
    const sebelum = g.sheetValues("Jawaban LKE");
    g.ui.scriptAlert("NO");
    fn(b, "isiBuktiOtomatis")();
    expect(g.sheetValues("Jawaban LKE")).toEqual(sebelum);
  });
});

describe("review and lock", () => {
  const tandaiFinal = (g: ReturnType<typeof muat>["g"], kode: string[]) => {
    for (const k of kode)
      g.sheet("Jawaban LKE")
        .getRange(`J${barisKode(k)}`)
        .setValue("Final");
  };

  it("logs every status change with who and when, locks the Final rows for owner and evaluators only", () => {
    const { g, b } = muat("klakah-2023", { user: "inspektorat@lumajangkab.go.id" });
    tandaiFinal(g, ["1.a.1", "1.a.2", "1.a.3", "2.a.1"]);
    fn(b, "kunciStatusLke")();
    const log = g.sheetValues("Log Status LKE");
    expect(log[0]).toEqual(["Waktu", "Pengguna", "Kode", "Status Lama", "Status Baru", "Sidik Baris"]);
    expect(log).toHaveLength(81);
    const baris1 = log.find((r) => r[2] === "1.a.1")!;
    expect(baris1[1]).toBe("inspektorat@lumajangkab.go.id");
    expect(String(baris1[0])).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2}$/);
    expect(baris1.slice(3, 5)).toEqual(["", "Final"]);
    expect(String(baris1[5])).toMatch(/^[0-9a-f]{8}$/);
    expect(log.find((r) => r[2] === "1.b.1")!.slice(3, 6)).toEqual(["", "Diajukan", ""]);

    const p = g.sheet("Jawaban LKE").getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    const final = p.filter((x) => x.getDescription().startsWith("LKE: baris Final"));
    expect(final.map((x) => x.getDescription())).toEqual(["LKE: baris Final 2-4", "LKE: baris Final 27-27"]);
    for (const x of final) {
      expect(x.canDomainEdit()).toBe(false);
      expect(x.getEditors().map((u) => u.getEmail())).toEqual(["pemilik@unit.go.id", ...EVALUATOR]);
    }
    expect(g.ui.alerts.at(-1)!.prompt).toBe(
      "80 perubahan status dicatat di Log Status LKE. 4 baris Final terkunci: hanya pemilik spreadsheet dan evaluator di Pengaturan yang dapat mengubahnya.",
    );

    // Nothing changed: nothing logged, the locks stay as they are.
    fn(b, "kunciStatusLke")();
    expect(g.sheetValues("Log Status LKE")).toHaveLength(81);
    // A row re-opened by the evaluator: logged, its lock lifted.
    g.sheet("Jawaban LKE")
      .getRange(`J${barisKode("2.a.1")}`)
      .setValue("Ditolak");
    fn(b, "kunciStatusLke")();
    const akhir = g.sheetValues("Log Status LKE").at(-1)!;
    expect(akhir.slice(2, 5)).toEqual(["2.a.1", "Final", "Ditolak"]);
    expect(
      g
        .sheet("Jawaban LKE")
        .getProtections(g.SpreadsheetApp.ProtectionType.RANGE)
        .map((x) => x.getDescription())
        .filter((d) => d.startsWith("LKE:")),
    ).toEqual(["LKE: kolom evaluator", "LKE: baris Final 2-4"]);
  });

  it("Periksa Data names a Final row edited after the lock, and a status not logged", () => {
    const { g, b } = muat("klakah-2023");
    tandaiFinal(g, ["1.a.1"]);
    fn(b, "kunciStatusLke")();
    g.sheet("Jawaban LKE")
      .getRange(`F${barisKode("1.a.1")}`)
      .setValue("Catatan ditambah setelah dikunci");
    g.sheet("Jawaban LKE")
      .getRange(`J${barisKode("1.b.1")}`)
      .setValue("Ditolak");
    const m = bacaDanPeriksa(g);
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        lembar: "Jawaban LKE",
        sel: "J2",
        pesan: "Baris Final kriteria 1.a.1 diubah setelah dikunci.",
      }),
    );
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "peringatan",
        sel: `J${barisKode("1.b.1")}`,
        pesan: 'Status kriteria 1.b.1 "Ditolak" belum dicatat di Log Status LKE.',
      }),
    );
  });
});

describe("Periksa Data on the answers and the weights", () => {
  it("names an answer outside the scale, one not of its kind, evidence missing, and weights off", () => {
    const { g } = muat("klakah-2023");
    const jw = g.sheet("Jawaban LKE");
    jw.getRange(`C${barisKode("1.a.1")}`).setValue("B"); // a Y/T criterion
    jw.getRange(`G${barisKode("1.b.1")}`).setValue("F"); // not on the scale
    g.sheet("Kriteria LKE")
      .getRange(`D${barisKode("1.c.1")}`)
      .setValue(14);
    const m = bacaDanPeriksa(g);
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        sel: "C2",
        pesan: 'Jawaban "B" tidak sesuai jenis jawaban kriteria 1.a.1 (Y/T).',
      }),
    );
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        sel: `G${barisKode("1.b.1")}`,
        pesan: 'Jawaban "F" tidak ada di skala (pilihan: Y, T, A, B, C, D, E).',
      }),
    );
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        lembar: "Kriteria LKE",
        sel: `D${barisKode("1.c.2")}`,
        pesan:
          "Bobot 15 berbeda dari bobot sub komponen Perencanaan Kinerja / Implementasi di baris 19 (14).",
      }),
    );
    expect(m).toContainEqual(
      expect.objectContaining({
        tingkat: "peringatan",
        lembar: "Jawaban LKE",
        kolom: "Bukti Dukung",
        pesan: 'Kriteria 1.a.1 dijawab "B" tanpa bukti dukung.',
      }),
    );
  });
});

describe("the three documents", () => {
  it("are made from the sample with every figure filled", () => {
    const { g, b } = muat("klakah-2023");
    for (const jenis of ["kke", "lhe", "perbaikan"]) {
      const h = dialog(b, "buatLaporan")({ jenis }, true) as { idDoc: string };
      const teks = g.document(h.idDoc).__text();
      expect(teks, jenis).not.toMatch(/\{\{|undefined|NaN/);
      if (jenis === "lhe") {
        expect(teks).toContain("Kecamatan Klakah memperoleh nilai 61,78 dengan predikat B (Baik)");
        expect(teks).toContain("Lumajang, 30 April 2024");
      }
    }
  });
});

describe("evidence as links", () => {
  it("prints each evidence link of the worksheet as a link in the Doc", () => {
    const { g, b } = muat("klakah-2023");
    const pk = dialog(b, "buatLaporan")({ jenis: "pk" }, true) as { urlDoc: string };
    fn(b, "isiBuktiOtomatis")();
    const h = dialog(b, "buatLaporan")({ jenis: "kke" }, true) as { idDoc: string };
    const body = g.DocumentApp.openById(h.idDoc).getBody();
    const r = body.findText(pk.urlDoc.replace(/[.?/]/g, "\\$&"))!;
    expect(r.getElement().asText().getLinkUrl(r.getStartOffset())).toBe(pk.urlDoc);
    expect(r.getElement().asText().getLinkUrl(r.getEndOffsetInclusive())).toBe(pk.urlDoc);
  });

  it("carries an indicator's Bukti Dukung into the quarterly report's table", () => {
    const { g, b } = muat("lumajang-2021");
    const k = g.sheet("Kinerja");
    const c = k.getRange(1, 1, 1, k.getLastColumn()).getValues()[0]!.indexOf("Bukti Dukung") + 1;
    k.getRange(2, c).setValue("https://drive.google.com/file/d/ikm-tw3/view");
    const h = dialog(b, "buatLaporan")({ jenis: "triwulan" }, true) as { idDoc: string };
    const r = g.DocumentApp.openById(h.idDoc)
      .getBody()
      .findText("https://drive\\.google\\.com/file/d/ikm-tw3/view")!;
    expect(r.getElement().asText().getLinkUrl(r.getStartOffset())).toBe(
      "https://drive.google.com/file/d/ikm-tw3/view",
    );
  });
});

function bacaDanPeriksa(g: ReturnType<typeof muat>["g"]) {
  const bk = bacaBukuKerja(g.spreadsheet);
  return [...bk.masalah, ...periksaLkeDari(bk)];
}
