// Paragraphs and list items, and what sits inline in them besides text: images (a chart's PNG)
// and page breaks.
import { blobOf, type FakeBlob } from "../blob";
import { pngSize } from "../charts";
import { attrValue, PLAIN, paragraphText, type Style } from "./attributes";
import { Container, type DocsContext, IFACE, Node, type Segment, textOf } from "./node";
import { FakeText } from "./text";

type ContainerElement = GoogleAppsScript.Document.ContainerElement;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Text = GoogleAppsScript.Document.Text;
type InlineImage = GoogleAppsScript.Document.InlineImage;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
type ElementType = GoogleAppsScript.Document.ElementType;
type BlobSource = GoogleAppsScript.Base.BlobSource;

// https://developers.google.com/apps-script/reference/document/inline-image
export class FakeInlineImage
  extends Node<InlineImage>
  implements Pick<InlineImage, "getParent" | "getWidth" | "getHeight" | "setWidth" | "setHeight">
{
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

  // "getWidth() Retrieves the image's width, in pixels." / "setWidth(width) Sets the image's
  // width, in pixels." (and the same for the height); each setter returns the image.
  getWidth(): number {
    return this.attrs.WIDTH as number;
  }

  getHeight(): number {
    return this.attrs.HEIGHT as number;
  }

  setWidth(width: number): InlineImage {
    this.mutate();
    if (!Number.isInteger(width) || width < 1) throw new Error(`Lebar gambar ${width} tidak sah.`);
    this.attrs.WIDTH = width;
    return this.proxy;
  }

  setHeight(height: number): InlineImage {
    this.mutate();
    if (!Number.isInteger(height) || height < 1) throw new Error(`Tinggi gambar ${height} tidak sah.`);
    this.attrs.HEIGHT = height;
    return this.proxy;
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
export class FakePageBreak extends Node<PageBreak> {
  readonly type = "PAGE_BREAK";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.PageBreak);
  }

  clone(): FakePageBreak {
    return new FakePageBreak(this.ctx);
  }
}

/** A section break's style as the fake keeps it (SectionStyle.sectionType, flipPageOrientation). */
export interface SectionBreakStyle {
  sectionType: "NEXT_PAGE" | "CONTINUOUS";
  flipPageOrientation: boolean;
}

export type InlineNode = FakeText | FakeInlineImage | FakePageBreak;

/** Paragraph and ListItem: inline children (text, images, page breaks) and paragraph attributes. */
export abstract class ParagraphLike<T extends object> extends Container<T, InlineNode> {
  /**
   * The formatting of the newline that ends the paragraph. DocumentApp does not show it; the Docs
   * API does (a paragraph's last text run ends with "\n") and styles it like any character, and
   * text inserted into an empty paragraph takes it.
   */
  newlineStyle: Style = PLAIN;

  /**
   * The section break that follows this paragraph's newline, if any (Docs API SectionBreak: "A
   * section break represents the start of a new section, and the section style applies to the
   * section after the section break."). Only the REST API sees it: DocumentApp has no section
   * break element, so its `copy()` leaves it behind (a copy made with DocumentApp loses it).
   */
  sectionAfter: SectionBreakStyle | null = null;

  override segments(): Segment[] {
    return this.children.filter((c): c is FakeText => c instanceof FakeText);
  }

  protected copyInto<P extends ParagraphLike<object>>(p: P): P {
    p.attrs = { ...this.attrs };
    p.newlineStyle = this.newlineStyle;
    p.sectionAfter = this.sectionAfter ? { ...this.sectionAfter } : null;
    for (const c of this.children) p.place(p.children.length, c.clone() as InlineNode);
    return p;
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): T {
    const c = this.clone() as unknown as ParagraphLike<T>;
    c.sectionAfter = null;
    return c.proxy;
  }

  getText(): string {
    return textOf(this.segments());
  }

  // https://developers.google.com/apps-script/reference/document/element#getType()
  getType(): ElementType {
    return this.type as unknown as ElementType;
  }
}

type ParagraphImpl = Pick<
  Paragraph,
  | "appendInlineImage"
  | "asParagraph"
  | "copy"
  | "editAsText"
  | "getText"
  | "getType"
  | "setAlignment"
  | "setHeading"
  | "setText"
>;

// https://developers.google.com/apps-script/reference/document/paragraph
export class FakeParagraph extends ParagraphLike<Paragraph> implements ParagraphImpl {
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

  asParagraph(): Paragraph {
    return this.self;
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
export class FakeListItem
  extends ParagraphLike<ListItem>
  implements Pick<ListItem, "asListItem" | "copy" | "getText" | "getType">
{
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

  asListItem(): ListItem {
    return this.self;
  }
}
