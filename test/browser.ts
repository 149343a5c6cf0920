// Headless Chromium (Debian's package, /usr/bin/chromium) through playwright-core, for the tests
// and screenshots of what a person sees: dialogs, the sidebar, rendered reports. The flags are
// those this closed network needs (no background networking, no first-run, no sandbox as root).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function adaChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function bukaChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
