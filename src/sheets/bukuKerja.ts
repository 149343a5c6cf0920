/**
 * The workbook as reports and menus take it: read once (baca) and checked (periksa), the problems
 * of reading and of the checks together. The one door from src/sheets to what uses the workbook.
 */
import type { Masalah } from "../core/masalah";
import type { BukuKerja } from "../core/model/bukuKerja";
import { bacaBukuKerja } from "./baca";
import { periksaBukuKerja } from "./periksa";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `lembarLaporan`: the sheets of the report about to be made (see bacaBukuKerja); none: all. */
export function bukuKerjaDiperiksa(
  ss: Spreadsheet,
  lembarLaporan?: readonly string[],
): { bk: BukuKerja; masalah: Masalah[] } {
  const bk = bacaBukuKerja(ss, lembarLaporan);
  return { bk, masalah: periksaBukuKerja(bk) };
}
