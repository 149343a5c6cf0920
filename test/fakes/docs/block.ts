// Paragraphs' containers: a section (Body, HeaderSection, FooterSection) or a table cell holds
// paragraphs, list items and (in sections) tables, and always ends with a paragraph.
import { checkIndex, childIndexError, LAST_PARAGRAPH, PARAGRAPH_AFTER_TABLE } from "./attributes";
import { Container, type Segment, textOf } from "./node";
import { type FakeListItem, FakeParagraph } from "./paragraph";
import type { FakeTable } from "./table";

type Element = GoogleAppsScript.Document.Element;

export type BlockNode = FakeParagraph | FakeListItem | FakeTable;

/** Body, HeaderSection, FooterSection and TableCell: paragraphs, list items (and tables in sections). */
export abstract class BlockContainer<T extends object> extends Container<T, BlockNode> {
  /** A section or cell always ends with a paragraph: its last child cannot go. */
  protected override canRemove(child: BlockNode): void {
    if (this.children.at(-1) === child) throw new Error(LAST_PARAGRAPH);
    // A table is always followed by a paragraph: the one between two tables cannot go.
    const i = this.children.indexOf(child);
    const sebelum = this.children[i - 1];
    const sesudah = this.children[i + 1];
    if (child.type === "PARAGRAPH" && sebelum?.type === "TABLE" && sesudah?.type === "TABLE") {
      throw new Error(PARAGRAPH_AFTER_TABLE);
    }
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
  fill(text: string): void {
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
