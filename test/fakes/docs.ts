// Strict fakes of DocumentApp, Document and the elements a report uses: Body, HeaderSection,
// FooterSection, Paragraph, ListItem, Table, TableRow, TableCell, Text, InlineImage, PageBreak,
// RangeElement. Behaviour follows the Apps Script reference, cited where it matters; what the
// reference leaves open is said where it is decided. Every Document records what was written:
// __dump() gives it as plain JSON (DokumenDump) for tests and the demo's HTML renderer.
import { blobOf, createBlob, type FakeBlob } from "./blob";
import { type ChartDump, chartOf, pngSize } from "./charts";
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";
import { DOC_MIME, type DriveFileRecord, type DriveState, type GoogleDocFiles, ROOT_ID } from "./drive";

type DocumentApp = GoogleAppsScript.Document.DocumentApp;
type Document = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
type ContainerElement = GoogleAppsScript.Document.ContainerElement;
type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type InlineImage = GoogleAppsScript.Document.InlineImage;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type ElementType = GoogleAppsScript.Document.ElementType;
type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
type VerticalAlignment = GoogleAppsScript.Document.VerticalAlignment;
type GlyphType = GoogleAppsScript.Document.GlyphType;
type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;

const IFACE = {
  DocumentApp: { file: "document", name: "DocumentApp" },
  Document: { file: "document", name: "Document" },
  Body: { file: "document", name: "Body" },
  HeaderSection: { file: "document", name: "HeaderSection" },
  FooterSection: { file: "document", name: "FooterSection" },
  Paragraph: { file: "document", name: "Paragraph" },
  ListItem: { file: "document", name: "ListItem" },
  Table: { file: "document", name: "Table" },
  TableRow: { file: "document", name: "TableRow" },
  TableCell: { file: "document", name: "TableCell" },
  Text: { file: "document", name: "Text" },
  InlineImage: { file: "document", name: "InlineImage" },
  PageBreak: { file: "document", name: "PageBreak" },
  RangeElement: { file: "document", name: "RangeElement" },
} as const satisfies Record<string, Iface>;

const ATTRIBUTE = enumObject<typeof GoogleAppsScript.Document.Attribute>("document", "Attribute");
const ELEMENT_TYPE = enumObject<typeof GoogleAppsScript.Document.ElementType>("document", "ElementType");
const GLYPH_TYPE = enumObject<typeof GoogleAppsScript.Document.GlyphType>("document", "GlyphType");
const HORIZONTAL_ALIGNMENT = enumObject<typeof GoogleAppsScript.Document.HorizontalAlignment>(
  "document",
  "HorizontalAlignment",
);
const PARAGRAPH_HEADING = enumObject<typeof GoogleAppsScript.Document.ParagraphHeading>(
  "document",
  "ParagraphHeading",
);
const TEXT_ALIGNMENT = enumObject<typeof GoogleAppsScript.Document.TextAlignment>(
  "document",
  "TextAlignment",
);
const VERTICAL_ALIGNMENT = enumObject<typeof GoogleAppsScript.Document.VerticalAlignment>(
  "document",
  "VerticalAlignment",
);

// Messages Apps Script gives, as observed in scripts that handle them.
/** After saveAndClose(): "A closed Document can't be edited." */
export const DOCUMENT_CLOSED = "Document is closed, its contents cannot be updated.";
/** A section (and a table cell) always ends with a paragraph. */
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
export const MUST_BE_DETACHED = "Element must be detached.";
const NOT_A_CHILD = "Element does not contain the specified child element.";

function childIndexError(i: unknown, n: number, inclusive: boolean): Error {
  return new Error(
    inclusive
      ? `Child index (${String(i)}) must be less than or equal to the number of child elements (${n}).`
      : `Child index (${String(i)}) must be less than the number of child elements (${n}).`,
  );
}

// --- attributes ----------------------------------------------------------------------------

/** Attributes of text: per character. */
const TEXT_ATTRS = [
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "STRIKETHROUGH",
  "FONT_SIZE",
  "FONT_FAMILY",
  "FOREGROUND_COLOR",
  "BACKGROUND_COLOR",
  "LINK_URL",
] as const;
type TextAttr = (typeof TEXT_ATTRS)[number];
type Style = Readonly<Partial<Record<TextAttr, string | number | boolean>>>;
const PLAIN: Style = Object.freeze({});

const PARAGRAPH_ATTRS = [
  "HEADING",
  "HORIZONTAL_ALIGNMENT",
  "SPACING_BEFORE",
  "SPACING_AFTER",
  "INDENT_START",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "LINE_SPACING",
  "LEFT_TO_RIGHT",
] as const;
const LIST_ITEM_ATTRS = [...PARAGRAPH_ATTRS, "GLYPH_TYPE", "NESTING_LEVEL"] as const;
const TABLE_ATTRS = ["BORDER_WIDTH", "BORDER_COLOR"] as const;
const ROW_ATTRS = ["MINIMUM_HEIGHT"] as const;
/** A cell's BACKGROUND_COLOR is the cell's shading, not the text's highlight. */
const CELL_ATTRS = [
  "BACKGROUND_COLOR",
  "WIDTH",
  "VERTICAL_ALIGNMENT",
  "PADDING_TOP",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
] as const;
const BODY_ATTRS = [
  "MARGIN_TOP",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "PAGE_WIDTH",
  "PAGE_HEIGHT",
] as const;
const IMAGE_ATTRS = ["WIDTH", "HEIGHT", "LINK_URL"] as const;

function normalizeColor(v: unknown, attr: string): string {
  if (typeof v !== "string") throw new Error(`fake: ${attr} harus warna CSS "#rrggbb", bukan ${String(v)}`);
  const c = v.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  const full = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
  if (!/^#[0-9a-f]{6}$/.test(full)) throw new Error(`fake: ${attr}: warna tidak sah: ${v}`);
  return full;
}

function enumValue(v: unknown, values: object, attr: string): string {
  const s = String(v);
  if (!(s in values)) throw new Error(`fake: ${attr}: nilai tidak dikenal: ${s}`);
  return s;
}

function numberAttr(v: unknown, attr: string, min: number, integer = false): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
    throw new Error(
      `fake: ${attr} harus ${integer ? "bilangan bulat" : "angka"} >= ${min}, bukan ${String(v)}`,
    );
  }
  return v;
}

function boolAttr(v: unknown, attr: string): boolean {
  if (typeof v !== "boolean") throw new Error(`fake: ${attr} harus boolean, bukan ${String(v)}`);
  return v;
}

/** A value checked against what the attribute takes, normalized (colors to #rrggbb). */
function attrValue(attr: string, v: unknown): string | number | boolean {
  switch (attr) {
    case "BOLD":
    case "ITALIC":
    case "UNDERLINE":
    case "STRIKETHROUGH":
    case "LEFT_TO_RIGHT":
      return boolAttr(v, attr);
    case "FONT_SIZE":
      return numberAttr(v, attr, 1);
    case "FONT_FAMILY":
    case "LINK_URL":
      if (typeof v !== "string") throw new Error(`fake: ${attr} harus teks, bukan ${String(v)}`);
      return v;
    case "FOREGROUND_COLOR":
    case "BACKGROUND_COLOR":
    case "BORDER_COLOR":
      return normalizeColor(v, attr);
    case "HEADING":
      return enumValue(v, PARAGRAPH_HEADING, attr);
    case "HORIZONTAL_ALIGNMENT":
      return enumValue(v, HORIZONTAL_ALIGNMENT, attr);
    case "VERTICAL_ALIGNMENT":
      return enumValue(v, VERTICAL_ALIGNMENT, attr);
    case "GLYPH_TYPE":
      return enumValue(v, GLYPH_TYPE, attr);
    case "NESTING_LEVEL":
      return numberAttr(v, attr, 0, true);
    case "INDENT_FIRST_LINE":
      return numberAttr(v, attr, Number.NEGATIVE_INFINITY);
    case "LINE_SPACING":
    case "PAGE_WIDTH":
    case "PAGE_HEIGHT":
      return numberAttr(v, attr, Number.MIN_VALUE);
    case "WIDTH":
    case "HEIGHT":
      return numberAttr(v, attr, 0);
    default:
      return numberAttr(v, attr, 0);
  }
}

// --- RE2 ------------------------------------------------------------------------------------

/**
 * replaceText/findText take an RE2 pattern as a string: "This methods uses Google's RE2 regular
 * expression library, which limits the supported syntax" and "A subset of the JavaScript regular
 * expression features are not fully supported, such as capture groups and mode modifiers"
 * (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)).
 * Syntax RE2 lacks (lookaround, backreferences) is refused; RE2 syntax JavaScript reads another
 * way (\Q..\E, \z, \pN, [[:alpha:]], inline flags) is refused as not modelled.
 */
export function re2Pattern(pattern: unknown): RegExp {
  if (typeof pattern !== "string") throw new Error(`fake: pola harus teks, bukan ${typeof pattern}`);
  const invalid = (why: string) => new Error(`Invalid regular expression: ${pattern} (${why})`);
  const notModelled = (what: string) =>
    new Error(`fake: pola RE2 dengan ${what} tidak dimodelkan: ${pattern}`);
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) throw invalid("RE2 tidak mendukung backreference");
      if (next === "k" && pattern[i + 2] === "<") throw invalid("RE2 tidak mendukung backreference");
      if (/[QEzACpP]/.test(next)) throw notModelled(`\\${next}`);
      if (next === "x" && pattern[i + 2] === "{") throw notModelled("\\x{...}");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      if (pattern[i + 1] === "[" && pattern[i + 2] === ":") throw notModelled("kelas POSIX");
      if (pattern[i + 1] === "]") i++;
      inClass = true;
      continue;
    }
    if (ch === "(" && pattern[i + 1] === "?") {
      const rest = pattern.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) throw invalid("RE2 tidak mendukung lookaround");
      if (rest.startsWith(":")) continue;
      if (/^P?<\w+>/.test(rest)) throw notModelled("grup bernama");
      throw notModelled("mode modifier");
    }
  }
  try {
    return new RegExp(pattern, "g");
  } catch (e) {
    throw invalid((e as Error).message);
  }
}

/**
 * The reference calls the replacement "the text to use as replacement" and says no more; what
 * "$" and "\" do in it (Java's Matcher gives them a meaning) is not documented, so the fake
 * refuses them rather than guess. Put such text in with findText + Text.deleteText/insertText.
 */
function checkReplacement(replacement: unknown): string {
  if (typeof replacement !== "string") {
    throw new Error(`fake: teks pengganti harus teks, bukan ${typeof replacement}`);
  }
  if (/[$\\]/.test(replacement)) {
    throw new Error(
      `fake: teks pengganti yang memuat "$" atau "\\" tidak dimodelkan (artinya tidak didokumentasikan): ${replacement}`,
    );
  }
  return replacement;
}

function emptyMatch(pattern: string): Error {
  return new Error(`fake: pola yang cocok dengan teks kosong tidak dimodelkan: ${pattern}`);
}

/** Paragraph text cannot hold "\n": "New-line characters ("\n") are converted to line-break characters ("\r")." */
function paragraphText(text: unknown, what: string): string {
  if (typeof text !== "string") throw new Error(`fake: ${what}: teks harus string, bukan ${typeof text}`);
  return text.replace(/\n/g, "\r");
}

function checkIndex(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`fake: ${what} harus bilangan bulat, bukan ${String(v)}`);
  }
  return v;
}

// --- the tree ------------------------------------------------------------------------------

export class DocsContext {
  #lists = 0;

  constructor(readonly counts: CallCounter) {}

  newListId(): string {
    return `kix.fakelist${++this.#lists}`;
  }
}

type TypeName = keyof typeof GoogleAppsScript.Document.ElementType;
type AnyNode = Node<object>;
type Segment = FakeText | string;

function nodeOf(value: unknown, what: string): AnyNode {
  return unwrap(value, Node, what) as AnyNode;
}

/**
 * One element of a document. `proxy` is the strict object product code holds; methods return it,
 * never the raw node, so chained calls stay counted and strict.
 */
abstract class Node<T extends object> extends Fake<T> {
  parent: Container<object, AnyNode> | null = null;
  /** Element attributes (not per-character text attributes), by DocumentApp.Attribute name. */
  attrs: Record<string, string | number | boolean> = {};
  abstract readonly type: TypeName;

  constructor(
    readonly ctx: DocsContext,
    iface: Iface,
  ) {
    super();
    strict(this, iface, ctx.counts);
  }

  get proxy(): T {
    return this.self;
  }

  /** The document this element is in, or null when detached. */
  docContent(): DocContent | null {
    let n: AnyNode = this as unknown as AnyNode;
    while (n.parent) n = n.parent;
    return n instanceof FakeSection ? n.doc : null;
  }

  /** Every change goes through here: a closed document refuses it, an open one needs saving. */
  mutate(): void {
    const doc = this.docContent();
    if (doc === null) return;
    if (doc.closed) throw new Error(DOCUMENT_CLOSED);
    doc.dirty = true;
  }

  /** A detached deep copy (raw). */
  abstract clone(): Node<T>;

  /** Text regions in document order, with separators between blocks. */
  segments(): Segment[] {
    return [];
  }

  textNodes(): FakeText[] {
    return this.segments().filter((s): s is FakeText => typeof s !== "string");
  }

  /** Attributes of the element itself; text attributes are handled apart. */
  ownAttrs(): readonly string[] {
    return [];
  }

  /** Whether setAttributes with a text attribute reaches the text inside. */
  carriesText(): boolean {
    return false;
  }

  // Element members (https://developers.google.com/apps-script/reference/document/element)

  getType(): ElementType {
    return this.type as unknown as ElementType;
  }

  /** The containing element; null for a section or a detached element. */
  getParent(): ContainerElement {
    return (this.parent?.proxy ?? null) as unknown as ContainerElement;
  }

  getNextSibling(): Element {
    const siblings = this.parent?.children ?? [];
    return (siblings[siblings.indexOf(this as unknown as AnyNode) + 1]?.proxy ?? null) as unknown as Element;
  }

  getPreviousSibling(): Element {
    const siblings = this.parent?.children ?? [];
    const i = siblings.indexOf(this as unknown as AnyNode);
    return (i > 0 ? siblings[i - 1]?.proxy : null) as unknown as Element;
  }

  /** Removes the element from its parent and returns it, detached. */
  removeFromParent(): T {
    if (this.parent) this.parent.detach(this as unknown as AnyNode);
    return this.self;
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): T {
    return this.clone().proxy;
  }

  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const a of this.ownAttrs()) out[a] = this.attrs[a] ?? null;
    if (this.carriesText()) {
      const nodes = this.textNodes();
      for (const a of TEXT_ATTRS) if (!(a in out)) out[a] = uniform(nodes, a);
    }
    return out;
  }

  /**
   * "each property name is an item in the DocumentApp.Attribute enumeration". A null value leaves
   * the attribute as it is (getAttributes gives null for what is unset). An attribute that does
   * not apply to the element is refused: the fake does not guess whether Docs ignores it.
   */
  setAttributes(attributes: unknown): T {
    if (typeof attributes !== "object" || attributes === null) {
      throw new Error("fake: setAttributes perlu objek atribut");
    }
    this.mutate();
    const own = this.ownAttrs();
    const text: [TextAttr, string | number | boolean][] = [];
    for (const [key, raw] of Object.entries(attributes)) {
      if (!(key in ATTRIBUTE)) throw new Error(`fake: ${key} bukan DocumentApp.Attribute`);
      if (raw === null || raw === undefined) continue;
      const value = attrValue(key, raw);
      if (own.includes(key)) this.attrs[key] = value;
      else if (this.carriesText() && (TEXT_ATTRS as readonly string[]).includes(key)) {
        text.push([key as TextAttr, value]);
      } else throw new Error(`fake: atribut ${key} tidak berlaku untuk ${this.type}`);
    }
    if (text.length > 0) {
      for (const node of this.textNodes()) node.styleAll(Object.fromEntries(text));
    }
    return this.self;
  }

  private cast<U>(type: TypeName): U {
    if (this.type !== type) throw new Error(`fake: elemen ${this.type} tidak bisa dipakai sebagai ${type}`);
    return this.self as unknown as U;
  }

  asBody(): Body {
    return this.cast("BODY_SECTION");
  }

  asHeaderSection(): HeaderSection {
    return this.cast("HEADER_SECTION");
  }

  asFooterSection(): FooterSection {
    return this.cast("FOOTER_SECTION");
  }

  asParagraph(): Paragraph {
    return this.cast("PARAGRAPH");
  }

  asListItem(): ListItem {
    return this.cast("LIST_ITEM");
  }

  asTable(): Table {
    return this.cast("TABLE");
  }

  asTableRow(): TableRow {
    return this.cast("TABLE_ROW");
  }

  asTableCell(): TableCell {
    return this.cast("TABLE_CELL");
  }

  asText(): Text {
    return this.cast("TEXT");
  }

  asInlineImage(): InlineImage {
    return this.cast("INLINE_IMAGE");
  }

  asPageBreak(): PageBreak {
    return this.cast("PAGE_BREAK");
  }
}

/** The value of a text attribute over these nodes when all characters share it, else null. */
function uniform(nodes: readonly FakeText[], attr: TextAttr): string | number | boolean | null {
  let seen: string | number | boolean | null | undefined;
  for (const n of nodes) {
    for (const s of n.styles) {
      const v = s[attr] ?? null;
      if (seen === undefined) seen = v;
      else if (seen !== v) return null;
    }
  }
  return seen ?? null;
}

/** An element holding other elements. */
abstract class Container<T extends object, C extends AnyNode> extends Node<T> {
  children: C[] = [];

  /** Checked before a child leaves: sections and cells keep their last paragraph. */
  protected canRemove(_child: C): void {}

  detach(child: AnyNode): void {
    const i = this.children.indexOf(child as C);
    if (i < 0) throw new Error(NOT_A_CHILD);
    this.mutate();
    this.canRemove(child as C);
    this.children.splice(i, 1);
    child.parent = null;
  }

  /** Puts a detached node at index i (0..n). */
  place(i: number, child: C): C {
    this.children.splice(i, 0, child);
    child.parent = this as unknown as Container<object, AnyNode>;
    return child;
  }

  getNumChildren(): number {
    return this.children.length;
  }

  getChild(childIndex: number): Element {
    const i = checkIndex(childIndex, "childIndex");
    const child = this.children[i];
    if (i < 0 || child === undefined) throw childIndexError(i, this.children.length, false);
    return child.proxy as unknown as Element;
  }

  getChildIndex(child: Element): number {
    const i = this.children.indexOf(nodeOf(child, "Element") as C);
    if (i < 0) throw new Error(NOT_A_CHILD);
    return i;
  }

  removeChild(child: Element): T {
    this.detach(nodeOf(child, "Element"));
    return this.self;
  }

  getText(): string {
    return this.segments()
      .map((s) => (typeof s === "string" ? s : s.chars))
      .join("");
  }

  /** "Obtains a Text version of the current element, for editing." */
  editAsText(): Text {
    return new FakeText(this.ctx, this as unknown as AnyNode).proxy;
  }

  /**
   * "The provided regular expression pattern is independently matched against each text block
   * contained in the current element." The replacement takes the formatting of the matched text.
   */
  replaceText(searchPattern: string, replacement: string): Element {
    const re = re2Pattern(searchPattern);
    const text = checkReplacement(replacement);
    this.mutate();
    for (const node of this.textNodes()) node.replaceAll(re, searchPattern, text);
    return this.self as unknown as Element;
  }

  /** The next match after `from` (a result of an earlier search), or null. */
  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    return findIn(this.ctx, this.textNodes(), searchPattern, from) as RangeElement;
  }

  override carriesText(): boolean {
    return true;
  }
}

// --- text ----------------------------------------------------------------------------------

function resultOf(value: unknown): FakeRangeElement {
  return unwrap(value, FakeRangeElement, "RangeElement");
}

function findIn(
  ctx: DocsContext,
  nodes: readonly FakeText[],
  pattern: string,
  from: RangeElement | null | undefined,
): RangeElement | null {
  const re = re2Pattern(pattern);
  let start = 0;
  let offset = 0;
  if (from !== undefined && from !== null) {
    const prev = resultOf(from);
    start = nodes.indexOf(prev.node);
    if (start < 0) throw new Error("fake: findText: hasil pencarian `from` bukan dari elemen ini");
    offset = prev.end + 1;
  }
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined) continue;
    re.lastIndex = i === start ? offset : 0;
    const m = re.exec(node.chars);
    if (m === null) continue;
    if (m[0] === "") throw emptyMatch(pattern);
    return strict(
      new FakeRangeElement(node, m.index, m.index + m[0].length - 1),
      IFACE.RangeElement,
      ctx.counts,
    );
  }
  return null;
}

// https://developers.google.com/apps-script/reference/document/range-element
class FakeRangeElement
  extends Fake<RangeElement>
  implements Pick<RangeElement, "getElement" | "getStartOffset" | "getEndOffsetInclusive" | "isPartial">
{
  constructor(
    readonly node: FakeText,
    readonly start: number,
    readonly end: number,
  ) {
    super();
  }

  getElement(): Element {
    return this.node.proxy as unknown as Element;
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.end;
  }

  isPartial(): boolean {
    return this.start > 0 || this.end < this.node.chars.length - 1;
  }
}

type StyleSetter = (startOrValue: unknown, end?: number, value?: unknown) => Text;

/** Where a character offset of a text view falls. */
interface Spot {
  node: FakeText;
  at: number;
}

/**
 * A Text element (a run of characters with per-character attributes, child of a Paragraph or
 * ListItem), or, when `owner` is set, the Text view editAsText() gives of another element: its
 * text regions in order, with "\n" between paragraphs and "\t" between table cells (the
 * separators are not editable here). Non-text children (images, page breaks) are ignored, as
 * editAsText does.
 */
type TextImpl = Pick<
  Text,
  | "appendText"
  | "deleteText"
  | "editAsText"
  | "findText"
  | "getAttributes"
  | "getBackgroundColor"
  | "getFontSize"
  | "getForegroundColor"
  | "getText"
  | "getTextAttributeIndices"
  | "insertText"
  | "isBold"
  | "isItalic"
  | "replaceText"
  | "setAttributes"
  | "setBackgroundColor"
  | "setBold"
  | "setFontFamily"
  | "setFontSize"
  | "setForegroundColor"
  | "setItalic"
  | "setLinkUrl"
  | "setStrikethrough"
  | "setText"
  | "setUnderline"
>;

class FakeText extends Node<Text> implements TextImpl {
  readonly type = "TEXT";
  chars = "";
  styles: Style[] = [];

  constructor(
    ctx: DocsContext,
    private readonly owner: AnyNode | null = null,
  ) {
    super(ctx, IFACE.Text);
  }

  static of(ctx: DocsContext, text: string, style: Style = PLAIN): FakeText {
    const t = new FakeText(ctx);
    t.chars = text;
    t.styles = Array.from(text, () => style);
    return t;
  }

  clone(): FakeText {
    if (this.owner) throw new Error("fake: Text.copy pada editAsText() tidak dimodelkan");
    const t = new FakeText(this.ctx);
    t.chars = this.chars;
    t.styles = [...this.styles];
    return t;
  }

  override docContent(): DocContent | null {
    return this.owner ? this.owner.docContent() : super.docContent();
  }

  override segments(): Segment[] {
    return this.owner ? this.owner.segments() : [this];
  }

  override removeFromParent(): Text {
    if (this.owner) throw new Error("fake: removeFromParent pada editAsText() tidak dimodelkan");
    return super.removeFromParent();
  }

  /** The paragraph whose text this is (for views of a Paragraph/ListItem), else null. */
  private host(): ParagraphLike<object> | null {
    if (this.owner instanceof ParagraphLike) return this.owner;
    return null;
  }

  private length(): number {
    return this.segments().reduce((n, s) => n + (typeof s === "string" ? s.length : s.chars.length), 0);
  }

  /** The characters start..end (inclusive) as (node, from, to) pieces; separators refused when `strictSeparators`. */
  private pieces(start: number, end: number, strictSeparators: boolean): [FakeText, number, number][] {
    const out: [FakeText, number, number][] = [];
    let at = 0;
    for (const s of this.segments()) {
      const len = typeof s === "string" ? s.length : s.chars.length;
      const lo = Math.max(start, at);
      const hi = Math.min(end, at + len - 1);
      if (lo <= hi) {
        if (typeof s === "string") {
          if (strictSeparators) throw new Error("fake: menyunting lintas paragraf/sel tidak dimodelkan");
        } else out.push([s, lo - at, hi - at]);
      }
      at += len;
    }
    return out;
  }

  private range(start: unknown, end: unknown, method: string): [number, number] {
    const s = checkIndex(start, `Text.${method}: startOffset`);
    const e = checkIndex(end, `Text.${method}: endOffsetInclusive`);
    const len = this.length();
    if (s < 0 || e < s || e >= len) {
      throw new Error(`fake: Text.${method}: rentang ${s}..${e} di luar teks sepanjang ${len}`);
    }
    return [s, e];
  }

  /** Applies attributes to every character (setBold(true), Paragraph.setAttributes...). */
  styleAll(style: Style): void {
    for (const n of this.textNodes()) n.styles = n.styles.map((s) => ({ ...s, ...style }));
  }

  private styleRange(start: number, end: number, style: Style): void {
    for (const [node, lo, hi] of this.pieces(start, end, false)) {
      for (let i = lo; i <= hi; i++) node.styles[i] = { ...(node.styles[i] ?? PLAIN), ...style };
    }
  }

  /** setX(value) or setX(start, endInclusive, value). */
  private setter(attr: TextAttr, method: string): StyleSetter {
    return (a, b, c) => {
      this.mutate();
      if (b === undefined) this.styleAll({ [attr]: attrValue(attr, a) });
      else {
        const [s, e] = this.range(a, b, method);
        this.styleRange(s, e, { [attr]: attrValue(attr, c) });
      }
      return this.self;
    };
  }

  private spot(offset: number): Spot | null {
    let at = 0;
    let last: Spot | null = null;
    for (const s of this.segments()) {
      if (typeof s === "string") {
        at += s.length;
        continue;
      }
      if (offset >= at && offset <= at + s.chars.length) return { node: s, at: offset - at };
      last = { node: s, at: s.chars.length };
      at += s.chars.length;
    }
    return offset === at ? last : null;
  }

  private getter(attr: TextAttr, offset: unknown): string | number | boolean | null {
    if (offset === undefined || offset === null) return uniform(this.textNodes(), attr);
    const o = checkIndex(offset, "offset");
    if (o < 0 || o >= this.length()) throw new Error(`fake: offset ${o} di luar teks`);
    const piece = this.pieces(o, o, false)[0];
    if (piece === undefined) return null; // a separator between paragraphs
    const [node, i] = piece;
    return node.styles[i]?.[attr] ?? null;
  }

  // https://developers.google.com/apps-script/reference/document/text

  getText(): string {
    return this.segments()
      .map((s) => (typeof s === "string" ? s : s.chars))
      .join("");
  }

  /** Sets the whole text; the new characters take the formatting of the first old one. */
  setText(text: string): Text {
    const value = paragraphText(text, "Text.setText");
    this.mutate();
    if (!this.owner) {
      const style = this.styles[0] ?? PLAIN;
      this.chars = value;
      this.styles = Array.from(value, () => style);
      return this.self;
    }
    const host = this.host();
    if (host === null) throw new Error("fake: setText pada editAsText() selain paragraf tidak dimodelkan");
    host.setTextContent(value);
    return this.self;
  }

  /** Adds text at the end of this region; returns this Text. */
  appendText(text: string): Text {
    const value = paragraphText(text, "Text.appendText");
    this.mutate();
    this.insertAt(this.length(), value);
    return this.self;
  }

  insertText(offset: number, text: string): Text {
    const o = checkIndex(offset, "Text.insertText: offset");
    const value = paragraphText(text, "Text.insertText");
    if (o < 0 || o > this.length()) throw new Error(`fake: Text.insertText: offset ${o} di luar teks`);
    this.mutate();
    this.insertAt(o, value);
    return this.self;
  }

  /** New characters take the formatting of the character before them (or after, at the start). */
  private insertAt(offset: number, value: string): void {
    if (value === "") return;
    let spot = this.spot(offset);
    if (spot === null) {
      const host = this.host();
      if (host === null) throw new Error("fake: menyisipkan teks di sini tidak dimodelkan");
      spot = { node: host.appendTextNode(""), at: 0 };
    }
    const { node, at } = spot;
    const style = node.styles[at - 1] ?? node.styles[at] ?? PLAIN;
    node.chars = node.chars.slice(0, at) + value + node.chars.slice(at);
    node.styles.splice(at, 0, ...Array.from(value, () => style));
  }

  /** Text elements left empty inside a view are removed, as Docs removes elements fully deleted. */
  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    const [s, e] = this.range(startOffset, endOffsetInclusive, "deleteText");
    this.mutate();
    for (const [node, lo, hi] of this.pieces(s, e, true)) {
      node.chars = node.chars.slice(0, lo) + node.chars.slice(hi + 1);
      node.styles.splice(lo, hi - lo + 1);
      const parent = node.parent;
      if (this.owner && node.chars === "" && parent) {
        parent.children.splice(parent.children.indexOf(node), 1);
        node.parent = null;
      }
    }
    return this.self;
  }

  editAsText(): Text {
    return this.self;
  }

  replaceText(searchPattern: string, replacement: string): Element {
    const re = re2Pattern(searchPattern);
    const text = checkReplacement(replacement);
    this.mutate();
    for (const node of this.textNodes()) node.replaceAll(re, searchPattern, text);
    return this.self as unknown as Element;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    return findIn(this.ctx, this.textNodes(), searchPattern, from) as RangeElement;
  }

  /** Replaces every match in this text element; the replacement takes the matched text's formatting. */
  replaceAll(re: RegExp, pattern: string, replacement: string): void {
    let chars = "";
    const styles: Style[] = [];
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(this.chars); m !== null; m = re.exec(this.chars)) {
      if (m[0] === "") throw emptyMatch(pattern);
      chars += this.chars.slice(last, m.index) + replacement;
      styles.push(...this.styles.slice(last, m.index));
      const style = this.styles[m.index] ?? PLAIN;
      styles.push(...Array.from(replacement, () => style));
      last = m.index + m[0].length;
    }
    if (last === 0 && chars === "") return;
    this.chars = chars + this.chars.slice(last);
    this.styles = [...styles, ...this.styles.slice(last)];
  }

  override getAttributes(offset?: number | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const a of TEXT_ATTRS) out[a] = this.getter(a, offset);
    return out;
  }

  override setAttributes(a: unknown, b?: number, c?: unknown): Text {
    const attributes = b === undefined ? a : c;
    if (typeof attributes !== "object" || attributes === null) {
      throw new Error("fake: setAttributes perlu objek atribut");
    }
    const style: Record<string, string | number | boolean> = {};
    for (const [key, raw] of Object.entries(attributes)) {
      if (!(key in ATTRIBUTE)) throw new Error(`fake: ${key} bukan DocumentApp.Attribute`);
      if (raw === null || raw === undefined) continue;
      if (!(TEXT_ATTRS as readonly string[]).includes(key)) {
        throw new Error(`fake: atribut ${key} tidak berlaku untuk TEXT`);
      }
      style[key] = attrValue(key, raw);
    }
    this.mutate();
    if (b === undefined) this.styleAll(style);
    else {
      const [s, e] = this.range(a, b, "setAttributes");
      this.styleRange(s, e, style);
    }
    return this.self;
  }

  /** Offsets where the formatting changes, starting with 0. */
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let at = 0;
    let prev: string | undefined;
    for (const s of this.segments()) {
      if (typeof s === "string") {
        at += s.length;
        continue;
      }
      s.styles.forEach((st, i) => {
        const key = JSON.stringify(Object.entries(st).sort());
        if (key !== prev) out.push(at + i);
        prev = key;
      });
      at += s.chars.length;
    }
    return out.length > 0 ? out : [0];
  }

  setBold: StyleSetter = this.setter("BOLD", "setBold");
  setItalic: StyleSetter = this.setter("ITALIC", "setItalic");
  setUnderline: StyleSetter = this.setter("UNDERLINE", "setUnderline");
  setStrikethrough: StyleSetter = this.setter("STRIKETHROUGH", "setStrikethrough");
  setFontSize: StyleSetter = this.setter("FONT_SIZE", "setFontSize");
  setFontFamily: StyleSetter = this.setter("FONT_FAMILY", "setFontFamily");
  setForegroundColor: StyleSetter = this.setter("FOREGROUND_COLOR", "setForegroundColor");
  setBackgroundColor: StyleSetter = this.setter("BACKGROUND_COLOR", "setBackgroundColor");
  setLinkUrl: StyleSetter = this.setter("LINK_URL", "setLinkUrl");

  isBold(offset?: number | null): boolean {
    return this.getter("BOLD", offset) as boolean;
  }

  isItalic(offset?: number | null): boolean {
    return this.getter("ITALIC", offset) as boolean;
  }

  isUnderline(offset?: number | null): boolean {
    return this.getter("UNDERLINE", offset) as boolean;
  }

  isStrikethrough(offset?: number | null): boolean {
    return this.getter("STRIKETHROUGH", offset) as boolean;
  }

  getFontSize(offset?: number | null): number {
    return this.getter("FONT_SIZE", offset) as number;
  }

  getFontFamily(offset?: number | null): string {
    return this.getter("FONT_FAMILY", offset) as string;
  }

  getForegroundColor(offset?: number | null): string {
    return this.getter("FOREGROUND_COLOR", offset) as string;
  }

  getBackgroundColor(offset?: number | null): string {
    return this.getter("BACKGROUND_COLOR", offset) as string;
  }

  getLinkUrl(offset?: number | null): string {
    return this.getter("LINK_URL", offset) as string;
  }
}

// --- inline elements -------------------------------------------------------------------------

/** A blob from a Blob, a Chart (a BlobSource) or anything else product code hands to appendImage. */
function imageBlob(source: unknown): FakeBlob {
  const chart = chartOf(source);
  return blobOf(chart ? chart.image() : source, "BlobSource (Blob/Chart)");
}

// https://developers.google.com/apps-script/reference/document/inline-image
type InlineImageImpl = Pick<
  InlineImage,
  | "copy"
  | "getAltTitle"
  | "getAs"
  | "getBlob"
  | "getHeight"
  | "getParent"
  | "getWidth"
  | "removeFromParent"
  | "setAltTitle"
  | "setHeight"
  | "setWidth"
>;

class FakeInlineImage extends Node<InlineImage> implements InlineImageImpl {
  readonly type = "INLINE_IMAGE";
  altTitle: string | null = null;
  altDescription: string | null = null;

  constructor(
    ctx: DocsContext,
    readonly blob: FakeBlob,
  ) {
    super(ctx, IFACE.InlineImage);
  }

  /**
   * Docs reads the image's size from its bytes; the fake reads PNG only (what Charts give).
   * getWidth/getHeight are "in pixels".
   */
  static from(ctx: DocsContext, source: unknown): FakeInlineImage {
    const blob = imageBlob(source);
    const size = pngSize(blob.bytes);
    if (size === null) throw new Error("fake: gambar selain PNG tidak dimodelkan");
    const img = new FakeInlineImage(ctx, blob.duplicate());
    img.attrs.WIDTH = size.width;
    img.attrs.HEIGHT = size.height;
    return img;
  }

  clone(): FakeInlineImage {
    const img = new FakeInlineImage(this.ctx, this.blob.duplicate());
    img.attrs = { ...this.attrs };
    img.altTitle = this.altTitle;
    img.altDescription = this.altDescription;
    return img;
  }

  override ownAttrs(): readonly string[] {
    return IMAGE_ATTRS;
  }

  getBlob(): Blob {
    return this.blob.duplicate().proxy;
  }

  getAs(contentType: string): Blob {
    return this.blob.duplicate().getAs(contentType);
  }

  getWidth(): number {
    return this.attrs.WIDTH as number;
  }

  getHeight(): number {
    return this.attrs.HEIGHT as number;
  }

  setWidth(width: number): InlineImage {
    this.mutate();
    this.attrs.WIDTH = numberAttr(width, "InlineImage.setWidth", 1, true);
    return this.self;
  }

  setHeight(height: number): InlineImage {
    this.mutate();
    this.attrs.HEIGHT = numberAttr(height, "InlineImage.setHeight", 1, true);
    return this.self;
  }

  getAltTitle(): string {
    return this.altTitle as string;
  }

  setAltTitle(title: string): InlineImage {
    this.mutate();
    this.altTitle = String(title);
    return this.self;
  }

  getAltDescription(): string {
    return this.altDescription as string;
  }

  setAltDescription(description: string): InlineImage {
    this.mutate();
    this.altDescription = String(description);
    return this.self;
  }
}

// https://developers.google.com/apps-script/reference/document/page-break
class FakePageBreak
  extends Node<PageBreak>
  implements Pick<PageBreak, "copy" | "getParent" | "getType" | "removeFromParent">
{
  readonly type = "PAGE_BREAK";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.PageBreak);
  }

  clone(): FakePageBreak {
    return new FakePageBreak(this.ctx);
  }
}

type InlineNode = FakeText | FakeInlineImage | FakePageBreak;

/** The fake behind a proxy, or undefined when the value is not one of this kind. */
function tryUnwrap<N>(value: unknown, ctor: abstract new (...args: never[]) => N): N | undefined {
  try {
    return unwrap(value, ctor, "");
  } catch {
    return undefined;
  }
}

/** A detached InlineImage, or a new one from a Blob/Chart (appendImage's two overloads). */
function inlineImage(ctx: DocsContext, image: unknown): FakeInlineImage {
  const node = tryUnwrap(image, FakeInlineImage);
  if (node === undefined) return FakeInlineImage.from(ctx, image);
  if (node.parent !== null) throw new Error(MUST_BE_DETACHED);
  return node;
}

function detached<N extends AnyNode>(
  value: unknown,
  ctor: abstract new (...args: never[]) => N,
  what: string,
): N {
  const node = unwrap(value, ctor, what);
  if (node.parent !== null || node instanceof FakeSection) throw new Error(MUST_BE_DETACHED);
  return node;
}

// --- paragraphs ----------------------------------------------------------------------------

/** Paragraph and ListItem: inline children (text, images, page breaks) and paragraph attributes. */
abstract class ParagraphLike<T extends object> extends Container<T, InlineNode> {
  /** A page break "can't be contained within" a table cell, header, footer or footnote. */
  private checkPageBreakAllowed(): void {
    for (let n: AnyNode | null = this.parent; n !== null; n = n.parent) {
      if (n.type === "TABLE_CELL" || n.type === "HEADER_SECTION" || n.type === "FOOTER_SECTION") {
        throw new Error(`fake: PageBreak tidak boleh di dalam ${n.type} (Apps Script melempar galat)`);
      }
    }
  }

  override segments(): Segment[] {
    return this.children.filter((c): c is FakeText => c instanceof FakeText);
  }

  override getAttributes(): Record<string, unknown> {
    const out = super.getAttributes();
    out.HEADING = this.attrs.HEADING ?? "NORMAL";
    return out;
  }

  override ownAttrs(): readonly string[] {
    return PARAGRAPH_ATTRS;
  }

  protected copyInto<P extends ParagraphLike<object>>(p: P): P {
    p.attrs = { ...this.attrs };
    for (const c of this.children) p.place(p.children.length, c.clone() as InlineNode);
    return p;
  }

  /** Replaces all children by one text run, formatted as the old first character. */
  setTextContent(text: string): void {
    const style = this.textNodes()[0]?.styles[0] ?? PLAIN;
    for (const c of this.children) c.parent = null;
    this.children = [];
    if (text !== "") this.place(0, FakeText.of(this.ctx, text, style));
  }

  /** A new text run at the end, formatted as the text before it (Docs carries formatting on). */
  appendTextNode(text: string): FakeText {
    const before = this.textNodes().at(-1);
    const style = before?.styles.at(-1) ?? PLAIN;
    return this.place(this.children.length, FakeText.of(this.ctx, text, style)) as FakeText;
  }

  /** "Sets the contents of the paragraph as plain text" (the children are replaced). */
  setText(text: string): void {
    const value = paragraphText(text, "setText");
    this.mutate();
    this.setTextContent(value);
  }

  clear(): T {
    this.mutate();
    this.setTextContent("");
    return this.self;
  }

  /** "Creates and appends a new Text element with the specified contents", or appends a detached Text. */
  appendText(text: string | Text): Text {
    this.mutate();
    if (typeof text === "string") return this.appendTextNode(paragraphText(text, "appendText")).proxy;
    return this.place(this.children.length, detached(text, FakeText, "Text")).proxy as Text;
  }

  insertText(childIndex: number, text: string | Text): Text {
    const i = this.insertIndex(childIndex);
    this.mutate();
    const node =
      typeof text === "string"
        ? FakeText.of(this.ctx, paragraphText(text, "insertText"))
        : detached(text, FakeText, "Text");
    return this.place(i, node).proxy as Text;
  }

  private insertIndex(childIndex: unknown): number {
    const i = checkIndex(childIndex, "childIndex");
    if (i < 0 || i > this.children.length) throw childIndexError(i, this.children.length, true);
    return i;
  }

  appendInlineImage(image: BlobSource | InlineImage): InlineImage {
    const img = inlineImage(this.ctx, image);
    this.mutate();
    return this.place(this.children.length, img).proxy as InlineImage;
  }

  insertInlineImage(childIndex: number, image: BlobSource | InlineImage): InlineImage {
    const i = this.insertIndex(childIndex);
    const img = inlineImage(this.ctx, image);
    this.mutate();
    return this.place(i, img).proxy as InlineImage;
  }

  appendPageBreak(pageBreak?: PageBreak | null): PageBreak {
    this.checkPageBreakAllowed();
    const pb = pageBreak ? detached(pageBreak, FakePageBreak, "PageBreak") : new FakePageBreak(this.ctx);
    this.mutate();
    return this.place(this.children.length, pb).proxy as PageBreak;
  }

  insertPageBreak(childIndex: number, pageBreak?: PageBreak | null): PageBreak {
    const i = this.insertIndex(childIndex);
    this.checkPageBreakAllowed();
    const pb = pageBreak ? detached(pageBreak, FakePageBreak, "PageBreak") : new FakePageBreak(this.ctx);
    this.mutate();
    return this.place(i, pb).proxy as PageBreak;
  }

  private setAttr(attr: string, value: unknown): T {
    this.mutate();
    this.attrs[attr] = attrValue(attr, value);
    return this.self;
  }

  /** NORMAL unless set. */
  getHeading(): ParagraphHeading {
    return (this.attrs.HEADING ?? "NORMAL") as unknown as ParagraphHeading;
  }

  setHeading(heading: ParagraphHeading): T {
    return this.setAttr("HEADING", heading);
  }

  /** null unless set ("HorizontalAlignment|null" in the reference). */
  getAlignment(): HorizontalAlignment {
    return (this.attrs.HORIZONTAL_ALIGNMENT ?? null) as unknown as HorizontalAlignment;
  }

  setAlignment(alignment: HorizontalAlignment): T {
    return this.setAttr("HORIZONTAL_ALIGNMENT", alignment);
  }

  getSpacingBefore(): number {
    return (this.attrs.SPACING_BEFORE ?? null) as number;
  }

  setSpacingBefore(spacingBefore: number): T {
    return this.setAttr("SPACING_BEFORE", spacingBefore);
  }

  getSpacingAfter(): number {
    return (this.attrs.SPACING_AFTER ?? null) as number;
  }

  setSpacingAfter(spacingAfter: number): T {
    return this.setAttr("SPACING_AFTER", spacingAfter);
  }

  getIndentStart(): number {
    return (this.attrs.INDENT_START ?? null) as number;
  }

  setIndentStart(indentStart: number): T {
    return this.setAttr("INDENT_START", indentStart);
  }

  getIndentEnd(): number {
    return (this.attrs.INDENT_END ?? null) as number;
  }

  setIndentEnd(indentEnd: number): T {
    return this.setAttr("INDENT_END", indentEnd);
  }

  getIndentFirstLine(): number {
    return (this.attrs.INDENT_FIRST_LINE ?? null) as number;
  }

  setIndentFirstLine(indentFirstLine: number): T {
    return this.setAttr("INDENT_FIRST_LINE", indentFirstLine);
  }

  getLineSpacing(): number {
    return (this.attrs.LINE_SPACING ?? null) as number;
  }

  setLineSpacing(multiplier: number): T {
    return this.setAttr("LINE_SPACING", multiplier);
  }
}

type ParagraphImpl = Pick<
  Paragraph,
  | "appendInlineImage"
  | "appendPageBreak"
  | "appendText"
  | "asParagraph"
  | "clear"
  | "copy"
  | "editAsText"
  | "findText"
  | "getAlignment"
  | "getAttributes"
  | "getChild"
  | "getChildIndex"
  | "getHeading"
  | "getIndentFirstLine"
  | "getIndentStart"
  | "getNextSibling"
  | "getNumChildren"
  | "getParent"
  | "getPreviousSibling"
  | "getSpacingAfter"
  | "getSpacingBefore"
  | "getText"
  | "getType"
  | "insertInlineImage"
  | "insertPageBreak"
  | "insertText"
  | "removeChild"
  | "removeFromParent"
  | "replaceText"
  | "setAlignment"
  | "setAttributes"
  | "setHeading"
  | "setIndentFirstLine"
  | "setIndentStart"
  | "setSpacingAfter"
  | "setSpacingBefore"
  | "setText"
>;

// https://developers.google.com/apps-script/reference/document/paragraph
class FakeParagraph extends ParagraphLike<Paragraph> implements ParagraphImpl {
  readonly type = "PARAGRAPH";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.Paragraph);
  }

  static of(ctx: DocsContext, text: string): FakeParagraph {
    const p = new FakeParagraph(ctx);
    if (text !== "") p.place(0, FakeText.of(ctx, text));
    return p;
  }

  clone(): FakeParagraph {
    return this.copyInto(new FakeParagraph(this.ctx));
  }
}

// https://developers.google.com/apps-script/reference/document/list-item
type ListItemImpl = Pick<
  ListItem,
  | "copy"
  | "editAsText"
  | "getGlyphType"
  | "getListId"
  | "getNestingLevel"
  | "getText"
  | "replaceText"
  | "setAlignment"
  | "setGlyphType"
  | "setHeading"
  | "setListId"
  | "setNestingLevel"
  | "setText"
>;

class FakeListItem extends ParagraphLike<ListItem> implements ListItemImpl {
  readonly type = "LIST_ITEM";
  listId = "";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.ListItem);
  }

  static of(ctx: DocsContext, text: string): FakeListItem {
    const li = new FakeListItem(ctx);
    li.attrs.GLYPH_TYPE = "BULLET";
    li.attrs.NESTING_LEVEL = 0;
    if (text !== "") li.place(0, FakeText.of(ctx, text));
    return li;
  }

  clone(): FakeListItem {
    const li = this.copyInto(new FakeListItem(this.ctx));
    li.listId = this.listId;
    return li;
  }

  override ownAttrs(): readonly string[] {
    return LIST_ITEM_ATTRS;
  }

  getGlyphType(): GlyphType {
    return this.attrs.GLYPH_TYPE as unknown as GlyphType;
  }

  setGlyphType(glyphType: GlyphType): ListItem {
    this.mutate();
    this.attrs.GLYPH_TYPE = attrValue("GLYPH_TYPE", glyphType);
    return this.self;
  }

  getNestingLevel(): number {
    return this.attrs.NESTING_LEVEL as number;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.mutate();
    this.attrs.NESTING_LEVEL = attrValue("NESTING_LEVEL", nestingLevel);
    return this.self;
  }

  getListId(): string {
    return this.listId;
  }

  setListId(listItem: ListItem): ListItem {
    this.mutate();
    this.listId = unwrap(listItem, FakeListItem, "ListItem").listId;
    return this.self;
  }
}

type BlockNode = FakeParagraph | FakeListItem | FakeTable;

// --- block containers: sections and cells --------------------------------------------------

/** Body, HeaderSection, FooterSection and TableCell: paragraphs, list items (and tables in sections). */
abstract class BlockContainer<T extends object> extends Container<T, BlockNode> {
  /** A section or cell always ends with a paragraph: its last child cannot go. */
  protected override canRemove(child: BlockNode): void {
    if (this.children.at(-1) === child) throw new Error(LAST_PARAGRAPH);
  }

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((c, i) => {
      if (i > 0) out.push("\n");
      out.push(...c.segments());
    });
    return out;
  }

  protected insertIndex(childIndex: unknown): number {
    const i = checkIndex(childIndex, "childIndex");
    if (i < 0 || i > this.children.length) throw childIndexError(i, this.children.length, true);
    return i;
  }

  protected paragraph(content: unknown, what: string): FakeParagraph {
    if (typeof content === "string") return FakeParagraph.of(this.ctx, paragraphText(content, what));
    return detached(content, FakeParagraph, "Paragraph");
  }

  protected listItem(content: unknown, what: string): FakeListItem {
    if (typeof content === "string") {
      const li = FakeListItem.of(this.ctx, paragraphText(content, what));
      return li;
    }
    return detached(content, FakeListItem, "ListItem");
  }

  /** List items next to each other share a list, as Docs numbers them together. */
  protected placeListItem(i: number, li: FakeListItem): FakeListItem {
    if (li.listId === "") {
      const prev = this.children[i - 1];
      li.listId = prev instanceof FakeListItem ? prev.listId : this.ctx.newListId();
    }
    return this.place(i, li) as FakeListItem;
  }

  /** Text with "\n" makes one paragraph per line. */
  protected fill(text: string): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    for (const line of text.split("\n")) this.place(this.children.length, FakeParagraph.of(this.ctx, line));
  }

  appendParagraph(paragraph: string | Paragraph): Paragraph {
    const p = this.paragraph(paragraph, "appendParagraph");
    this.mutate();
    return this.place(this.children.length, p).proxy as Paragraph;
  }

  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    const i = this.insertIndex(childIndex);
    const p = this.paragraph(paragraph, "insertParagraph");
    this.mutate();
    return this.place(i, p).proxy as Paragraph;
  }

  appendListItem(listItem: string | ListItem): ListItem {
    const li = this.listItem(listItem, "appendListItem");
    this.mutate();
    return this.placeListItem(this.children.length, li).proxy;
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const i = this.insertIndex(childIndex);
    const li = this.listItem(listItem, "insertListItem");
    this.mutate();
    return this.placeListItem(i, li).proxy;
  }

  private imageParagraph(i: number, image: BlobSource | InlineImage): InlineImage {
    const img = inlineImage(this.ctx, image);
    this.mutate();
    const p = this.place(i, new FakeParagraph(this.ctx)) as FakeParagraph;
    return p.place(0, img).proxy as InlineImage;
  }

  /** "Creates and appends a new InlineImage from the specified image blob", in a new paragraph. */
  appendImage(image: BlobSource | InlineImage): InlineImage {
    return this.imageParagraph(this.children.length, image);
  }

  insertImage(childIndex: number, image: BlobSource | InlineImage): InlineImage {
    return this.imageParagraph(this.insertIndex(childIndex), image);
  }

  /** "Clears the contents of the element": one empty paragraph is left, as a section needs one. */
  clear(): T {
    this.mutate();
    this.fill("");
    return this.self;
  }

  setText(text: string): T {
    if (typeof text !== "string") throw new Error("fake: setText perlu teks");
    this.mutate();
    this.fill(text);
    return this.self;
  }

  /** Every paragraph inside, list items included ("including ListItems"), tables' cells too. */
  getParagraphs(): Paragraph[] {
    return descendants(this, (n): n is FakeParagraph | FakeListItem => n instanceof ParagraphLike).map(
      (n) => n.proxy as Paragraph,
    );
  }

  getTables(): Table[] {
    return descendants(this, (n): n is FakeTable => n instanceof FakeTable).map((n) => n.proxy);
  }

  getImages(): InlineImage[] {
    return descendants(this, (n): n is FakeInlineImage => n instanceof FakeInlineImage).map((n) => n.proxy);
  }

  getListItems(): ListItem[] {
    return descendants(this, (n): n is FakeListItem => n instanceof FakeListItem).map((n) => n.proxy);
  }
}

function descendants<N extends AnyNode>(root: AnyNode, pick: (n: AnyNode) => n is N): N[] {
  const out: N[] = [];
  const walk = (n: AnyNode) => {
    if (n !== root && pick(n)) out.push(n);
    if (n instanceof Container) for (const c of n.children as AnyNode[]) walk(c);
  };
  walk(root);
  return out;
}

/** Body, HeaderSection, FooterSection: the roots of a document. */
abstract class FakeSection<T extends object> extends BlockContainer<T> {
  constructor(
    ctx: DocsContext,
    iface: Iface,
    readonly doc: DocContent,
  ) {
    super(ctx, iface);
  }

  clone(): Node<T> {
    throw new Error("fake: menyalin seksi dokumen tidak dimodelkan");
  }

  override removeFromParent(): T {
    throw new Error("fake: removeFromParent pada seksi dokumen tidak dimodelkan");
  }

  /** Copies another section's children in (for Drive.Files.copy of a Doc). Not counted. */
  copyFrom(other: BlockContainer<object>): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    this.attrs = { ...other.attrs };
    for (const c of other.children) this.place(this.children.length, c.clone() as BlockNode);
  }

  private table(cellsOrTable: unknown): FakeTable {
    if (cellsOrTable === undefined || cellsOrTable === null) return new FakeTable(this.ctx);
    if (Array.isArray(cellsOrTable)) return FakeTable.of(this.ctx, cellsOrTable);
    return detached(cellsOrTable, FakeTable, "Table");
  }

  /**
   * A table is followed by a paragraph when it would end the section, as a section always ends
   * with one (Docs adds the empty paragraph seen after a table appended at the end).
   */
  private placeTable(i: number, t: FakeTable): Table {
    this.place(i, t);
    if (i === this.children.length - 1) this.place(this.children.length, FakeParagraph.of(this.ctx, ""));
    return t.proxy;
  }

  /**
   * "Appends a new Table containing a TableCell for each specified string value": one call,
   * whatever the size. The cells must be a rectangle of strings.
   */
  appendTable(cellsOrTable?: string[][] | Table | null): Table {
    const t = this.table(cellsOrTable);
    this.mutate();
    return this.placeTable(this.children.length, t);
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    const i = this.insertIndex(childIndex);
    const t = this.table(cellsOrTable);
    this.mutate();
    return this.placeTable(i, t);
  }
}

type SectionKeys =
  | "appendImage"
  | "appendListItem"
  | "appendParagraph"
  | "appendTable"
  | "clear"
  | "editAsText"
  | "findText"
  | "getAttributes"
  | "getChild"
  | "getChildIndex"
  | "getImages"
  | "getListItems"
  | "getNumChildren"
  | "getParagraphs"
  | "getTables"
  | "getText"
  | "getType"
  | "insertImage"
  | "insertListItem"
  | "insertParagraph"
  | "insertTable"
  | "replaceText";

// https://developers.google.com/apps-script/reference/document/body
class FakeBody extends FakeSection<Body> implements Pick<Body, SectionKeys | "appendPageBreak"> {
  readonly type = "BODY_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.Body, doc);
  }

  override ownAttrs(): readonly string[] {
    return BODY_ATTRS;
  }

  /** Body holds no PageBreak itself: the break goes into a new paragraph. */
  appendPageBreak(pageBreak?: PageBreak | null): PageBreak {
    return this.pageBreakAt(this.children.length, pageBreak);
  }

  insertPageBreak(childIndex: number, pageBreak?: PageBreak | null): PageBreak {
    return this.pageBreakAt(this.insertIndex(childIndex), pageBreak);
  }

  private pageBreakAt(i: number, pageBreak: PageBreak | null | undefined): PageBreak {
    const pb = pageBreak ? detached(pageBreak, FakePageBreak, "PageBreak") : new FakePageBreak(this.ctx);
    this.mutate();
    const p = this.place(i, new FakeParagraph(this.ctx)) as FakeParagraph;
    return p.place(0, pb).proxy as PageBreak;
  }

  private margin(attr: string): number {
    return (this.attrs[attr] ?? null) as number;
  }

  private setMargin(attr: string, v: number): Body {
    this.mutate();
    this.attrs[attr] = attrValue(attr, v);
    return this.self;
  }

  // Unset page attributes read null: the defaults depend on the user's locale (Letter or A4).
  getMarginTop(): number {
    return this.margin("MARGIN_TOP");
  }

  setMarginTop(v: number): Body {
    return this.setMargin("MARGIN_TOP", v);
  }

  getMarginBottom(): number {
    return this.margin("MARGIN_BOTTOM");
  }

  setMarginBottom(v: number): Body {
    return this.setMargin("MARGIN_BOTTOM", v);
  }

  getMarginLeft(): number {
    return this.margin("MARGIN_LEFT");
  }

  setMarginLeft(v: number): Body {
    return this.setMargin("MARGIN_LEFT", v);
  }

  getMarginRight(): number {
    return this.margin("MARGIN_RIGHT");
  }

  setMarginRight(v: number): Body {
    return this.setMargin("MARGIN_RIGHT", v);
  }

  getPageWidth(): number {
    return this.margin("PAGE_WIDTH");
  }

  setPageWidth(v: number): Body {
    return this.setMargin("PAGE_WIDTH", v);
  }

  getPageHeight(): number {
    return this.margin("PAGE_HEIGHT");
  }

  setPageHeight(v: number): Body {
    return this.setMargin("PAGE_HEIGHT", v);
  }
}

// https://developers.google.com/apps-script/reference/document/header-section
class FakeHeader extends FakeSection<HeaderSection> implements Pick<HeaderSection, SectionKeys> {
  readonly type = "HEADER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.HeaderSection, doc);
  }
}

// https://developers.google.com/apps-script/reference/document/footer-section
class FakeFooter extends FakeSection<FooterSection> implements Pick<FooterSection, SectionKeys> {
  readonly type = "FOOTER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.FooterSection, doc);
  }
}

// --- tables --------------------------------------------------------------------------------

type CellImpl = Pick<
  TableCell,
  | "appendParagraph"
  | "getBackgroundColor"
  | "getColSpan"
  | "getParentRow"
  | "getText"
  | "setBackgroundColor"
  | "setText"
  | "setVerticalAlignment"
  | "setWidth"
>;

// https://developers.google.com/apps-script/reference/document/table-cell
class FakeTableCell extends BlockContainer<TableCell> implements CellImpl {
  readonly type = "TABLE_CELL";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.TableCell);
  }

  static of(ctx: DocsContext, text: string): FakeTableCell {
    const c = new FakeTableCell(ctx);
    c.fill(text);
    return c;
  }

  clone(): FakeTableCell {
    const c = new FakeTableCell(this.ctx);
    c.attrs = { ...this.attrs };
    for (const b of this.children) c.place(c.children.length, b.clone() as BlockNode);
    return c;
  }

  override ownAttrs(): readonly string[] {
    return CELL_ATTRS;
  }

  private set(attr: string, v: unknown): TableCell {
    this.mutate();
    this.attrs[attr] = attrValue(attr, v);
    return this.self;
  }

  /** null unless set ("String|null"). */
  getBackgroundColor(): string {
    return (this.attrs.BACKGROUND_COLOR ?? null) as string;
  }

  setBackgroundColor(color: string): TableCell {
    return this.set("BACKGROUND_COLOR", color);
  }

  getWidth(): number {
    return (this.attrs.WIDTH ?? null) as number;
  }

  setWidth(width: number): TableCell {
    return this.set("WIDTH", width);
  }

  getVerticalAlignment(): VerticalAlignment {
    return (this.attrs.VERTICAL_ALIGNMENT ?? null) as unknown as VerticalAlignment;
  }

  setVerticalAlignment(alignment: VerticalAlignment): TableCell {
    return this.set("VERTICAL_ALIGNMENT", alignment);
  }

  getPaddingTop(): number {
    return (this.attrs.PADDING_TOP ?? null) as number;
  }

  setPaddingTop(v: number): TableCell {
    return this.set("PADDING_TOP", v);
  }

  getPaddingBottom(): number {
    return (this.attrs.PADDING_BOTTOM ?? null) as number;
  }

  setPaddingBottom(v: number): TableCell {
    return this.set("PADDING_BOTTOM", v);
  }

  getPaddingLeft(): number {
    return (this.attrs.PADDING_LEFT ?? null) as number;
  }

  setPaddingLeft(v: number): TableCell {
    return this.set("PADDING_LEFT", v);
  }

  getPaddingRight(): number {
    return (this.attrs.PADDING_RIGHT ?? null) as number;
  }

  setPaddingRight(v: number): TableCell {
    return this.set("PADDING_RIGHT", v);
  }

  /** Merged cells are not modelled: every cell spans one column and one row. */
  getColSpan(): number {
    return 1;
  }

  getRowSpan(): number {
    return 1;
  }

  getParentRow(): TableRow {
    return (this.parent?.proxy ?? null) as TableRow;
  }

  getParentTable(): Table {
    return (this.parent?.parent?.proxy ?? null) as Table;
  }
}

type RowImpl = Pick<
  TableRow,
  | "appendTableCell"
  | "copy"
  | "getAttributes"
  | "getCell"
  | "getNumCells"
  | "getText"
  | "removeFromParent"
  | "replaceText"
  | "setAttributes"
  | "setMinimumHeight"
>;

// https://developers.google.com/apps-script/reference/document/table-row
class FakeTableRow extends Container<TableRow, FakeTableCell> implements RowImpl {
  readonly type = "TABLE_ROW";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.TableRow);
  }

  clone(): FakeTableRow {
    const r = new FakeTableRow(this.ctx);
    r.attrs = { ...this.attrs };
    for (const c of this.children) r.place(r.children.length, c.clone());
    return r;
  }

  override ownAttrs(): readonly string[] {
    return ROW_ATTRS;
  }

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((c, i) => {
      if (i > 0) out.push("\t");
      out.push(...c.segments());
    });
    return out;
  }

  getNumCells(): number {
    return this.children.length;
  }

  getCell(cellIndex: number): TableCell {
    const i = checkIndex(cellIndex, "cellIndex");
    const cell = this.children[i];
    if (i < 0 || cell === undefined) throw childIndexError(i, this.children.length, false);
    return cell.proxy;
  }

  private cell(textOrCell: unknown): FakeTableCell {
    if (textOrCell === undefined || textOrCell === null) return FakeTableCell.of(this.ctx, "");
    if (typeof textOrCell === "string") return FakeTableCell.of(this.ctx, textOrCell);
    return detached(textOrCell, FakeTableCell, "TableCell");
  }

  appendTableCell(textContentsOrCell?: string | TableCell | null): TableCell {
    const c = this.cell(textContentsOrCell);
    this.mutate();
    return this.place(this.children.length, c).proxy;
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | TableCell | null): TableCell {
    const i = checkIndex(childIndex, "childIndex");
    if (i < 0 || i > this.children.length) throw childIndexError(i, this.children.length, true);
    const c = this.cell(textContentsOrCell);
    this.mutate();
    return this.place(i, c).proxy;
  }

  removeCell(cellIndex: number): TableCell {
    const cell = unwrap(this.getCell(cellIndex), FakeTableCell, "TableCell");
    this.detach(cell);
    return cell.proxy;
  }

  getMinimumHeight(): number {
    return (this.attrs.MINIMUM_HEIGHT ?? null) as number;
  }

  setMinimumHeight(minHeight: number): TableRow {
    this.mutate();
    this.attrs.MINIMUM_HEIGHT = attrValue("MINIMUM_HEIGHT", minHeight);
    return this.self;
  }

  getParentTable(): Table {
    return (this.parent?.proxy ?? null) as Table;
  }
}

type TableImpl = Pick<
  Table,
  | "appendTableRow"
  | "copy"
  | "findText"
  | "getAttributes"
  | "getCell"
  | "getChild"
  | "getColumnWidth"
  | "getNumChildren"
  | "getNumRows"
  | "getParent"
  | "getRow"
  | "getText"
  | "getType"
  | "insertTableRow"
  | "removeFromParent"
  | "removeRow"
  | "replaceText"
  | "setAttributes"
  | "setBorderColor"
  | "setBorderWidth"
  | "setColumnWidth"
>;

// https://developers.google.com/apps-script/reference/document/table
class FakeTable extends Container<Table, FakeTableRow> implements TableImpl {
  readonly type = "TABLE";
  readonly columnWidths = new Map<number, number>();

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.Table);
  }

  /** A table from a rectangle of strings (Body.appendTable(cells)); built without a counted call. */
  static of(ctx: DocsContext, cells: unknown[]): FakeTable {
    const width = Array.isArray(cells[0]) ? cells[0].length : -1;
    for (const row of cells) {
      if (!Array.isArray(row) || row.length !== width || row.some((c) => typeof c !== "string")) {
        throw new Error("fake: appendTable/insertTable perlu larik persegi berisi teks (String[][])");
      }
    }
    const t = new FakeTable(ctx);
    for (const row of cells as string[][]) {
      const r = t.place(t.children.length, new FakeTableRow(ctx));
      for (const text of row) r.place(r.children.length, FakeTableCell.of(ctx, text));
    }
    return t;
  }

  clone(): FakeTable {
    const t = new FakeTable(this.ctx);
    t.attrs = { ...this.attrs };
    for (const [k, v] of this.columnWidths) t.columnWidths.set(k, v);
    for (const r of this.children) t.place(t.children.length, r.clone());
    return t;
  }

  override ownAttrs(): readonly string[] {
    return TABLE_ATTRS;
  }

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((r, i) => {
      if (i > 0) out.push("\n");
      out.push(...r.segments());
    });
    return out;
  }

  /** Docs has no table without rows: removing the last row is not modelled. */
  protected override canRemove(): void {
    if (this.children.length === 1) throw new Error("fake: menghapus baris terakhir tabel tidak dimodelkan");
  }

  getNumRows(): number {
    return this.children.length;
  }

  getRow(rowIndex: number): TableRow {
    const i = checkIndex(rowIndex, "rowIndex");
    const row = this.children[i];
    if (i < 0 || row === undefined) throw childIndexError(i, this.children.length, false);
    return row.proxy;
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const row = unwrap(this.getRow(rowIndex), FakeTableRow, "TableRow");
    return row.getCell(cellIndex);
  }

  private row(tableRow: unknown): FakeTableRow {
    if (tableRow === undefined || tableRow === null) return new FakeTableRow(this.ctx);
    return detached(tableRow, FakeTableRow, "TableRow");
  }

  /** A new empty row, or the given detached row (e.g. a copy() of a template row). */
  appendTableRow(tableRow?: TableRow): TableRow {
    const r = this.row(tableRow);
    this.mutate();
    return this.place(this.children.length, r).proxy;
  }

  insertTableRow(childIndex: number, tableRow?: TableRow | null): TableRow {
    const i = checkIndex(childIndex, "childIndex");
    if (i < 0 || i > this.children.length) throw childIndexError(i, this.children.length, true);
    const r = this.row(tableRow);
    this.mutate();
    return this.place(i, r).proxy;
  }

  /** Returns the removed row, detached. */
  removeRow(rowIndex: number): TableRow {
    const row = unwrap(this.getRow(rowIndex), FakeTableRow, "TableRow");
    this.detach(row);
    return row.proxy;
  }

  getBorderWidth(): number {
    return (this.attrs.BORDER_WIDTH ?? null) as number;
  }

  setBorderWidth(width: number): Table {
    this.mutate();
    this.attrs.BORDER_WIDTH = attrValue("BORDER_WIDTH", width);
    return this.self;
  }

  getBorderColor(): string {
    return (this.attrs.BORDER_COLOR ?? null) as string;
  }

  setBorderColor(color: string): Table {
    this.mutate();
    this.attrs.BORDER_COLOR = attrValue("BORDER_COLOR", color);
    return this.self;
  }

  columns(): number {
    return Math.max(0, ...this.children.map((r) => r.children.length));
  }

  /** In points; null for a column never set. */
  getColumnWidth(columnIndex: number): number {
    const i = checkIndex(columnIndex, "columnIndex");
    if (i < 0 || i >= this.columns())
      throw new Error(`fake: kolom ${i} di luar tabel ${this.columns()} kolom`);
    return (this.columnWidths.get(i) ?? null) as number;
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    const i = checkIndex(columnIndex, "columnIndex");
    if (i < 0 || i >= this.columns())
      throw new Error(`fake: kolom ${i} di luar tabel ${this.columns()} kolom`);
    this.mutate();
    this.columnWidths.set(i, numberAttr(width, "setColumnWidth", 0));
    return this.self;
  }
}

// --- dump ----------------------------------------------------------------------------------

/** A run of characters sharing their formatting; absent keys are unset (false/default). */
export interface TextRunDump {
  readonly type: "text";
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
  readonly strikethrough?: true;
  readonly fontSize?: number;
  readonly fontFamily?: string;
  /** #rrggbb */
  readonly color?: string;
  /** Highlight, #rrggbb. */
  readonly background?: string;
  readonly link?: string;
}

export interface ImageDump {
  readonly type: "image";
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  readonly contentType: string | null;
  readonly altTitle: string | null;
  readonly altDescription: string | null;
  /** What the chart shows, when the image came from Charts (Chart.getAs/getBlob). */
  readonly chart: ChartDump | null;
}

export interface PageBreakDump {
  readonly type: "pageBreak";
}

export type InlineDump = TextRunDump | ImageDump | PageBreakDump;

/** Unset attributes are null; the renderer applies Docs' defaults. */
export interface ParagraphDump {
  readonly type: "paragraph";
  /** ParagraphHeading name: NORMAL, TITLE, SUBTITLE, HEADING1..HEADING6. */
  readonly heading: string;
  /** HorizontalAlignment name (LEFT, CENTER, RIGHT, JUSTIFY) or null. */
  readonly alignment: string | null;
  readonly spacingBefore: number | null;
  readonly spacingAfter: number | null;
  readonly indentStart: number | null;
  readonly indentEnd: number | null;
  readonly indentFirstLine: number | null;
  readonly lineSpacing: number | null;
  /** getText(): the text runs joined ("\r" is a line break inside the paragraph). */
  readonly text: string;
  /** Text runs, images and page breaks in order. */
  readonly content: readonly InlineDump[];
}

export interface ListItemDump extends Omit<ParagraphDump, "type"> {
  readonly type: "listItem";
  /** GlyphType name: BULLET, NUMBER... */
  readonly glyphType: string;
  readonly nestingLevel: number;
  /** Items sharing a listId are one list. */
  readonly listId: string;
}

export interface TableCellDump {
  readonly text: string;
  /** Cell shading, #rrggbb. */
  readonly background: string | null;
  /** Points. */
  readonly width: number | null;
  /** VerticalAlignment name: TOP, CENTER, BOTTOM. */
  readonly verticalAlignment: string | null;
  readonly padding: {
    readonly top: number | null;
    readonly bottom: number | null;
    readonly left: number | null;
    readonly right: number | null;
  };
  readonly content: readonly BlockDump[];
}

export interface TableRowDump {
  readonly minimumHeight: number | null;
  readonly cells: readonly TableCellDump[];
}

export interface TableDump {
  readonly type: "table";
  /** Points; 0 for a table drawn without lines. */
  readonly borderWidth: number | null;
  readonly borderColor: string | null;
  /** Points per column; null where never set. */
  readonly columnWidths: readonly (number | null)[];
  readonly rows: readonly TableRowDump[];
}

export type BlockDump = ParagraphDump | ListItemDump | TableDump;

/** What a Google Doc of this fake holds, as plain JSON: the contract for the demo's HTML renderer. */
export interface DokumenDump {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** false while there are changes after the last saveAndClose() (or since creation). */
  readonly saved: boolean;
  /** Points; null where never set. */
  readonly page: {
    readonly width: number | null;
    readonly height: number | null;
    readonly marginTop: number | null;
    readonly marginBottom: number | null;
    readonly marginLeft: number | null;
    readonly marginRight: number | null;
  };
  readonly header: readonly BlockDump[] | null;
  readonly body: readonly BlockDump[];
  readonly footer: readonly BlockDump[] | null;
}

const RUN_KEYS: [TextAttr, keyof TextRunDump][] = [
  ["BOLD", "bold"],
  ["ITALIC", "italic"],
  ["UNDERLINE", "underline"],
  ["STRIKETHROUGH", "strikethrough"],
  ["FONT_SIZE", "fontSize"],
  ["FONT_FAMILY", "fontFamily"],
  ["FOREGROUND_COLOR", "color"],
  ["BACKGROUND_COLOR", "background"],
  ["LINK_URL", "link"],
];

function runs(t: FakeText): TextRunDump[] {
  const out: TextRunDump[] = [];
  let key = "";
  for (let i = 0; i < t.chars.length; i++) {
    const style = t.styles[i] ?? PLAIN;
    const run: Record<string, unknown> = { type: "text", text: "" };
    for (const [attr, name] of RUN_KEYS) {
      const v = style[attr];
      if (v !== undefined && v !== false) run[name] = v;
    }
    const k = JSON.stringify({ ...run, text: "" });
    const last = out.at(-1);
    if (last && k === key) (last as { text: string }).text += t.chars[i];
    else {
      run.text = t.chars[i];
      out.push(run as unknown as TextRunDump);
      key = k;
    }
  }
  return out;
}

function num(v: unknown): number | null {
  return typeof v === "number" ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

function dumpInline(n: InlineNode): InlineDump[] {
  if (n instanceof FakeText) return runs(n);
  if (n instanceof FakePageBreak) return [{ type: "pageBreak" }];
  return [
    {
      type: "image",
      width: n.attrs.WIDTH as number,
      height: n.attrs.HEIGHT as number,
      contentType: n.blob.contentType,
      altTitle: n.altTitle,
      altDescription: n.altDescription,
      chart: n.blob.chart ?? null,
    },
  ];
}

function dumpParagraph(p: FakeParagraph | FakeListItem): ParagraphDump | ListItemDump {
  const a = p.attrs;
  const base = {
    heading: str(a.HEADING) ?? "NORMAL",
    alignment: str(a.HORIZONTAL_ALIGNMENT),
    spacingBefore: num(a.SPACING_BEFORE),
    spacingAfter: num(a.SPACING_AFTER),
    indentStart: num(a.INDENT_START),
    indentEnd: num(a.INDENT_END),
    indentFirstLine: num(a.INDENT_FIRST_LINE),
    lineSpacing: num(a.LINE_SPACING),
    text: p.getText(),
    content: p.children.flatMap(dumpInline),
  };
  if (p instanceof FakeListItem) {
    return {
      type: "listItem",
      ...base,
      glyphType: String(a.GLYPH_TYPE),
      nestingLevel: a.NESTING_LEVEL as number,
      listId: p.listId,
    };
  }
  return { type: "paragraph", ...base };
}

function dumpBlock(b: BlockNode): BlockDump {
  if (!(b instanceof FakeTable)) return dumpParagraph(b);
  return {
    type: "table",
    borderWidth: num(b.attrs.BORDER_WIDTH),
    borderColor: str(b.attrs.BORDER_COLOR),
    columnWidths: Array.from({ length: b.columns() }, (_, i) => b.columnWidths.get(i) ?? null),
    rows: b.children.map((r) => ({
      minimumHeight: num(r.attrs.MINIMUM_HEIGHT),
      cells: r.children.map((c) => ({
        text: c.getText(),
        background: str(c.attrs.BACKGROUND_COLOR),
        width: num(c.attrs.WIDTH),
        verticalAlignment: str(c.attrs.VERTICAL_ALIGNMENT),
        padding: {
          top: num(c.attrs.PADDING_TOP),
          bottom: num(c.attrs.PADDING_BOTTOM),
          left: num(c.attrs.PADDING_LEFT),
          right: num(c.attrs.PADDING_RIGHT),
        },
        content: c.children.map(dumpBlock),
      })),
    })),
  };
}

/** The deterministic text of the fake PDF: one line per paragraph, "| a | b |" per table row. */
function renderLines(blocks: readonly BlockNode[], indent = ""): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b instanceof FakeTable) {
      for (const r of b.children)
        lines.push(`${indent}| ${r.children.map((c) => c.getText().replace(/\n/g, " / ")).join(" | ")} |`);
      continue;
    }
    const heading = String(b.attrs.HEADING ?? "NORMAL");
    let line = b instanceof FakeListItem ? "• " : heading === "NORMAL" ? "" : `[${heading}] `;
    for (const c of b.children) {
      if (c instanceof FakeText) line += c.chars.replace(/\r/g, "\n");
      else if (c instanceof FakePageBreak) line += "[halaman baru]";
      else
        line += `[gambar ${c.attrs.WIDTH}x${c.attrs.HEIGHT}${c.blob.chart?.title ? `: ${c.blob.chart.title}` : ""}]`;
    }
    lines.push(indent + line);
  }
  return lines;
}

// --- documents -----------------------------------------------------------------------------

/** One Google Doc's content; its name lives in its Drive file (renaming either renames both). */
export class DocContent {
  closed = false;
  dirty = false;
  readonly body: FakeBody;
  header: FakeHeader | null = null;
  footer: FakeFooter | null = null;

  constructor(
    readonly ctx: DocsContext,
    readonly file: DriveFileRecord,
  ) {
    this.body = new FakeBody(ctx, this);
    this.body.place(0, FakeParagraph.of(ctx, ""));
  }

  get id(): string {
    return this.file.id;
  }

  /** "A new document has one empty paragraph" in each new section. */
  newHeader(): FakeHeader {
    const h = new FakeHeader(this.ctx, this);
    h.place(0, FakeParagraph.of(this.ctx, ""));
    return h;
  }

  newFooter(): FakeFooter {
    const f = new FakeFooter(this.ctx, this);
    f.place(0, FakeParagraph.of(this.ctx, ""));
    return f;
  }

  dump(): DokumenDump {
    const a = this.body.attrs;
    return {
      id: this.id,
      name: this.file.name,
      url: documentUrl(this.id),
      saved: !this.dirty,
      page: {
        width: num(a.PAGE_WIDTH),
        height: num(a.PAGE_HEIGHT),
        marginTop: num(a.MARGIN_TOP),
        marginBottom: num(a.MARGIN_BOTTOM),
        marginLeft: num(a.MARGIN_LEFT),
        marginRight: num(a.MARGIN_RIGHT),
      },
      header: this.header ? this.header.children.map(dumpBlock) : null,
      body: this.body.children.map(dumpBlock),
      footer: this.footer ? this.footer.children.map(dumpBlock) : null,
    };
  }

  /** The text the fake PDF carries, header, body and footer in order. */
  text(): string {
    const out = [`== ${this.file.name} ==`];
    if (this.header) out.push("[kepala]", ...renderLines(this.header.children));
    out.push("[isi]", ...renderLines(this.body.children));
    if (this.footer) out.push("[kaki]", ...renderLines(this.footer.children));
    return `${out.join("\n")}\n`;
  }
}

function documentUrl(id: string): string {
  return `https://docs.google.com/open?id=${id}`;
}

/** A block of a seeded document (a user's own template). */
export type SeedBlock =
  | string
  | {
      readonly text: string;
      readonly heading?: keyof typeof GoogleAppsScript.Document.ParagraphHeading;
      readonly alignment?: keyof typeof GoogleAppsScript.Document.HorizontalAlignment;
      readonly bold?: boolean;
    }
  | { readonly table: readonly (readonly string[])[] }
  | { readonly listItem: string }
  | { readonly pageBreak: true };

/** A Google Doc that exists before the run, e.g. the user's template. */
export interface DocumentSeed {
  readonly name: string;
  readonly body: readonly SeedBlock[];
  readonly header?: readonly SeedBlock[];
  readonly footer?: readonly SeedBlock[];
  /** Folder ids; My Drive when absent. */
  readonly parents?: readonly string[];
  /** Picked by the user for the app (Google Picker), so Drive under drive.file sees it. */
  readonly granted?: boolean;
}

function seedInto(ctx: DocsContext, section: BlockContainer<object>, blocks: readonly SeedBlock[]): void {
  for (const c of section.children) c.parent = null;
  section.children = [];
  for (const b of blocks) {
    if (typeof b === "string")
      section.place(section.children.length, FakeParagraph.of(ctx, paragraphText(b, "seed")));
    else if ("table" in b)
      section.place(
        section.children.length,
        FakeTable.of(
          ctx,
          b.table.map((r) => [...r]),
        ),
      );
    else if ("listItem" in b) {
      const li = FakeListItem.of(ctx, paragraphText(b.listItem, "seed"));
      const prev = section.children.at(-1);
      li.listId = prev instanceof FakeListItem ? prev.listId : ctx.newListId();
      section.place(section.children.length, li);
    } else if ("pageBreak" in b) {
      const p = section.place(section.children.length, new FakeParagraph(ctx)) as FakeParagraph;
      p.place(0, new FakePageBreak(ctx));
    } else {
      const p = section.place(
        section.children.length,
        FakeParagraph.of(ctx, paragraphText(b.text, "seed")),
      ) as FakeParagraph;
      if (b.heading) p.attrs.HEADING = attrValue("HEADING", b.heading);
      if (b.alignment) p.attrs.HORIZONTAL_ALIGNMENT = attrValue("HORIZONTAL_ALIGNMENT", b.alignment);
      if (b.bold) for (const t of p.textNodes()) t.styleAll({ BOLD: true });
    }
  }
  const last = section.children.at(-1);
  if (!(last instanceof ParagraphLike)) section.place(section.children.length, FakeParagraph.of(ctx, ""));
}

/** Every Google Doc of one createFakeGoogle(); Drive creates and copies Docs through it. */
export class DocStore implements GoogleDocFiles {
  readonly contents = new Map<string, DocContent>();
  /** Ids of the documents the app created, in order. */
  readonly created: string[] = [];

  constructor(
    readonly ctx: DocsContext,
    private readonly drive: DriveState,
  ) {}

  private file(id: string): DriveFileRecord {
    const f = this.drive.files.get(id);
    if (f === undefined) throw new Error(`fake: tidak ada berkas Drive ${id}`);
    return f;
  }

  createEmpty(id: string): void {
    this.contents.set(id, new DocContent(this.ctx, this.file(id)));
    this.created.push(id);
  }

  /** Drive copies the saved document: edits not yet saved would be missing, so the fake refuses. */
  copy(fromId: string, toId: string): void {
    const from = this.get(fromId);
    if (from.dirty) {
      throw new Error(
        "fake: Drive.Files.copy dari dokumen yang belum disimpan (saveAndClose): salinannya tanpa perubahan terakhir",
      );
    }
    const to = new DocContent(this.ctx, this.file(toId));
    to.body.copyFrom(from.body);
    if (from.header) {
      to.header = to.newHeader();
      to.header.copyFrom(from.header);
    }
    if (from.footer) {
      to.footer = to.newFooter();
      to.footer.copyFrom(from.footer);
    }
    this.contents.set(toId, to);
    this.created.push(toId);
  }

  get(id: string): DocContent {
    const c = this.contents.get(id);
    if (c === undefined) throw new Error(`fake: tidak ada dokumen ${id}`);
    return c;
  }

  seed(documents: Readonly<Record<string, DocumentSeed>>): void {
    for (const [id, s] of Object.entries(documents)) {
      const file = this.drive.add({
        id,
        name: s.name,
        mimeType: DOC_MIME,
        parents: [...(s.parents ?? [ROOT_ID])],
        trashed: false,
        description: null,
        createdByApp: false,
        granted: s.granted ?? false,
        bytes: null,
      });
      const doc = new DocContent(this.ctx, file);
      seedInto(this.ctx, doc.body, s.body);
      if (s.header) {
        doc.header = doc.newHeader();
        seedInto(this.ctx, doc.header, s.header);
      }
      if (s.footer) {
        doc.footer = doc.newFooter();
        seedInto(this.ctx, doc.footer, s.footer);
      }
      this.contents.set(id, doc);
    }
  }

  handle(id: string): Document & DocumentHooks {
    return strict(new FakeDocument(this.get(id), this.drive), IFACE.Document, this.ctx.counts);
  }
}

export interface DocumentHooks {
  /** The document's content as plain JSON. Not counted. */
  __dump(): DokumenDump;
  /** The text of the fake PDF (what getAs("application/pdf") would carry now). Not counted. */
  __text(): string;
}

type DocumentImpl = Pick<
  Document,
  | "addFooter"
  | "addHeader"
  | "getAs"
  | "getBlob"
  | "getBody"
  | "getFooter"
  | "getHeader"
  | "getId"
  | "getName"
  | "getUrl"
  | "saveAndClose"
  | "setName"
>;

// https://developers.google.com/apps-script/reference/document/document
class FakeDocument extends Fake<Document> implements DocumentImpl, DocumentHooks {
  constructor(
    private readonly content: DocContent,
    private readonly drive: DriveState,
  ) {
    super();
  }

  private edit(): void {
    if (this.content.closed) throw new Error(DOCUMENT_CLOSED);
    this.content.dirty = true;
  }

  getId(): string {
    return this.content.id;
  }

  getName(): string {
    return this.content.file.name;
  }

  /** Renames the Drive file too: it is the same file. */
  setName(name: string): Document {
    if (typeof name !== "string" || name === "") throw new Error("fake: Document.setName perlu nama");
    this.edit();
    this.content.file.name = name;
    this.drive.touch(this.content.file);
    return this.self;
  }

  getUrl(): string {
    return documentUrl(this.content.id);
  }

  /** "Retrieves the first tab's Body" (tabs are not modelled). */
  getBody(): Body {
    return this.content.body.proxy;
  }

  /** null when the document has no header ("HeaderSection|null"). */
  getHeader(): HeaderSection {
    return (this.content.header?.proxy ?? null) as HeaderSection;
  }

  /** "Adds a document header section, if none exists." A second one is refused. */
  addHeader(): HeaderSection {
    if (this.content.header) throw new Error("fake: dokumen sudah punya header (Apps Script menolaknya)");
    this.edit();
    this.content.header = this.content.newHeader();
    return this.content.header.proxy;
  }

  getFooter(): FooterSection {
    return (this.content.footer?.proxy ?? null) as FooterSection;
  }

  addFooter(): FooterSection {
    if (this.content.footer) throw new Error("fake: dokumen sudah punya footer (Apps Script menolaknya)");
    this.edit();
    this.content.footer = this.content.newFooter();
    return this.content.footer.proxy;
  }

  /**
   * "Saves the current Document. Causes pending updates to be flushed and applied." A closed
   * document cannot be edited until DocumentApp.openById opens it again.
   */
  saveAndClose(): void {
    this.content.closed = true;
    this.content.dirty = false;
    this.drive.touch(this.content.file);
  }

  /**
   * "the MIME type to convert to; currently only 'application/pdf' is supported"
   * (https://developers.google.com/apps-script/reference/document/document#getAs(String)).
   * The PDF carries the saved content: with edits not yet saved (saveAndClose) it would miss them,
   * so the fake refuses. Its bytes: "%PDF-1.4", the document's text (__text()), "%%EOF".
   */
  getAs(contentType: string): Blob {
    if (contentType !== "application/pdf") {
      throw new Error(
        `fake: Document.getAs("${String(contentType)}"): hanya "application/pdf" yang didukung`,
      );
    }
    if (this.content.dirty) {
      throw new Error(
        "fake: Document.getAs sebelum saveAndClose(): PDF Apps Script tidak memuat perubahan yang belum disimpan",
      );
    }
    const pdf = `%PDF-1.4\n% sakip-sheets fake: bukan PDF sungguhan\n${this.content.text()}%%EOF\n`;
    return createBlob(
      this.content.ctx.counts,
      new TextEncoder().encode(pdf),
      "application/pdf",
      `${this.getName()}.pdf`,
    );
  }

  getBlob(): Blob {
    return this.getAs("application/pdf");
  }

  __dump(): DokumenDump {
    return this.content.dump();
  }

  __text(): string {
    return this.content.text();
  }
}

type DocumentAppImpl = Pick<
  DocumentApp,
  | "Attribute"
  | "ElementType"
  | "GlyphType"
  | "HorizontalAlignment"
  | "ParagraphHeading"
  | "TextAlignment"
  | "VerticalAlignment"
  | "create"
  | "openById"
>;

// https://developers.google.com/apps-script/reference/document/document-app
// getActiveDocument is not modelled (an add-on for Sheets has no active document): it throws.
class FakeDocumentApp extends Fake<DocumentApp> implements DocumentAppImpl {
  readonly Attribute = ATTRIBUTE;
  readonly ElementType = ELEMENT_TYPE;
  readonly GlyphType = GLYPH_TYPE;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly TextAlignment = TEXT_ALIGNMENT;
  readonly VerticalAlignment = VERTICAL_ALIGNMENT;

  constructor(
    private readonly store: DocStore,
    private readonly drive: DriveState,
  ) {
    super();
  }

  /** A new Doc in My Drive: a Drive file the app created (so drive.file reaches it). */
  create(name: string): Document {
    if (typeof name !== "string" || name === "") throw new Error("fake: DocumentApp.create perlu nama");
    const file = this.drive.add({
      id: this.drive.newId("Doc"),
      name,
      mimeType: DOC_MIME,
      parents: [ROOT_ID],
      trashed: false,
      description: null,
      createdByApp: true,
      granted: false,
      bytes: null,
    });
    this.store.createEmpty(file.id);
    return this.store.handle(file.id);
  }

  /**
   * Any Doc the user can open (the documents scope reaches the user's own templates): those
   * created here, through Drive, or seeded. Opening a closed document opens it again.
   */
  openById(id: string): Document {
    const content = this.store.contents.get(id);
    if (content === undefined) {
      throw new Error(`fake: DocumentApp.openById: tidak ada dokumen ${String(id)} (atau tanpa izin)`);
    }
    content.closed = false;
    return this.store.handle(id);
  }
}

export function createDocumentApp(store: DocStore, drive: DriveState): DocumentApp {
  return strict(new FakeDocumentApp(store, drive), IFACE.DocumentApp, store.ctx.counts);
}
