// selGabung: the merges both renderers draw. An unsur's value beside its questions (seed 003's
// rekap form) merges over the rows its unsur spans, even where two unsur share a value.
import { expect, it } from "vitest";
import type { Tabel } from "../../src/reports/model";
import { selGabung } from "../../src/reports/tata";

it("merges a gabungIkut column over the runs of its reference column, not over equal values", () => {
  const t: Tabel = {
    jenis: "tabel",
    kepala: 1,
    baris: [
      ["NO", "UNSUR", "PERTANYAAN", "NILAI UNSUR"],
      ["1", "Persyaratan", "a", "3,44"],
      ["2", "Persyaratan", "b", "3,44"],
      ["3", "Produk", "c", "3,44"],
      ["4", "Kompetensi", "d", "3,57"],
    ],
    gabungSama: [1],
    gabungIkut: [{ kolom: 3, acuan: 1 }],
  };
  expect(selGabung(t)).toEqual([
    { baris: 1, kolom: 1, barisRentang: 2, kolomRentang: 1 },
    { baris: 1, kolom: 3, barisRentang: 2, kolomRentang: 1 },
  ]);
  // gabungSama on the value itself would have merged Produk's 3,44 into Persyaratan's.
  expect(selGabung({ ...t, gabungIkut: [], gabungSama: [1, 3] })).toContainEqual({
    baris: 1,
    kolom: 3,
    barisRentang: 3,
    kolomRentang: 1,
  });
});
