// Defect: a public respondent could block the SKM report. The Doc writer filled list tables with
// respondents' text, then scanned the whole body for {{...}}: a saran "{{a b}}" failed every
// Laporan SKM ("Placeholder tidak sah", Doc trashed) while the preview succeeded; "Halo {{unit}}"
// printed the unit's name; "kode {{xyz}} hilang" lost a word. Data goes in verbatim.

import { describe, expect, it } from "vitest";
import { dataContoh } from "../../src/contoh/daftar";
import { muat } from "../bantu";
import { dialog } from "../bundle";

const SARAN = ["{{a b}}", "Halo {{unit}}", "kode {{xyz}} hilang", "harga $1 \\n {{#jika x}}", "{{/jika}}"];

describe("respondents' and colleagues' text in a report", () => {
  const { g, b } = muat();
  const c = dataContoh("lumajang-2021");
  const responden = c.responden.map((r, i) =>
    i < SARAN.length && r.tanggal?.startsWith("2021-07") ? { ...r, saran: SARAN[i]! } : r,
  );
  const dipakai = responden.filter((r) => SARAN.includes(r.saran)).map((r) => r.saran);
  dialog(
    b,
    "isiContohData",
  )({
    ...c,
    responden,
    // A colleague's text in Pengaturan goes into values.
    pengaturan: { ...c.pengaturan, jabatanPimpinan: "Camat {{tahun}} Lumajang" },
  });

  it("is printed as typed in the Doc, and the Doc equals the preview", () => {
    expect(dipakai.length).toBeGreaterThanOrEqual(3);
    const h = dialog(b, "buatLaporan")({ jenis: "skm", periode: "TW3" }, true);
    const t = g.document(h.idDoc).__text();
    for (const s of dipakai) expect(t).toContain(s);
    expect(t).not.toContain("Halo Kecamatan Lumajang");
    expect(t).toContain("CAMAT {{TAHUN}} LUMAJANG");
    const p = dialog(b, "pratinjauLaporan")({ jenis: "skm", periode: "TW3" });
    const teksPratinjau = JSON.stringify(p.dokumen);
    for (const s of dipakai) expect(teksPratinjau).toContain(JSON.stringify(s).slice(1, -1));
    expect(t).not.toContain("\uE000");
  });
});
