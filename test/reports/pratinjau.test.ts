// The preview and the Doc agree: for every report of every sample, the filled model the dialog
// draws and the Google Doc written have the same blocks in the same order (a Doc puts a
// paragraph between two tables, and the model says so too), and the same table texts.

import { describe, expect, it } from "vitest";
import type { Dokumen } from "../../src/reports/model";
import { selGabung, selTertutup } from "../../src/reports/tata";
import { muat } from "../bantu";
import { dialog } from "../bundle";
import { dumpKeDokumen } from "../dokumen-dump";

const CONTOH: [string, { jenis: string; periode?: string }[]][] = [
  [
    "lumajang-2021",
    [{ jenis: "triwulan" }, { jenis: "pk" }, { jenis: "lkj" }, { jenis: "skm", periode: "TW3" }],
  ],
  ["rka-lumajang-2020", [{ jenis: "rka" }, { jenis: "kak" }]],
  [
    "renja-jatiroto-2020",
    [
      { jenis: "renja" },
      { jenis: "tc29" },
      { jenis: "tc30" },
      { jenis: "tc31" },
      { jenis: "tc32" },
      { jenis: "tc33" },
    ],
  ],
  ["kak-yosowilangun-2020", [{ jenis: "kak" }]],
];

/**
 * The blocks: tables with their texts, paragraphs with theirs. An empty paragraph counts only
 * between two tables (the blank line a Doc keeps there); page breaks and the empty paragraphs
 * that carry them in a Doc are layout, not content.
 */
function blok(d: Dokumen): string[] {
  const e = d.elemen.filter((x) => x.jenis !== "halaman");
  return e.flatMap((x, i) => {
    if (x.jenis === "tabel") {
      // A cell behind a merge's head is not drawn, whatever the model holds there.
      const tertutup = selTertutup(selGabung(x));
      const baris = x.baris.map((b, i) => b.map((c, j) => (tertutup.has(`${i},${j}`) ? "" : c)));
      return [`tabel:${baris.map((b) => b.join("|")).join("/")}`];
    }
    if (x.jenis === "bagian") return [`bagian ${x.lanskap ? "lanskap" : "potret"}`];
    if (x.jenis !== "paragraf") return [x.jenis];
    if (x.teks !== "") return [`paragraf:${x.teks}`];
    return e[i - 1]?.jenis === "tabel" && e[i + 1]?.jenis === "tabel"
      ? ["paragraf kosong di antara tabel"]
      : [];
  });
}

describe("preview and Doc", () => {
  for (const [contoh, laporan] of CONTOH) {
    for (const opsi of laporan) {
      it(`${contoh} ${opsi.jenis}: the same blocks in the same order`, () => {
        const { g, b } = muat(contoh);
        const pratinjau = dialog(b, "pratinjauLaporan")(opsi).dokumen as Dokumen;
        const h = dialog(b, "buatLaporan")(opsi, true);
        const doc = dumpKeDokumen(g.document(h.idDoc).__dump());
        expect(blok(doc)).toEqual(blok(pratinjau));
      });
    }
  }
});

it("a hidden section after a table leaves no blank line in the Doc (Klakah triwulan: item 6 after the efficiency table)", () => {
  const { g, b } = muat("klakah-2023");
  // Item 6 hidden: no supporting or hindering program typed (the sample quotes seed 001's).
  const k = g.sheet("Kinerja");
  const judul = k.getRange(1, 1, 1, k.getLastColumn()).getValues()[0]!;
  for (const j of ["Program Penunjang", "Program Penghambat"]) {
    const n = k.getLastRow() - 1;
    k.getRange(2, judul.indexOf(j) + 1, n, 1).setValues(Array.from({ length: n }, () => [""]));
  }
  const h = dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
  const e = dumpKeDokumen(g.document(h.idDoc).__dump()).elemen;
  const i = e.findIndex((x) => x.jenis === "tabel" && x.baris[0]!.includes("EFISIENSI"));
  expect(i).toBeGreaterThan(0);
  expect(e[i + 1]).toMatchObject({ jenis: "paragraf", teks: "3.2. Realisasi Anggaran" });
});
