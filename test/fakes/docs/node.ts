// The element tree of the Docs fakes: every element is a Node (counted and strict as its real
// interface), a Container holds others. A change to an element of a closed document is refused
// here. The Element members (getType, as*) are on the kinds product code calls them on: the
// children of a section or cell (Paragraph, ListItem, Table) and a found Text; a cast to another
// kind throws as not implemented.
import { type CallCounter, Fake, type Iface, strict, unwrap } from "../core";
import { DOCUMENT_CLOSED, MUST_BE_DETACHED, NOT_A_CHILD, type TextAttr } from "./attributes";
import type { DocContent } from "./document";
import type { FakeText } from "./text";

export const IFACE = {
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

export class DocsContext {
  constructor(readonly counts: CallCounter) {}
}

type TypeName = keyof typeof GoogleAppsScript.Document.ElementType;
export type AnyNode = Node<object>;
export type Segment = FakeText | string;

export function textOf(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === "string" ? s : s.chars)).join("");
}

/**
 * One element of a document. `proxy` is the strict object product code holds; methods return it,
 * never the raw node, so chained calls stay counted and strict.
 */
export abstract class Node<T extends object> extends Fake<T> {
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
  rootOf(): DocContent | null {
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
}

/** The value of a text attribute over these nodes when all characters share it, else null. */
export function uniform(nodes: readonly FakeText[], attr: TextAttr): number | boolean | string | null {
  let seen: number | boolean | string | null | undefined;
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
export abstract class Container<T extends object, C extends AnyNode> extends Node<T> {
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
export function detached<N extends AnyNode>(
  value: unknown,
  ctor: abstract new (...args: never[]) => N,
  what: string,
): N {
  const node = unwrap(value, ctor, what);
  // A section is a root: never detached, never inserted.
  if (node.parent !== null || node.docContent() !== null) throw new Error(MUST_BE_DETACHED);
  return node;
}
