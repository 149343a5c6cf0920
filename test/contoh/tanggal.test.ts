// Each sample dates its documents as its seed signs them (issue 12): the PK when it was signed,
// the SKM rekap when it was made, the RKA and Renja when they were drawn up, the quarterly report
// and the LKJ by Tanggal Laporan; the PK's place where the seed's differs from the unit's.
import { expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../src/contoh/jatiroto2020";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { CONTOH_RKA_LUMAJANG_2020 } from "../../src/contoh/rka2020";
import { formatTanggalDokumen } from "../../src/core/format";
import type { ContohUnit } from "../../src/core/model/contoh";
import { bukuKerjaDari } from "../rekaman";

/** The sample's dates and places as the reports print them; "" for a blank setting. */
function tanggal(c: ContohUnit) {
  const p = bukuKerjaDari(c).pengaturan;
  const t = (v: typeof p.tanggalLaporan) => (v === null ? "" : formatTanggalDokumen(v));
  return {
    tempat: p.tempat,
    tempatPk: p.tempatPk,
    tanggalLaporan: t(p.tanggalLaporan),
    tanggalPk: t(p.tanggalPk),
    tanggalSkm: t(p.tanggalSkm),
    tanggalRka: t(p.tanggalRka),
    tanggalRenja: t(p.tanggalRenja),
  };
}

it("Kecamatan Lumajang 2021 (seed 003): report 8 Oktober, PK 11 Januari, SKM rekap 18 Oktober 2021", () => {
  expect(tanggal(CONTOH_LUMAJANG_2021)).toEqual({
    tempat: "Lumajang",
    tempatPk: "", // the PK too is signed "Lumajang, 11 Januari 2021" (seed 003 lines 200, 224)
    tanggalLaporan: "8 Oktober 2021", // line 20
    tanggalPk: "11 Januari 2021", // lines 200, 224
    tanggalSkm: "18 Oktober 2021", // line 435
    tanggalRka: "",
    tanggalRenja: "",
  });
});

it("Kecamatan Klakah 2023 (seed 001): LKJ at Klakah 31 Januari 2024, PK at Lumajang 10 Januari 2023", () => {
  expect(tanggal(CONTOH_KLAKAH_2023)).toEqual({
    tempat: "Klakah", // "Klakah, 31 Januari 2024" (lines 44, 572)
    tempatPk: "Lumajang", // "Lumajang, 10 Januari 2023" (lines 761, 797)
    tanggalLaporan: "31 Januari 2024",
    tanggalPk: "10 Januari 2023",
    // No SKM report of Klakah's own in the seed: the annual IKM is reported in the LKJ.
    tanggalSkm: "31 Januari 2024",
    tanggalRka: "",
    tanggalRenja: "",
  });
});

it("Kecamatan Lumajang 2020 RKA/KAK: seed 004 prints no date; seed 000's KAK for TA 2020 is signed Lumajang, 1 Oktober 2019", () => {
  expect(tanggal(CONTOH_RKA_LUMAJANG_2020)).toMatchObject({
    tempat: "Lumajang",
    tempatPk: "",
    tanggalRka: "1 Oktober 2019", // seed 000 line 461
    tanggalRenja: "",
  });
});

it("Kecamatan Jatiroto 2020 Renja (seed 002): signed by month only, Jatiroto, Juli 2019", () => {
  expect(tanggal(CONTOH_RENJA_JATIROTO_2020)).toMatchObject({
    tempat: "Jatiroto",
    tanggalRenja: "Juli 2019", // lines 20, 636
    tanggalRka: "",
    tanggalPk: "",
  });
});
