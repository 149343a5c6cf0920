// Periksa Data for the whole Renja: each section left out is named, with where it would stand.
import { expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../../src/contoh/jatiroto2020";
import { periksaRenjaDokumen } from "../../../src/sheets/periksa/renjaDokumen";
import { bukuKerja, bukuKerjaDari } from "../../rekaman";

const jatiroto = bukuKerjaDari(CONTOH_RENJA_JATIROTO_2020);

it("the Jatiroto sample: only the three programs without a capaian of 2019, on their Target n-1 (K) cell", () => {
  const m = periksaRenjaDokumen(jatiroto);
  expect(m.map((x) => [x.tingkat, x.lembar, x.sel])).toEqual([
    ["peringatan", "Renja", "K8"],
    ["peringatan", "Renja", "K28"],
    ["peringatan", "Renja", "K42"],
  ]);
  expect(m[0]!.pesan).toContain(
    'Program "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan" tidak masuk evaluasi Bab II 2.1 Renja',
  );
});

it("names every Renja part of Profil Unit that is empty, and the missing tujuan/sasaran of Kinerja", () => {
  const m = periksaRenjaDokumen({ ...jatiroto, profil: [], indikator: [] });
  const profil = m.filter((x) => x.lembar === "Profil Unit").map((x) => x.pesan);
  expect(profil).toHaveLength(10);
  expect(profil[0]).toBe("Bagian Latar Belakang belum diisi: Bab I 1.1 Renja tidak memuatnya.");
  expect(profil).toContain("Bagian Penutup belum diisi: Bab V Renja tidak memuatnya.");
  expect(m.filter((x) => x.lembar === "Kinerja").map((x) => x.pesan)).toEqual([
    "Belum ada indikator Tingkat Tujuan atau Sasaran: Bab III 3.2 (tujuan, sasaran) dan Tabel 3.1 Renja tidak memuatnya.",
  ]);
});

it("says nothing to a workbook without a Renja", () => {
  expect(periksaRenjaDokumen(bukuKerja())).toEqual([]);
});
