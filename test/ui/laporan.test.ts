// Defect: Buat Laporan ignored the chosen kegiatan for a single RKA or KAK (the options parser
// dropped it, so the first kegiatan was always made). The dialog now lists the RKA sheet's
// kegiatan (code and name), and the one chosen is the one made.

import { describe, expect, it } from "vitest";
import { KEGIATAN_RKA_LUMAJANG_2020 } from "../../src/contoh/rka2020";
import { muat as muatBundle } from "../bantu";
import { dialog, fn } from "../bundle";

const muat = () => muatBundle("rka-lumajang-2020");

describe("the kegiatan of an RKA or KAK", () => {
  const kedua = KEGIATAN_RKA_LUMAJANG_2020[1]!;
  const terakhir = KEGIATAN_RKA_LUMAJANG_2020.at(-1)!;

  it("the dialog offers every kegiatan of the RKA sheet by code and name", () => {
    const { g, b } = muat();
    fn(b, "tampilkanBuatLaporan")();
    const html = g.ui.lastDialog().content;
    const m = /<script id="daftar-kegiatan" type="application\/json">(.*?)<\/script>/s.exec(html);
    const daftar = JSON.parse(m![1]!) as { kode: string; kegiatan: string }[];
    expect(daftar).toEqual(KEGIATAN_RKA_LUMAJANG_2020.map((k) => ({ kode: k.kode, kegiatan: k.kegiatan })));
  });

  it("makes the kegiatan chosen, not the first", () => {
    const { g, b } = muat();
    for (const [jenis, k] of [
      ["rka", kedua],
      ["kak", terakhir],
    ] as const) {
      const h = dialog(b, "buatLaporan")({ jenis, kegiatan: k.kode }, true);
      expect(h.nama).toContain(k.kegiatan);
      expect(g.document(h.idDoc).__text()).toContain(k.kode);
      const p = dialog(b, "pratinjauLaporan")({ jenis, kegiatan: k.kode });
      expect(p.judul).toContain(k.kegiatan);
    }
  });

  it("says so when the kegiatan is not in the RKA sheet", () => {
    const { b } = muat();
    expect(() => dialog(b, "pratinjauLaporan")({ jenis: "rka", kegiatan: "9.99" })).toThrow(
      "Kegiatan 9.99 tidak ada di lembar RKA.",
    );
  });
});
