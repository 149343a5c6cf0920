import vm from "node:vm";
import fc from "fast-check";
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
  isPublished(): boolean;
};

function publish(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Forms.Form {
  return (form as Publishable).setPublished(true);
}

/** What "Buat Kuesioner SKM" might build: profile, the 9 unsur, a scale, a grid, a comment. */
function kuesioner(g: Fake) {
  const form = g.FormApp.create("SKM Kecamatan Lumajang Triwulan III 2021");
  publish(form)
    .setDescription("Survei Kepuasan Masyarakat")
    .setConfirmationMessage("Terima kasih")
    .setCollectEmail(false)
    .setAllowResponseEdits(false)
    .setProgressBar(true)
    .setShowLinkToRespondAgain(false);
  form.addSectionHeaderItem().setTitle("Profil Responden").setHelpText("Data tidak dipublikasikan");
  form.addListItem().setTitle("Jenis Kelamin").setChoiceValues(["Laki-laki", "Perempuan"]).setRequired(true);
  const umur = form.addTextItem().setTitle("Umur").setRequired(true);
  umur.setValidation(
    g.FormApp.createTextValidation()
      .requireNumberBetween(17, 99)
      .setHelpText("Umur 17 sampai 99 tahun")
      .build(),
  );
  form.addDateItem().setTitle("Tanggal Pelayanan");
  const layanan = form.addCheckboxItem().setTitle("Layanan yang diterima");
  layanan.setChoices([layanan.createChoice("KTP"), layanan.createChoice("KK"), layanan.createChoice("Akta")]);
  form.addPageBreakItem().setTitle("Pendapat Responden");
  for (const [i, unsur] of UNSUR.entries()) {
    form
      .addMultipleChoiceItem()
      .setTitle(`U${i + 1}. ${unsur}`)
      .setChoiceValues(JAWABAN)
      .setRequired(true);
  }
  form.addScaleItem().setTitle("Kepentingan").setBounds(1, 4).setLabels("Tidak penting", "Sangat penting");
  form
    .addGridItem()
    .setTitle("Harapan")
    .setRows(["Persyaratan", "Biaya/Tarif"])
    .setColumns(["1", "2", "3", "4"]);
  form.addParagraphTextItem().setTitle("Saran");
  return form;
}

/** Answers for every required question; the rest unanswered unless given. */
function jawaban(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { "Jenis Kelamin": "Perempuan", Umur: "34" };
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
  it("records the settings and the items in order, with choices, bounds, labels, rows and validation", () => {
    const g = createFakeGoogle();
    const form = kuesioner(g);
    const dump = dumpOf(g);
    expect(dump).toMatchObject({
      id: form.getId(),
      title: "SKM Kecamatan Lumajang Triwulan III 2021",
      description: "Survei Kepuasan Masyarakat",
      confirmationMessage: "Terima kasih",
      collectEmail: false,
      progressBar: true,
      showLinkToRespondAgain: false,
      published: true,
      acceptingResponses: true,
      destination: null,
      responses: 0,
    });
    expect(dump.items.map((i) => i.type)).toEqual([
      "SECTION_HEADER",
      "LIST",
      "TEXT",
      "DATE",
      "CHECKBOX",
      "PAGE_BREAK",
      ...UNSUR.map(() => "MULTIPLE_CHOICE"),
      "SCALE",
      "GRID",
      "PARAGRAPH_TEXT",
    ]);
    expect(dump.items[0]).toEqual({
      id: dump.items[0]?.id,
      type: "SECTION_HEADER",
      title: "Profil Responden",
      helpText: "Data tidak dipublikasikan",
    });
    expect(dump.items[2]).toMatchObject({
      title: "Umur",
      required: true,
      validation: { rule: "requireNumberBetween", args: [17, 99], helpText: "Umur 17 sampai 99 tahun" },
    });
    expect(dump.items[4]).toMatchObject({
      choices: ["KTP", "KK", "Akta"],
      otherOption: false,
      required: false,
    });
    expect(dump.items[6]).toMatchObject({ title: "U1. Persyaratan", choices: JAWABAN, required: true });
    expect(dump.items[15]).toMatchObject({ bounds: [1, 4], labels: ["Tidak penting", "Sangat penting"] });
    expect(dump.items[16]).toMatchObject({
      rows: ["Persyaratan", "Biaya/Tarif"],
      columns: ["1", "2", "3", "4"],
    });
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });

  it("getItems gives generic Items that cast to their own type only", () => {
    const g = createFakeGoogle();
    const form = kuesioner(g);
    const items = form.getItems();
    expect(items).toHaveLength(18);
    expect(items[6]?.getType()).toBe(g.FormApp.ItemType.MULTIPLE_CHOICE);
    expect(items[6]?.getIndex()).toBe(6);
    const mc = items[6]?.asMultipleChoiceItem();
    expect(mc?.getChoices().map((c) => c.getValue())).toEqual(JAWABAN);
    expect(mc?.getChoices()[0]?.isCorrectAnswer()).toBe(false);
    expect(mc?.isRequired()).toBe(true);
    expect(() => items[6]?.asTextItem()).toThrow("bertipe MULTIPLE_CHOICE, tidak bisa dijadikan TEXT");
    expect(items[15]?.asScaleItem().getUpperBound()).toBe(4);
    expect(items[16]?.asGridItem().getRows()).toEqual(["Persyaratan", "Biaya/Tarif"]);
    expect(form.getItems(g.FormApp.ItemType.MULTIPLE_CHOICE)).toHaveLength(9);
    const id = items[2]?.getId() ?? 0;
    expect(form.getItemById(id)?.asTextItem().getTitle()).toBe("Umur");
    expect(form.getItemById(42)).toBeNull();
  });

  it("deleteItem by index or by item; a deleted item refuses changes", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    const a = form.addTextItem().setTitle("A");
    form.addTextItem().setTitle("B");
    form.addTextItem().setTitle("C");
    form.deleteItem(1);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(["A", "C"]);
    const first = form.getItems()[0];
    if (!first) throw new Error("no item");
    form.deleteItem(first);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(["C"]);
    expect(() => a.setTitle("lagi")).toThrow("sudah dihapus");
    expect(() => form.deleteItem(5)).toThrow("di luar jangkauan");
  });

  it("refuses what Forms refuses: empty or repeated choices, bounds out of range, a validation without rule", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    const mc = form.addMultipleChoiceItem();
    expect(() => mc.setChoiceValues([])).toThrow("minimal satu");
    expect(() => mc.setChoiceValues(["a", "a"])).toThrow("berulang");
    const scale = form.addScaleItem();
    expect(scale.getLowerBound()).toBe(1);
    expect(scale.getUpperBound()).toBe(5);
    expect(() => scale.setBounds(2, 5)).toThrow("batas bawah harus 0 atau 1");
    expect(() => scale.setBounds(1, 11)).toThrow("batas atas harus 3 sampai 10");
    expect(() => g.FormApp.createTextValidation().setHelpText("x").build()).toThrow("tanpa aturan");
    expect(() => form.addTextItem().setValidation({} as GoogleAppsScript.Forms.TextValidation)).toThrow(
      "createTextValidation",
    );
    expect(() => g.FormApp.create("")).toThrow("perlu judul");
  });

  it("URLs: the responder URL carries a published id, not the Drive id; shortenFormUrl is stable", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(form.getPublishedUrl()).not.toContain(`/d/${form.getId()}/`);
    const short = form.shortenFormUrl(form.getPublishedUrl());
    expect(short).toMatch(/^https:\/\/forms\.gle\//);
    expect(form.shortenFormUrl(form.getPublishedUrl())).toBe(short);
    expect(() => form.shortenFormUrl("https://example.com/x")).toThrow("bukan URL Google Forms");
  });
});

describe("publishing", () => {
  it("a new form is unpublished (Forms, after 30 June 2026): it takes no response until setPublished(true)", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x") as Publishable;
    form.addTextItem().setTitle("Nama");
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => g.forms()[0]?.__submit({ Nama: "Siti" })).toThrow("belum dipublikasikan");
    g.counts.reset();
    form.setPublished(true);
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(g.counts.snapshot()).toEqual({
      "Form.isAcceptingResponses": 1,
      "Form.isPublished": 1,
      "Form.setPublished": 1,
    });
    g.forms()[0]?.__submit({ Nama: "Siti" });
    form.setAcceptingResponses(false);
    expect(() => g.forms()[0]?.__submit({ Nama: "Budi" })).toThrow("tidak menerima jawaban");
    expect(dumpOf(g)).toMatchObject({ published: true, acceptingResponses: false, responses: 1 });
  });
});

describe("the form is a Drive file the app created", () => {
  it("in My Drive, Google Forms type, seen by Drive under drive.file; openById opens the same form", () => {
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
    const again = g.FormApp.openById(form.getId());
    again.addTextItem().setTitle("Nama");
    expect(form.getItems().map((i) => i.getTitle())).toEqual(["Nama"]);
    // setTitle is the form's title; the Drive file keeps its name.
    form.setTitle("Survei Kepuasan");
    expect(g.driveFiles().find((f) => f.id === form.getId())?.name).toBe("SKM 2024");
    expect(() => g.FormApp.openById("tidakAda")).toThrow("tidak ada formulir tidakAda");
    expect(g.forms().map((f) => f.getId())).toEqual([form.getId()]);
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
      [
        "Stempel waktu",
        "Jenis Kelamin",
        "Umur",
        "Tanggal Pelayanan",
        "Layanan yang diterima",
        ...UNSUR.map((u, i) => `U${i + 1}. ${u}`),
        "Kepentingan",
        "Harapan [Persyaratan]",
        "Harapan [Biaya/Tarif]",
        "Saran",
      ],
    ]);
    expect(form.getDestinationId()).toBe(g.spreadsheet.getId());
    expect(form.getDestinationType()).toBe(g.FormApp.DestinationType.SPREADSHEET);
    expect(dumpOf(g).destination).toEqual({
      type: "SPREADSHEET",
      id: g.spreadsheet.getId(),
      sheet: "Jawaban Formulir 1",
    });
  });

  it("an English spreadsheet gets 'Form Responses 1' and 'Timestamp'; the option overrides the locale; numbers go up", () => {
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

    const custom = createFakeGoogle({ formResponseLabels: { sheet: "Respon Formulir", timestamp: "Waktu" } });
    custom.FormApp.create("c").setDestination(
      custom.FormApp.DestinationType.SPREADSHEET,
      custom.spreadsheet.getId(),
    );
    expect(custom.sheetValues("Respon Formulir 1")).toEqual([["Waktu"]]);
  });

  it("__submit appends a row as Forms writes it: Date timestamp, choice values, joined checkboxes, one cell per grid row, '' unanswered", () => {
    const g = createFakeGoogle();
    const form = kuesioner(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    const hook = g.forms()[0];
    const t1 = new Date(2021, 8, 14, 9, 30, 5);
    g.counts.reset();
    hook?.__submit(
      jawaban({
        "Tanggal Pelayanan": "2021-09-13",
        "Layanan yang diterima": ["Akta", "KTP"],
        Kepentingan: "4",
        Harapan: ["4", ""],
        Saran: "=Pelayanan cepat",
      }),
      t1,
    );
    hook?.__submit(jawaban({ "Jenis Kelamin": "Laki-laki" }), new Date(2021, 8, 15, 10, 0, 0));
    expect(g.counts.total()).toBe(0);
    const [header, r1, r2] = g.sheetValues("Jawaban Formulir 1");
    expect(header).toHaveLength(18);
    expect(r1).toEqual([
      t1,
      "Perempuan",
      "34",
      new Date(2021, 8, 13),
      "KTP, Akta",
      ...UNSUR.map((_, i) => JAWABAN[i % 4]),
      4,
      "4",
      "",
      "=Pelayanan cepat",
    ]);
    expect(r1?.[0]).toBeInstanceOf(Date);
    expect(r2?.slice(0, 5)).toEqual([new Date(2021, 8, 15, 10, 0, 0), "Laki-laki", "34", "", ""]);
    expect(r2?.slice(14)).toEqual(["", "", "", ""]);
    // What product code reads back through SpreadsheetApp: the same values, the answer text not a formula.
    const sheet = g.SpreadsheetApp.getActive().getSheetByName("Jawaban Formulir 1");
    expect(sheet?.getDataRange().getValues()[1]?.[0]).toEqual(t1);
    expect(sheet?.getRange(2, 18).getValue()).toBe("=Pelayanan cepat");
    expect(sheet?.getRange(2, 18).getFormula()).toBe("");
    expect(dumpOf(g).responses).toBe(2);
  });

  it("__submit refuses what the form would: a missing required answer, a value not offered, a failed validation", () => {
    const g = createFakeGoogle();
    kuesioner(g);
    const hook = g.forms()[0];
    const t = new Date(2021, 8, 14);
    const { Umur: _, ...tanpaUmur } = jawaban();
    expect(() => hook?.__submit(tanpaUmur, t)).toThrow('pertanyaan wajib "Umur" tidak dijawab');
    expect(() => hook?.__submit(jawaban({ "U1. Persyaratan": "e. Lainnya" }), t)).toThrow("bukan pilihan");
    expect(() => hook?.__submit(jawaban({ Umur: "12" }), t)).toThrow("Umur 17 sampai 99 tahun");
    expect(() => hook?.__submit(jawaban({ Umur: "tiga puluh" }), t)).toThrow("ditolak validasi");
    expect(() => hook?.__submit(jawaban({ Kepentingan: "5" }), t)).toThrow("di luar skala");
    expect(() => hook?.__submit(jawaban({ Harapan: ["4"] }), t)).toThrow("satu nilai per baris");
    expect(() => hook?.__submit(jawaban({ "Layanan yang diterima": "KTP" }), t)).toThrow("harus larik");
    expect(() => hook?.__submit(jawaban({ "Profil Responden": "x" }), t)).toThrow("bukan pertanyaan");
    expect(() => hook?.__submit(jawaban({ Nama: "x" }), t)).toThrow('tidak ada pertanyaan berjudul "Nama"');
    expect(() => hook?.__submit(jawaban(), t, "warga@example.com")).toThrow(
      "tidak mengumpulkan alamat email",
    );
    expect(dumpOf(g).responses).toBe(0);
  });

  it("responses before the link are written when linking; a later question becomes a new column at the right", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x"));
    const p = form.addMultipleChoiceItem().setTitle("Pelayanan").setChoiceValues(["Baik", "Buruk"]);
    p.showOtherOption(true);
    const hook = g.forms()[0];
    hook?.__submit({ Pelayanan: "Baik" }, new Date(2024, 0, 1, 8));
    hook?.__submit({ Pelayanan: "Cukup lambat" }, new Date(2024, 0, 1, 9));
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    form.addTextItem().setTitle("Saran");
    p.setTitle("Kualitas Pelayanan");
    hook?.__submit({ "Kualitas Pelayanan": "Buruk", Saran: "Tambah loket" }, new Date(2024, 0, 2, 8));
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Kualitas Pelayanan", "Saran"],
      [new Date(2024, 0, 1, 8), "Baik", ""],
      [new Date(2024, 0, 1, 9), "Cukup lambat", ""],
      [new Date(2024, 0, 2, 8), "Buruk", "Tambah loket"],
    ]);
  });

  it("collecting email adds 'Alamat email' after the timestamp and makes __submit need one", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x")).setCollectEmail(true);
    form.addTextItem().setTitle("Nama");
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    const hook = g.forms()[0];
    expect(() => hook?.__submit({ Nama: "Siti" })).toThrow("butuh email");
    hook?.__submit({ Nama: "Siti" }, undefined, "siti@example.com");
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Alamat email", "Nama"],
      [new Date(Date.UTC(2024, 0, 1)), "siti@example.com", "Siti"],
    ]);
  });

  it("removeDestination keeps the sheet and stops writing to it; destination getters then refuse", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x"));
    form.addTextItem().setTitle("Nama");
    expect(() => form.getDestinationId()).toThrow("belum punya tujuan jawaban");
    expect(() => form.setDestination(g.FormApp.DestinationType.SPREADSHEET, "lain")).toThrow(
      "tidak ada spreadsheet lain",
    );
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    expect(() => form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId())).toThrow(
      "sudah tertaut",
    );
    form.removeDestination();
    expect(() => form.getDestinationType()).toThrow("belum punya tujuan jawaban");
    g.forms()[0]?.__submit({ Nama: "Budi" }, new Date(2024, 0, 1));
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([["Stempel waktu", "Nama"]]);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
    expect(g.sheetValues("Jawaban Formulir 2")).toEqual([
      ["Stempel waktu", "Nama"],
      [new Date(2024, 0, 1), "Budi"],
    ]);
  });

  it("a checkbox cell lists the ticked values in the form's order, whatever order they are given", () => {
    const choices = ["KTP", "KK", "Akta", "Surat Pindah", "SKTM"];
    fc.assert(
      fc.property(
        fc.subarray(choices, { minLength: 1 }).chain((s) => fc.shuffledSubarray(s, { minLength: s.length })),
        (ticked) => {
          const g = createFakeGoogle();
          const form = publish(g.FormApp.create("x"));
          form.addCheckboxItem().setTitle("Layanan").setChoiceValues(choices);
          form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
          g.forms()[0]?.__submit({ Layanan: ticked }, new Date(2024, 0, 1));
          expect(g.sheetValues("Jawaban Formulir 1")[1]?.[1]).toBe(
            choices.filter((c) => ticked.includes(c)).join(", "),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("strictness and counting", () => {
  it("members of the real interfaces the fake lacks throw", () => {
    const g = createFakeGoogle();
    const form = g.FormApp.create("x");
    expect(() => form.addImageItem()).toThrow("fake: Form.addImageItem tidak diimplementasikan");
    expect(() => form.getResponses()).toThrow("fake: Form.getResponses tidak diimplementasikan");
    expect(() => g.FormApp.getActiveForm()).toThrow("fake: FormApp.getActiveForm tidak diimplementasikan");
    expect(() => g.FormApp.Alignment).toThrow("fake: FormApp.Alignment tidak diimplementasikan");
    const mc = form.addMultipleChoiceItem();
    expect(() => mc.setPoints(1)).toThrow("fake: MultipleChoiceItem.setPoints tidak diimplementasikan");
    expect(() => form.getItems()[0]?.asVideoItem()).toThrow("fake: Item.asVideoItem tidak diimplementasikan");
    expect(() => mc.createChoice("a").getGotoPage()).toThrow(
      "fake: Choice.getGotoPage tidak diimplementasikan",
    );
    expect(() => g.FormApp.createTextValidation().requireTextIsEmail()).toThrow(
      "fake: TextValidationBuilder.requireTextIsEmail tidak diimplementasikan",
    );
  });

  it("counts every call with the interface the object stands for; hooks and forms() are free", () => {
    const g = createFakeGoogle();
    const form = publish(g.FormApp.create("x"));
    g.counts.reset();
    form
      .addMultipleChoiceItem()
      .setTitle("U1. Persyaratan")
      .setChoiceValues(JAWABAN)
      .setRequired(true)
      .getChoices()[0]
      ?.getValue();
    form.getItems()[0]?.asMultipleChoiceItem().isRequired();
    expect(g.counts.snapshot()).toEqual({
      "Choice.getValue": 1,
      "Form.addMultipleChoiceItem": 1,
      "Form.getItems": 1,
      "Item.asMultipleChoiceItem": 1,
      "MultipleChoiceItem.getChoices": 1,
      "MultipleChoiceItem.isRequired": 1,
      "MultipleChoiceItem.setChoiceValues": 1,
      "MultipleChoiceItem.setRequired": 1,
      "MultipleChoiceItem.setTitle": 1,
    });
    g.forms()[0]?.__dump();
    g.forms()[0]?.__submit({ "U1. Persyaratan": "c. Sesuai" });
    expect(g.counts.total()).toBe(9);
  });

  it("globals() carries FormApp into node:vm, still without functions", () => {
    const g = createFakeGoogle();
    const scope = g.globals();
    expect(Object.keys(scope).filter((k) => typeof scope[k] === "function")).toEqual([]);
    const context = vm.createContext({ ...scope });
    vm.runInContext(
      `var form = FormApp.create("Dari vm").setPublished(true);
       form.addScaleItem().setTitle("Nilai").setBounds(1, 4);
       form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());`,
      context,
    );
    g.forms()[0]?.__submit({ Nilai: "3" }, new Date(2024, 0, 1));
    expect(g.sheetValues("Jawaban Formulir 1")).toEqual([
      ["Stempel waktu", "Nilai"],
      [new Date(2024, 0, 1), 3],
    ]);
  });
});
