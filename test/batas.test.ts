// zod at every trust boundary: what a dialog, a stale page or a stored record hands the server is
// parsed once, and a wrong shape gets an Indonesian message naming where, never a TypeError, and
// nothing is written. Through the built bundle, as Apps Script runs it.

import { describe, expect, it } from "vitest";
import { dataContoh } from "../src/contoh/daftar";
import { muat } from "./bantu";
import { dialog, loadBundle } from "./bundle";
import { createFakeGoogle, htmlFilesFrom } from "./fakes";

const pesan = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect((e as Error).constructor.name).not.toBe("TypeError");
    return (e as Error).message;
  }
  throw new Error("tidak melempar galat");
};

describe("dialog arguments", () => {
  it("refuses an unknown report key, own properties only", () => {
    const { b } = muat();
    for (const jenis of ["toString", "__proto__", "constructor", "", 5, null]) {
      expect(pesan(() => dialog(b, "pratinjauLaporan")({ jenis }))).toMatch(/laporan .*tidak (dikenal|sah)/i);
    }
    expect(pesan(() => dialog(b, "pratinjauLaporan")(null))).toMatch(/Pilihan laporan tidak sah: jenis/);
    expect(pesan(() => dialog(b, "pratinjauLaporan")("triwulan"))).toMatch(/Pilihan laporan tidak sah/);
  });

  it("names the option of the wrong type", () => {
    const { b } = muat();
    expect(pesan(() => dialog(b, "pratinjauLaporan")({ jenis: "pk", pdf: "ya" }))).toMatch(
      /Pilihan laporan tidak sah: pdf: .*boolean/,
    );
    expect(pesan(() => dialog(b, "pratinjauLaporan")({ jenis: "pk", kegiatan: ["x"] }))).toMatch(/kegiatan/);
    expect(pesan(() => dialog(b, "pratinjauLaporan")({ jenis: "triwulan", triwulan: 7 }))).toBe(
      "Triwulan harus I sampai IV.",
    );
    expect(pesan(() => dialog(b, "buatLaporan")({ jenis: "pk" }, "ya"))).toMatch(
      /Tanda peringatan dibaca tidak sah/,
    );
  });

  it("selects only a cell address, on a sheet that exists", () => {
    const { b } = muat();
    expect(pesan(() => dialog(b, "pilihSel")("Sheet1", "A1:B2"))).toMatch(/Alamat sel tidak sah/);
    expect(pesan(() => dialog(b, "pilihSel")({}, "A1"))).toMatch(/Nama lembar tidak sah/);
    expect(pesan(() => dialog(b, "pilihSel")("Tidak Ada", "A1"))).toBe('Lembar "Tidak Ada" tidak ada.');
  });
});

describe("the sample the dialog sends", () => {
  it("is checked whole before anything is written", () => {
    const { g, b } = muat();
    const rusak = dataContoh("lumajang-2021") as unknown as Record<string, unknown[]>;
    const indikator = [...(rusak.indikator as Record<string, unknown>[])];
    indikator[1] = { ...indikator[1], arah: "KE ATAS" };
    g.counts.reset();
    const m = pesan(() => dialog(b, "isiContohData")({ ...rusak, indikator }));
    expect(m).toMatch(
      /^Data contoh tidak sah: indikator\.1\.arah: bukan isian kolom Arah yang sah\. Muat ulang/,
    );
    expect(g.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect(Object.keys(g.counts.snapshot()).filter((k) => /\.(set|insert)/.test(k))).toEqual([]);
  });

  it("refuses answers outside 1-4 and dates that are not yyyy-mm-dd", () => {
    const { b } = muat();
    const c = dataContoh("lumajang-2021");
    const r0 = c.responden[0]!;
    expect(
      pesan(() =>
        dialog(b, "isiContohData")({ ...c, responden: [{ ...r0, jawaban: [5, ...r0.jawaban.slice(1)] }] }),
      ),
    ).toMatch(/responden\.0\.jawaban\.0/);
    expect(
      pesan(() => dialog(b, "isiContohData")({ ...c, responden: [{ ...r0, tanggal: "5 Juli 2021" }] })),
    ).toMatch(/responden\.0\.tanggal/);
  });
});

describe("the batch record read back from the document properties", () => {
  it("gets a message when it is not ours, and Mulai starts afresh", () => {
    const { g, b } = muat();
    dialog(b, "isiContohData")(dataContoh("rka-lumajang-2020"));
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperties({ "sakip.batch.n": "1", "sakip.batch.0": '[{"jenis":"lkj","kegiatan":1}]' });
    expect(pesan(() => dialog(b, "lanjutkanRkaKak")())).toMatch(
      /Catatan pembuatan dokumen .*tidak sah: 0\.jenis/,
    );
    props.setProperties({ "sakip.batch.0": "{bukan json" });
    expect(pesan(() => dialog(b, "lanjutkanRkaKak")())).toMatch(/Catatan pembuatan dokumen .*tidak sah/);
    const k = dialog(b, "mulaiRkaKak")() as { item: unknown[] };
    expect(k.item.length).toBeGreaterThan(0);
  });
});

describe("sizes and names from outside", () => {
  it("a unit's template of more than 2 000 paragraphs is refused before anything is made", () => {
    const g = createFakeGoogle({
      sheets: { Sheet1: [] },
      htmlFiles: htmlFilesFrom("build"),
      documents: {
        "tpl-besar-0123456789": {
          name: "Template Besar",
          body: Array.from({ length: 2001 }, () => "{{unit}}"),
        },
      },
    });
    const b = loadBundle(g.globals());
    g.useScriptScope(b);
    dialog(b, "isiContohData")(dataContoh("lumajang-2021"));
    const sebelum = g.documents().length;
    expect(
      pesan(() => dialog(b, "buatLaporan")({ jenis: "triwulan", template: "tpl-besar-0123456789" }, true)),
    ).toBe(
      'Template "Template Besar" terlalu besar: 2.001 paragraf dan tabel (paling banyak 2.000). Pakai template yang lebih ringkas.',
    );
    expect(g.documents()).toHaveLength(sebelum);
  });

  it("a Nama Unit Kerja with a line break and 300 characters gives bounded Doc and folder names", () => {
    const { g, b } = muat();
    const c = dataContoh("lumajang-2021");
    const unit = `Kecamatan\nLumajang ${"Raya ".repeat(60)}`;
    dialog(b, "isiContohData")({ ...c, pengaturan: { ...c.pengaturan, namaUnit: unit } });
    const h = dialog(b, "buatLaporan")({ jenis: "pk" }, true);
    expect(h.nama.length).toBeLessThanOrEqual(120);
    expect(h.nama).toMatch(/^Perjanjian Kinerja 2021 - Kecamatan Lumajang Raya .*\.\.\.$/);
    for (const f of g.driveFiles()) {
      expect(f.name.length, f.name).toBeLessThanOrEqual(124); // "<nama>.pdf"
      expect([...f.name].some((c) => c.charCodeAt(0) < 32)).toBe(false);
    }
  });
});
