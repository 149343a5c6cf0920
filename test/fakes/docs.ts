// Strict fakes of DocumentApp, Document and the elements a report uses: Body, HeaderSection,
// FooterSection, Paragraph, ListItem, Table, TableRow, TableCell, Text, InlineImage, PageBreak,
// RangeElement. Each holds the members product code calls (src/reports/docs.ts, buat.ts,
// drive.ts); any other member of the real interface throws. Behaviour follows the Apps Script
// reference, cited where it matters; what the reference leaves open is said where it is decided.
// Every Document records what was written: __dump() gives it as plain JSON (DokumenDump) for tests
// and the demo's HTML renderer.
import { blobOf, createBlob, type FakeBlob } from "./blob";
import { type ChartDump, pngSize } from "./charts";
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
const HORIZONTAL_ALIGNMENT = enumObject<typeof GoogleAppsScript.Document.HorizontalAlignment>(
  "document",
  "HorizontalAlignment",
);
const PARAGRAPH_HEADING = enumObject<typeof GoogleAppsScript.Document.ParagraphHeading>(
  "document",
  "ParagraphHeading",
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

function notModelled(what: string): Error {
  return new Error(`fake: ${what} tidak dimodelkan`);
}

// --- attributes ----------------------------------------------------------------------------

/**
 * The text attributes the fake holds, per character: the ones product code sets (Text.setBold,
 * setFontSize). Table.getAttributes reports them, so setAttributes carries them to another table.
 */
const TEXT_ATTRS = ["BOLD", "FONT_SIZE"] as const;
type TextAttr = (typeof TEXT_ATTRS)[number];
type Style = Readonly<Partial<Record<TextAttr, number | boolean>>>;
const PLAIN: Style = Object.freeze({});

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

function numberAttr(v: unknown, attr: string, min: number): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
    throw new Error(`fake: ${attr} harus angka >= ${min}, bukan ${String(v)}`);
  }
  return v;
}

/** A value checked against what the attribute takes, normalized (colors to #rrggbb). */
function attrValue(attr: string, v: unknown): string | number | boolean {
  switch (attr) {
    case "BOLD":
      if (typeof v !== "boolean") throw new Error(`fake: ${attr} harus boolean, bukan ${String(v)}`);
      return v;
    case "FONT_SIZE":
      return numberAttr(v, attr, 1);
    case "BACKGROUND_COLOR":
      return normalizeColor(v, attr);
    case "HEADING":
      return enumValue(v, PARAGRAPH_HEADING, attr);
    case "HORIZONTAL_ALIGNMENT":
      return enumValue(v, HORIZONTAL_ALIGNMENT, attr);
    case "PAGE_WIDTH":
    case "PAGE_HEIGHT":
      return numberAttr(v, attr, Number.MIN_VALUE);
    default:
      // BORDER_WIDTH, MARGIN_*: points, 0 allowed.
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
  const notModelledRe2 = (what: string) =>
    new Error(`fake: pola RE2 dengan ${what} tidak dimodelkan: ${pattern}`);
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) throw invalid("RE2 tidak mendukung backreference");
      if (next === "k" && pattern[i + 2] === "<") throw invalid("RE2 tidak mendukung backreference");
      if (/[QEzACpP]/.test(next)) throw notModelledRe2(`\\${next}`);
      if (next === "x" && pattern[i + 2] === "{") throw notModelledRe2("\\x{...}");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      if (pattern[i + 1] === "[" && pattern[i + 2] === ":") throw notModelledRe2("kelas POSIX");
      if (pattern[i + 1] === "]") i++;
      inClass = true;
      continue;
    }
    if (ch === "(" && pattern[i + 1] === "?") {
      const rest = pattern.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) throw invalid("RE2 tidak mendukung lookaround");
      if (rest.startsWith(":")) continue;
      if (/^P?<\w+>/.test(rest)) throw notModelledRe2("grup bernama");
      throw notModelledRe2("mode modifier");
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
  constructor(readonly counts: CallCounter) {}
}

type TypeName = keyof typeof GoogleAppsScript.Document.ElementType;
type AnyNode = Node<object>;
type Segment = FakeText | string;

function textOf(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === "string" ? s : s.chars)).join("");
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

  /** The document of a section (the root of a tree); null for any other element. */
  protected rootOf(): DocContent | null {
    return null;
  }

  /** The document this element is in, or null when detached. */
  docContent(): DocContent | null {
    let n: AnyNode = this as unknown as AnyNode;
    while (n.parent) n = n.parent;
    return n.rootOf();
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

  // Element members product code calls on an Element of unknown kind
  // (https://developers.google.com/apps-script/reference/document/element).

  getType(): ElementType {
    return this.type as unknown as ElementType;
  }

  private cast<U>(type: TypeName): U {
    if (this.type !== type) throw new Error(`fake: elemen ${this.type} tidak bisa dipakai sebagai ${type}`);
    return this.self as unknown as U;
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

  asText(): Text {
    return this.cast("TEXT");
  }
}

/** The value of a text attribute over these nodes when all characters share it, else null. */
function uniform(nodes: readonly FakeText[], attr: TextAttr): number | boolean | null {
  let seen: number | boolean | null | undefined;
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

  /** Checked before a child leaves: sections keep their last paragraph. */
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
}

/** The fake behind a proxy, which must be detached ("Element must be detached."). */
function detached<N extends AnyNode>(
  value: unknown,
  ctor: abstract new (...args: never[]) => N,
  what: string,
): N {
  const node = unwrap(value, ctor, what);
  if (node.parent !== null || node instanceof FakeSection) throw new Error(MUST_BE_DETACHED);
  return node;
}

// --- text ----------------------------------------------------------------------------------

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
    const prev = unwrap(from, FakeRangeElement, "RangeElement");
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
  implements Pick<RangeElement, "getElement" | "getStartOffset" | "getEndOffsetInclusive">
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
}

/**
 * A Text element (a run of characters with per-character attributes, child of a Paragraph or
 * ListItem), or, when `owner` is set, the Text view editAsText() gives of another element: its
 * text regions in order, with "\n" between paragraphs and "\t" between table cells (the
 * separators are not editable here). Non-text children (images, page breaks) are ignored, as
 * editAsText does.
 */
class FakeText
  extends Node<Text>
  implements Pick<Text, "deleteText" | "insertText" | "isBold" | "setBold" | "setFontSize">
{
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

  private length(): number {
    return textOf(this.segments()).length;
  }

  /** Applies attributes to every character (setBold(true), Table.setAttributes...). */
  styleAll(style: Style): void {
    for (const n of this.textNodes()) n.styles = n.styles.map((s) => ({ ...s, ...style }));
  }

  /** setX(value) on the whole text; the (start, endInclusive, value) form is not modelled. */
  private setAll(attr: TextAttr, args: unknown[]): Text {
    if (args.length !== 1)
      throw notModelled(`Text.set${attr === "BOLD" ? "Bold" : "FontSize"} dengan rentang`);
    const value = attrValue(attr, args[0]);
    this.mutate();
    this.styleAll({ [attr]: value });
    return this.self;
  }

  // https://developers.google.com/apps-script/reference/document/text

  setBold(...args: unknown[]): Text {
    return this.setAll("BOLD", args);
  }

  setFontSize(...args: unknown[]): Text {
    return this.setAll("FONT_SIZE", args);
  }

  /** Of the whole text: null when its characters differ ("Boolean|null"). */
  isBold(...args: unknown[]): boolean {
    if (args.length > 0) throw notModelled("Text.isBold(offset)");
    return uniform(this.textNodes(), "BOLD") as boolean;
  }

  /** The new characters take the formatting of the character before them (or after, at the start). */
  insertText(offset: number, text: string): Text {
    const o = checkIndex(offset, "Text.insertText: offset");
    const value = paragraphText(text, "Text.insertText");
    if (o < 0 || o > this.length()) throw new Error(`fake: Text.insertText: offset ${o} di luar teks`);
    this.mutate();
    if (value === "") return this.self;
    let at = 0;
    for (const s of this.segments()) {
      const len = typeof s === "string" ? s.length : s.chars.length;
      if (typeof s !== "string" && o >= at && o <= at + len) {
        const i = o - at;
        const style = s.styles[i - 1] ?? s.styles[i] ?? PLAIN;
        s.chars = s.chars.slice(0, i) + value + s.chars.slice(i);
        s.styles.splice(i, 0, ...Array.from(value, () => style));
        return this.self;
      }
      at += len;
    }
    throw notModelled("menyisipkan teks di sini");
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    const s = checkIndex(startOffset, "Text.deleteText: startOffset");
    const e = checkIndex(endOffsetInclusive, "Text.deleteText: endOffsetInclusive");
    const len = this.length();
    if (s < 0 || e < s || e >= len) {
      throw new Error(`fake: Text.deleteText: rentang ${s}..${e} di luar teks sepanjang ${len}`);
    }
    this.mutate();
    let at = 0;
    for (const seg of this.segments()) {
      const segLen = typeof seg === "string" ? seg.length : seg.chars.length;
      const lo = Math.max(s, at);
      const hi = Math.min(e, at + segLen - 1);
      if (lo <= hi) {
        if (typeof seg === "string") throw notModelled("menyunting lintas paragraf/sel");
        seg.chars = seg.chars.slice(0, lo - at) + seg.chars.slice(hi - at + 1);
        seg.styles.splice(lo - at, hi - lo + 1);
      }
      at += segLen;
    }
    return this.self;
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
}

// --- inline elements -------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/document/inline-image
class FakeInlineImage extends Node<InlineImage> implements Pick<InlineImage, "getParent"> {
  readonly type = "INLINE_IMAGE";

  constructor(
    ctx: DocsContext,
    readonly blob: FakeBlob,
  ) {
    super(ctx, IFACE.InlineImage);
  }

  /**
   * Docs reads the image's size from its bytes; the fake reads PNG only (what Charts give), in
   * pixels as InlineImage.getWidth/getHeight give it.
   */
  static from(ctx: DocsContext, source: unknown): FakeInlineImage {
    const blob = blobOf(source, "Blob");
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
    return img;
  }

  /** The paragraph holding the image. */
  getParent(): ContainerElement {
    return (this.parent?.proxy ?? null) as unknown as ContainerElement;
  }
}

// https://developers.google.com/apps-script/reference/document/page-break
class FakePageBreak extends Node<PageBreak> {
  readonly type = "PAGE_BREAK";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.PageBreak);
  }

  clone(): FakePageBreak {
    return new FakePageBreak(this.ctx);
  }
}

type InlineNode = FakeText | FakeInlineImage | FakePageBreak;

// --- paragraphs ----------------------------------------------------------------------------

/** Paragraph and ListItem: inline children (text, images, page breaks) and paragraph attributes. */
abstract class ParagraphLike<T extends object> extends Container<T, InlineNode> {
  override segments(): Segment[] {
    return this.children.filter((c): c is FakeText => c instanceof FakeText);
  }

  protected copyInto<P extends ParagraphLike<object>>(p: P): P {
    p.attrs = { ...this.attrs };
    for (const c of this.children) p.place(p.children.length, c.clone() as InlineNode);
    return p;
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): T {
    return this.clone().proxy as T;
  }

  getText(): string {
    return textOf(this.segments());
  }
}

type ParagraphImpl = Pick<
  Paragraph,
  "appendInlineImage" | "copy" | "editAsText" | "getText" | "setAlignment" | "setHeading" | "setText"
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

  /**
   * "Sets the contents of the paragraph as plain text": the children are replaced by one text
   * run, formatted as the old first character.
   */
  setText(text: string): void {
    const value = paragraphText(text, "setText");
    this.mutate();
    const style = this.textNodes()[0]?.styles[0] ?? PLAIN;
    for (const c of this.children) c.parent = null;
    this.children = [];
    if (value !== "") this.place(0, FakeText.of(this.ctx, value, style));
  }

  /** "Obtains a Text version of the current element, for editing." */
  editAsText(): Text {
    return new FakeText(this.ctx, this).proxy;
  }

  appendInlineImage(image: BlobSource | InlineImage): InlineImage {
    const img = FakeInlineImage.from(this.ctx, image);
    this.mutate();
    return this.place(this.children.length, img).proxy as InlineImage;
  }

  setHeading(heading: ParagraphHeading): Paragraph {
    this.mutate();
    this.attrs.HEADING = attrValue("HEADING", heading);
    return this.self;
  }

  setAlignment(alignment: HorizontalAlignment): Paragraph {
    this.mutate();
    this.attrs.HORIZONTAL_ALIGNMENT = attrValue("HORIZONTAL_ALIGNMENT", alignment);
    return this.self;
  }
}

// https://developers.google.com/apps-script/reference/document/list-item
class FakeListItem extends ParagraphLike<ListItem> implements Pick<ListItem, "copy" | "getText"> {
  readonly type = "LIST_ITEM";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.ListItem);
  }

  static of(ctx: DocsContext, text: string): FakeListItem {
    const li = new FakeListItem(ctx);
    if (text !== "") li.place(0, FakeText.of(ctx, text));
    return li;
  }

  clone(): FakeListItem {
    return this.copyInto(new FakeListItem(this.ctx));
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

  /** Text with "\n" makes one paragraph per line. */
  protected fill(text: string): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    for (const line of text.split("\n")) this.place(this.children.length, FakeParagraph.of(this.ctx, line));
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

  getText(): string {
    return textOf(this.segments());
  }
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

  protected override rootOf(): DocContent {
    return this.doc;
  }

  clone(): Node<T> {
    throw notModelled("menyalin seksi dokumen");
  }

  /** Copies another section's children in (for Drive.Files.copy of a Doc). Not counted. */
  copyFrom(other: BlockContainer<object>): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    this.attrs = { ...other.attrs };
    for (const c of other.children) this.place(this.children.length, c.clone() as BlockNode);
  }

  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    const i = this.insertIndex(childIndex);
    const p =
      typeof paragraph === "string"
        ? FakeParagraph.of(this.ctx, paragraphText(paragraph, "insertParagraph"))
        : detached(paragraph, FakeParagraph, "Paragraph");
    this.mutate();
    return this.place(i, p).proxy as Paragraph;
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const i = this.insertIndex(childIndex);
    const li =
      typeof listItem === "string"
        ? FakeListItem.of(this.ctx, paragraphText(listItem, "insertListItem"))
        : detached(listItem, FakeListItem, "ListItem");
    this.mutate();
    return this.place(i, li).proxy as ListItem;
  }

  /**
   * "Creates and inserts a new Table containing the specified cells": one call, whatever the
   * size; the cells must be a rectangle of strings. A table is followed by a paragraph when it
   * would end the section, as a section always ends with one (Docs adds the empty paragraph seen
   * after a table at the end).
   */
  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    const i = this.insertIndex(childIndex);
    let t: FakeTable;
    if (Array.isArray(cellsOrTable)) t = FakeTable.of(this.ctx, cellsOrTable);
    else if (cellsOrTable === undefined || cellsOrTable === null) throw notModelled("insertTable tanpa isi");
    else t = detached(cellsOrTable, FakeTable, "Table");
    this.mutate();
    this.place(i, t);
    if (i === this.children.length - 1) this.place(this.children.length, FakeParagraph.of(this.ctx, ""));
    return t.proxy;
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
}

type SectionImpl =
  | "findText"
  | "getChild"
  | "getNumChildren"
  | "getText"
  | "insertListItem"
  | "insertParagraph"
  | "insertTable"
  | "replaceText";

type BodyImpl =
  | SectionImpl
  | "insertImage"
  | "insertPageBreak"
  | "removeChild"
  | "getMarginTop"
  | "setMarginTop"
  | "getMarginBottom"
  | "setMarginBottom"
  | "getMarginLeft"
  | "setMarginLeft"
  | "getMarginRight"
  | "setMarginRight"
  | "getPageWidth"
  | "setPageWidth"
  | "getPageHeight"
  | "setPageHeight";

// https://developers.google.com/apps-script/reference/document/body
class FakeBody extends FakeSection<Body> implements Pick<Body, BodyImpl> {
  readonly type = "BODY_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.Body, doc);
  }

  removeChild(child: Element): Body {
    this.detach(unwrap(child, Node, "Element") as AnyNode);
    return this.self;
  }

  /** Body holds no image or PageBreak itself: they go into a new paragraph. */
  private inNewParagraph<N extends InlineNode>(childIndex: number, node: N): N {
    const i = this.insertIndex(childIndex);
    this.mutate();
    const p = this.place(i, new FakeParagraph(this.ctx)) as FakeParagraph;
    return p.place(0, node) as N;
  }

  insertImage(childIndex: number, image: BlobSource | InlineImage): InlineImage {
    return this.inNewParagraph(childIndex, FakeInlineImage.from(this.ctx, image)).proxy;
  }

  insertPageBreak(childIndex: number, pageBreak?: PageBreak | null): PageBreak {
    if (pageBreak !== undefined && pageBreak !== null) throw notModelled("insertPageBreak(index, PageBreak)");
    return this.inNewParagraph(childIndex, new FakePageBreak(this.ctx)).proxy;
  }

  private page(attr: string): number {
    return (this.attrs[attr] ?? null) as number;
  }

  private setPage(attr: string, v: number): Body {
    this.mutate();
    this.attrs[attr] = attrValue(attr, v);
    return this.self;
  }

  // Unset page attributes read null: the defaults depend on the user's locale (Letter or A4).
  getMarginTop(): number {
    return this.page("MARGIN_TOP");
  }

  setMarginTop(v: number): Body {
    return this.setPage("MARGIN_TOP", v);
  }

  getMarginBottom(): number {
    return this.page("MARGIN_BOTTOM");
  }

  setMarginBottom(v: number): Body {
    return this.setPage("MARGIN_BOTTOM", v);
  }

  getMarginLeft(): number {
    return this.page("MARGIN_LEFT");
  }

  setMarginLeft(v: number): Body {
    return this.setPage("MARGIN_LEFT", v);
  }

  getMarginRight(): number {
    return this.page("MARGIN_RIGHT");
  }

  setMarginRight(v: number): Body {
    return this.setPage("MARGIN_RIGHT", v);
  }

  getPageWidth(): number {
    return this.page("PAGE_WIDTH");
  }

  setPageWidth(v: number): Body {
    return this.setPage("PAGE_WIDTH", v);
  }

  getPageHeight(): number {
    return this.page("PAGE_HEIGHT");
  }

  setPageHeight(v: number): Body {
    return this.setPage("PAGE_HEIGHT", v);
  }
}

// https://developers.google.com/apps-script/reference/document/header-section
class FakeHeader extends FakeSection<HeaderSection> implements Pick<HeaderSection, SectionImpl> {
  readonly type = "HEADER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.HeaderSection, doc);
  }
}

// https://developers.google.com/apps-script/reference/document/footer-section
class FakeFooter extends FakeSection<FooterSection> implements Pick<FooterSection, SectionImpl> {
  readonly type = "FOOTER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.FooterSection, doc);
  }
}

// --- tables --------------------------------------------------------------------------------

type CellImpl = Pick<
  TableCell,
  "editAsText" | "getBackgroundColor" | "getChild" | "getNumChildren" | "getText" | "setBackgroundColor"
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

  editAsText(): Text {
    return new FakeText(this.ctx, this).proxy;
  }

  /** null unless set ("String|null"). The cell's shading, not the text's highlight. */
  getBackgroundColor(): string {
    return (this.attrs.BACKGROUND_COLOR ?? null) as string;
  }

  setBackgroundColor(color: string): TableCell {
    this.mutate();
    this.attrs.BACKGROUND_COLOR = attrValue("BACKGROUND_COLOR", color);
    return this.self;
  }
}

// https://developers.google.com/apps-script/reference/document/table-row
class FakeTableRow
  extends Container<TableRow, FakeTableCell>
  implements Pick<TableRow, "editAsText" | "getCell" | "getNumCells">
{
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

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((c, i) => {
      if (i > 0) out.push("\t");
      out.push(...c.segments());
    });
    return out;
  }

  editAsText(): Text {
    return new FakeText(this.ctx, this).proxy;
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
}

type TableImpl = Pick<
  Table,
  | "copy"
  | "getAttributes"
  | "getColumnWidth"
  | "getNumRows"
  | "getRow"
  | "setAttributes"
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

  /** A table from a rectangle of strings (insertTable(index, cells)); built without a counted call. */
  static of(ctx: DocsContext, cells: unknown[]): FakeTable {
    const width = Array.isArray(cells[0]) ? cells[0].length : -1;
    for (const row of cells) {
      if (!Array.isArray(row) || row.length !== width || row.some((c) => typeof c !== "string")) {
        throw new Error("fake: insertTable perlu larik persegi berisi teks (String[][])");
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

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((r, i) => {
      if (i > 0) out.push("\n");
      out.push(...r.segments());
    });
    return out;
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): Table {
    return this.clone().proxy;
  }

  /**
   * The table's own attributes and those of its text, each null where the characters differ
   * (https://developers.google.com/apps-script/reference/document/table#getAttributes()).
   */
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = { BORDER_WIDTH: this.attrs.BORDER_WIDTH ?? null };
    const nodes = this.textNodes();
    for (const a of TEXT_ATTRS) out[a] = uniform(nodes, a);
    return out;
  }

  /**
   * "each property name is an item in the DocumentApp.Attribute enumeration". A null value leaves
   * the attribute as it is (getAttributes gives null for what is unset or mixed); a text attribute
   * reaches all the table's text. An attribute that does not apply to a table is refused: the
   * fake does not guess whether Docs ignores it.
   */
  setAttributes(attributes: unknown): Table {
    if (typeof attributes !== "object" || attributes === null) {
      throw new Error("fake: setAttributes perlu objek atribut");
    }
    this.mutate();
    const text: Record<string, number | boolean> = {};
    for (const [key, raw] of Object.entries(attributes)) {
      if (!(key in ATTRIBUTE)) throw new Error(`fake: ${key} bukan DocumentApp.Attribute`);
      if (raw === null || raw === undefined) continue;
      const value = attrValue(key, raw);
      if (key === "BORDER_WIDTH") this.attrs[key] = value;
      else if ((TEXT_ATTRS as readonly string[]).includes(key)) text[key] = value as number | boolean;
      else throw new Error(`fake: atribut ${key} tidak berlaku untuk TABLE`);
    }
    for (const node of this.textNodes()) node.styleAll(text);
    return this.self;
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

  setBorderWidth(width: number): Table {
    this.mutate();
    this.attrs.BORDER_WIDTH = attrValue("BORDER_WIDTH", width);
    return this.self;
  }

  columns(): number {
    return Math.max(0, ...this.children.map((r) => r.children.length));
  }

  private column(columnIndex: unknown): number {
    const i = checkIndex(columnIndex, "columnIndex");
    if (i < 0 || i >= this.columns())
      throw new Error(`fake: kolom ${i} di luar tabel ${this.columns()} kolom`);
    return i;
  }

  /** In points; null for a column never set. */
  getColumnWidth(columnIndex: number): number {
    return (this.columnWidths.get(this.column(columnIndex)) ?? null) as number;
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    const i = this.column(columnIndex);
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
  readonly fontSize?: number;
}

export interface ImageDump {
  readonly type: "image";
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  readonly contentType: string | null;
  /** What the chart shows, when the image came from Charts (Chart.getAs). */
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
  /** getText(): the text runs joined ("\r" is a line break inside the paragraph). */
  readonly text: string;
  /** Text runs, images and page breaks in order. */
  readonly content: readonly InlineDump[];
}

export interface ListItemDump extends Omit<ParagraphDump, "type"> {
  readonly type: "listItem";
}

export interface TableCellDump {
  readonly text: string;
  /** Cell shading, #rrggbb. */
  readonly background: string | null;
  readonly content: readonly BlockDump[];
}

export interface TableRowDump {
  readonly cells: readonly TableCellDump[];
}

export interface TableDump {
  readonly type: "table";
  /** Points; 0 for a table drawn without lines. */
  readonly borderWidth: number | null;
  /** Points per column; null where never set. */
  readonly columnWidths: readonly (number | null)[];
  readonly rows: readonly TableRowDump[];
}

export type BlockDump = ParagraphDump | ListItemDump | TableDump;

/** What a Google Doc of this fake holds, as plain JSON: the contract for the demo's HTML renderer. */
export interface DokumenDump {
  readonly id: string;
  readonly name: string;
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

function runs(t: FakeText): TextRunDump[] {
  const out: TextRunDump[] = [];
  let key = "";
  for (let i = 0; i < t.chars.length; i++) {
    const style = t.styles[i] ?? PLAIN;
    const run: { type: "text"; text: string; bold?: true; fontSize?: number } = { type: "text", text: "" };
    if (style.BOLD === true) run.bold = true;
    if (typeof style.FONT_SIZE === "number") run.fontSize = style.FONT_SIZE;
    const k = JSON.stringify({ ...run, text: "" });
    const last = out.at(-1);
    if (last && k === key) (last as { text: string }).text += t.chars[i];
    else {
      run.text = t.chars[i] ?? "";
      out.push(run);
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
      chart: n.blob.chart ?? null,
    },
  ];
}

function dumpParagraph(p: FakeParagraph | FakeListItem): ParagraphDump | ListItemDump {
  return {
    type: p instanceof FakeListItem ? "listItem" : "paragraph",
    heading: str(p.attrs.HEADING) ?? "NORMAL",
    alignment: str(p.attrs.HORIZONTAL_ALIGNMENT),
    text: p.getText(),
    content: p.children.flatMap(dumpInline),
  };
}

function dumpBlock(b: BlockNode): BlockDump {
  if (!(b instanceof FakeTable)) return dumpParagraph(b);
  return {
    type: "table",
    borderWidth: num(b.attrs.BORDER_WIDTH),
    columnWidths: Array.from({ length: b.columns() }, (_, i) => b.columnWidths.get(i) ?? null),
    rows: b.children.map((r) => ({
      cells: r.children.map((c) => ({
        text: c.getText(),
        background: str(c.attrs.BACKGROUND_COLOR),
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

/** One Google Doc's content; its name lives in its Drive file. */
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
  const add = <B extends BlockNode>(b: B): B => section.place(section.children.length, b) as B;
  for (const b of blocks) {
    if (typeof b === "string") add(FakeParagraph.of(ctx, paragraphText(b, "seed")));
    else if ("table" in b)
      add(
        FakeTable.of(
          ctx,
          b.table.map((r) => [...r]),
        ),
      );
    else if ("listItem" in b) add(FakeListItem.of(ctx, paragraphText(b.listItem, "seed")));
    else if ("pageBreak" in b) add(new FakeParagraph(ctx)).place(0, new FakePageBreak(ctx));
    else {
      const p = add(FakeParagraph.of(ctx, paragraphText(b.text, "seed")));
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
  | "getBody"
  | "getFooter"
  | "getHeader"
  | "getId"
  | "getName"
  | "saveAndClose"
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

  __dump(): DokumenDump {
    return this.content.dump();
  }

  __text(): string {
    return this.content.text();
  }
}

// https://developers.google.com/apps-script/reference/document/document-app
// getActiveDocument is not modelled (an add-on for Sheets has no active document): it throws.
class FakeDocumentApp
  extends Fake<DocumentApp>
  implements
    Pick<DocumentApp, "ElementType" | "HorizontalAlignment" | "ParagraphHeading" | "create" | "openById">
{
  readonly ElementType = ELEMENT_TYPE;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly ParagraphHeading = PARAGRAPH_HEADING;

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
