// Where a form's responses go: the response sheet Google Sheets adds to the linked spreadsheet
// (its name and first column in the Sheets UI's language), and a respondent's answers checked as
// Forms checks them and written as Forms writes them.
import type { CellValue, FakeSheet, FakeSpreadsheet } from "../spreadsheet";
import { type ItemState, isLayout, str } from "./items";

/**
 * What Google Sheets names a form's response sheet ("<sheet> 1", "<sheet> 2"...) and its first
 * column. The reference does not document these names: they are the product's UI strings, in
 * the language of the Sheets UI. Scripts written for Indonesian users look for "Jawaban
 * Formulir 1" and "Stempel waktu" next to "Form Responses 1" and "Timestamp" (public Apps Script
 * code found with the search tool), which is the evidence for the Indonesian strings.
 */
export interface FormResponseLabels {
  /** The sheet's name without its number: "Form Responses" gives "Form Responses 1". */
  readonly sheet: string;
  readonly timestamp: string;
}

const RESPONSE_LABELS_EN: FormResponseLabels = Object.freeze({
  sheet: "Form Responses",
  timestamp: "Timestamp",
});

const RESPONSE_LABELS_ID: FormResponseLabels = Object.freeze({
  sheet: "Jawaban Formulir",
  timestamp: "Stempel waktu",
});

/**
 * The fake's rule: Indonesian for an Indonesian spreadsheet locale ("id", "id_ID", and the old
 * Java code "in"/"in_ID"), English otherwise. The live service most likely follows the language
 * of the user who links the form, not the spreadsheet locale: keep product code from depending
 * on either name.
 */
function responseLabelsFor(locale: string): FormResponseLabels {
  return /^(id|in)(?:[_-]|$)/i.test(locale) ? RESPONSE_LABELS_ID : RESPONSE_LABELS_EN;
}

/** Answers by item title. */
export type FormAnswers = Readonly<Record<string, string>>;

export interface StoredResponse {
  readonly timestamp: Date;
  /** By column key (see columnsOf). */
  readonly cells: ReadonlyMap<string, CellValue>;
}

export interface Destination {
  readonly spreadsheetId: string;
  readonly sheet: FakeSheet;
  readonly labels: FormResponseLabels;
  /** Column keys in sheet order: a column never moves, as in the linked sheet. */
  readonly columns: string[];
}

const TS = "timestamp";

/** The question columns of the items in order. */
function columnsOf(items: readonly ItemState[]): { key: string; header: string }[] {
  return items.filter((i) => !isLayout(i.kind)).map((i) => ({ key: String(i.id), header: i.title }));
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/**
 * Google Sheets inserts a new sheet "<Form Responses> n" (n: the first free number) as the
 * first sheet, its header row frozen.
 */
export function newResponseSheet(spreadsheet: FakeSpreadsheet): Destination {
  const labels = responseLabelsFor(spreadsheet.getSpreadsheetLocale());
  let name = "";
  for (let n = 1; name === ""; n++) {
    try {
      spreadsheet.checkNewName(`${labels.sheet} ${n}`);
      name = `${labels.sheet} ${n}`;
    } catch {
      // taken: try the next number
    }
  }
  const sheet = spreadsheet.addSheet(name, [], 0);
  sheet.setFrozenRows(1);
  return { spreadsheetId: spreadsheet.getId(), sheet, labels, columns: [] };
}

function sheetAlive(dest: Destination): FakeSheet {
  if (dest.sheet.parent.indexOf(dest.sheet) < 0) {
    throw new Error(
      `fake: sheet jawaban formulir "${dest.sheet.getName()}" sudah dihapus dari spreadsheet; perilaku Forms untuk itu tidak dimodelkan`,
    );
  }
  return dest.sheet;
}

/**
 * Keeps the linked sheet's header in step with the form, as the live link does: a new question
 * gets a new column at the right end, a renamed one its new header. (Observed behaviour of the
 * Forms-Sheets link; the reference says only that responses go to the destination.)
 */
export function syncHeader(dest: Destination, items: readonly ItemState[]): void {
  const sheet = sheetAlive(dest);
  const wanted = [{ key: TS, header: dest.labels.timestamp }, ...columnsOf(items)];
  for (const { key, header } of wanted) {
    let index = dest.columns.indexOf(key);
    if (index < 0) {
      dest.columns.push(key);
      index = dest.columns.length - 1;
    }
    const column = index + 1;
    if (column > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
    }
    const cell = sheet.touch(1, column);
    if (cell.value !== header || cell.formula !== "") {
      cell.value = header;
      cell.formula = "";
    }
  }
}

/** Appends the response's row: one cell per column of the destination. */
export function appendResponse(dest: Destination, response: StoredResponse): void {
  const row = dest.columns.map((key) => {
    if (key === TS) return new Date(response.timestamp.getTime());
    const v = response.cells.get(key) ?? "";
    // Forms writes answers as text, never as formulas: appendRow keeps text after an apostrophe.
    return typeof v === "string" && (v.startsWith("=") || v.startsWith("'")) ? `'${v}` : v;
  });
  sheetAlive(dest).appendValues(row);
}

/** A response to the form's items, checked as Forms checks it; `now` gives the time when none is. */
export function responseOf(
  items: readonly ItemState[],
  answers: FormAnswers,
  timestamp: Date | undefined,
  now: () => Date,
): StoredResponse {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    throw new Error("fake: __submit butuh objek jawaban per judul pertanyaan");
  }
  if (timestamp !== undefined && (!isDate(timestamp) || Number.isNaN(timestamp.getTime()))) {
    throw new Error("fake: __submit: timestamp harus Date yang valid");
  }
  const questions = items.filter((i) => !isLayout(i.kind));
  for (const title of Object.keys(answers)) {
    const matching = questions.filter((q) => q.title === title);
    if (matching.length === 0) {
      const layout = items.some((i) => isLayout(i.kind) && i.title === title);
      throw new Error(
        layout
          ? `fake: "${title}" bukan pertanyaan (judul bagian/pemisah halaman tidak dijawab)`
          : `fake: tidak ada pertanyaan berjudul "${title}" (yang ada: ${questions.map((q) => `"${q.title}"`).join(", ")})`,
      );
    }
    if (matching.length > 1) throw new Error(`fake: judul pertanyaan "${title}" ganda: jawaban ambigu`);
  }
  const cells = new Map<string, CellValue>();
  for (const q of questions) {
    const v = answerOf(q, answers[q.title]);
    if (v !== "") cells.set(String(q.id), v);
  }
  return { timestamp: timestamp === undefined ? now() : new Date(timestamp.getTime()), cells };
}

/** The cell one answer gives, checked as the form checks it; "" when unanswered. */
function answerOf(q: ItemState, given: string | undefined): string {
  const name = `"${q.title}"`;
  if (given === undefined || given === "") {
    if (q.required) throw new Error(`fake: pertanyaan wajib ${name} tidak dijawab`);
    return "";
  }
  const v = str(given, `jawaban ${name}`);
  if ((q.kind === "MULTIPLE_CHOICE" || q.kind === "LIST") && !q.choices.includes(v)) {
    throw new Error(`fake: "${v}" bukan pilihan ${name} (${q.choices.join(" | ")})`);
  }
  if (q.validation && !q.validation.accepts(v)) {
    throw new Error(
      `fake: jawaban "${v}" untuk ${name} ditolak validasi ${q.validation.rule}${
        q.validation.helpText === null ? "" : `: ${q.validation.helpText}`
      }`,
    );
  }
  // Sheets would read a text answer such as "12" as a number; the spreadsheet fake never parses
  // strings, so neither does this.
  return v;
}
