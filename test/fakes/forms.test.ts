import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { UNSUR_PERMENPANRB_14_2017 } from "../../src/core/ikm";
import { createFakeGoogle, FORM_MIME, type FormDump, ROOT_ID } from "./index";

// The 9 unsur of PermenPANRB 14/2017 (domain.md), each asked as one question scored a..d = 1..4.
const UNSUR = UNSUR_PERMENPANRB_14_2017;
const JAWABAN = ["a. Tidak sesuai", "b. Kurang sesuai", "c. Sesuai", "d. Sangat sesuai"];

type Fake = ReturnType<typeof createFakeGoogle>;

/** setPublished is missing from @types/google-apps-script 2.0.13; product code needs the same cast. */
type Publishable = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
};

function publish(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Forms.Form {
  return (form as Publishable).setPublished(true);
}

/** What "Buat Kuesioner SKM" builds (src/forms/kuesioner.ts): profile, the 9 unsur, a comment. */
function kuesioner(g: Fake) {
  const form = g.FormApp.create("SKM Kecamatan Lumajang Triwulan III 2021");
  form.setDescription("Survei Kepuasan Masyarakat").setConfirmationMessage("Terima kasih");
  form.addSectionHeaderItem().setTitle("Profil Responden");
  form.addListItem().setTitle("Jenis Kelamin").setChoiceValues(["Laki-laki", "Perempuan"]).setRequired(true);
  form
    .addTextItem()
    .setTitle("Umur")
    .setHelpText("Dalam tahun")
    .setValidation(
      g.FormApp.createTextValidation()
        .requireNumberBetween(17, 99)
        .setHelpText("Umur 17 sampai 99 tahun")
        .build(),
    )
    .setRequired(true);
  form.addPageBreakItem().setTitle("Pendapat Responden").setHelpText("Pilih satu jawaban");
  for (const [i, unsur] of UNSUR.entries()) {
    form
      .addMultipleChoiceItem()
      .setTitle(`U${i + 1}. ${unsur}`)
      .setHelpText(`Unsur: ${unsur}`)
      .setChoiceValues(JAWABAN)
      .setRequired(true);
  }
  form.addParagraphTextItem().setTitle("Saran").setHelpText("Saran untuk perbaikan");
  return form;
}

/** Answers for every required question; the rest unanswered unless given. */
function jawaban(extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { "Jenis Kelamin": "Perempuan", Umur: "34" };
  UNSUR.forEach((u, i) => {
    out[`U${i + 1}. ${u}`] = JAWABAN[i % 4] ?? "";
  });
  return { ...out, ...extra };
}

function dumpOf(g: Fake, i = 0): FormDump {
  const form = g.forms()[i];
  if (!form) throw new Error("no form");
  return form.__dump();
}

describe("FormApp.create, items and __dump", () => {
  it("records the settings and the items in order, with choices, help texts and validation", () => {
    const g = createFakeGoogle();
    const form = kuesioner(g);
    const dump = dumpOf(g);
    expect(dump).toMatchObject({
      id: form.getId(),
      title: "SKM Kecamatan Lumajang Triwulan III 2021",
      description: "Survei Kepuasan Masyarakat",
      confirmationMessage: "Terima kasih",
      published: false,
      destination: null,
      responses: 0,
    });
    expect(dump.items.map((i) => i.type)).toEqual([
      "SECTION_HEADER",
      "LIST",
      "TEXT",
      "PAGE_BREAK",
      ...UNSUR.map(() => "MULTIPLE_CHOICE"),
      "PARAGRAPH_TEXT",
    ]);
    expect(dump.items[0]).toEqual({
      id: dump.items[0]?.id,
      type: "SECTION_HEADER",
      title: "Profil Responden",
      helpText: "",
    });
    expect(dump.items[1]).toMatchObject({ choices: ["Laki-laki", "Perempuan"], required: true });
    expect(dump.items[2]).toMatchObject({
      title: "Umur",
      helpText: "Dalam tahun",
      required: true,
      validation: { rule: "requireNumberBetween", args: [17, 99], helpText: "Umur 17 sampai 99 tahun" },
    });
    expect(dump.items[3]).toMatchObject({ title: "Pendapat Responden", helpText: "Pilih satu jawaban" });
    expect(dump.items[4]).toMatchObject({ title: "U1. Persyaratan", choices: JAWABAN, required: true });
    expect(dump.items[13]).toEqual({
      id: dump.items[13]?.id,
      type: "PARAGRAPH_TEXT",
      title: "Saran",
      helpText: "Saran untuk perbaikan",
      required: false,
    });
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });

  it("refuses what Forms refuses: empty or repeated choices, a validation without rule", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    const mc = form.addMultipleChoiceItem();
    expect(() => mc.setChoiceValues([])).toThrow("minimal satu");
    expect(() => mc.setChoiceValues(["a", "a"])).toThrow("berulang");
    expect(() => form.addListItem().setChoiceValues(["a", ""])).toThrow("kosong");
    expect(() => g.FormApp.createTextValidation().setHelpText("x").build()).toThrow("tanpa aturan");
    expect(() => g.FormApp.createTextValidation().requireNumberBetween(99, 17)).toThrow(
      "start lebih besar dari end",
    );
    expect(() => form.addTextItem().setValidation({} as GoogleAppsScript.Forms.TextValidation)).toThrow(
      "createTextValidation",
    );
    expect(() => g.FormApp.create("")).toThrow("perlu judul");
  });

  it("URLs: the responder URL carries a published id, not the Drive id", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(form.getPublishedUrl()).not.toContain(`/d/${form.getId()}/`);
  });

  it("is a Drive file the app created: in My Drive, Google Forms type, seen by Drive under drive.file", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("SKM 2024");
    const file = g.driveFiles().find((f) => f.id === form.getId());
    expect(file).toMatchObject({
      name: "SKM 2024",
      mimeType: FORM_MIME,
      parents: [ROOT_ID],
      createdByApp: true,
      trashed: false,
    });
    expect(FORM_MIME).toBe("application/vnd.google-apps.form");
    expect(g.Drive.Files.get(form.getId(), { fields: "id,name,mimeType" })).toEqual({
      id: form.getId(),
      name: "SKM 2024",
      mimeType: FORM_MIME,
    });
    expect(g.forms().map((f) => f.getId())).toEqual([form.getId()]);
  });
});

describe("publishing", () => {
  it("a new form is unpublished (Forms, after 30 June 2026): it takes no response until setPublished(true)", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x") as Publishable;
    form.addTextItem().setTitle("Nama");
    expect(dumpOf(g).published).toBe(false);
    expect(() => g.forms()[0]?.__submit({ Nama: "Siti" })).toThrow("belum dipublikasikan");
    g.counts.reset();
    form.setPublished(true);
    expect(g.counts.snapshot()).toEqual({ "Form.setPublished": 1 });
    g.forms()[0]?.__submit({ Nama: "Siti" });
    expect(dumpOf(g)).toMatchObject({ published: true, responses: 1 });
  });
});

describe("setDestination and __submit", () => {
  it("links to the spreadsheet: a first sheet 'Jawaban Formulir 1' (id_ID) with the question columns", () => {
    const g = createFakeGoogle({ sheets: { Pengaturan: [["Unit", "Kec. Lumajang"]] } });
    const form = kuesioner(g);
    g.counts.reset();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    expect(g.counts.snapshot()).toEqual({ "Form.setDestination": 1, "Spreadsheet.getId": 1 });
    const sheets = g.spreadsheet.getSheets();
    expect(sheets.map((s) => s.getName())).toEqual(["Jawaban Formulir 1", "Pengaturan"]);
    expect(sheets[0]?.getFrozenRows()).toBe(1);
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Jenis Kelamin", "Umur", ...UNSUR.map((u, i) => `U${i + 1}. ${u}`), "Saran"],
    ]);
    expect(dumpOf(g).destination).toEqual({
      type: "SPREADSHEET",
      id: g.spreadsheet.getId(),
      sheet: "Jawaban Formulir 1",
    });
  });

  it("an English spreadsheet gets 'Form Responses 1' and 'Timestamp'; numbers go up", () => {
    const en = createFakeGoogle({ locale: "en_US" });
    const f1 = en.FormApp.create("a");
    f1.addTextItem().setTitle("Nama");
    f1.setDestination(en.FormApp.DestinationType.SPREADSHEET, en.spreadsheet.getId());
    expect(en.sheetValues("Form Responses 1")).toEqual([["Timestamp", "Nama"]]);
    en.FormApp.create("b").setDestination(en.FormApp.DestinationType.SPREADSHEET, en.spreadsheet.getId());
    expect(en.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Form Responses 2",
      "Form Responses 1",
      "Sheet1",
    ]);
  });

  it("links only to the fake's spreadsheet, once", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    expect(() => form.setDestination(g.FormApp.DestinationType.SPREADSHEET, "lain")).toThrow(
      "tidak ada spreadsheet lain",
    );
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    expect(() => form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId())).toThrow(
      "sudah tertaut",
    );
  });

  it("__submit appends a row as Forms writes it: Date timestamp, choice values, text as text, '' unanswered", () => {
    const g = createFakeGoogle();
    const form = publish(kuesioner(g));
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    const hook = g.forms()[0];
    const t1 = new Date(2021, 8, 14, 9, 30, 5);
    g.counts.reset();
    hook?.__submit(jawaban({ Saran: "=Pelayanan cepat" }), t1);
    hook?.__submit(jawaban({ "Jenis Kelamin": "Laki-laki" }), new Date(2021, 8, 15, 10, 0, 0));
    expect(g.counts.total()).toBe(0);
    const [header, r1, r2] = g.sheetValues("Jawaban Formulir 1");
    expect(header).toHaveLength(13);
    expect(r1).toEqual([t1, "Perempuan", "34", ...UNSUR.map((_, i) => JAWABAN[i % 4]), "=Pelayanan cepat"]);
    expect(r1?.[0]).toBeInstanceOf(Date);
    expect(r2?.slice(0, 3)).toEqual([new Date(2021, 8, 15, 10, 0, 0), "Laki-laki", "34"]);
    expect(r2?.[12]).toBe("");
    // What product code reads back through SpreadsheetApp: the same values, the answer text not a formula.
    const sheet = g.SpreadsheetApp.getActive().getSheetByName("Jawaban Formulir 1");
    expect(sheet?.getDataRange().getValues()[1]?.[0]).toEqual(t1);
    expect(sheet?.getRange(2, 13).getFormulas()).toEqual([[""]]);
    expect(dumpOf(g).responses).toBe(2);
  });

  it("__submit refuses what the form would: a missing required answer, a value not offered, a failed validation", () => {
    const g = createFakeGoogle();
    publish(kuesioner(g));
    const hook = g.forms()[0];
    const t = new Date(2021, 8, 14);
    const { Umur: _, ...tanpaUmur } = jawaban();
    expect(() => hook?.__submit(tanpaUmur, t)).toThrow('pertanyaan wajib "Umur" tidak dijawab');
    expect(() => hook?.__submit(jawaban({ "U1. Persyaratan": "e. Lainnya" }), t)).toThrow("bukan pilihan");
    expect(() => hook?.__submit(jawaban({ "Jenis Kelamin": "L" }), t)).toThrow("bukan pilihan");
    expect(() => hook?.__submit(jawaban({ Umur: "12" }), t)).toThrow("Umur 17 sampai 99 tahun");
    expect(() => hook?.__submit(jawaban({ Umur: "tiga puluh" }), t)).toThrow("ditolak validasi");
    expect(() => hook?.__submit(jawaban({ "Profil Responden": "x" }), t)).toThrow("bukan pertanyaan");
    expect(() => hook?.__submit(jawaban({ Nama: "x" }), t)).toThrow('tidak ada pertanyaan berjudul "Nama"');
    expect(dumpOf(g).responses).toBe(0);
  });

  it("responses before the link are written when linking; a later question becomes a new column at the right", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x"));
    const p = form.addMultipleChoiceItem().setTitle("Pelayanan").setChoiceValues(["Baik", "Buruk"]);
    const hook = g.forms()[0];
    hook?.__submit({ Pelayanan: "Baik" }, new Date(2024, 0, 1, 8));
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    form.addTextItem().setTitle("Saran");
    p.setTitle("Kualitas Pelayanan");
    hook?.__submit({ "Kualitas Pelayanan": "Buruk", Saran: "Tambah loket" }, new Date(2024, 0, 2, 8));
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Kualitas Pelayanan", "Saran"],
      [new Date(2024, 0, 1, 8), "Baik", ""],
      [new Date(2024, 0, 2, 8), "Buruk", "Tambah loket"],
    ]);
  });
});

describe("strictness and counting", () => {
  it("members of the real interfaces the fake lacks throw", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    expect(() => form.addCheckboxItem()).toThrow("fake: Form.addCheckboxItem tidak diimplementasikan");
    expect(() => form.getResponses()).toThrow("fake: Form.getResponses tidak diimplementasikan");
    expect(() => g.FormApp.openById(form.getId())).toThrow("fake: FormApp.openById tidak diimplementasikan");
    expect(() => g.FormApp.Alignment).toThrow("fake: FormApp.Alignment tidak diimplementasikan");
    const mc = form.addMultipleChoiceItem();
    expect(() => mc.setPoints(1)).toThrow("fake: MultipleChoiceItem.setPoints tidak diimplementasikan");
    expect(() => form.addSectionHeaderItem().setHelpText("x")).toThrow(
      "fake: SectionHeaderItem.setHelpText tidak diimplementasikan",
    );
    expect(() => g.FormApp.createTextValidation().requireTextIsEmail()).toThrow(
      "fake: TextValidationBuilder.requireTextIsEmail tidak diimplementasikan",
    );
  });

  it("counts every call with the interface the object stands for; hooks and forms() are free", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x"));
    g.counts.reset();
    form.addMultipleChoiceItem().setTitle("U1. Persyaratan").setChoiceValues(JAWABAN).setRequired(true);
    expect(g.counts.snapshot()).toEqual({
      "Form.addMultipleChoiceItem": 1,
      "MultipleChoiceItem.setChoiceValues": 1,
      "MultipleChoiceItem.setRequired": 1,
      "MultipleChoiceItem.setTitle": 1,
    });
    g.forms()[0]?.__dump();
    g.forms()[0]?.__submit({ "U1. Persyaratan": "c. Sesuai" });
    expect(g.counts.total()).toBe(4);
  });

  it("globals() carries FormApp into node:vm, still without functions", () => {
    const g = createFakeGoogle();
    const scope = g.globals();
    expect(Object.keys(scope).filter((k) => typeof scope[k] === "function")).toEqual([]);
    const context = vm.createContext({ ...scope });
    vm.runInContext(
      `var form = FormApp.create("Dari vm");
       form.addListItem().setTitle("Nilai").setChoiceValues(["1", "2", "3", "4"]);
       form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
       form.setPublished(true);`,
      context,
    );
    g.forms()[0]?.__submit({ Nilai: "3" }, new Date(2024, 0, 1));
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Nilai"],
      [new Date(2024, 0, 1), "3"],
    ]);
  });
});
