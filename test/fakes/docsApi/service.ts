// The Advanced Docs service (the Docs REST API v1 under the `documents` scope): `Docs.Documents.get`
// and `Docs.Documents.batchUpdate`, over the same documents as the DocumentApp fake (DocStore):
// a Doc made by DocumentApp.create, by Drive's Files.create with the Docs type, or seeded.
//
// Between the two services, as in Apps Script:
// - DocumentApp's changes reach the document when saved ("Saves the current Document. Causes
//   pending updates to be flushed and applied.", Document.saveAndClose): the API reads and edits
//   the saved document, so the fake refuses a document with unsaved DocumentApp changes rather
//   than read past them;
// - after a batchUpdate, a Document opened before holds a stale copy: the fake closes the
//   document, so DocumentApp must openById it again before editing it.
import { type CallCounter, Fake, type Iface, strict } from "../core";
import type { DocContent, DocStore } from "../docs/document";
import { readDocument } from "./read";
import { applyRequests } from "./requests";
import { DocsApiError, fields, notModelled, text as readText } from "./schema";
import { Model } from "./structure";

type DocsService = GoogleAppsScript.Docs;
type DocumentsCollection = GoogleAppsScript.Docs.Collection.DocumentsCollection;
type Document = GoogleAppsScript.Docs.Schema.Document;
type BatchUpdateDocumentRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchUpdateDocumentResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

const IFACE = {
  Docs: { file: "docs_v1", name: "Docs" },
  Documents: { file: "docs_v1", name: "DocumentsCollection", counted: "Documents" },
} as const satisfies Record<string, Iface>;

/** FNV-1a, 32 bits: a revision id that changes when the document does. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * "The revision ID is not a sequential number but an opaque string. [...] If the revision ID is
 * unchanged between calls, then the document has not changed." The fake's is a hash of the content.
 */
function withRevision(doc: Document): Document {
  return { ...doc, revisionId: `fakeRev${hash(JSON.stringify(doc))}` };
}

// https://developers.google.com/docs/api/reference/rest/v1/documents
class FakeDocuments
  extends Fake<DocumentsCollection>
  implements Pick<DocumentsCollection, "get" | "batchUpdate">
{
  constructor(private readonly store: DocStore) {
    super();
  }

  private content(method: "get" | "batchUpdate", id: unknown): DocContent {
    const doc = typeof id === "string" ? this.store.contents.get(id) : undefined;
    if (doc === undefined) throw new DocsApiError(method, "Requested entity was not found.", 404);
    if (doc.dirty) {
      throw new Error(
        `fake: Docs.Documents.${method}: dokumen ${doc.id} punya perubahan DocumentApp yang belum disimpan; ` +
          "panggil saveAndClose() dulu (Docs API membaca dokumen tersimpan)",
      );
    }
    return doc;
  }

  /** "Gets the latest version of the specified document." (its first tab: tabs are not modelled) */
  get(documentId: string, optionalArgs?: object): Document {
    if (optionalArgs !== undefined && Object.keys(optionalArgs).length > 0) {
      throw notModelled(`Documents.get dengan ${Object.keys(optionalArgs).join(", ")}`);
    }
    const doc = this.content("get", documentId);
    return withRevision(readDocument(doc, Model.of(doc)));
  }

  /**
   * "Applies one or more updates to the document. Each request is validated before being applied.
   * If any request is not valid, then the entire request will fail and nothing will be applied."
   * The fake applies the batch to a copy of the document first; only when every request passed
   * does it apply it to the document. writeControl.requiredRevisionId: "If this is not the latest
   * revision of the document, the request is not processed and returns a 400 bad request error."
   */
  batchUpdate(resource: BatchUpdateDocumentRequest, documentId: string): BatchUpdateDocumentResponse {
    const doc = this.content("batchUpdate", documentId);
    const req = fields(resource, "body", ["requests", "writeControl"]);
    const control = fields(req.writeControl, "writeControl", ["requiredRevisionId", "targetRevisionId"]);
    if (control.targetRevisionId !== undefined) throw notModelled("writeControl.targetRevisionId");
    const revision = () => withRevision(readDocument(doc, Model.of(doc))).revisionId ?? "";
    if (control.requiredRevisionId !== undefined) {
      const required = readText(control.requiredRevisionId, "writeControl.requiredRevisionId");
      if (required !== revision()) {
        throw new DocsApiError(
          "batchUpdate",
          `The required revision ID '${required}' does not match the latest revision.`,
        );
      }
    }
    applyRequests(Model.copyOf(doc), req.requests);
    const replies = applyRequests(Model.of(doc), req.requests);
    if (replies.length > 0) doc.closed = true;
    return { documentId: doc.id, replies, writeControl: { requiredRevisionId: revision() } };
  }
}

// The Advanced Docs service object: Documents; the new*() builders are not modelled (they throw).
class FakeDocs extends Fake<DocsService> implements Pick<DocsService, "Documents"> {
  readonly Documents: DocumentsCollection;

  constructor(store: DocStore, counts: CallCounter) {
    super();
    this.Documents = strict(new FakeDocuments(store), IFACE.Documents, counts);
  }
}

export function createDocs(store: DocStore, counts: CallCounter): DocsService {
  return strict(new FakeDocs(store, counts), IFACE.Docs, counts);
}
