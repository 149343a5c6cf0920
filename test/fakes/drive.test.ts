import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeGoogle, DOC_MIME, FOLDER_MIME, ROOT_ID } from "./index";

/** Scripts pass null as the media to reach optionalArgs (the types want a Blob there). */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

/** A user's own Doc (a template): DocumentApp opens it, Drive under drive.file does not see it. */
function fake() {
  return createFakeGoogle({
    documents: { tplPengguna: { name: "Template Saya", body: ["{{unit}}"] } },
  });
}

/** A saved Doc and its PDF, as src/reports/drive.ts simpanPdf gets it. */
function savedPdf(g: ReturnType<typeof fake>, name: string) {
  const doc = g.DocumentApp.create(name);
  doc.getBody().insertParagraph(0, "Isi");
  doc.saveAndClose();
  return { doc, pdf: doc.getAs("application/pdf").setName(`${name}.pdf`) };
}

describe("Advanced Drive service under drive.file", () => {
  it("sees only the files the app created: anything else is 404", () => {
    const g = fake();
    expect(() => g.Drive.Files.get("tplPengguna")).toThrow(
      "API call to drive.files.get failed with error: File not found: tplPengguna.",
    );
    expect(() => g.Drive.Files.update({ trashed: true }, "tplPengguna")).toThrow(
      "File not found: tplPengguna.",
    );
    expect(() => g.Drive.Files.create({ name: "a.pdf", parents: ["folderLain"] })).toThrow(
      "File not found: folderLain.",
    );
    expect(g.Drive.Files.list({ q: "trashed = false" }).files).toEqual([]);
    // DocumentApp needs only the documents scope: the user's template opens.
    expect(g.DocumentApp.openById("tplPengguna").getName()).toBe("Template Saya");
    const doc = g.DocumentApp.create("LKj 2021");
    expect(g.Drive.Files.get(doc.getId())).toEqual({
      kind: "drive#file",
      id: doc.getId(),
      name: "LKj 2021",
      mimeType: DOC_MIME,
    });
  });

  it("copies a Doc the app created into a folder, content and page included; a user's Doc is 404", () => {
    const g = fake();
    const folder = g.Drive.Files.create({ name: "Laporan", mimeType: FOLDER_MIME });
    const asli = g.Drive.Files.create({ name: "Template", mimeType: DOC_MIME });
    const doc = g.DocumentApp.openById(asli.id!);
    doc.getBody().insertParagraph(0, "Kop {{unit}}");
    doc.getBody().setPageWidth(842);
    doc.saveAndClose();
    const salinan = g.Drive.Files.copy({ name: "Laporan 1", parents: [folder.id!] }, asli.id!, {
      fields: "id,name,parents",
    });
    expect(salinan).toMatchObject({ name: "Laporan 1", parents: [folder.id] });
    expect(g.document(salinan.id!).__text()).toContain("Kop {{unit}}");
    expect(g.document(salinan.id!).__dump().page.width).toBe(842);
    expect(() => g.Drive.Files.copy({ parents: [folder.id!] }, "tplPengguna")).toThrow(
      "File not found: tplPengguna.",
    );
  });

  it("creates a folder and the PDF in it, moves the Doc in, and finds them with q", () => {
    const g = fake();
    const { doc, pdf } = savedPdf(g, "LKj 2021");
    const folder = g.Drive.Files.create({ name: "Laporan SAKIP", mimeType: FOLDER_MIME });
    const folderId = folder.id ?? "";
    const file = g.Drive.Files.create(
      { name: "LKj 2021.pdf", parents: [folderId], mimeType: "application/pdf" },
      pdf,
      {
        fields: "id,name,mimeType,parents",
      },
    );
    expect(file).toMatchObject({ name: "LKj 2021.pdf", mimeType: "application/pdf", parents: [folderId] });
    expect(g.Drive.Files.get(doc.getId(), { fields: "parents" })).toEqual({ parents: [ROOT_ID] });
    expect(() =>
      g.Drive.Files.update(
        { parents: [folderId] } as GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
        doc.getId(),
      ),
    ).toThrow("The parents field is not directly writable in update requests.");
    expect(() => g.Drive.Files.update({}, doc.getId(), NO_MEDIA, { addParents: folderId })).toThrow(
      "Increasing the number of parents is not allowed",
    );
    const moved = g.Drive.Files.update({}, doc.getId(), NO_MEDIA, {
      addParents: folderId,
      removeParents: "root",
      fields: "id,parents",
    });
    expect(moved).toEqual({ id: doc.getId(), parents: [folderId] });
    const inFolder = g.Drive.Files.list({
      q: `'${folderId}' in parents and trashed = false and mimeType = 'application/pdf'`,
      fields: "files(id,name),nextPageToken",
      pageSize: 1000,
    });
    expect(inFolder.files?.map((f) => f.name)).toEqual(["LKj 2021.pdf"]);
    const stored = g.driveFiles().find((f) => f.id === file.id);
    expect(new TextDecoder().decode(stored?.bytes ?? new Uint8Array())).toContain("[isi]\nIsi\n");
  });

  it("trashes a file: it stays, trashed, and q can leave it out", () => {
    const g = fake();
    const doc = g.DocumentApp.create("Setengah jadi");
    g.Drive.Files.update({ trashed: true }, doc.getId());
    expect(g.Drive.Files.get(doc.getId(), { fields: "id,trashed" })).toEqual({
      id: doc.getId(),
      trashed: true,
    });
    expect(g.Drive.Files.list({ q: "trashed = false" }).files).toEqual([]);
    expect(g.Drive.Files.list({ q: "trashed = true", fields: "files(name)" }).files).toEqual([
      { name: "Setengah jadi" },
    ]);
  });

  it("pages a list: pageSize files a page, nextPageToken to the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5 }), (n, pageSize) => {
        const g = fake();
        for (let i = 0; i < n; i++) g.Drive.Files.create({ name: `Folder ${i}`, mimeType: FOLDER_MIME });
        const names: string[] = [];
        let pageToken: string | undefined;
        let pages = 0;
        do {
          const page = g.Drive.Files.list({
            q: `'root' in parents and mimeType = '${FOLDER_MIME}'`,
            fields: "files(name),nextPageToken",
            pageSize,
            ...(pageToken === undefined ? {} : { pageToken }),
          });
          names.push(...(page.files ?? []).map((f) => f.name ?? ""));
          pageToken = page.nextPageToken;
          pages++;
        } while (pageToken !== undefined);
        expect(names).toEqual(Array.from({ length: n }, (_, i) => `Folder ${i}`));
        expect(pages).toBe(Math.max(1, Math.ceil(n / pageSize)));
      }),
      { numRuns: 50 },
    );
  });

  it("refuses what it does not model, rather than answer wrongly", () => {
    const g = fake();
    expect(() => g.Drive.Files.list({ q: "name contains 'LKj'" })).toThrow("tidak dimodelkan");
    expect(() => g.Drive.Files.list({ q: "mimeType = 'a' or mimeType = 'b'" })).toThrow(
      "or/not tidak dimodelkan",
    );
    expect(g.Drive.Files.list({ q: "mimeType = 'Laporan or Rekap'" }).files).toEqual([]);
    expect(() => g.Drive.Files.list({ q: "trashed = false", orderBy: "name" })).toThrow(
      "optionalArgs.orderBy tidak dimodelkan",
    );
    expect(() => g.Drive.Files.list({ pageSize: 1001 })).toThrow("Invalid Value: pageSize = 1001");
    const folder = g.Drive.Files.create({ name: "Laporan", mimeType: FOLDER_MIME });
    expect(() => g.Drive.Files.get(folder.id ?? "", { fields: "owners" })).toThrow("tidak dimodelkan");
    expect(() => g.Drive.Files.get(folder.id ?? "", { fields: "files(id" })).toThrow(
      "Invalid field selection",
    );
    const { pdf } = savedPdf(g, "LKj");
    expect(() => g.Drive.Files.create({ name: "LKj", mimeType: DOC_MIME }, pdf)).toThrow("konversi unggahan");
    expect(() => g.Drive.Files.copy({ parents: [folder.id!] }, folder.id ?? "")).toThrow(
      "fake: Files.copy hanya dimodelkan untuk Google Docs",
    );
    expect(() => g.Drive.Permissions).toThrow("fake: Drive.Permissions tidak diimplementasikan");
  });
});
