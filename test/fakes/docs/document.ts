// Documents: DocumentApp (create, openById), Document (sections, saveAndClose, the PDF), the store
// of every Doc of one createFakeGoogle() that Drive creates Docs through, and the seeds (a
// user's own template) tests start from.
import { createBlob } from "../blob";
import { Fake, strict } from "../core";
import { DOC_MIME, type DriveFileRecord, type DriveState, type GoogleDocFiles, ROOT_ID } from "../drive";
import {
  attrValue,
  DOCUMENT_CLOSED,
  ELEMENT_TYPE,
  HORIZONTAL_ALIGNMENT,
  PARAGRAPH_HEADING,
  paragraphText,
} from "./attributes";
import type { BlockContainer, BlockNode } from "./block";
import { type DokumenDump, dumpBlock, num, renderLines } from "./dump";
import { type DocsContext, IFACE } from "./node";
import { FakeListItem, FakePageBreak, FakeParagraph, ParagraphLike } from "./paragraph";
import { FakeBody, FakeFooter, FakeHeader } from "./section";
import { FakeTable } from "./table";

type DocumentApp = GoogleAppsScript.Document.DocumentApp;
type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type Blob = GoogleAppsScript.Base.Blob;

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

/** Every Google Doc of one createFakeGoogle(); Drive creates Docs through it. */
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

  copyInto(from: string, to: string): void {
    const src = this.get(from);
    if (src.dirty) throw new Error(`fake: Files.copy: dokumen ${from} punya perubahan yang belum disimpan`);
    this.createEmpty(to);
    const doc = this.get(to);
    const copy = (a: BlockContainer<object>, b: BlockContainer<object>) => {
      for (const c of b.children) c.parent = null;
      b.children = [];
      b.attrs = { ...a.attrs };
      for (const c of a.children) b.place(b.children.length, c.clone() as BlockNode);
    };
    copy(src.body, doc.body);
    if (src.header) {
      doc.header = doc.newHeader();
      copy(src.header, doc.header);
    }
    if (src.footer) {
      doc.footer = doc.newFooter();
      copy(src.footer, doc.footer);
    }
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
        createdByApp: false,
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
    return strict(new FakeDocument(this.get(id)), IFACE.Document, this.ctx.counts);
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
  constructor(private readonly content: DocContent) {
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
      createdByApp: true,
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
