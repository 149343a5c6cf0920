// The Docs REST API fake (the Advanced Docs service), split by concept: schema.ts (request and
// document types, refusals, readers), structure.ts (segments and indexes over the DocumentApp
// fake's element tree), edit.ts (the tree edits), requests/ (the request handlers: text, tables,
// styles), read.ts (Documents.get), service.ts (Docs.Documents, the atomic batch, counting).
export { MODELLED_REQUESTS } from "./requests";
export type {
  BatchUpdateDocumentRequest,
  DocumentStyle,
  MergeTableCellsRequest,
  PinTableHeaderRowsRequest,
  Request as DocsRequest,
  TableColumnProperties,
  TableRange,
  TableRowStyle,
  UpdateDocumentStyleRequest,
  UpdateTableCellStyleRequest,
  UpdateTableColumnPropertiesRequest,
} from "./schema";
export { DocsApiError } from "./schema";
export { createDocs } from "./service";
export { FOOTER_ID, HEADER_ID } from "./structure";
