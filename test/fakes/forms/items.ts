// The items "Buat Kuesioner SKM" puts in a form (section header, drop-down list, short text with
// a number validation, page break, multiple choice, paragraph text), each with the members
// src/forms/kuesioner.ts calls on it, and the TextValidation builder.
// https://developers.google.com/apps-script/reference/forms/item
import { type CallCounter, Fake, type Iface, strict } from "../core";

type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type SectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type TextValidation = GoogleAppsScript.Forms.TextValidation;
type TextValidationBuilder = GoogleAppsScript.Forms.TextValidationBuilder;

const IFACE = {
  MultipleChoiceItem: { file: "forms", name: "MultipleChoiceItem" },
  ListItem: { file: "forms", name: "ListItem" },
  TextItem: { file: "forms", name: "TextItem" },
  ParagraphTextItem: { file: "forms", name: "ParagraphTextItem" },
  SectionHeaderItem: { file: "forms", name: "SectionHeaderItem" },
  PageBreakItem: { file: "forms", name: "PageBreakItem" },
  TextValidationBuilder: { file: "forms", name: "TextValidationBuilder" },
} as const satisfies Record<string, Iface>;

/** FormApp.ItemType names of the kinds modelled. */
export type Kind = "LIST" | "MULTIPLE_CHOICE" | "PAGE_BREAK" | "PARAGRAPH_TEXT" | "SECTION_HEADER" | "TEXT";

/** Layout items: no answer, no column in the response sheet. */
export function isLayout(kind: Kind): boolean {
  return kind === "SECTION_HEADER" || kind === "PAGE_BREAK";
}

export interface ItemState {
  readonly id: number;
  readonly kind: Kind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  validation: FakeTextValidation | null;
}

/** The form an item belongs to: told of every change (Drive's modified time, the response sheet). */
export interface ItemOwner {
  edited(): void;
}

export function str(v: unknown, what: string): string {
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

export function dumpItem(s: ItemState): FormItemDump {
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

export function createTextValidationBuilder(counts: CallCounter): TextValidationBuilder {
  return strict(new FakeTextValidationBuilder(), IFACE.TextValidationBuilder, counts);
}

// --- items -----------------------------------------------------------------------------------

/**
 * What the items share: the title. The other members are given by each kind that product code
 * calls them on, through the protected helpers here.
 */
abstract class ItemBase<T extends object> extends Fake<T> {
  constructor(
    private readonly owner: ItemOwner,
    private readonly state: ItemState,
  ) {
    super();
  }

  protected edit(change: (s: ItemState) => void): T {
    change(this.state);
    this.owner.edited();
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

/** The strict typed item an add*Item() gives, counted as the interface its kind stands for. */
export function newItem(owner: ItemOwner, state: ItemState, counts: CallCounter): object {
  switch (state.kind) {
    case "LIST":
      return strict(new FakeListItem(owner, state), IFACE.ListItem, counts);
    case "MULTIPLE_CHOICE":
      return strict(new FakeMultipleChoiceItem(owner, state), IFACE.MultipleChoiceItem, counts);
    case "PAGE_BREAK":
      return strict(new FakePageBreakItem(owner, state), IFACE.PageBreakItem, counts);
    case "PARAGRAPH_TEXT":
      return strict(new FakeParagraphTextItem(owner, state), IFACE.ParagraphTextItem, counts);
    case "SECTION_HEADER":
      return strict(new FakeSectionHeaderItem(owner, state), IFACE.SectionHeaderItem, counts);
    case "TEXT":
      return strict(new FakeTextItem(owner, state), IFACE.TextItem, counts);
  }
}
