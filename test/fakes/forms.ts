// Strict fakes of FormApp, Form, the items a questionnaire uses (MultipleChoiceItem, ListItem,
// CheckboxItem, TextItem, ParagraphTextItem, ScaleItem, GridItem, DateItem, SectionHeaderItem,
// PageBreakItem), the generic Item, Choice and the TextValidation builder. Behaviour follows the
// Apps Script reference, cited where it matters; what the reference leaves open is said where it
// is decided. A form is a Drive file the app created (drive.file reaches it). Linked to the fake
// spreadsheet with setDestination, it gets a response sheet as Google Sheets makes one, and the
// test hook __submit(answers) appends a response row the way Forms writes it.
// https://developers.google.com/apps-script/reference/forms/form
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";
import { type DriveFileRecord, type DriveState, ROOT_ID } from "./drive";
import type { CellValue, FakeSheet, FakeSpreadsheet } from "./spreadsheet";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;
type DestinationType = GoogleAppsScript.Forms.DestinationType;
type Choice = GoogleAppsScript.Forms.Choice;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type CheckboxItem = GoogleAppsScript.Forms.CheckboxItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type ScaleItem = GoogleAppsScript.Forms.ScaleItem;
type GridItem = GoogleAppsScript.Forms.GridItem;
type DateItem = GoogleAppsScript.Forms.DateItem;
type SectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type TextValidation = GoogleAppsScript.Forms.TextValidation;
type TextValidationBuilder = GoogleAppsScript.Forms.TextValidationBuilder;

const IFACE = {
  FormApp: { file: "forms", name: "FormApp" },
  Form: { file: "forms", name: "Form" },
  Item: { file: "forms", name: "Item" },
  Choice: { file: "forms", name: "Choice" },
  MultipleChoiceItem: { file: "forms", name: "MultipleChoiceItem" },
  ListItem: { file: "forms", name: "ListItem" },
  CheckboxItem: { file: "forms", name: "CheckboxItem" },
  TextItem: { file: "forms", name: "TextItem" },
  ParagraphTextItem: { file: "forms", name: "ParagraphTextItem" },
  ScaleItem: { file: "forms", name: "ScaleItem" },
  GridItem: { file: "forms", name: "GridItem" },
  DateItem: { file: "forms", name: "DateItem" },
  SectionHeaderItem: { file: "forms", name: "SectionHeaderItem" },
  PageBreakItem: { file: "forms", name: "PageBreakItem" },
  TextValidationBuilder: { file: "forms", name: "TextValidationBuilder" },
} as const satisfies Record<string, Iface>;

const DESTINATION_TYPE = enumObject<typeof GoogleAppsScript.Forms.DestinationType>(
  "forms",
  "DestinationType",
);
const ITEM_TYPE = enumObject<typeof GoogleAppsScript.Forms.ItemType>("forms", "ItemType");

export const FORM_MIME = "application/vnd.google-apps.form";

// --- response sheet labels -------------------------------------------------------------------

/**
 * What Google Sheets names a form's response sheet ("<sheet> 1", "<sheet> 2"...) and its first
 * columns. The reference does not document these names: they are the product's UI strings, in
 * the language of the Sheets UI. Scripts written for Indonesian users look for "Jawaban
 * Formulir 1", "Stempel waktu" and "Alamat email" next to "Form Responses 1", "Timestamp" and
 * "Email Address" (public Apps Script code found with the search tool), which is the evidence
 * for the Indonesian strings.
 */
export interface FormResponseLabels {
  /** The sheet's name without its number: "Form Responses" gives "Form Responses 1". */
  readonly sheet: string;
  readonly timestamp: string;
  /** The column Forms adds after the timestamp when the form collects email addresses. */
  readonly email: string;
}

export const RESPONSE_LABELS_EN: FormResponseLabels = Object.freeze({
  sheet: "Form Responses",
  timestamp: "Timestamp",
  email: "Email Address",
});

export const RESPONSE_LABELS_ID: FormResponseLabels = Object.freeze({
  sheet: "Jawaban Formulir",
  timestamp: "Stempel waktu",
  email: "Alamat email",
});

/**
 * The fake's rule: Indonesian for an Indonesian spreadsheet locale ("id", "id_ID", and the old
 * Java code "in"/"in_ID"), English otherwise. The live service most likely follows the language
 * of the user who links the form, not the spreadsheet locale: where it matters, pass the labels
 * (FakeGoogleOptions.formResponseLabels) and keep product code from depending on either name.
 */
export function responseLabelsFor(locale: string): FormResponseLabels {
  return /^(id|in)(?:[_-]|$)/i.test(locale) ? RESPONSE_LABELS_ID : RESPONSE_LABELS_EN;
}

// --- recorded content ------------------------------------------------------------------------

export interface TextValidationDump {
  /** The TextValidationBuilder method that set the rule, e.g. "requireNumberBetween". */
  readonly rule: string;
  readonly args: readonly number[];
  readonly helpText: string | null;
}

/** One item as recorded; fields beyond type/title/helpText exist only for the kinds that have them. */
export interface FormItemDump {
  readonly id: number;
  /** FormApp.ItemType name: "MULTIPLE_CHOICE", "SECTION_HEADER"... */
  readonly type: string;
  readonly title: string;
  readonly helpText: string;
  /** Question items only (not SECTION_HEADER, PAGE_BREAK). */
  readonly required?: boolean;
  /** MULTIPLE_CHOICE, LIST, CHECKBOX: the choice values in order. */
  readonly choices?: readonly string[];
  /** MULTIPLE_CHOICE, CHECKBOX: whether "Other" is offered. */
  readonly otherOption?: boolean;
  /** GRID */
  readonly rows?: readonly string[];
  readonly columns?: readonly string[];
  /** SCALE: [lower, upper] and their labels [left, right]. */
  readonly bounds?: readonly [number, number];
  readonly labels?: readonly [string, string];
  /** TEXT: null when none. */
  readonly validation?: TextValidationDump | null;
}

/** A form as plain JSON: settings, the response destination and the items in order. */
export interface FormDump {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly confirmationMessage: string;
  readonly collectEmail: boolean;
  readonly allowResponseEdits: boolean;
  readonly limitOneResponsePerUser: boolean;
  readonly progressBar: boolean;
  readonly showLinkToRespondAgain: boolean;
  /** setPublished(true) was called (a new form is unpublished: see FakeForm.setPublished). */
  readonly published: boolean;
  /** setAcceptingResponses; an unpublished form takes none whatever this says. */
  readonly acceptingResponses: boolean;
  readonly publishedUrl: string;
  readonly editUrl: string;
  /** null when the form has no destination (or after removeDestination). */
  readonly destination: { readonly type: "SPREADSHEET"; readonly id: string; readonly sheet: string } | null;
  readonly items: readonly FormItemDump[];
  /** Responses submitted with __submit, linked or not (the form's own response store). */
  readonly responses: number;
}

/** Answers by item title: a string, or for CHECKBOX the chosen values and for GRID one value per row. */
export type FormAnswers = Readonly<Record<string, string | readonly string[]>>;

export interface FormHooks {
  /** The form as plain JSON. Not counted. */
  __dump(): FormDump;
  /**
   * A respondent submits the form: checked as Forms checks it (required questions, choices,
   * validation, scale bounds), kept in the form's response store and, when the form is linked,
   * appended to the response sheet as Forms writes it: the timestamp as a Date, a choice as its
   * value, checkboxes joined with ", " in the form's choice order, a grid as one cell per row, a
   * scale as a number, a date ("yyyy-mm-dd") as a Date at local midnight, unanswered as "".
   * `email` is required exactly when the form collects email addresses. Without a timestamp the
   * fake's clock gives one (2024-01-01T00:00:00Z plus one minute per response). Not counted.
   */
  __submit(answers: FormAnswers, timestamp?: Date, email?: string): void;
}

// --- state -----------------------------------------------------------------------------------

const KINDS = [
  "CHECKBOX",
  "DATE",
  "GRID",
  "LIST",
  "MULTIPLE_CHOICE",
  "PAGE_BREAK",
  "PARAGRAPH_TEXT",
  "SCALE",
  "SECTION_HEADER",
  "TEXT",
] as const;
type Kind = (typeof KINDS)[number];

/** Layout items: no answer, no column in the response sheet. */
function isLayout(kind: Kind): boolean {
  return kind === "SECTION_HEADER" || kind === "PAGE_BREAK";
}

interface ChoiceState {
  readonly value: string;
  readonly correct: boolean;
}

interface ItemState {
  readonly id: number;
  readonly kind: Kind;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceState[];
  otherOption: boolean;
  rows: string[];
  columns: string[];
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  validation: FakeTextValidation | null;
  includesYear: boolean;
}

interface StoredResponse {
  readonly timestamp: Date;
  readonly email: string | null;
  /** By column key (see columnsOf). */
  readonly cells: ReadonlyMap<string, CellValue>;
}

interface Destination {
  readonly spreadsheetId: string;
  readonly sheet: FakeSheet;
  readonly labels: FormResponseLabels;
  /** Column keys in sheet order: a column never moves or goes, as in the linked sheet. */
  readonly columns: string[];
}

const TS = "timestamp";
const EMAIL = "email";

interface Column {
  readonly key: string;
  readonly header: string;
}

/** The question columns of the items in order; a grid has one per row, "Title [Row]". */
function columnsOf(items: readonly ItemState[]): Column[] {
  const out: Column[] = [];
  for (const item of items) {
    if (isLayout(item.kind)) continue;
    if (item.kind === "GRID") {
      for (const row of item.rows)
        out.push({ key: `${item.id}\u0000${row}`, header: `${item.title} [${row}]` });
    } else {
      out.push({ key: String(item.id), header: item.title });
    }
  }
  return out;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function str(v: unknown, what: string): string {
  if (typeof v !== "string") throw new Error(`fake: ${what} harus teks, bukan ${typeof v}`);
  return v;
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== "boolean") throw new Error(`fake: ${what} harus boolean, bukan ${String(v)}`);
  return v;
}

function int(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`fake: ${what} harus bilangan bulat, bukan ${String(v)}`);
  }
  return v;
}

function finite(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new Error(`fake: ${what} harus angka, bukan ${String(v)}`);
  return v;
}

/**
 * A list of option texts (choices, rows, columns): non-empty, strings, no empty or repeated
 * value. The reference's setChoiceValues/setRows throw "if the given array is null or empty";
 * empty and repeated values the Forms editor refuses, so the fake does too.
 */
function optionList(values: unknown, what: string): string[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`fake: ${what} butuh larik berisi minimal satu nilai`);
  }
  const out = values.map((v, i) => str(v, `${what}[${i}]`));
  out.forEach((v, i) => {
    if (v === "") throw new Error(`fake: ${what}[${i}] kosong`);
    if (out.indexOf(v) !== i) throw new Error(`fake: ${what}: nilai "${v}" berulang`);
  });
  return out;
}

/** Every form of one createFakeGoogle(): ids, the clock of __submit and the spreadsheet to link. */
export class FormStore {
  readonly contents = new Map<string, FormContent>();
  /** Ids of the forms FormApp.create made, in order. */
  readonly created: string[] = [];
  readonly shortUrls = new Map<string, string>();
  #nextForm = 0;
  #nextItem = 0;
  #clock = 0;

  /**
   * `spreadsheet`: the one spreadsheet setDestination can link to (the fake's active one);
   * `labels`: overrides of the response sheet's labels, which otherwise follow responseLabelsFor.
   */
  constructor(
    readonly counts: CallCounter,
    readonly drive: DriveState,
    readonly spreadsheet: FakeSpreadsheet | null = null,
    readonly labels: Partial<FormResponseLabels> = {},
  ) {}

  newFormId(): string {
    let id: string;
    do id = `fakeForm${String(++this.#nextForm).padStart(4, "0")}`;
    while (this.drive.files.has(id) || this.contents.has(id));
    return id;
  }

  /** Item ids are integers, like Item.getId(); unique across the store. */
  newItemId(): number {
    return 100000000 + ++this.#nextItem;
  }

  /** Deterministic submission times, one minute apart. */
  now(): Date {
    return new Date(Date.UTC(2024, 0, 1) + 60_000 * this.#clock++);
  }

  get(id: unknown): FormContent | undefined {
    return typeof id === "string" ? this.contents.get(id) : undefined;
  }

  handle(id: string): Form & FormHooks {
    const content = this.contents.get(id);
    if (content === undefined) throw new Error(`fake: tidak ada formulir ${id}`);
    return strict(new FakeForm(content), IFACE.Form, this.counts);
  }
}

/** One form's content, shared by every handle (FormApp.create, openById, forms()). */
export class FormContent {
  title: string;
  description = "";
  confirmationMessage = "";
  collectEmail = false;
  allowResponseEdits = false;
  limitOneResponsePerUser = false;
  progressBar = false;
  // The Forms editor's "Show link to submit another response" is on for a new form.
  showLinkToRespondAgain = true;
  published = false;
  acceptingResponses = true;
  readonly items: ItemState[] = [];
  readonly responses: StoredResponse[] = [];
  destination: Destination | null = null;

  constructor(
    readonly store: FormStore,
    readonly file: DriveFileRecord,
  ) {
    this.title = file.name;
  }

  get id(): string {
    return this.file.id;
  }

  /**
   * The responder URL carries the form's *published* id, not its Drive id
   * (docs.google.com/forms/d/e/<published id>/viewform): the fake makes them differ so product
   * code that builds the URL from getId() fails a test instead of a respondent.
   */
  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/1FAIpQL-${this.id}/viewform`;
  }

  editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  edited(): void {
    this.store.drive.touch(this.file);
    this.sync();
  }

  item(state: ItemState): ItemState {
    if (!this.items.includes(state)) throw new Error(`fake: item ${state.id} sudah dihapus dari formulir`);
    return state;
  }

  addItem(kind: Kind): ItemState {
    const state: ItemState = {
      id: this.store.newItemId(),
      kind,
      title: "",
      helpText: "",
      required: false,
      choices: [],
      otherOption: false,
      rows: [],
      columns: [],
      // A new scale runs 1..5, as the Forms editor makes it.
      lower: 1,
      upper: 5,
      leftLabel: "",
      rightLabel: "",
      validation: null,
      includesYear: true,
    };
    this.items.push(state);
    this.edited();
    return state;
  }

  private sheetAlive(dest: Destination): FakeSheet {
    if (dest.sheet.parent.indexOf(dest.sheet) < 0) {
      throw new Error(
        `fake: sheet jawaban formulir ${this.id} sudah dihapus dari spreadsheet; perilaku Forms untuk itu tidak dimodelkan`,
      );
    }
    return dest.sheet;
  }

  /**
   * Keeps the linked sheet's header in step with the form, as the live link does: a new question
   * gets a new column at the right end, a renamed one its new header; the column of a deleted
   * question stays with its answers. (Observed behaviour of the Forms-Sheets link; the reference
   * says only that responses go to the destination.)
   */
  sync(): void {
    const dest = this.destination;
    if (dest === null) return;
    const sheet = this.sheetAlive(dest);
    const wanted: Column[] = [{ key: TS, header: dest.labels.timestamp }];
    if (this.collectEmail) wanted.push({ key: EMAIL, header: dest.labels.email });
    wanted.push(...columnsOf(this.items));
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

  /** The sheet row of a response: one cell per column of the destination. */
  private rowOf(dest: Destination, response: StoredResponse): CellValue[] {
    return dest.columns.map((key) => {
      if (key === TS) return new Date(response.timestamp.getTime());
      if (key === EMAIL) return response.email ?? "";
      const v = response.cells.get(key) ?? "";
      // Forms writes answers as text, never as formulas: appendRow keeps text after an apostrophe.
      return typeof v === "string" && (v.startsWith("=") || v.startsWith("'")) ? `'${v}` : v;
    });
  }

  /**
   * Google Sheets inserts a new sheet "<Form Responses> n" (n: the first free number) as the
   * first sheet, its header row frozen, and writes every response the form already has (the
   * form's response store keeps them: https://developers.google.com/apps-script/reference/forms/destination-type).
   */
  link(spreadsheet: FakeSpreadsheet): void {
    const given = Object.entries(this.store.labels).filter(([, v]) => v !== undefined);
    const labels = { ...responseLabelsFor(spreadsheet.getSpreadsheetLocale()), ...Object.fromEntries(given) };
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
    this.destination = { spreadsheetId: spreadsheet.getId(), sheet, labels, columns: [] };
    this.sync();
    for (const r of this.responses) sheet.appendRow(this.rowOf(this.destination, r));
  }

  submit(answers: FormAnswers, timestamp?: Date, email?: string): void {
    if (!this.published) {
      throw new Error(
        `fake: formulir "${this.title}" belum dipublikasikan: responden tidak bisa mengisinya (panggil setPublished(true))`,
      );
    }
    if (!this.acceptingResponses) throw new Error(`fake: formulir "${this.title}" tidak menerima jawaban`);
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
      throw new Error("fake: __submit butuh objek jawaban per judul pertanyaan");
    }
    if (timestamp !== undefined && (!isDate(timestamp) || Number.isNaN(timestamp.getTime()))) {
      throw new Error("fake: __submit: timestamp harus Date yang valid");
    }
    if (this.collectEmail) {
      if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(email)) {
        throw new Error("fake: formulir mengumpulkan alamat email: __submit butuh email responden");
      }
    } else if (email !== undefined) {
      throw new Error("fake: formulir tidak mengumpulkan alamat email (setCollectEmail(false))");
    }
    const questions = this.items.filter((i) => !isLayout(i.kind));
    for (const title of Object.keys(answers)) {
      const matching = questions.filter((q) => q.title === title);
      if (matching.length === 0) {
        const layout = this.items.some((i) => isLayout(i.kind) && i.title === title);
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
      const given = answers[q.title];
      for (const [key, value] of answerCells(q, given)) cells.set(key, value);
    }
    const response: StoredResponse = {
      timestamp: timestamp === undefined ? this.store.now() : new Date(timestamp.getTime()),
      email: email ?? null,
      cells,
    };
    this.responses.push(response);
    const dest = this.destination;
    if (dest !== null) {
      this.sync();
      this.sheetAlive(dest).appendRow(this.rowOf(dest, response));
    }
  }

  dump(): FormDump {
    const dest = this.destination;
    return {
      id: this.id,
      title: this.title,
      description: this.description,
      confirmationMessage: this.confirmationMessage,
      collectEmail: this.collectEmail,
      allowResponseEdits: this.allowResponseEdits,
      limitOneResponsePerUser: this.limitOneResponsePerUser,
      progressBar: this.progressBar,
      showLinkToRespondAgain: this.showLinkToRespondAgain,
      published: this.published,
      acceptingResponses: this.acceptingResponses,
      publishedUrl: this.publishedUrl(),
      editUrl: this.editUrl(),
      destination:
        dest === null ? null : { type: "SPREADSHEET", id: dest.spreadsheetId, sheet: dest.sheet.getName() },
      items: this.items.map(dumpItem),
      responses: this.responses.length,
    };
  }
}

function dumpItem(s: ItemState): FormItemDump {
  const base = { id: s.id, type: s.kind, title: s.title, helpText: s.helpText };
  switch (s.kind) {
    case "SECTION_HEADER":
    case "PAGE_BREAK":
      return base;
    case "MULTIPLE_CHOICE":
    case "CHECKBOX":
      return {
        ...base,
        required: s.required,
        choices: s.choices.map((c) => c.value),
        otherOption: s.otherOption,
      };
    case "LIST":
      return { ...base, required: s.required, choices: s.choices.map((c) => c.value) };
    case "GRID":
      return { ...base, required: s.required, rows: [...s.rows], columns: [...s.columns] };
    case "SCALE":
      return {
        ...base,
        required: s.required,
        bounds: [s.lower, s.upper],
        labels: [s.leftLabel, s.rightLabel],
      };
    case "TEXT":
      return { ...base, required: s.required, validation: s.validation?.dump() ?? null };
    default:
      return { ...base, required: s.required };
  }
}

function unanswered(v: string | readonly string[] | undefined): boolean {
  return v === undefined || v === "" || (Array.isArray(v) && v.every((x) => x === ""));
}

/** The cells one answer gives, checked as the form checks it; [] when unanswered. */
function answerCells(q: ItemState, given: string | readonly string[] | undefined): [string, CellValue][] {
  const key = String(q.id);
  const name = `"${q.title}"`;
  if (unanswered(given)) {
    if (q.required) throw new Error(`fake: pertanyaan wajib ${name} tidak dijawab`);
    return [];
  }
  const one = (): string => {
    if (typeof given !== "string") throw new Error(`fake: jawaban ${name} harus teks, bukan larik`);
    return given;
  };
  const values = q.choices.map((c) => c.value);
  switch (q.kind) {
    case "MULTIPLE_CHOICE":
    case "LIST": {
      const v = one();
      if (!values.includes(v) && !(q.kind === "MULTIPLE_CHOICE" && q.otherOption)) {
        throw new Error(`fake: "${v}" bukan pilihan ${name} (${values.join(" | ")})`);
      }
      return [[key, v]];
    }
    case "CHECKBOX": {
      if (!Array.isArray(given)) throw new Error(`fake: jawaban kotak centang ${name} harus larik`);
      const chosen = (given as readonly unknown[]).map((v, i) => str(v, `jawaban ${name}[${i}]`));
      chosen.forEach((v, i) => {
        if (chosen.indexOf(v) !== i) throw new Error(`fake: "${v}" dicentang dua kali di ${name}`);
        if (!values.includes(v) && !q.otherOption) throw new Error(`fake: "${v}" bukan pilihan ${name}`);
      });
      // The cell lists the ticked values in the form's order, an "other" answer last.
      const ordered = [
        ...values.filter((v) => chosen.includes(v)),
        ...chosen.filter((v) => !values.includes(v)),
      ];
      return [[key, ordered.join(", ")]];
    }
    case "GRID": {
      if (!Array.isArray(given) || given.length !== q.rows.length) {
        throw new Error(`fake: jawaban kisi ${name} harus larik satu nilai per baris (${q.rows.length})`);
      }
      return q.rows.map((row, i) => {
        const v = str(given[i], `jawaban ${name} [${row}]`);
        if (v === "" && q.required)
          throw new Error(`fake: baris "${row}" dari pertanyaan wajib ${name} kosong`);
        if (v !== "" && !q.columns.includes(v)) throw new Error(`fake: "${v}" bukan kolom ${name} [${row}]`);
        return [`${q.id}\u0000${row}`, v] as [string, CellValue];
      });
    }
    case "SCALE": {
      const v = one();
      const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
      if (!(n >= q.lower && n <= q.upper)) {
        throw new Error(`fake: "${v}" di luar skala ${name} (${q.lower}-${q.upper})`);
      }
      return [[key, n]];
    }
    case "DATE": {
      const v = one();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
      if (m === null || d === null || d.getDate() !== Number(m[3])) {
        throw new Error(`fake: jawaban tanggal ${name} harus "yyyy-mm-dd", bukan "${v}"`);
      }
      return [[key, d]];
    }
    case "TEXT": {
      const v = one();
      if (q.validation && !q.validation.accepts(v)) {
        throw new Error(
          `fake: jawaban "${v}" untuk ${name} ditolak validasi ${q.validation.rule}${
            q.validation.helpText === null ? "" : `: ${q.validation.helpText}`
          }`,
        );
      }
      // Sheets would read a text answer such as "12" as a number; the spreadsheet fake never parses
      // strings, so neither does this.
      return [[key, v]];
    }
    default:
      return [[key, one()]];
  }
}

// --- TextValidation ---------------------------------------------------------------------------

type Rule = {
  readonly name: string;
  readonly args: readonly number[];
  readonly test: (v: string) => boolean;
};

// Forms' "Number" checks accept a plain decimal with a point; locale digits are not modelled.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const WHOLE = /^[+-]?\d+$/;

function numeric(v: string, ok: (n: number) => boolean): boolean {
  const t = v.trim();
  return NUMBER.test(t) && ok(Number(t));
}

/**
 * What TextValidationBuilder.build() gives. The real TextValidation has no methods (an empty
 * interface in the types), so there is nothing to guard with a strict proxy; setValidation
 * accepts only these.
 */
export class FakeTextValidation {
  constructor(
    private readonly r: Rule,
    readonly helpText: string | null,
  ) {
    Object.freeze(this);
  }

  get rule(): string {
    return this.r.name;
  }

  accepts(v: string): boolean {
    return this.r.test(v);
  }

  dump(): TextValidationDump {
    return { rule: this.r.name, args: [...this.r.args], helpText: this.helpText };
  }
}

type BuilderImpl = Pick<
  TextValidationBuilder,
  | "build"
  | "requireNumber"
  | "requireNumberBetween"
  | "requireNumberEqualTo"
  | "requireNumberGreaterThan"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThan"
  | "requireNumberLessThanOrEqualTo"
  | "requireNumberNotBetween"
  | "requireNumberNotEqualTo"
  | "requireTextLengthGreaterThanOrEqualTo"
  | "requireTextLengthLessThanOrEqualTo"
  | "requireWholeNumber"
  | "setHelpText"
>;

// https://developers.google.com/apps-script/reference/forms/text-validation-builder
// A validation holds one rule: a second require* replaces the first, as in the Forms editor where
// a short-answer question has one "Response validation". Pattern, email and URL rules throw.
class FakeTextValidationBuilder extends Fake<TextValidationBuilder> implements BuilderImpl {
  private rule: Rule | null = null;
  private help: string | null = null;

  private set(name: string, args: readonly number[], test: (v: string) => boolean): TextValidationBuilder {
    this.rule = { name, args, test };
    return this.self;
  }

  requireNumber(): TextValidationBuilder {
    return this.set("requireNumber", [], (v) => numeric(v, () => true));
  }

  requireWholeNumber(): TextValidationBuilder {
    return this.set("requireWholeNumber", [], (v) => WHOLE.test(v.trim()));
  }

  requireNumberBetween(start: number, end: number): TextValidationBuilder {
    const a = finite(start, "requireNumberBetween: start");
    const b = finite(end, "requireNumberBetween: end");
    if (a > b) throw new Error(`fake: requireNumberBetween(${a}, ${b}): start lebih besar dari end`);
    return this.set("requireNumberBetween", [a, b], (v) => numeric(v, (n) => n >= a && n <= b));
  }

  requireNumberNotBetween(start: number, end: number): TextValidationBuilder {
    const a = finite(start, "requireNumberNotBetween: start");
    const b = finite(end, "requireNumberNotBetween: end");
    if (a > b) throw new Error(`fake: requireNumberNotBetween(${a}, ${b}): start lebih besar dari end`);
    return this.set("requireNumberNotBetween", [a, b], (v) => numeric(v, (n) => n < a || n > b));
  }

  requireNumberEqualTo(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberEqualTo");
    return this.set("requireNumberEqualTo", [x], (v) => numeric(v, (n) => n === x));
  }

  requireNumberNotEqualTo(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberNotEqualTo");
    return this.set("requireNumberNotEqualTo", [x], (v) => numeric(v, (n) => n !== x));
  }

  requireNumberGreaterThan(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberGreaterThan");
    return this.set("requireNumberGreaterThan", [x], (v) => numeric(v, (n) => n > x));
  }

  requireNumberGreaterThanOrEqualTo(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberGreaterThanOrEqualTo");
    return this.set("requireNumberGreaterThanOrEqualTo", [x], (v) => numeric(v, (n) => n >= x));
  }

  requireNumberLessThan(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberLessThan");
    return this.set("requireNumberLessThan", [x], (v) => numeric(v, (n) => n < x));
  }

  requireNumberLessThanOrEqualTo(number: number): TextValidationBuilder {
    const x = finite(number, "requireNumberLessThanOrEqualTo");
    return this.set("requireNumberLessThanOrEqualTo", [x], (v) => numeric(v, (n) => n <= x));
  }

  requireTextLengthGreaterThanOrEqualTo(number: number): TextValidationBuilder {
    const x = int(number, "requireTextLengthGreaterThanOrEqualTo");
    return this.set("requireTextLengthGreaterThanOrEqualTo", [x], (v) => v.length >= x);
  }

  requireTextLengthLessThanOrEqualTo(number: number): TextValidationBuilder {
    const x = int(number, "requireTextLengthLessThanOrEqualTo");
    return this.set("requireTextLengthLessThanOrEqualTo", [x], (v) => v.length <= x);
  }

  setHelpText(text: string): TextValidationBuilder {
    this.help = str(text, "TextValidationBuilder.setHelpText");
    return this.self;
  }

  build(): TextValidation {
    if (this.rule === null) throw new Error("fake: TextValidationBuilder.build tanpa aturan require*");
    return new FakeTextValidation(this.rule, this.help) as unknown as TextValidation;
  }
}

// --- Choice ----------------------------------------------------------------------------------

type ChoiceImpl = Pick<Choice, "getValue" | "isCorrectAnswer">;

// https://developers.google.com/apps-script/reference/forms/choice
// Page navigation (getGotoPage, getPageNavigationType) is not modelled: it throws.
class FakeChoice extends Fake<Choice> implements ChoiceImpl {
  constructor(readonly state: ChoiceState) {
    super();
  }

  getValue(): string {
    return this.state.value;
  }

  isCorrectAnswer(): boolean {
    return this.state.correct;
  }
}

function newChoice(counts: CallCounter, state: ChoiceState): Choice {
  return strict(new FakeChoice(state), IFACE.Choice, counts);
}

// --- items -----------------------------------------------------------------------------------

/**
 * What every item has (https://developers.google.com/apps-script/reference/forms/item). T is
 * the interface the proxy stands for: the generic Item, or the typed item an add*Item() or
 * as*Item() gives. Both kinds of proxy share the one ItemState.
 */
abstract class ItemBase<T extends object> extends Fake<T> {
  constructor(
    readonly form: FormContent,
    readonly state: ItemState,
  ) {
    super();
  }

  protected get counts(): CallCounter {
    return this.form.store.counts;
  }

  /** The state of an item still in the form; every change then updates Drive and the link. */
  protected edit(change: (s: ItemState) => void): T {
    change(this.form.item(this.state));
    this.form.edited();
    return this.self;
  }

  protected live(): ItemState {
    return this.form.item(this.state);
  }

  getId(): number {
    return this.state.id;
  }

  getTitle(): string {
    return this.live().title;
  }

  setTitle(title: string): T {
    const t = str(title, "setTitle");
    return this.edit((s) => {
      s.title = t;
    });
  }

  getHelpText(): string {
    return this.live().helpText;
  }

  setHelpText(text: string): T {
    const t = str(text, "setHelpText");
    return this.edit((s) => {
      s.helpText = t;
    });
  }

  getType(): ItemType {
    return this.state.kind as unknown as ItemType;
  }

  /** 0-based position among all the form's items. */
  getIndex(): number {
    return this.form.items.indexOf(this.live());
  }
}

abstract class QuestionBase<T extends object> extends ItemBase<T> {
  isRequired(): boolean {
    return this.live().required;
  }

  setRequired(enabled: boolean): T {
    const b = bool(enabled, "setRequired");
    return this.edit((s) => {
      s.required = b;
    });
  }
}

abstract class ChoiceBase<T extends object> extends QuestionBase<T> {
  /**
   * "Creates a new choice" without adding it to the item: setChoices does that. Navigation
   * targets (a PageBreakItem, a PageNavigationType) are not modelled.
   */
  createChoice(value: string, isCorrect?: unknown): Choice {
    const v = str(value, "createChoice: value");
    if (isCorrect !== undefined && typeof isCorrect !== "boolean") {
      throw new Error("fake: createChoice dengan navigasi halaman tidak dimodelkan");
    }
    return newChoice(this.counts, { value: v, correct: isCorrect ?? false });
  }

  getChoices(): Choice[] {
    return this.live().choices.map((c) => newChoice(this.counts, c));
  }

  setChoiceValues(values: string[]): T {
    const list = optionList(values, "setChoiceValues");
    return this.edit((s) => {
      s.choices = list.map((value) => ({ value, correct: false }));
    });
  }

  setChoices(choices: Choice[]): T {
    if (!Array.isArray(choices) || choices.length === 0) {
      throw new Error("fake: setChoices butuh larik berisi minimal satu Choice");
    }
    const states = choices.map((c) => unwrap(c, FakeChoice, "Choice").state);
    optionList(
      states.map((c) => c.value),
      "setChoices",
    );
    return this.edit((s) => {
      s.choices = states.map((c) => ({ ...c }));
    });
  }
}

type MultipleChoiceImpl = Pick<
  MultipleChoiceItem,
  | "createChoice"
  | "getChoices"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "hasOtherOption"
  | "isRequired"
  | "setChoiceValues"
  | "setChoices"
  | "setHelpText"
  | "setRequired"
  | "setTitle"
  | "showOtherOption"
>;

// https://developers.google.com/apps-script/reference/forms/multiple-choice-item
class FakeMultipleChoiceItem extends ChoiceBase<MultipleChoiceItem> implements MultipleChoiceImpl {
  hasOtherOption(): boolean {
    return this.live().otherOption;
  }

  showOtherOption(enabled: boolean): MultipleChoiceItem {
    const b = bool(enabled, "showOtherOption");
    return this.edit((s) => {
      s.otherOption = b;
    });
  }
}

type CheckboxImpl = Pick<
  CheckboxItem,
  | "createChoice"
  | "getChoices"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "hasOtherOption"
  | "isRequired"
  | "setChoiceValues"
  | "setChoices"
  | "setHelpText"
  | "setRequired"
  | "setTitle"
  | "showOtherOption"
>;

// https://developers.google.com/apps-script/reference/forms/checkbox-item
class FakeCheckboxItem extends ChoiceBase<CheckboxItem> implements CheckboxImpl {
  hasOtherOption(): boolean {
    return this.live().otherOption;
  }

  showOtherOption(enabled: boolean): CheckboxItem {
    const b = bool(enabled, "showOtherOption");
    return this.edit((s) => {
      s.otherOption = b;
    });
  }
}

type ListImpl = Pick<
  ListItem,
  | "createChoice"
  | "getChoices"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "isRequired"
  | "setChoiceValues"
  | "setChoices"
  | "setHelpText"
  | "setRequired"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/list-item (a drop-down: no "Other")
class FakeListItem extends ChoiceBase<ListItem> implements ListImpl {}

type TextImpl = Pick<
  TextItem,
  | "clearValidation"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "isRequired"
  | "setHelpText"
  | "setRequired"
  | "setTitle"
  | "setValidation"
>;

// https://developers.google.com/apps-script/reference/forms/text-item
class FakeTextItem extends QuestionBase<TextItem> implements TextImpl {
  setValidation(validation: TextValidation): TextItem {
    if (!(validation instanceof FakeTextValidation)) {
      throw new Error(
        "fake: setValidation butuh TextValidation dari FormApp.createTextValidation()...build()",
      );
    }
    return this.edit((s) => {
      s.validation = validation;
    });
  }

  clearValidation(): TextItem {
    return this.edit((s) => {
      s.validation = null;
    });
  }
}

type ParagraphTextImpl = Pick<
  ParagraphTextItem,
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "isRequired"
  | "setHelpText"
  | "setRequired"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/paragraph-text-item
// setValidation (ParagraphTextValidation) is not modelled: it throws.
class FakeParagraphTextItem extends QuestionBase<ParagraphTextItem> implements ParagraphTextImpl {}

type ScaleImpl = Pick<
  ScaleItem,
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getLeftLabel"
  | "getLowerBound"
  | "getRightLabel"
  | "getTitle"
  | "getType"
  | "getUpperBound"
  | "isRequired"
  | "setBounds"
  | "setHelpText"
  | "setLabels"
  | "setRequired"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/scale-item
class FakeScaleItem extends QuestionBase<ScaleItem> implements ScaleImpl {
  /**
   * The reference's limits: lower bound 0 or 1, upper bound 3 to 10 inclusive (the same limits
   * the Forms editor offers; gas-fakes enforces them "as per documentation").
   */
  setBounds(lower: number, upper: number): ScaleItem {
    const lo = int(lower, "setBounds: lower");
    const hi = int(upper, "setBounds: upper");
    if (lo !== 0 && lo !== 1) throw new Error(`fake: setBounds: batas bawah harus 0 atau 1, bukan ${lo}`);
    if (hi < 3 || hi > 10) throw new Error(`fake: setBounds: batas atas harus 3 sampai 10, bukan ${hi}`);
    return this.edit((s) => {
      s.lower = lo;
      s.upper = hi;
    });
  }

  getLowerBound(): number {
    return this.live().lower;
  }

  getUpperBound(): number {
    return this.live().upper;
  }

  setLabels(lower: string, upper: string): ScaleItem {
    const l = str(lower, "setLabels: lower");
    const u = str(upper, "setLabels: upper");
    return this.edit((s) => {
      s.leftLabel = l;
      s.rightLabel = u;
    });
  }

  getLeftLabel(): string {
    return this.live().leftLabel;
  }

  getRightLabel(): string {
    return this.live().rightLabel;
  }
}

type GridImpl = Pick<
  GridItem,
  | "getColumns"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getRows"
  | "getTitle"
  | "getType"
  | "isRequired"
  | "setColumns"
  | "setHelpText"
  | "setRequired"
  | "setRows"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/grid-item
class FakeGridItem extends QuestionBase<GridItem> implements GridImpl {
  setRows(rows: string[]): GridItem {
    const list = optionList(rows, "setRows");
    return this.edit((s) => {
      s.rows = list;
    });
  }

  getRows(): string[] {
    return [...this.live().rows];
  }

  setColumns(columns: string[]): GridItem {
    const list = optionList(columns, "setColumns");
    return this.edit((s) => {
      s.columns = list;
    });
  }

  getColumns(): string[] {
    return [...this.live().columns];
  }
}

type DateImpl = Pick<
  DateItem,
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "includesYear"
  | "isRequired"
  | "setHelpText"
  | "setIncludesYear"
  | "setRequired"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/date-item
class FakeDateItem extends QuestionBase<DateItem> implements DateImpl {
  includesYear(): boolean {
    return this.live().includesYear;
  }

  setIncludesYear(enableYear: boolean): DateItem {
    const b = bool(enableYear, "setIncludesYear");
    return this.edit((s) => {
      s.includesYear = b;
    });
  }
}

type LayoutImpl = "getHelpText" | "getId" | "getIndex" | "getTitle" | "getType" | "setHelpText" | "setTitle";

// https://developers.google.com/apps-script/reference/forms/section-header-item
class FakeSectionHeaderItem
  extends ItemBase<SectionHeaderItem>
  implements Pick<SectionHeaderItem, LayoutImpl> {}

// https://developers.google.com/apps-script/reference/forms/page-break-item
// Page navigation (setGoToPage...) is not modelled: it throws.
class FakePageBreakItem extends ItemBase<PageBreakItem> implements Pick<PageBreakItem, LayoutImpl> {}

/** The typed proxy of an item, as add*Item() and as*Item() give it. */
function typed(form: FormContent, state: ItemState): object {
  const counts = form.store.counts;
  switch (state.kind) {
    case "MULTIPLE_CHOICE":
      return strict(new FakeMultipleChoiceItem(form, state), IFACE.MultipleChoiceItem, counts);
    case "CHECKBOX":
      return strict(new FakeCheckboxItem(form, state), IFACE.CheckboxItem, counts);
    case "LIST":
      return strict(new FakeListItem(form, state), IFACE.ListItem, counts);
    case "TEXT":
      return strict(new FakeTextItem(form, state), IFACE.TextItem, counts);
    case "PARAGRAPH_TEXT":
      return strict(new FakeParagraphTextItem(form, state), IFACE.ParagraphTextItem, counts);
    case "SCALE":
      return strict(new FakeScaleItem(form, state), IFACE.ScaleItem, counts);
    case "GRID":
      return strict(new FakeGridItem(form, state), IFACE.GridItem, counts);
    case "DATE":
      return strict(new FakeDateItem(form, state), IFACE.DateItem, counts);
    case "SECTION_HEADER":
      return strict(new FakeSectionHeaderItem(form, state), IFACE.SectionHeaderItem, counts);
    case "PAGE_BREAK":
      return strict(new FakePageBreakItem(form, state), IFACE.PageBreakItem, counts);
  }
}

type ItemImpl = Pick<
  Item,
  | "asCheckboxItem"
  | "asDateItem"
  | "asGridItem"
  | "asListItem"
  | "asMultipleChoiceItem"
  | "asPageBreakItem"
  | "asParagraphTextItem"
  | "asScaleItem"
  | "asSectionHeaderItem"
  | "asTextItem"
  | "getHelpText"
  | "getId"
  | "getIndex"
  | "getTitle"
  | "getType"
  | "setHelpText"
  | "setTitle"
>;

// https://developers.google.com/apps-script/reference/forms/item
// as<Type>Item() "Throws: Error — if the item is not of that type" (the reference's wording for
// each cast). Casts to kinds the fake does not model (asCheckboxGridItem, asVideoItem...) throw as
// not implemented.
class FakeItem extends ItemBase<Item> implements ItemImpl {
  private as<T>(kind: Kind): T {
    const s = this.live();
    if (s.kind !== kind) {
      throw new Error(
        `fake: item ${s.id} bertipe ${s.kind}, tidak bisa dijadikan ${kind} (Apps Script menolaknya)`,
      );
    }
    return typed(this.form, s) as T;
  }

  asCheckboxItem(): CheckboxItem {
    return this.as("CHECKBOX");
  }

  asDateItem(): DateItem {
    return this.as("DATE");
  }

  asGridItem(): GridItem {
    return this.as("GRID");
  }

  asListItem(): ListItem {
    return this.as("LIST");
  }

  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.as("MULTIPLE_CHOICE");
  }

  asPageBreakItem(): PageBreakItem {
    return this.as("PAGE_BREAK");
  }

  asParagraphTextItem(): ParagraphTextItem {
    return this.as("PARAGRAPH_TEXT");
  }

  asScaleItem(): ScaleItem {
    return this.as("SCALE");
  }

  asSectionHeaderItem(): SectionHeaderItem {
    return this.as("SECTION_HEADER");
  }

  asTextItem(): TextItem {
    return this.as("TEXT");
  }
}

function genericItem(form: FormContent, state: ItemState): Item {
  return strict(new FakeItem(form, state), IFACE.Item, form.store.counts);
}

// --- Form ------------------------------------------------------------------------------------

type FormImpl = Pick<
  Form,
  | "addCheckboxItem"
  | "addDateItem"
  | "addGridItem"
  | "addListItem"
  | "addMultipleChoiceItem"
  | "addPageBreakItem"
  | "addParagraphTextItem"
  | "addScaleItem"
  | "addSectionHeaderItem"
  | "addTextItem"
  | "canEditResponse"
  | "collectsEmail"
  | "deleteItem"
  | "getConfirmationMessage"
  | "getDescription"
  | "getDestinationId"
  | "getDestinationType"
  | "getEditUrl"
  | "getId"
  | "getItemById"
  | "getItems"
  | "getPublishedUrl"
  | "getTitle"
  | "hasLimitOneResponsePerUser"
  | "hasProgressBar"
  | "hasRespondAgainLink"
  | "isAcceptingResponses"
  | "removeDestination"
  | "setAcceptingResponses"
  | "setAllowResponseEdits"
  | "setCollectEmail"
  | "setConfirmationMessage"
  | "setDescription"
  | "setDestination"
  | "setLimitOneResponsePerUser"
  | "setProgressBar"
  | "setShowLinkToRespondAgain"
  | "setTitle"
  | "shortenFormUrl"
>;

// https://developers.google.com/apps-script/reference/forms/form
class FakeForm extends Fake<Form> implements FormImpl, FormHooks {
  constructor(private readonly content: FormContent) {
    super();
  }

  private set(change: (c: FormContent) => void): Form {
    change(this.content);
    this.content.edited();
    return this.self;
  }

  private add<T>(kind: Kind): T {
    return typed(this.content, this.content.addItem(kind)) as T;
  }

  getId(): string {
    return this.content.id;
  }

  getTitle(): string {
    return this.content.title;
  }

  /**
   * The form's title, not the Drive file's name (the Forms API keeps info.title and
   * info.documentTitle apart): FormApp.create(title) sets both, setTitle only the first.
   */
  setTitle(title: string): Form {
    const t = str(title, "Form.setTitle");
    return this.set((c) => {
      c.title = t;
    });
  }

  getDescription(): string {
    return this.content.description;
  }

  setDescription(description: string): Form {
    const d = str(description, "Form.setDescription");
    return this.set((c) => {
      c.description = d;
    });
  }

  getConfirmationMessage(): string {
    return this.content.confirmationMessage;
  }

  setConfirmationMessage(message: string): Form {
    const m = str(message, "Form.setConfirmationMessage");
    return this.set((c) => {
      c.confirmationMessage = m;
    });
  }

  collectsEmail(): boolean {
    return this.content.collectEmail;
  }

  /** A linked sheet gains the email column (at its right end when the link already exists). */
  setCollectEmail(collect: boolean): Form {
    const b = bool(collect, "Form.setCollectEmail");
    return this.set((c) => {
      c.collectEmail = b;
    });
  }

  canEditResponse(): boolean {
    return this.content.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): Form {
    const b = bool(enabled, "Form.setAllowResponseEdits");
    return this.set((c) => {
      c.allowResponseEdits = b;
    });
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.content.limitOneResponsePerUser;
  }

  /**
   * Recorded only. Live, limiting to one response makes respondents sign in to a Google account
   * (the reference: "the form allows only one response per respondent... requires login"), which
   * an anonymous public survey may not want; __submit does not model the sign-in.
   */
  setLimitOneResponsePerUser(enabled: boolean): Form {
    const b = bool(enabled, "Form.setLimitOneResponsePerUser");
    return this.set((c) => {
      c.limitOneResponsePerUser = b;
    });
  }

  hasProgressBar(): boolean {
    return this.content.progressBar;
  }

  setProgressBar(enabled: boolean): Form {
    const b = bool(enabled, "Form.setProgressBar");
    return this.set((c) => {
      c.progressBar = b;
    });
  }

  hasRespondAgainLink(): boolean {
    return this.content.showLinkToRespondAgain;
  }

  setShowLinkToRespondAgain(enabled: boolean): Form {
    const b = bool(enabled, "Form.setShowLinkToRespondAgain");
    return this.set((c) => {
      c.showLinkToRespondAgain = b;
    });
  }

  /** Forced to false while the form is unpublished (PublishState.isAcceptingResponses, Forms API). */
  isAcceptingResponses(): boolean {
    return this.content.published && this.content.acceptingResponses;
  }

  /**
   * Not in @types/google-apps-script 2.0.13, so counted here by hand ("Form.setPublished").
   * "Forms created by the API after June 30, 2026 will be created in an unpublished state. You
   * must publish the forms before they can accept responses."
   * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms); the
   * Apps Script way is form.setPublished(true)
   * (https://developers.google.com/workspace/forms/api/guides/publish-form). So a new fake form
   * is unpublished and __submit refuses it until published.
   */
  setPublished(enabled: boolean): Form {
    this.content.store.counts.hit("Form.setPublished");
    const b = bool(enabled, "Form.setPublished");
    return this.set((c) => {
      c.published = b;
    });
  }

  /** Counted by hand, like setPublished. */
  isPublished(): boolean {
    this.content.store.counts.hit("Form.isPublished");
    return this.content.published;
  }

  setAcceptingResponses(enabled: boolean): Form {
    const b = bool(enabled, "Form.setAcceptingResponses");
    return this.set((c) => {
      c.acceptingResponses = b;
    });
  }

  getPublishedUrl(): string {
    return this.content.publishedUrl();
  }

  getEditUrl(): string {
    return this.content.editUrl();
  }

  /**
   * "Converts a long URL for a form to a short URL. Throws an exception if the long URL does not
   * belong to Google Forms." The fake's short URL is https://forms.gle/fake<n>, the same for the
   * same long URL.
   */
  shortenFormUrl(url: string): string {
    const u = str(url, "Form.shortenFormUrl");
    if (!u.startsWith("https://docs.google.com/forms/")) {
      throw new Error(`fake: shortenFormUrl: bukan URL Google Forms: ${u}`);
    }
    const urls = this.content.store.shortUrls;
    let short = urls.get(u);
    if (short === undefined) {
      short = `https://forms.gle/fake${urls.size + 1}`;
      urls.set(u, short);
    }
    return short;
  }

  /** Generic Item proxies in form order; with an ItemType, only items of that type. */
  getItems(itemType?: ItemType): Item[] {
    const items = this.content.items;
    const wanted = itemType === undefined ? items : items.filter((i) => i.kind === String(itemType));
    if (itemType !== undefined && !(String(itemType) in ITEM_TYPE)) {
      throw new Error(`fake: ItemType tidak dikenal: ${String(itemType)}`);
    }
    return wanted.map((s) => genericItem(this.content, s));
  }

  /** null when no item has that id. */
  getItemById(id: number): Item {
    const s = this.content.items.find((i) => i.id === id);
    return (s === undefined ? null : genericItem(this.content, s)) as Item;
  }

  /** By 0-based index or by item (generic or typed). */
  deleteItem(indexOrItem: number | Item): void {
    const items = this.content.items;
    let at: number;
    if (typeof indexOrItem === "number") {
      at = int(indexOrItem, "Form.deleteItem: index");
      if (at < 0 || at >= items.length) {
        throw new Error(`fake: Form.deleteItem: indeks ${at} di luar jangkauan (0-${items.length - 1})`);
      }
    } else {
      const item = unwrap(indexOrItem, ItemBase, "Item") as ItemBase<object>;
      if (item.form !== this.content) throw new Error("fake: Form.deleteItem: item dari formulir lain");
      at = items.indexOf(this.content.item(item.state));
    }
    items.splice(at, 1);
    this.content.edited();
  }

  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add("MULTIPLE_CHOICE");
  }

  addCheckboxItem(): CheckboxItem {
    return this.add("CHECKBOX");
  }

  addListItem(): ListItem {
    return this.add("LIST");
  }

  addTextItem(): TextItem {
    return this.add("TEXT");
  }

  addParagraphTextItem(): ParagraphTextItem {
    return this.add("PARAGRAPH_TEXT");
  }

  addScaleItem(): ScaleItem {
    return this.add("SCALE");
  }

  addGridItem(): GridItem {
    return this.add("GRID");
  }

  addDateItem(): DateItem {
    return this.add("DATE");
  }

  addSectionHeaderItem(): SectionHeaderItem {
    return this.add("SECTION_HEADER");
  }

  addPageBreakItem(): PageBreakItem {
    return this.add("PAGE_BREAK");
  }

  /**
   * "Sets the destination where form responses are saved." Only the fake's own spreadsheet can
   * be the destination. Linking again while linked is not modelled (it throws): removeDestination
   * first, and the new link gets a new response sheet.
   */
  setDestination(type: DestinationType, id: string): Form {
    if (String(type) !== String(DESTINATION_TYPE.SPREADSHEET)) {
      throw new Error(`fake: Form.setDestination: jenis tujuan tidak dikenal: ${String(type)}`);
    }
    const ssId = str(id, "Form.setDestination: id");
    const ss = this.content.store.spreadsheet;
    if (ss === null || ss.getId() !== ssId) {
      throw new Error(
        `fake: Form.setDestination: tidak ada spreadsheet ${ssId} di fake ini${ss === null ? "" : ` (yang ada: ${ss.getId()})`}`,
      );
    }
    if (this.content.destination !== null) {
      throw new Error("fake: Form.setDestination: formulir sudah tertaut; menautkan ulang tidak dimodelkan");
    }
    this.content.link(ss);
    this.content.store.drive.touch(this.content.file);
    return this.self;
  }

  /**
   * The reference says nothing of a form without destination; the fake refuses rather than
   * invent a null (reports have the live service throw).
   */
  private destination(method: string) {
    const d = this.content.destination;
    if (d === null) throw new Error(`fake: Form.${method}: formulir belum punya tujuan jawaban`);
    return d;
  }

  getDestinationId(): string {
    return this.destination("getDestinationId").spreadsheetId;
  }

  getDestinationType(): DestinationType {
    this.destination("getDestinationType");
    return DESTINATION_TYPE.SPREADSHEET;
  }

  /** Unlinks; the response sheet stays in the spreadsheet with what it holds. */
  removeDestination(): Form {
    return this.set((c) => {
      c.destination = null;
    });
  }

  __dump(): FormDump {
    return this.content.dump();
  }

  __submit(answers: FormAnswers, timestamp?: Date, email?: string): void {
    this.content.submit(answers, timestamp, email);
  }
}

// --- FormApp ---------------------------------------------------------------------------------

type FormAppImpl = Pick<
  FormApp,
  "DestinationType" | "ItemType" | "create" | "createTextValidation" | "openById"
>;

// https://developers.google.com/apps-script/reference/forms/form-app
// getActiveForm, getUi, openByUrl and the other enums and builders are not modelled: they throw.
class FakeFormApp extends Fake<FormApp> implements FormAppImpl {
  readonly DestinationType = DESTINATION_TYPE;
  readonly ItemType = ITEM_TYPE;

  constructor(private readonly store: FormStore) {
    super();
  }

  /** A new, empty form in My Drive: a Drive file the app created (so drive.file reaches it). */
  create(title: string): Form {
    if (typeof title !== "string" || title === "") throw new Error("fake: FormApp.create perlu judul");
    const file = this.store.drive.add({
      id: this.store.newFormId(),
      name: title,
      mimeType: FORM_MIME,
      parents: [ROOT_ID],
      trashed: false,
      description: null,
      createdByApp: true,
      granted: false,
      bytes: null,
    });
    this.store.contents.set(file.id, new FormContent(this.store, file));
    this.store.created.push(file.id);
    return this.store.handle(file.id);
  }

  /** The forms this run created (the forms scope reaches any form the user can edit: not seeded). */
  openById(id: string): Form {
    const content = this.store.get(id);
    if (content === undefined) {
      throw new Error(`fake: FormApp.openById: tidak ada formulir ${String(id)} (atau tanpa izin)`);
    }
    return this.store.handle(content.id);
  }

  createTextValidation(): TextValidationBuilder {
    return strict(new FakeTextValidationBuilder(), IFACE.TextValidationBuilder, this.store.counts);
  }
}

export function createFormApp(store: FormStore): FormApp {
  return strict(new FakeFormApp(store), IFACE.FormApp, store.counts);
}
