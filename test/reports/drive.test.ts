// Drive under drive.file: a folder's listing is paged (at most 1 000 files a page, then
// nextPageToken), so a name is free only when no page holds it.

import { afterEach, describe, expect, it } from "vitest";
import { buatDocDiFolder, cariFile, MIME_DOC, namaBaru } from "../../src/reports/drive";
import { createFakeGoogle } from "../fakes";

const simpan: Record<string, unknown> = {};
afterEach(() => {
  for (const [k, v] of Object.entries(simpan)) (globalThis as Record<string, unknown>)[k] = v;
});

function drive() {
  const g = createFakeGoogle({ sheets: { Sheet1: [] } });
  for (const [k, v] of Object.entries(g.globals())) {
    simpan[k] = (globalThis as Record<string, unknown>)[k];
    (globalThis as Record<string, unknown>)[k] = v;
  }
  const folder = g.Drive.Files!.create({
    name: "Laporan SAKIP",
    mimeType: "application/vnd.google-apps.folder",
  }).id!;
  return { g, folder };
}

describe("a folder of more than one page", () => {
  it("finds names on every page: the next free version, and a file on the second page", () => {
    const { g, folder } = drive();
    buatDocDiFolder("RKA", folder);
    for (let v = 2; v <= 1205; v++) buatDocDiFolder(`RKA (versi ${v})`, folder);
    g.counts.reset();
    expect(namaBaru(folder, "RKA", MIME_DOC)).toBe("RKA (versi 1206)");
    expect(g.counts.get("FilesCollection.list")).toBe(2);
    expect(cariFile(folder, "RKA (versi 1200)", MIME_DOC)).not.toBeNull();
  });

  it("makes a Doc in the folder itself, never in My Drive's root", () => {
    const { g, folder } = drive();
    const id = buatDocDiFolder("Laporan", folder);
    expect(g.driveFiles().find((f) => f.id === id)!.parents).toEqual([folder]);
    expect(g.document(id).getName()).toBe("Laporan");
  });
});
