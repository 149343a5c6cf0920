// Defect: dates were formatted and built in the script's zone (Asia/Jakarta): a spreadsheet in
// WITA or WIT got dates a day off and survey answers in the wrong period. Every date read or
// written goes through the spreadsheet's own zone.

import { describe, expect, it } from "vitest";
import { keData } from "../../src/contoh/daftar";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { formatTanggal } from "../../src/core/format";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { isiContoh } from "../../src/sheets/contoh";
import { zonaSpreadsheet } from "../../src/sheets/zona";
import { google } from "../bantu";

describe("a spreadsheet in WITA (Asia/Makassar), the script in WIB", () => {
  it("an answer stamped 00:30 WITA on 1 July counts in July, the third quarter", () => {
    const g = google({ timeZone: "Asia/Makassar" });
    isiContoh(g.SpreadsheetApp, g.spreadsheet, keData(CONTOH_LUMAJANG_2021));
    const skm = g.spreadsheet.getSheetByName("SKM")!;
    // 1 July 2021 00:30 WITA = 30 June 2021 23:30 WIB.
    skm.getRange(2, 1, 1, 1).setValues([[new Date("2021-06-30T16:30:00Z")]]);
    const r = bacaBukuKerja(g.spreadsheet).responden[0]!;
    expect(r.tanggal!.getMonth()).toBe(6);
    expect(formatTanggal(r.tanggal!)).toBe("1 Juli 2021");
  });

  it("the sample's dates are midnight in WITA, and read back as the same calendar days", () => {
    const g = google({ timeZone: "Asia/Makassar" });
    isiContoh(g.SpreadsheetApp, g.spreadsheet, keData(CONTOH_LUMAJANG_2021));
    const sel = g.spreadsheet.getSheetByName("SKM")!.getRange(2, 1, 1, 1).getValues()[0]![0] as Date;
    const contoh = CONTOH_LUMAJANG_2021.responden()[0]!.tanggal;
    expect(g.Utilities.formatDate(sel, "Asia/Makassar", "yyyy-MM-dd HH:mm")).toBe(
      `${contoh.getFullYear()}-${String(contoh.getMonth() + 1).padStart(2, "0")}-${String(contoh.getDate()).padStart(2, "0")} 00:00`,
    );
    const dibaca = bacaBukuKerja(g.spreadsheet).responden[0]!.tanggal!;
    expect(formatTanggal(dibaca)).toBe(formatTanggal(contoh));
  });

  it("today is the spreadsheet's today: 00:30 WITA is already the next day", () => {
    const g = google({ timeZone: "Asia/Makassar" });
    const asli = Date.now;
    Date.now = () => new Date("2024-01-31T16:30:00Z").getTime(); // 1 Feb 00:30 WITA
    const RealDate = Date;
    const Tiruan = class extends RealDate {
      constructor(...a: unknown[]) {
        if (a.length === 0) super(Date.now());
        else super(...(a as [number]));
      }
    } as unknown as DateConstructor;
    globalThis.Date = Tiruan;
    try {
      expect(formatTanggal(zonaSpreadsheet(g.spreadsheet).hariIni())).toBe("1 Februari 2024");
    } finally {
      globalThis.Date = RealDate;
      Date.now = asli;
    }
  });
});

describe("the zone's offset, asked sparingly", () => {
  it("a year of survey dates costs about one Utilities call a month, not one a day", () => {
    const g = google({ timeZone: "Asia/Makassar" });
    const zona = zonaSpreadsheet(g.spreadsheet);
    const asli = (globalThis as Record<string, unknown>).Utilities;
    (globalThis as Record<string, unknown>).Utilities = g.Utilities; // counted by this fake
    try {
      g.counts.reset();
      for (let hari = 0; hari < 365; hari++) zona.dariSel(new Date(Date.UTC(2023, 0, 1 + hari, 3)));
      expect(g.counts.get("Utilities.formatDate")).toBeLessThanOrEqual(14);
    } finally {
      (globalThis as Record<string, unknown>).Utilities = asli;
    }
  });

  it("a month with a daylight-saving change is still exact on both sides of it", () => {
    const g = google({ timeZone: "America/New_York" });
    const zona = zonaSpreadsheet(g.spreadsheet);
    // 23:30 in New York on 5 and 20 March 2023 (EST -5 before 12 March, EDT -4 after).
    const sebelum = zona.dariSel(new Date("2023-03-06T04:30:00Z"));
    const sesudah = zona.dariSel(new Date("2023-03-21T03:30:00Z"));
    expect([sebelum.getDate(), sebelum.getHours(), sesudah.getDate(), sesudah.getHours()]).toEqual([
      5, 23, 20, 23,
    ]);
  });
});
