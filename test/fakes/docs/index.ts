// The Docs fakes, split by concept: attributes.ts (enums, attribute values, refusal messages),
// re2.ts (patterns), node.ts (the element tree), text.ts (text runs), paragraph.ts (paragraphs,
// list items, inline images and page breaks), block.ts (what holds paragraphs), section.ts (body,
// header, footer), table.ts, dump.ts (DokumenDump and the PDF text), document.ts (Document,
// DocumentApp, the store and seeds).
export { DOCUMENT_CLOSED, LAST_PARAGRAPH, MUST_BE_DETACHED } from "./attributes";
export {
  createDocumentApp,
  DocStore,
  type DocumentHooks,
  type DocumentSeed,
  type SeedBlock,
} from "./document";
export type {
  BlockDump,
  DokumenDump,
  ImageDump,
  InlineDump,
  ListItemDump,
  PageBreakDump,
  ParagraphDump,
  TableCellDump,
  TableDump,
  TableRowDump,
  TextRunDump,
} from "./dump";
export { DocsContext } from "./node";
