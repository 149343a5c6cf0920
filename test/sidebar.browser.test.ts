// The Periksa Data sidebar in a real browser: user text shows as text and runs nothing.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { muat } from "./bantu";
import { adaChromium, bukaChromium } from "./browser";
import { fn } from "./bundle";

const SERANGAN = "<img src=x onerror=alert(1)>";

describe.runIf(adaChromium() || process.env.CI)("the Periksa Data sidebar in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await bukaChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  function sidebar(): string {
    const { g, b } = muat("lumajang-2021");
    g.sheet("Kinerja").getRange("A2").setValue(SERANGAN);
    g.sheet("Kinerja").getRange("H3").setValue(`</script><script>window.__pwned = 1</script>`);
    fn(b, "periksaData")();
    return g.ui.lastDialog().content;
  }

  it("shows a cell holding markup as text, and runs nothing", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.setContent(sidebar(), { waitUntil: "load" });
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    const teks = await page.locator("#daftar").innerText();
    expect(teks).toContain(`Kode "${SERANGAN}" tidak sah.`);
    expect(teks).toContain("</script><script>window.__pwned = 1</script>");
    // The bad code also leaves the sample's Rencana Aksi, IKU and two Target Renstra rows of
    // indicator 1.1 without their indicator (4 galat), and the indicator without its 2019 and
    // 2022 figures (a warning); the tree's five unmeasured nodes are warnings.
    expect(await page.locator("#ringkas").innerText()).toMatch(/^6 galat, 10 peringatan\./);
    await page.close();
  });
});
