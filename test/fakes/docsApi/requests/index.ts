// The requests of a batchUpdate, applied in order to one model: each handler reads its request
// strictly (an unknown field is refused as the API refuses it) and throws when the API would.
import { DocsApiError, fields, notModelled, REQUEST_KINDS, unknownField, type Where } from "../schema";
import type { Model } from "../structure";
import { insertSectionBreak, updateSectionStyle } from "./sections";
import { updateDocumentStyle, updateParagraphStyle, updateTextStyle } from "./styles";
import {
  deleteTableRow,
  insertTable,
  insertTableRow,
  mergeTableCells,
  pinTableHeaderRows,
  updateTableCellStyle,
  updateTableColumnProperties,
} from "./tables";
import { deleteContentRange, insertPageBreak, insertText, replaceAllText } from "./text";

type Reply = GoogleAppsScript.Docs.Schema.Response;
type Handler = (model: Model, value: unknown, path: string, at: Where) => Reply;

const HANDLERS: Readonly<Record<string, Handler>> = {
  insertText,
  insertPageBreak,
  deleteContentRange,
  replaceAllText,
  insertTable,
  insertTableRow,
  deleteTableRow,
  mergeTableCells,
  pinTableHeaderRows,
  updateTableColumnProperties,
  updateTableCellStyle,
  updateParagraphStyle,
  updateTextStyle,
  updateDocumentStyle,
  insertSectionBreak,
  updateSectionStyle,
};

/** The request kinds the fake applies. */
export const MODELLED_REQUESTS: readonly string[] = Object.keys(HANDLERS);

/**
 * "Each request is validated before being applied. If any request is not valid, then the entire
 * request will fail and nothing will be applied." The caller applies the batch to a copy first.
 * "The order of replies matches that of the requests."
 */
export function applyRequests(model: Model, requests: unknown): Reply[] {
  if (requests === undefined || requests === null) return [];
  if (!Array.isArray(requests))
    throw new DocsApiError("batchUpdate", "Invalid value at 'requests': not a list.");
  return requests.map((request, i) => {
    const one = fields(request, `requests[${i}]`, REQUEST_KINDS);
    // A Request is a oneof: "A single update to apply to a document."
    const kinds = Object.keys(one);
    const [kind, second] = kinds;
    if (kind === undefined)
      throw new DocsApiError("batchUpdate", `Invalid requests[${i}]: the request is empty.`);
    if (second !== undefined) {
      throw new DocsApiError(
        "batchUpdate",
        `Invalid value at 'requests[${i}]' (oneof), oneof field 'request' is already set. Cannot set '${second}'`,
      );
    }
    const handler = HANDLERS[kind];
    if (handler === undefined) {
      if (!(REQUEST_KINDS as readonly string[]).includes(kind)) throw unknownField(`requests[${i}]`, kind);
      throw notModelled(`permintaan Docs API ${kind}`);
    }
    return handler(model, (one as Record<string, unknown>)[kind], `requests[${i}].${kind}`, { i, kind });
  });
}
