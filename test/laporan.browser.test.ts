// The Buat Laporan dialog in a real browser: the built-in renderer draws the preview the server
// sends, user text stays text, galat disable the button, peringatan must be acknowledged.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muat } from "./bantu";
import { adaChromium, bukaChromium } from "./browser";
import { fn } from "./bundle";
import type { FakeGoogle } from "./fakes";

describe.runIf(adaChromium() || process.env.CI)("the Buat Laporan dialog in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await bukaChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The dialog as HtmlService serves it, with google.script.run answered by the bundle. */
  async function buka(ubah?: (g: FakeGoogle) => void) {
    const { g, b } = muat("lumajang-2021");
    ubah?.(g);
    fn(b, "tampilkanBuatLaporan")();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("pageerror", (e) => dialogs.push(`pageerror: ${e.message}`));
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.exposeFunction("__panggil", (nama: string, args: unknown[]) => {
      try {
        return { ok: JSON.parse(JSON.stringify(fn(b, nama)(...args))) };
      } catch (e) {
        return { galat: (e as Error).message };
      }
    });
    await page.addInitScript(() => {
      const buatRun = (sukses?: (v: unknown) => void, gagal?: (e: Error) => void): unknown =>
        new Proxy(
          {},
          {
            get(_t, nama: string) {
              if (nama === "withSuccessHandler") return (f: (v: unknown) => void) => buatRun(f, gagal);
              if (nama === "withFailureHandler") return (f: (e: Error) => void) => buatRun(sukses, f);
              return (...args: unknown[]) => {
                (
                  globalThis as unknown as {
                    __panggil: (n: string, a: unknown[]) => Promise<{ ok?: unknown; galat?: string }>;
                  }
                )
                  .__panggil(nama, args)
                  .then((h) => (h.galat !== undefined ? gagal?.(new Error(h.galat)) : sukses?.(h.ok)));
              };
            },
          },
        );
      (globalThis as unknown as { google: unknown }).google = {
        script: {
          get run() {
            return buatRun();
          },
        },
      };
    });
    // Served from a URL (not setContent) so the init script and the exposed function apply.
    const isi = g.ui.lastDialog().content;
    await page.route("http://dialog.test/", (r) =>
      r.fulfill({ contentType: "text/html; charset=utf-8", body: isi }),
    );
    await page.goto("http://dialog.test/");
    return { page, dialogs, g };
  }

  it("previews the quarterly report with the seed's figures, and asks for the warnings first", async () => {
    const { page, dialogs } = await buka();
    await page.click("#pratinjau-btn");
    await page.waitForSelector("#halaman table");
    const teks = await page.locator("#halaman").innerText();
    expect(teks).toContain("LAPORAN KINERJA TRIWULAN III");
    expect(teks).toContain("101,02 %");
    expect(teks).toContain("66,44 %");
    expect(await page.locator("#buat-btn").isDisabled()).toBe(true);
    await page.check("#baca");
    expect(await page.locator("#buat-btn").isDisabled()).toBe(false);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("keeps a cell's markup as text in the preview", async () => {
    const { page, dialogs } = await buka((g) =>
      g.sheet("Kinerja").getRange("D2").setValue("<img src=x onerror=alert(1)>IKM"),
    );
    await page.click("#pratinjau-btn");
    await page.waitForSelector("#halaman table");
    expect(await page.locator("#halaman img").count()).toBe(0);
    expect(await page.locator("#halaman").innerText()).toContain("<img src=x onerror=alert(1)>IKM");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("disables the button while the data has galat", async () => {
    const { page } = await buka((g) => g.sheet("Kinerja").getRange("H2").setValue("abc"));
    await page.click("#pratinjau-btn");
    await page.waitForSelector("#temuan li.galat");
    expect(await page.locator("#pesan").innerText()).toMatch(/Perbaiki galat/);
    expect(await page.locator("#buat-btn").isDisabled()).toBe(true);
    await page.close();
  });

  it("sends every chart of the preview as a PNG under its title: the Doc shows the preview's chart, no Charts call", async () => {
    const { page, dialogs, g } = await buka();
    await page.selectOption("#jenis", "lkj");
    await page.click("#pratinjau-btn");
    await page.waitForSelector("#halaman figure.grafik svg");
    if (await page.locator("#baca").isVisible()) await page.check("#baca");
    g.counts.reset();
    await page.click("#buat-btn");
    await page.waitForSelector("#pesan.berhasil a");
    const nama = await page.locator("#pesan a").first().innerText();
    const doc = g.documents().find((d) => d.getName() === nama)!;
    // The dialog's drawing: no caption (a Charts image carries its chart's title in the dump).
    expect(doc.__text()).toMatch(/\[gambar \d{3}x\d{3}\]/);
    expect(g.counts.snapshot()["Charts.newColumnChart"] ?? 0).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("sends the preview's tree as a PNG, which the Doc holds (a Doc takes no SVG)", async () => {
    const { page, dialogs, g } = await buka();
    await page.selectOption("#jenis", "pohon");
    await page.click("#pratinjau-btn");
    await page.waitForSelector("#halaman svg[data-pohon]");
    await page.check("#baca");
    await page.click("#buat-btn");
    await page.waitForSelector("#pesan.berhasil a");
    const nama = await page.locator("#pesan a").first().innerText();
    const doc = g.documents().find((d) => d.getName() === nama)!;
    // Lumajang's tree: tujuan, sasaran and four programs, one drawing, drawn at twice its size.
    expect(doc.__text()).toMatch(/\[gambar \d{3,4}x\d{3,4}\]/);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
