/**
 * Errors stay with the user. appsscript.json logs uncaught exceptions to the developer's Cloud
 * Logging (exceptionLogging STACKDRIVER), and our messages quote what users typed: a respondent's
 * answer, a name, a unit's figures. So no handler lets an error escape: a dialog's call returns
 * the message as data (the dialog shows it), a menu item shows it in an alert. Only the kind of
 * an unexpected error (TypeError ...) and the handler's name are logged, never a message.
 */
import * as z from "zod/mini";
import { pesanGalat } from "../core/galat";
import { uraikan } from "../core/uraikan";

export type Jawaban<T> = { ok: true; hasil: T } | { ok: false; pesan: string };

/** Our own messages are Error; anything else is a bug whose kind the developer may see. */
function catatJenis(nama: string, e: unknown): void {
  const jenis = typeof e === "object" && e !== null ? String((e as { name?: unknown }).name ?? "") : "";
  if (jenis !== "" && jenis !== "Error") console.error(`${nama}: ${jenis}`);
}

/** A dialog's call: the handler's result, or its message; never a thrown error. */
export function jawabDialog<T>(nama: string, kerja: () => T): Jawaban<T> {
  try {
    return { ok: true, hasil: kerja() };
  } catch (e) {
    catatJenis(nama, e);
    return { ok: false, pesan: pesanGalat(e) };
  }
}

/** A menu item: the message in an alert titled with the item, never a thrown error. */
export function tampilkanGalat(judul: string, kerja: () => void): void {
  try {
    kerja();
  } catch (e) {
    catatJenis(judul, e);
    const ui = SpreadsheetApp.getUi();
    ui.alert(judul, pesanGalat(e), ui.ButtonSet.OK);
  }
}

/** A dialog's arguments: a list, as google.script.run passes them. */
export const argumenDialog = (args: unknown) => uraikan(z.array(z.unknown()), args, "Argumen dialog");
