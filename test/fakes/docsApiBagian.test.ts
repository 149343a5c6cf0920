// Section breaks in the Docs REST fake: insertSectionBreak, updateSectionStyle, how Documents.get
// shows them and what deleteContentRange refuses around them (each rule's reference sentence is
// cited beside it in docsApi/requests/sections.ts and text.ts).
import { describe, expect, it } from "vitest";
import { createFakeGoogle, type DocsRequest } from "./index";

type Document = GoogleAppsScript.Docs.Schema.Document;

const ID = "tplBagian";

/** "JUDUL\n" 1..7, "Isi\n" 7..11, a 1x1 table 11..19 ("sel\n" 14..18), "Akhir\n" 19..25; a header. */
function fake() {
  return createFakeGoogle({
    documents: {
      [ID]: { name: "Bagian", header: ["Kop"], body: ["JUDUL", "Isi", { table: [["sel"]] }, "Akhir"] },
    },
  });
}
type Fake = ReturnType<typeof fake>;

const get = (g: Fake): Document => g.Docs.Documents.get(ID);
const batch = (g: Fake, requests: DocsRequest[]) =>
  g.Docs.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, ID);

/** Each structural element as [start, end, kind]. */
function susunan(d: Document): [number, number, string][] {
  return (d.body?.content ?? []).map((e) => [
    e.startIndex ?? 0,
    e.endIndex ?? 0,
    e.sectionBreak ? "bagian" : e.table ? "tabel" : "paragraf",
  ]);
}

const flip = (d: Document) =>
  (d.body?.content ?? [])
    .filter((e) => e.sectionBreak)
    .map(
      (e) => (e.sectionBreak?.sectionStyle as { flipPageOrientation?: boolean }).flipPageOrientation === true,
    );

/** A refused batch throws and leaves the document as it was. */
function ditolak(g: Fake, requests: DocsRequest[], pesan: string | RegExp): void {
  const sebelum = get(g);
  expect(() => batch(g, requests)).toThrow(pesan);
  expect(get(g)).toEqual(sebelum);
}

const sisip = (index: number, segmentId?: string): DocsRequest =>
  ({
    insertSectionBreak: {
      location: { index, ...(segmentId ? { segmentId } : {}) },
      sectionType: "NEXT_PAGE",
    },
  }) as DocsRequest;

const putar = (startIndex: number, nilai = true, lain: object = {}): DocsRequest =>
  ({
    updateSectionStyle: {
      range: { startIndex, endIndex: startIndex + 1 },
      sectionStyle: { flipPageOrientation: nilai },
      fields: "flipPageOrientation",
      ...lain,
    },
  }) as DocsRequest;

describe("insertSectionBreak and updateSectionStyle", () => {
  it("puts a newline and then the break at the index; the new section is turned by flipPageOrientation", () => {
    const g = fake();
    batch(g, [sisip(7), putar(9)]);
    const d = get(g);
    // "A newline character will be inserted before the section break": "\n" 7..8, the break 8..9.
    expect(susunan(d)).toEqual([
      [0, 1, "bagian"],
      [1, 7, "paragraf"],
      [7, 8, "paragraf"],
      [8, 9, "bagian"],
      [9, 13, "paragraf"],
      [13, 21, "tabel"],
      [21, 27, "paragraf"],
    ]);
    expect((d.body?.content?.[3]?.sectionBreak?.sectionStyle as { sectionType?: string }).sectionType).toBe(
      "NEXT_PAGE",
    );
    expect(flip(d)).toEqual([false, true]);
    // Text still goes in around it.
    batch(g, [{ insertText: { text: "x", location: { index: 9 } } }, putar(9, false)]);
    expect(flip(get(g))).toEqual([false, false]);
    expect(g.document(ID).__text()).toContain("JUDUL\n\n[bagian baru]\nxIsi");
  });

  it("a new section's unset flipPageOrientation \"inherits from DocumentStyle's flip_page_orientation\", not from the section it splits", () => {
    const g = fake();
    batch(g, [sisip(7), putar(9)]);
    expect(flip(get(g))).toEqual([false, true]);
    // "Isi" (9..13) is in the turned section: a break inside it starts a section of the document's
    // orientation (unflipped here), and the turned section keeps what comes before the new break.
    batch(g, [sisip(11)]);
    expect(flip(get(g))).toEqual([false, true, false]);
    expect(g.document(ID).__text()).toContain("[bagian baru, halaman diputar]\nIs\n[bagian baru]\n");
    // After the table, in "Akhir": the same.
    const akhir = (get(g).body?.content ?? []).at(-1)?.startIndex ?? 0;
    batch(g, [sisip(akhir + 2)]);
    expect(flip(get(g))).toEqual([false, true, false, false]);
  });

  it("refuses a break inside a table, at a table's start, in the header, or on another break", () => {
    const g = fake();
    ditolak(g, [sisip(14)], "Section breaks cannot be inserted inside a table.");
    ditolak(g, [sisip(11)], "The insertion index must be inside the bounds of an existing paragraph.");
    ditolak(g, [sisip(0, "kix.fakeHeader")], "Section breaks can only be inserted inside the body.");
    ditolak(
      g,
      [sisip(7), sisip(8)],
      "The insertion index must be inside the bounds of an existing paragraph.",
    );
    ditolak(
      g,
      [{ insertSectionBreak: { location: { index: 7 }, sectionType: "SETENGAH" } } as DocsRequest],
      /Invalid value at .*sectionType/,
    );
  });

  it("refuses a section style outside the body, without fields, or with an unknown one", () => {
    const g = fake();
    batch(g, [sisip(7)]);
    ditolak(
      g,
      [putar(9, true, { range: { startIndex: 0, endIndex: 1, segmentId: "kix.fakeHeader" } })],
      "the segment ID must be empty",
    );
    ditolak(g, [putar(9, true, { fields: "" })], "At least one field must be specified.");
    ditolak(
      g,
      [putar(9, true, { sectionStyle: { flipOrientation: true } })],
      /Unknown name "flipOrientation"/,
    );
    ditolak(g, [putar(9, true, { fields: "sectionStyle" })], "The root section_style is implied");
    // SectionStyle.sectionType: "The type of section. Output only."
    ditolak(
      g,
      [putar(9, true, { sectionStyle: { sectionType: "CONTINUOUS" }, fields: "sectionType" })],
      "sectionType is output only",
    );
    ditolak(
      g,
      [
        putar(9, true, {
          sectionStyle: { flipPageOrientation: true, sectionType: "CONTINUOUS" },
          fields: "flipPageOrientation,section_type",
        }),
      ],
      "sectionType is output only",
    );
    // flipPageOrientation: "setting a concrete value is required. Unsetting this property results in a 400 bad request error."
    ditolak(g, [putar(9, true, { sectionStyle: {} })], "setting a concrete value is required");
    ditolak(
      g,
      [putar(9, true, { sectionStyle: { flipPageOrientation: null } })],
      "setting a concrete value is required",
    );
    const galat = (() => {
      try {
        batch(g, [putar(9, true, { sectionStyle: {} })]);
        return null;
      } catch (e) {
        return e as { details?: { code: number } };
      }
    })();
    expect(galat?.details?.code).toBe(400);
    // The first section is the document's page (updateDocumentStyle): the fake does not model styling it.
    ditolak(g, [putar(2)], "tidak dimodelkan");
  });
});

describe("deleteContentRange around a section break", () => {
  it('refuses "Deleting the newline character before a ... SectionBreak without deleting the element"', () => {
    const g = fake();
    batch(g, [sisip(7)]);
    ditolak(
      g,
      [{ deleteContentRange: { range: { startIndex: 7, endIndex: 8 } } }],
      "it would delete the newline character before a section break without the section break.",
    );
    ditolak(g, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 8 } } }], "before a section break");
    // From the break itself, keeping its newline: not modelled (the reference does not say what it merges).
    ditolak(g, [{ deleteContentRange: { range: { startIndex: 8, endIndex: 10 } } }], "tidak dimodelkan");
  });

  it("deletes the break with the newline before it: the section is gone", () => {
    const g = fake();
    const awal = get(g);
    batch(g, [sisip(7)]);
    batch(g, [{ deleteContentRange: { range: { startIndex: 7, endIndex: 9 } } }]);
    expect(susunan(get(g))).toEqual(susunan(awal));
    // A range across a break and the paragraphs around it, from inside the paragraph before.
    batch(g, [sisip(7), putar(9)]);
    batch(g, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 10 } } }]);
    expect(flip(get(g))).toEqual([false]);
    expect(g.document(ID).__text()).toContain("JUsi\n| sel |");
  });

  it("keeps a break after a paragraph split or joined before it (the break follows its paragraph's newline)", () => {
    const g = fake();
    batch(g, [sisip(7), putar(9)]);
    batch(g, [{ insertText: { text: "A\nB", location: { index: 3 } } }]);
    expect(flip(get(g))).toEqual([false, true]);
    expect(g.document(ID).__text()).toContain("JUA\nBDUL\n\n[bagian baru, halaman diputar]\nIsi");
  });
});

describe("DocumentApp and Drive", () => {
  it("a DocumentApp copy() of a paragraph leaves its section break behind (DocumentApp has none); Documents.get still shows it", () => {
    const g = fake();
    batch(g, [sisip(7), putar(9)]);
    const body = g.DocumentApp.openById(ID).getBody();
    // DocumentApp sees the paragraphs only: the empty one before the break, not the break.
    expect(body.getNumChildren()).toBe(5);
    const salinan = body.getChild(1).asParagraph().copy();
    const baru = g.DocumentApp.create("Salinan");
    baru.getBody().insertParagraph(0, salinan);
    baru.saveAndClose();
    expect(flip(g.Docs.Documents.get(baru.getId()))).toEqual([false]);
  });
});
