// The tree in the Doc (issue 15): Docs takes PNG, JPEG or GIF and no SVG, and Apps Script draws
// no SVG; the dialog sends the PNG the browser drew of the preview, and the Doc holds it.
import { describe, expect, it } from "vitest";
import { muat } from "../bantu";
import { dialog } from "../bundle";
import { blankPng } from "../fakes/charts";

describe("Pohon Kinerja in the Doc", () => {
  it("holds the dialog's PNG of the tree where the template names it, then the cascading table", () => {
    const { g, b } = muat("klakah-2023");
    const png = Buffer.from(blankPng(640, 300)).toString("base64");
    const h = dialog(b, "buatLaporan")({ jenis: "pohon" }, true, [png]);
    const teks = g.document(h.idDoc).__text();
    expect(teks).toContain("[gambar 640x300]");
    expect(teks.indexOf("[gambar")).toBeLessThan(teks.indexOf("Tabel Cascading"));
    expect(teks).toContain("Program Pembinaan dan Pengawasan Pemerintahan Desa");
  });

  it("without a PNG (no preview drawn), carries the tree as its cascading table only", () => {
    const { g, b } = muat("klakah-2023");
    const h = dialog(b, "buatLaporan")({ jenis: "pohon" }, true);
    const teks = g.document(h.idDoc).__text();
    expect(teks).not.toContain("[gambar");
    expect(teks).toContain("Tabel Cascading (9 simpul)");
  });

  it("refuses an image that is not base-64, in Indonesian", () => {
    const { b } = muat("klakah-2023");
    expect(() => dialog(b, "buatLaporan")({ jenis: "pohon" }, true, ["<svg>"])).toThrow(
      /Gambar grafik tidak sah: 0: String tidak valid/,
    );
  });
});

describe("every chart from the dialog's drawing of the preview", () => {
  it("puts the dialog's PNG of a chart where its title's chart stands, fitted to the page, with no Charts call", () => {
    const { g, b } = muat("klakah-2023");
    const png = Buffer.from(blankPng(1200, 680)).toString("base64");
    const judul = "Nilai Rata-rata (NRR) per Unsur Pelayanan, Tahun 2023";
    const h = dialog(b, "buatLaporan")({ jenis: "skm", periode: "TAHUN" }, true, [{ judul, png }]);
    const teks = g.document(h.idDoc).__text();
    // Drawn at twice the preview's size, scaled down to the page's usable width (about 600 px on
    // portrait A4), its proportions kept: no caption, so not a Charts image.
    const [, w, hh] = /\[gambar (\d+)x(\d+)\]/.exec(teks)!.map(Number);
    expect(w).toBeGreaterThan(580);
    expect(w).toBeLessThan(620);
    expect(Math.abs(hh! / w! - 680 / 1200)).toBeLessThan(0.01);
    // The other chart of the report (the IPA) has no drawing sent: the Charts service draws it.
    const panggilan = g.counts.snapshot();
    expect(panggilan["Charts.newScatterChart"]).toBe(1);
    expect(panggilan["Charts.newColumnChart"] ?? 0).toBe(0);
  });
});
