// Text runs: the Text element (characters with their bold and font size), the Text view
// editAsText() gives of a paragraph, row or cell, and findText's RangeElement.
import { Fake, strict, unwrap } from "../core";
import {
  attrValue,
  checkIndex,
  notModelled,
  PLAIN,
  paragraphText,
  type Style,
  type TextAttr,
} from "./attributes";
import type { DocContent } from "./document";
import { type AnyNode, type DocsContext, IFACE, Node, type Segment, textOf, uniform } from "./node";
import { emptyMatch, re2Pattern } from "./re2";

type Element = GoogleAppsScript.Document.Element;
type Text = GoogleAppsScript.Document.Text;
type RangeElement = GoogleAppsScript.Document.RangeElement;

export function findIn(
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
export class FakeText
  extends Node<Text>
  implements
    Pick<
      Text,
      | "asText"
      | "deleteText"
      | "getLinkUrl"
      | "getParent"
      | "insertText"
      | "isBold"
      | "setBold"
      | "setFontSize"
      | "setLinkUrl"
    >
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

  /**
   * "Retrieves the element's parent element. The parent element contains the current element."
   * (Text.getParent): the paragraph holding this run; a Text view of another element has none here.
   */
  getParent(): GoogleAppsScript.Document.ContainerElement {
    if (this.owner !== null) throw new Error("fake: getParent pada tampilan editAsText tidak dimodelkan");
    return (this.parent?.proxy ?? null) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  static of(ctx: DocsContext, text: string, style: Style = PLAIN): FakeText {
    const t = new FakeText(ctx);
    t.chars = text;
    t.styles = Array.from(text, () => style);
    return t;
  }

  /** What RangeElement.getElement() gives is the Text itself. */
  asText(): Text {
    return this.self;
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

  /**
   * setLinkUrl(startOffset, endOffsetInclusive, url): "Sets the link URL to the given range of
   * text" (Text.setLinkUrl); the whole-text form is not modelled.
   */
  setLinkUrl(...args: unknown[]): Text {
    if (args.length !== 3) throw notModelled("Text.setLinkUrl tanpa rentang");
    const s = checkIndex(args[0], "Text.setLinkUrl: startOffset");
    const e = checkIndex(args[1], "Text.setLinkUrl: endOffsetInclusive");
    const url = attrValue("LINK_URL", args[2]);
    const len = this.length();
    if (s < 0 || e < s || e >= len)
      throw new Error(`fake: Text.setLinkUrl: rentang ${s}..${e} di luar teks sepanjang ${len}`);
    this.mutate();
    let at = 0;
    for (const seg of this.segments()) {
      const segLen = typeof seg === "string" ? seg.length : seg.chars.length;
      if (typeof seg !== "string") {
        for (let i = Math.max(s, at); i <= Math.min(e, at + segLen - 1); i++) {
          seg.styles[i - at] = { ...seg.styles[i - at], LINK_URL: url };
        }
      }
      at += segLen;
    }
    return this.self;
  }

  /** getLinkUrl(offset): the link of the character there, or null. */
  getLinkUrl(...args: unknown[]): string {
    if (args.length !== 1) throw notModelled("Text.getLinkUrl tanpa offset");
    const o = checkIndex(args[0], "Text.getLinkUrl: offset");
    let at = 0;
    for (const seg of this.segments()) {
      const segLen = typeof seg === "string" ? seg.length : seg.chars.length;
      if (typeof seg !== "string" && o >= at && o < at + segLen)
        return ((seg.styles[o - at]?.LINK_URL as string | undefined) ?? null) as string;
      at += segLen;
    }
    return null as unknown as string;
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
