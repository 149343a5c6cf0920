// The sections of a document: Body (with the page's size and margins, images and page breaks),
// HeaderSection and FooterSection. Product code writes into them by index (insert*) and fills
// placeholders with replaceText/findText.
import { type Iface, unwrap } from "../core";
import { attrValue, notModelled, paragraphText } from "./attributes";
import { BlockContainer } from "./block";
import type { DocContent } from "./document";
import { type AnyNode, type DocsContext, detached, IFACE, Node } from "./node";
import { FakeInlineImage, FakeListItem, FakePageBreak, FakeParagraph, type InlineNode } from "./paragraph";
import { checkReplacement, re2Pattern } from "./re2";
import { FakeTable } from "./table";
import { findIn } from "./text";

type Element = GoogleAppsScript.Document.Element;
type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type InlineImage = GoogleAppsScript.Document.InlineImage;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type BlobSource = GoogleAppsScript.Base.BlobSource;

/** Body, HeaderSection, FooterSection: the roots of a document. */
export abstract class FakeSection<T extends object> extends BlockContainer<T> {
  constructor(
    ctx: DocsContext,
    iface: Iface,
    readonly doc: DocContent,
  ) {
    super(ctx, iface);
  }

  override rootOf(): DocContent {
    return this.doc;
  }

  clone(): Node<T> {
    throw notModelled("menyalin seksi dokumen");
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
   * size; the cells must be a rectangle of strings. In a Doc a table is always followed by a
   * paragraph, and two tables never touch: the Docs API inserts a newline before a table it
   * inserts (developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest:
   * "Inserts a table at the specified location. A newline character will be inserted before the
   * inserted table"), and a section always ends with a paragraph. So a table inserted right after
   * a table gets an empty paragraph before it, one inserted right before a table or at the end an
   * empty paragraph after it.
   */
  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    const i = this.insertIndex(childIndex);
    let t: FakeTable;
    if (Array.isArray(cellsOrTable)) t = FakeTable.of(this.ctx, cellsOrTable);
    else if (cellsOrTable === undefined || cellsOrTable === null) throw notModelled("insertTable tanpa isi");
    else t = detached(cellsOrTable, FakeTable, "Table");
    this.mutate();
    let k = i;
    if (this.children[k - 1]?.type === "TABLE") this.place(k++, FakeParagraph.of(this.ctx, ""));
    this.place(k, t);
    const sesudah = this.children[k + 1];
    if (sesudah === undefined || sesudah.type === "TABLE") this.place(k + 1, FakeParagraph.of(this.ctx, ""));
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
export class FakeBody extends FakeSection<Body> implements Pick<Body, BodyImpl> {
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
export class FakeHeader extends FakeSection<HeaderSection> implements Pick<HeaderSection, SectionImpl> {
  readonly type = "HEADER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.HeaderSection, doc);
  }
}

// https://developers.google.com/apps-script/reference/document/footer-section
export class FakeFooter extends FakeSection<FooterSection> implements Pick<FooterSection, SectionImpl> {
  readonly type = "FOOTER_SECTION";

  constructor(ctx: DocsContext, doc: DocContent) {
    super(ctx, IFACE.FooterSection, doc);
  }
}
