// Strict fakes of FormApp, Form, the items "Buat Kuesioner SKM" (src/forms/kuesioner.ts) makes
// (SectionHeaderItem, ListItem, TextItem with a TextValidation, MultipleChoiceItem,
// PageBreakItem, ParagraphTextItem) and the TextValidation builder, each with the members that
// code calls; any other member of the real interface throws. Behaviour follows the Apps Script
// reference, cited where it matters; what the reference leaves open is said where it is decided.
// A form is a Drive file the app created (drive.file reaches it). Linked to the fake spreadsheet
// with setDestination, it gets a response sheet as Google Sheets makes one, and the test hook
// __submit(answers) appends a response row the way Forms writes it.
// https://developers.google.com/apps-script/reference/forms/form
import { type CallCounter, enumObject, Fake, type Iface, strict } from "./core";
import { type DriveFileRecord, type DriveState, ROOT_ID } from "./drive";
import type { CellValue, FakeSheet, FakeSpreadsheet } from "./spreadsheet";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type DestinationType = GoogleAppsScript.Forms.DestinationType;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type SectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type TextValidation = GoogleAppsScript.Forms.TextValidation;
type TextValidationBuilder = GoogleAppsScript.Forms.TextValidationBuilder;

const IFACE = {
  FormApp: { file: "forms", name: "FormApp" },
  Form: { file: "forms", name: "Form" },
  MultipleChoiceItem: { file: "forms", name: "MultipleChoiceItem" },
  ListItem: { file: "forms", name: "ListItem" },
  TextItem: { file: "forms", name: "TextItem" },
  ParagraphTextItem: { file: "forms", name: "ParagraphTextItem" },
  SectionHeaderItem: { file: "forms", name: "SectionHeaderItem" },
  PageBreakItem: { file: "forms", name: "PageBreakItem" },
  TextValidationBuilder: { file: "forms", name: "TextValidationBuilder" },
} as const satisfies Record<string, Iface>;

const DESTINATION_TYPE = enumObject<typeof GoogleAppsScript.Forms.DestinationType>(
  "forms",
  "DestinationType",
);

export const FORM_MIME = "application/vnd.google-apps.form";

// --- response sheet labels -------------------------------------------------------------------

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

export const RESPONSE_LABELS_EN: FormResponseLabels = Object.freeze({
  sheet: "Form Responses",
  timestamp: "Timestamp",
});

export const RESPONSE_LABELS_ID: FormResponseLabels = Object.freeze({
  sheet: "Jawaban Formulir",
  timestamp: "Stempel waktu",
});

/**
 * The fake's rule: Indonesian for an Indonesian spreadsheet locale ("id", "id_ID", and the old
 * Java code "in"/"in_ID"), English otherwise. The live service most likely follows the language
 * of the user who links the form, not the spreadsheet locale: keep product code from depending
 * on either name.
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
  /** MULTIPLE_CHOICE, LIST: the choice values in order. */
  readonly choices?: readonly string[];
  /** TEXT: null when none. */
  readonly validation?: TextValidationDump | null;
}

/** A form as plain JSON: settings, the response destination and the items in order. */
export interface FormDump {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly confirmationMessage: string;
  /** setPublished(true) was called (a new form is unpublished: see FakeForm.setPublished). */
  readonly published: boolean;
  readonly publishedUrl: string;
  readonly editUrl: string;
  /** null when the form has no destination. */
  readonly destination: { readonly type: "SPREADSHEET"; readonly id: string; readonly sheet: string } | null;
  readonly items: readonly FormItemDump[];
  /** Responses submitted with __submit, linked or not (the form's own response store). */
  readonly responses: number;
}

/** Answers by item title. */
export type FormAnswers = Readonly<Record<string, string>>;

export interface FormHooks {
  /** The form as plain JSON. Not counted. */
  __dump(): FormDump;
  /**
   * A respondent submits the form: checked as Forms checks it (required questions, choices,
   * validation), kept in the form's response store and, when the form is linked, appended to the
   * response sheet as Forms writes it: the timestamp as a Date, a choice as its value, text as
   * text, unanswered as "". Without a timestamp the fake's clock gives one (2024-01-01T00:00:00Z
   * plus one minute per response). Not counted.
   */
  __submit(answers: FormAnswers, timestamp?: Date): void;
}

// --- state -----------------------------------------------------------------------------------

type Kind = "LIST" | "MULTIPLE_CHOICE" | "PAGE_BREAK" | "PARAGRAPH_TEXT" | "SECTION_HEADER" | "TEXT";

/** Layout items: no answer, no column in the response sheet. */
function isLayout(kind: Kind): boolean {
  return kind === "SECTION_HEADER" || kind === "PAGE_BREAK";
}

interface ItemState {
  readonly id: number;
  readonly kind: Kind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  validation: FakeTextValidation | null;
}

interface StoredResponse {
  readonly timestamp: Date;
  /** By column key (see columnsOf). */
  readonly cells: ReadonlyMap<string, CellValue>;
}

interface Destination {
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

function str(v: unknown, what: string): string {
  if (typeof v !== "string") throw new Error(`fake: ${what} harus teks, bukan ${typeof v}`);
  return v;
}

function finite(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new Error(`fake: ${what} harus angka, bukan ${String(v)}`);
  return v;
}

/**
 * Choice values: non-empty, strings, no empty or repeated value. The reference's
 * setChoiceValues throws "if the given array is null or empty"; empty and repeated values the
 * Forms editor refuses, so the fake does too.
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
  #nextForm = 0;
  #nextItem = 0;
  #clock = 0;

  /** `spreadsheet`: the one spreadsheet setDestination can link to (the fake's active one). */
  constructor(
    readonly counts: CallCounter,
    readonly drive: DriveState,
    readonly spreadsheet: FakeSpreadsheet | null = null,
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

  handle(id: string): Form & FormHooks {
    const content = this.contents.get(id);
    if (content === undefined) throw new Error(`fake: tidak ada formulir ${id}`);
    return strict(new FakeForm(content), IFACE.Form, this.counts);
  }
}

/** One form's content, shared by every handle (FormApp.create, forms()). */
export class FormContent {
  title: string;
  description = "";
  confirmationMessage = "";
  published = false;
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

  addItem(kind: Kind): ItemState {
    const state: ItemState = {
      id: this.store.newItemId(),
      kind,
      title: "",
      helpText: "",
      required: false,
      choices: [],
      validation: null,
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
   * gets a new column at the right end, a renamed one its new header. (Observed behaviour of the
   * Forms-Sheets link; the reference says only that responses go to the destination.)
   */
  sync(): void {
    const dest = this.destination;
    if (dest === null) return;
    const sheet = this.sheetAlive(dest);
    const wanted = [{ key: TS, header: dest.labels.timestamp }, ...columnsOf(this.items)];
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
    this.destination = { spreadsheetId: spreadsheet.getId(), sheet, labels, columns: [] };
    this.sync();
    for (const r of this.responses) sheet.appendRow(this.rowOf(this.destination, r));
  }

  submit(answers: FormAnswers, timestamp?: Date): void {
    if (!this.published) {
      throw new Error(
        `fake: formulir "${this.title}" belum dipublikasikan: responden tidak bisa mengisinya (panggil setPublished(true))`,
      );
    }
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
      throw new Error("fake: __submit butuh objek jawaban per judul pertanyaan");
    }
    if (timestamp !== undefined && (!isDate(timestamp) || Number.isNaN(timestamp.getTime()))) {
      throw new Error("fake: __submit: timestamp harus Date yang valid");
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
      const v = answerOf(q, answers[q.title]);
      if (v !== "") cells.set(String(q.id), v);
    }
    const response: StoredResponse = {
      timestamp: timestamp === undefined ? this.store.now() : new Date(timestamp.getTime()),
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
      published: this.published,
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
    case "LIST":
      return { ...base, required: s.required, choices: [...s.choices] };
    case "TEXT":
      return { ...base, required: s.required, validation: s.validation?.dump() ?? null };
    default:
      return { ...base, required: s.required };
  }
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

// --- TextValidation ---------------------------------------------------------------------------

// Forms' "Number" checks accept a plain decimal with a point; locale digits are not modelled.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * What TextValidationBuilder.build() gives. The real TextValidation has no methods (an empty
 * interface in the types), so there is nothing to guard with a strict proxy; setValidation
 * accepts only these.
 */
export class FakeTextValidation {
  constructor(
    readonly rule: string,
    private readonly args: readonly number[],
    private readonly test: (v: string) => boolean,
    readonly helpText: string | null,
  ) {
    Object.freeze(this);
  }

  accepts(v: string): boolean {
    return this.test(v);
  }

  dump(): TextValidationDump {
    return { rule: this.rule, args: [...this.args], helpText: this.helpText };
  }
}

// https://developers.google.com/apps-script/reference/forms/text-validation-builder
// A validation holds one rule, as in the Forms editor where a short-answer question has one
// "Response validation". Rules other than requireNumberBetween throw as not implemented.
class FakeTextValidationBuilder
  extends Fake<TextValidationBuilder>
  implements Pick<TextValidationBuilder, "build" | "requireNumberBetween" | "setHelpText">
{
  private rule: { args: readonly number[]; test: (v: string) => boolean } | null = null;
  private help: string | null = null;

  requireNumberBetween(start: number, end: number): TextValidationBuilder {
    const a = finite(start, "requireNumberBetween: start");
    const b = finite(end, "requireNumberBetween: end");
    if (a > b) throw new Error(`fake: requireNumberBetween(${a}, ${b}): start lebih besar dari end`);
    const test = (v: string) => {
      const t = v.trim();
      return NUMBER.test(t) && Number(t) >= a && Number(t) <= b;
    };
    this.rule = { args: [a, b], test };
    return this.self;
  }

  setHelpText(text: string): TextValidationBuilder {
    this.help = str(text, "TextValidationBuilder.setHelpText");
    return this.self;
  }

  build(): TextValidation {
    if (this.rule === null) throw new Error("fake: TextValidationBuilder.build tanpa aturan require*");
    const { args, test } = this.rule;
    return new FakeTextValidation("requireNumberBetween", args, test, this.help) as unknown as TextValidation;
  }
}

// --- items -----------------------------------------------------------------------------------

/**
 * What the items share (https://developers.google.com/apps-script/reference/forms/item): the
 * title. The other members are given by each kind that product code calls them on, through the
 * protected helpers here.
 */
abstract class ItemBase<T extends object> extends Fake<T> {
  constructor(
    readonly form: FormContent,
    readonly state: ItemState,
  ) {
    super();
  }

  /** Every change updates Drive and the linked sheet's header. */
  protected edit(change: (s: ItemState) => void): T {
    change(this.state);
    this.form.edited();
    return this.self;
  }

  setTitle(title: string): T {
    const t = str(title, "setTitle");
    return this.edit((s) => {
      s.title = t;
    });
  }

  protected helpText(text: unknown): T {
    const t = str(text, "setHelpText");
    return this.edit((s) => {
      s.helpText = t;
    });
  }

  protected required(enabled: unknown): T {
    if (typeof enabled !== "boolean")
      throw new Error(`fake: setRequired harus boolean, bukan ${String(enabled)}`);
    return this.edit((s) => {
      s.required = enabled;
    });
  }

  protected choiceValues(values: unknown): T {
    const list = optionList(values, "setChoiceValues");
    return this.edit((s) => {
      s.choices = list;
    });
  }
}

// https://developers.google.com/apps-script/reference/forms/section-header-item
class FakeSectionHeaderItem
  extends ItemBase<SectionHeaderItem>
  implements Pick<SectionHeaderItem, "setTitle"> {}

// https://developers.google.com/apps-script/reference/forms/page-break-item
class FakePageBreakItem
  extends ItemBase<PageBreakItem>
  implements Pick<PageBreakItem, "setHelpText" | "setTitle">
{
  setHelpText(text: string): PageBreakItem {
    return this.helpText(text);
  }
}

// https://developers.google.com/apps-script/reference/forms/list-item (a drop-down)
class FakeListItem
  extends ItemBase<ListItem>
  implements Pick<ListItem, "setChoiceValues" | "setRequired" | "setTitle">
{
  setChoiceValues(values: string[]): ListItem {
    return this.choiceValues(values);
  }

  setRequired(enabled: boolean): ListItem {
    return this.required(enabled);
  }
}

// https://developers.google.com/apps-script/reference/forms/multiple-choice-item
class FakeMultipleChoiceItem
  extends ItemBase<MultipleChoiceItem>
  implements Pick<MultipleChoiceItem, "setChoiceValues" | "setHelpText" | "setRequired" | "setTitle">
{
  setChoiceValues(values: string[]): MultipleChoiceItem {
    return this.choiceValues(values);
  }

  setHelpText(text: string): MultipleChoiceItem {
    return this.helpText(text);
  }

  setRequired(enabled: boolean): MultipleChoiceItem {
    return this.required(enabled);
  }
}

// https://developers.google.com/apps-script/reference/forms/text-item
class FakeTextItem
  extends ItemBase<TextItem>
  implements Pick<TextItem, "setHelpText" | "setRequired" | "setTitle" | "setValidation">
{
  setHelpText(text: string): TextItem {
    return this.helpText(text);
  }

  setRequired(enabled: boolean): TextItem {
    return this.required(enabled);
  }

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
}

// https://developers.google.com/apps-script/reference/forms/paragraph-text-item
class FakeParagraphTextItem
  extends ItemBase<ParagraphTextItem>
  implements Pick<ParagraphTextItem, "setHelpText" | "setTitle">
{
  setHelpText(text: string): ParagraphTextItem {
    return this.helpText(text);
  }
}

// --- Form ------------------------------------------------------------------------------------

/** The interface each kind of item stands for, as add*Item() gives it. */
const ITEM_IFACE = {
  LIST: "ListItem",
  MULTIPLE_CHOICE: "MultipleChoiceItem",
  PAGE_BREAK: "PageBreakItem",
  PARAGRAPH_TEXT: "ParagraphTextItem",
  SECTION_HEADER: "SectionHeaderItem",
  TEXT: "TextItem",
} as const satisfies Record<Kind, keyof typeof IFACE>;

type FormImpl = Pick<
  Form,
  | "addListItem"
  | "addMultipleChoiceItem"
  | "addPageBreakItem"
  | "addParagraphTextItem"
  | "addSectionHeaderItem"
  | "addTextItem"
  | "getEditUrl"
  | "getId"
  | "getPublishedUrl"
  | "setConfirmationMessage"
  | "setDescription"
  | "setDestination"
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

  private add<I extends object>(
    kind: Kind,
    ctor: new (form: FormContent, state: ItemState) => ItemBase<I>,
  ): I {
    const item = new ctor(this.content, this.content.addItem(kind));
    return strict(item, IFACE[ITEM_IFACE[kind]], this.content.store.counts);
  }

  getId(): string {
    return this.content.id;
  }

  setDescription(description: string): Form {
    const d = str(description, "Form.setDescription");
    return this.set((c) => {
      c.description = d;
    });
  }

  setConfirmationMessage(message: string): Form {
    const m = str(message, "Form.setConfirmationMessage");
    return this.set((c) => {
      c.confirmationMessage = m;
    });
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
    if (typeof enabled !== "boolean")
      throw new Error(`fake: Form.setPublished harus boolean, bukan ${String(enabled)}`);
    return this.set((c) => {
      c.published = enabled;
    });
  }

  getPublishedUrl(): string {
    return this.content.publishedUrl();
  }

  getEditUrl(): string {
    return this.content.editUrl();
  }

  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add("MULTIPLE_CHOICE", FakeMultipleChoiceItem);
  }

  addListItem(): ListItem {
    return this.add("LIST", FakeListItem);
  }

  addTextItem(): TextItem {
    return this.add("TEXT", FakeTextItem);
  }

  addParagraphTextItem(): ParagraphTextItem {
    return this.add("PARAGRAPH_TEXT", FakeParagraphTextItem);
  }

  addSectionHeaderItem(): SectionHeaderItem {
    return this.add("SECTION_HEADER", FakeSectionHeaderItem);
  }

  addPageBreakItem(): PageBreakItem {
    return this.add("PAGE_BREAK", FakePageBreakItem);
  }

  /**
   * "Sets the destination where form responses are saved." Only the fake's own spreadsheet can
   * be the destination. Linking again while linked is not modelled (it throws).
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

  __dump(): FormDump {
    return this.content.dump();
  }

  __submit(answers: FormAnswers, timestamp?: Date): void {
    this.content.submit(answers, timestamp);
  }
}

// --- FormApp ---------------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/forms/form-app
// openById, getActiveForm, getUi and the other enums and builders are not modelled: they throw.
class FakeFormApp
  extends Fake<FormApp>
  implements Pick<FormApp, "DestinationType" | "create" | "createTextValidation">
{
  readonly DestinationType = DESTINATION_TYPE;

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

  createTextValidation(): TextValidationBuilder {
    return strict(new FakeTextValidationBuilder(), IFACE.TextValidationBuilder, this.store.counts);
  }
}

export function createFormApp(store: FormStore): FormApp {
  return strict(new FakeFormApp(store), IFACE.FormApp, store.counts);
}
