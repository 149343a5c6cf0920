// Loads build/Code.js the way Apps Script does: one script in a bare global scope holding only
// the services we hand it (node:vm, no require, no process, no Intl tricks beyond V8's own).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

/** Scripts and tests run from the repository root (npm scripts do). */
export const BUNDLE_PATH = join(process.cwd(), "build", "Code.js");
/**
 * The engine Code.js's handlers load through HtmlService (src/mesin/muat.ts): the fake
 * HtmlService serves it from build/ (test/fakes createFakeGoogle), so loadBundle needs nothing more.
 */
export const MESIN_PATH = join(process.cwd(), "build", "mesin.html");

export type BundleGlobals = Record<string, unknown>;

export function loadBundle(services: Record<string, unknown> = {}): BundleGlobals {
  const context = vm.createContext({ ...services });
  vm.runInContext(readFileSync(BUNDLE_PATH, "utf8"), context, { filename: "Code.js" });
  return context as BundleGlobals;
}

/** The top-level functions a script defines: what Apps Script lists and what Sheets can call. */
export function globalFunctions(context: BundleGlobals): string[] {
  return Object.keys(context)
    .filter((k) => typeof context[k] === "function")
    .sort();
}

// biome-ignore lint/suspicious/noExplicitAny: calling into the loaded bundle is untyped by nature
export function fn(context: BundleGlobals, name: string): (...args: any[]) => any {
  const f = context[name];
  if (typeof f !== "function") throw new Error(`${name} is not a global function of the bundle`);
  return f as (...args: unknown[]) => unknown;
}

/**
 * A dialog's call as google.script.run makes it: through the bundle's one dialog entry,
 * panggilDialog(nama, argumen), which answers {ok, hasil} or {ok: false, pesan} and never throws
 * (see src/ui/tanpaLog.ts). Here the message comes back as a thrown Error, as the dialog shows it.
 */
// biome-ignore lint/suspicious/noExplicitAny: calling into the loaded bundle is untyped by nature
export function dialog(context: BundleGlobals, name: string): (...args: any[]) => any {
  return (...args: unknown[]) => {
    const j = fn(context, "panggilDialog")(name, args) as { ok: boolean; hasil?: unknown; pesan?: string };
    if (j.ok) return j.hasil;
    throw new Error(j.pesan);
  };
}
