// Privacy: uncaught errors go to the developer's Cloud Logging (exceptionLogging STACKDRIVER) and
// our messages quote what users typed. No handler lets an error escape: a dialog gets the message
// as data, a menu item shows it in an alert; only the kind of an unexpected error is logged.

import { describe, expect, it } from "vitest";
import { dataContoh } from "../../src/contoh/daftar";
import { muat } from "../bantu";
import { fn, loadBundle } from "../bundle";
import { createFakeGoogle, htmlFilesFrom } from "../fakes";

describe("errors stay with the user", () => {
  it("a dialog's failing call answers with the message and throws nothing", () => {
    const { g, b } = muat("lumajang-2021");
    const c = dataContoh("lumajang-2021");
    const j = fn(b, "panggilDialog")("isiContohData", [{ ...c, judul: 5 }]);
    expect(j).toEqual({ ok: false, pesan: expect.stringMatching(/^Data contoh tidak sah: judul/) });
    expect(fn(b, "panggilDialog")("hapusSemua", [])).toEqual({
      ok: false,
      pesan: 'Perintah dialog "hapusSemua" tidak dikenal; muat ulang spreadsheet.',
    });
    expect(fn(b, "panggilDialog")("pilihSel", "Kinerja")).toMatchObject({ ok: false });
    expect(fn(b, "panggilDialog")("pratinjauLaporan", [{ jenis: "pk" }])).toMatchObject({ ok: true });
    expect(g.logs).toEqual([]);
  });

  it("a menu item shows its failure in an alert instead of throwing", () => {
    const { g, b } = muat("lumajang-2021");
    g.locks.document.busy = true;
    expect(() => fn(b, "siapkanLembarKerja")()).not.toThrow();
    expect(g.ui.alerts.at(-1)).toMatchObject({
      title: "Siapkan Lembar Kerja",
      prompt: "Lembar kerja sedang diubah oleh proses lain. Coba lagi sebentar lagi.",
    });
    expect(g.logs).toEqual([]);
  });

  it("logs only the kind of an unexpected error, never its text", () => {
    const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
    const SpreadsheetApp = new Proxy(g.SpreadsheetApp, {
      get(t, k) {
        if (k === "getActive")
          return () => {
            throw new TypeError("Cannot read properties of undefined (reading 'Budi Santoso')");
          };
        return Reflect.get(t, k);
      },
    });
    const b = loadBundle({ ...g.globals(), SpreadsheetApp });
    g.useScriptScope(b);
    const j = fn(b, "panggilDialog")("pilihSel", ["Kinerja", "A1"]);
    expect(j.ok).toBe(false);
    expect(g.logs.join("\n")).toContain("pilihSel: TypeError");
    expect(g.logs.join("\n")).not.toContain("Budi Santoso");
  });
});
