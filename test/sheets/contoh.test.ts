// Defect: Isi Contoh Data rewrote headers a user added right of the last SKM question
// ("Kelurahan" became P10 or K1). It writes only into empty cells of its own.

import { describe, expect, it } from "vitest";
import { keData } from "../../src/contoh/daftar";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { isiContoh } from "../../src/sheets/contoh";
import { siapkanBukuKerja } from "../../src/sheets/siapkan";
import { google } from "../bantu";

describe("Isi Contoh Data beside a user's own SKM column", () => {
  it("keeps the user's header and puts the importance columns after it", () => {
    const g = google();
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const skm = g.spreadsheet.getSheetByName("SKM")!;
    const akhir = skm.getLastColumn();
    skm.getRange(1, akhir + 1, 1, 2).setValues([["Kelurahan", "Catatan Petugas"]]);
    isiContoh(g.SpreadsheetApp, g.spreadsheet, keData(CONTOH_KLAKAH_2023));
    const judul = skm.getRange(1, 1, 1, skm.getLastColumn()).getValues()[0]!;
    expect(judul.slice(akhir, akhir + 2)).toEqual(["Kelurahan", "Catatan Petugas"]);
    expect(judul.slice(akhir + 2)).toEqual(["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"]);
    // The user's columns stay empty; the survey reads back whole.
    const kolomUser = skm.getRange(2, akhir + 1, skm.getLastRow() - 1, 2).getValues();
    expect(kolomUser.flat().every((v) => v === "")).toBe(true);
    const bk = bacaBukuKerja(g.spreadsheet);
    const contoh = CONTOH_KLAKAH_2023.responden();
    expect(bk.responden).toHaveLength(contoh.length);
    const kosong = Array.from({ length: 9 }, () => null);
    expect(bk.responden.map((r) => r.kepentingan)).toEqual(contoh.map((r) => r.kepentingan ?? kosong));
    expect(bk.responden.map((r) => r.jawaban)).toEqual(contoh.map((r) => r.jawaban));
  });
});
