/**
 * Loads the engine, build/mesin.html (src/mesin.ts), into this execution: once, on the first
 * handler called, then from the module variable. Apps Script loads every script file of a project
 * on every execution, each recalculation of a custom function included; an HTML file counts
 * toward no script size and is read only when asked for. HtmlOutput.getContent() "gets the
 * content of this HtmlOutput", the file as written
 * (developers.google.com/apps-script/reference/html/html-output#getContent()), as
 * src/reports/bacaBawaan.ts reads build/templat-bawaan.html. The file is the IIFE that defines
 * SakipMesin; evaluated with new Function it runs in the global scope, where the services are.
 * Apps Script's V8 runtime evaluates code given as a string (scripts load libraries with
 * eval(UrlFetchApp.fetch(url).getContentText()), e.g. github.com/microCOVID/microCOVID/issues/329,
 * 2020, V8); this needs no fetch and no scope: the code is the project's own file. Not yet tried
 * on a real deployment from here: the README's deploy checklist asks for it.
 */
import type * as Mesin from "../mesin";
import type { NamaHandler } from "./daftar";

export type MesinSakip = typeof Mesin;

// src/mesin.ts exports exactly the names of HANDLER_MESIN: neither side can gain one alone.
type Sama<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CEK_DAFTAR: Sama<keyof MesinSakip, NamaHandler> = true;
void CEK_DAFTAR;

export const PESAN_TANPA_MESIN = "File mesin.html tidak ada di proyek; pasang ulang add-on (npm run deploy).";

let mesin: MesinSakip | null = null;

export function muatMesin(): MesinSakip {
  if (mesin !== null) return mesin;
  let isi: string;
  try {
    isi = HtmlService.createHtmlOutputFromFile("mesin").getContent();
  } catch {
    throw new Error(PESAN_TANPA_MESIN);
  }
  const m = new Function(`${isi}\nreturn SakipMesin;`)() as MesinSakip | undefined;
  if (m === undefined || m === null || typeof m.panggilDialog !== "function")
    throw new Error("File mesin.html rusak; pasang ulang add-on (npm run deploy).");
  mesin = m;
  return m;
}

/** The stub Code.js exposes for a handler: loads the engine, then calls its same-named export. */
export function lewatMesin<N extends NamaHandler>(nama: N): MesinSakip[N] {
  return ((...argumen: unknown[]) =>
    (muatMesin()[nama] as (...a: unknown[]) => unknown)(...argumen)) as MesinSakip[N];
}

/** The stubs of every handler of the list, by name. */
export function stubMesin(daftar: readonly NamaHandler[]): { [N in NamaHandler]: MesinSakip[N] } {
  const out: Partial<Record<NamaHandler, unknown>> = {};
  for (const n of daftar) out[n] = lewatMesin(n);
  return out as { [N in NamaHandler]: MesinSakip[N] };
}
