// Shared helpers for the workbook tests: a fresh fake Google, and a snapshot of everything a
// user could see in the workbook (values, formulas, notes, formats, validations).
import { createFakeGoogle, type FakeGoogle, type FakeGoogleOptions } from "../fakes";

export function google(opts: FakeGoogleOptions = {}): FakeGoogle {
  return createFakeGoogle(opts);
}

/** Reads through the fakes, so it counts calls: take it before g.counts.reset(). */
export function potret(g: FakeGoogle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of g.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const r = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 2), Math.max(sheet.getLastColumn(), 1));
    out[name] = {
      values: r.getValues(),
      formulas: r.getFormulas(),
      notes: r.getNotes(),
      formats: r.getNumberFormats(),
      validations: r
        .getDataValidations()
        .map((row) =>
          row.map((v) => (v ? [v.getCriteriaType(), v.getCriteriaValues(), v.getAllowInvalid()] : null)),
        ),
      frozen: sheet.getFrozenRows(),
    };
  }
  return out;
}

/** Calls that change the workbook: every set*, insert*, protect, delete* and clear*. */
export function tulisan(g: FakeGoogle): Record<string, number> {
  return Object.fromEntries(
    Object.entries(g.counts.snapshot()).filter(([k]) => /\.(set|insert|protect|delete|clear)/.test(k)),
  );
}
