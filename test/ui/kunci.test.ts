// Defect: Buat Semua RKA/KAK and Buat Kuesioner SKM acted without the document lock, so a double
// click made two Forms (or two batches). Every handler that writes runs under the lock.

import { describe, expect, it } from "vitest";
import { muat } from "../bantu";
import { dialog, fn } from "../bundle";

describe("handlers that write, while another execution holds the document lock", () => {
  it("Mulai of Buat Semua RKA/KAK waits its turn and says why", () => {
    const { g, b } = muat("rka-lumajang-2020");
    g.locks.document.busy = true;
    expect(() => dialog(b, "mulaiRkaKak")()).toThrow("Pembuatan dokumen sedang berjalan di jendela lain.");
    expect(g.properties.document.has("sakip.batch.n")).toBe(false);
    g.locks.document.busy = false;
    expect(dialog(b, "mulaiRkaKak")().item.length).toBeGreaterThan(0);
  });

  it("Buat Kuesioner SKM makes no form while another one is being made", () => {
    const { g, b } = muat("lumajang-2021");
    g.locks.document.busy = true;
    fn(b, "buatKuesionerSkm")();
    expect(g.ui.alerts.at(-1)!.prompt).toMatch(/Kuesioner SKM sedang dibuat di jendela lain/);
    expect(g.forms()).toHaveLength(0);
  });

  it("a second click within a minute shows the form just made instead of making another", () => {
    const { g, b } = muat("lumajang-2021");
    fn(b, "buatKuesionerSkm")();
    fn(b, "buatKuesionerSkm")();
    expect(g.forms()).toHaveLength(1);
    expect(g.ui.alerts.at(-1)!.title).toBe("Kuesioner SKM baru saja dibuat");
  });
});
