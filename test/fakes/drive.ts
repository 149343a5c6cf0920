// Strict fake of the Advanced Drive service, v3 (`Drive.Files`), under the drive.file scope:
// the app sees only files it created. It holds what src/reports/drive.ts calls: create (a
// folder, a PDF), get, list (by parent, type and trashed, paged) and update (move, trash).
// https://developers.google.com/workspace/drive/api/guides/api-specific-auth ("drive.file:
// Create new Drive files, or modify existing files, that you open with an app or that the user
// shares with an app while using the Google Picker API or the app's file picker.")
// Anything else answers as a file that does not exist: 404 "File not found: <id>.".
import { blobOf } from "./blob";
import { type CallCounter, Fake, type Iface, strict } from "./core";

type DriveService = GoogleAppsScript.Drive;
type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Blob = GoogleAppsScript.Base.Blob;

const IFACE = {
  Drive: { file: "drive_v3", name: "Drive" },
  FilesCollection: { file: "drive_v3", name: "FilesCollection" },
} as const satisfies Record<string, Iface>;

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const DOC_MIME = "application/vnd.google-apps.document";
/** The id of "My Drive"; `root` is its alias in parents, q and addParents. */
export const ROOT_ID = "fakeRootFolder";

/** One file or folder as the fake's Drive holds it (driveFiles() gives copies). */
export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Created by this app (DocumentApp.create, FormApp.create, Drive.Files.create): drive.file sees it. */
  createdByApp: boolean;
  /** Content of a non-Google file (a PDF); null for folders, Docs and Forms. */
  bytes: Uint8Array | null;
}

/** What Drive needs from the Docs fake to create a Google Doc. */
export interface GoogleDocFiles {
  createEmpty(id: string): void;
  /** A new Doc holding a copy of another's content (Files.copy). */
  copyInto(from: string, to: string): void;
}

/** Every Drive file of one createFakeGoogle(), shared by DocumentApp, FormApp and Drive. */
export class DriveState {
  readonly files = new Map<string, DriveFileRecord>();
  #next = 0;

  /** Deterministic ids: fakeDoc0001, fakeFolder0002, fakeFile0003... */
  newId(kind: "Doc" | "Folder" | "File"): string {
    let id: string;
    do id = `fake${kind}${String(++this.#next).padStart(4, "0")}`;
    while (this.files.has(id));
    return id;
  }

  add(file: DriveFileRecord): DriveFileRecord {
    if (this.files.has(file.id)) throw new Error(`fake: berkas Drive ${file.id} sudah ada`);
    this.files.set(file.id, file);
    return file;
  }
}

// --- fields and q ----------------------------------------------------------------------------

const FILE_FIELDS = ["kind", "id", "name", "mimeType", "parents", "trashed"] as const;

type FieldTree = Map<string, FieldTree | null>;

/**
 * The `fields` parameter: "id,name", "files(id,name),nextPageToken", "*". Without it a file has
 * only kind, id, name and mimeType (resourceKey is not modelled), so product code must ask for
 * parents and trashed: https://developers.google.com/workspace/drive/api/guides/fields-parameter
 */
function parseFields(spec: string): FieldTree {
  let i = 0;
  function level(): FieldTree {
    const out: FieldTree = new Map();
    while (i < spec.length) {
      const m = /^\s*([\w*]+(?:\/[\w*]+)*)\s*/.exec(spec.slice(i));
      if (!m?.[1]) throw new Error(`Invalid field selection ${spec}`);
      i += m[0].length;
      const path = m[1].split("/");
      let sub: FieldTree | null = null;
      if (spec[i] === "(") {
        i++;
        sub = level();
        if (spec[i] !== ")") throw new Error(`Invalid field selection ${spec}`);
        i++;
      }
      let node = out;
      path.forEach((name, k) => {
        if (k === path.length - 1) node.set(name, sub);
        else {
          const next: FieldTree = new Map();
          node.set(name, next);
          node = next;
        }
      });
      while (spec[i] === " ") i++;
      if (spec[i] === ",") i++;
      else break;
    }
    return out;
  }
  const tree = level();
  if (i !== spec.length) throw new Error(`Invalid field selection ${spec}`);
  return tree;
}

const DEFAULT_FILE: FieldTree = new Map(["kind", "id", "name", "mimeType"].map((f) => [f, null]));

function fileResource(f: DriveFileRecord, fields: FieldTree | null): DriveFile {
  const all: Record<(typeof FILE_FIELDS)[number], unknown> = {
    kind: "drive#file",
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
  };
  const wanted = fields ?? DEFAULT_FILE;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of wanted) {
    if (name === "*") {
      Object.assign(out, all);
      continue;
    }
    if (sub !== null) throw new Error(`Invalid field selection ${name}`);
    if (!(FILE_FIELDS as readonly string[]).includes(name)) {
      throw new Error(`fake: field berkas "${name}" tidak dimodelkan (yang ada: ${FILE_FIELDS.join(", ")})`);
    }
    out[name] = all[name as (typeof FILE_FIELDS)[number]];
  }
  return out as DriveFile;
}

type Term = (f: DriveFileRecord) => boolean;

/** A q string literal: 'Laporan Kinerja', with \' and \\ escapes. */
function literal(src: string, q: string): string {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(src.trim());
  if (!m) throw new Error(`Invalid Value: q = ${q}`);
  return (m[1] ?? "").replace(/\\(.)/g, "$1");
}

/** Splits on " and " outside quotes; `or`, `not` and parentheses are not modelled. */
function splitAnd(q: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i] ?? "";
    if (ch === "\\" && quoted) {
      current += ch + (q[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(q.slice(i)) && /\s/.test(ch)) {
      const m = /^\s+and\s+/i.exec(q.slice(i));
      parts.push(current);
      current = "";
      i += (m?.[0].length ?? 1) - 1;
      continue;
    }
    if (!quoted && /[()]/.test(ch)) throw new Error(`fake: q dengan tanda kurung tidak dimodelkan: ${q}`);
    current += ch;
  }
  if (quoted) throw new Error(`Invalid Value: q = ${q}`);
  parts.push(current);
  return parts.map((p) => p.trim());
}

/**
 * The q terms product code writes: '<id>' in parents, trashed = true|false, mimeType = '...',
 * joined by `and`. https://developers.google.com/workspace/drive/api/guides/search-files
 */
function parseQ(q: string): Term {
  const terms: Term[] = [];
  for (const part of splitAnd(q)) {
    const bare = part.replace(/'(?:[^'\\]|\\.)*'/g, "''");
    if (/(^|\s)(or|not)(\s|$)/i.test(bare)) throw new Error(`fake: q dengan or/not tidak dimodelkan: ${q}`);
    let m = /^mimeType\s*=\s*(.+)$/.exec(part);
    if (m) {
      const value = literal(m[1] ?? "", q);
      terms.push((f) => f.mimeType === value);
      continue;
    }
    m = /^(.+?)\s+in\s+parents$/.exec(part);
    if (m) {
      const raw = literal(m[1] ?? "", q);
      const id = raw === "root" ? ROOT_ID : raw;
      terms.push((f) => f.parents.includes(id));
      continue;
    }
    m = /^trashed\s*=\s*(true|false)$/.exec(part);
    if (m) {
      const value = m[1] === "true";
      terms.push((f) => f.trashed === value);
      continue;
    }
    throw new Error(`fake: istilah q tidak dimodelkan: ${part}`);
  }
  return (f) => terms.every((t) => t(f));
}

// --- Drive.Files ---------------------------------------------------------------------------

function notFound(method: string, id: string): Error {
  return new Error(`API call to drive.files.${method} failed with error: File not found: ${id}.`);
}

function checkKeys(what: string, value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`fake: ${what} harus objek`);
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new Error(`fake: ${what}.${key} tidak dimodelkan (yang ada: ${allowed.join(", ")})`);
    }
  }
  return obj;
}

function optionalString(what: string, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new Error(`fake: ${what} harus teks, bukan ${typeof v}`);
  return v;
}

// https://developers.google.com/workspace/drive/api/reference/rest/v3/files
class FakeFiles
  extends Fake<FilesCollection>
  implements Pick<FilesCollection, "create" | "copy" | "get" | "update" | "list">
{
  constructor(
    private readonly state: DriveState,
    private readonly docs: GoogleDocFiles,
  ) {
    super();
  }

  /** A file the app may see, or the 404 the API gives for any other id. */
  private visible(method: string, id: unknown): DriveFileRecord {
    const file = typeof id === "string" ? this.state.files.get(id) : undefined;
    if (file === undefined || !file.createdByApp) throw notFound(method, String(id));
    return file;
  }

  /** A folder the app may put files in (My Drive, or a folder it created). */
  private folder(method: string, id: unknown): string {
    if (id === "root" || id === ROOT_ID) return ROOT_ID;
    const f = this.visible(method, id);
    if (f.mimeType !== FOLDER_MIME) throw new Error(`fake: induk ${f.id} bukan folder`);
    return f.id;
  }

  private fields(opts: Record<string, unknown>): FieldTree | null {
    const f = optionalString("fields", opts.fields);
    return f === undefined ? null : parseFields(f);
  }

  /**
   * A folder (mimeType application/vnd.google-apps.folder), an empty Google Doc, or a file holding
   * the blob's bytes. Converting an upload into a Google type is not modelled.
   */
  create(resource: DriveFile, mediaData?: Blob, optionalArgs?: Record<string, unknown>): DriveFile {
    const res = checkKeys("resource", resource, ["name", "mimeType", "parents"]);
    const fields = this.fields(checkKeys("optionalArgs", optionalArgs, ["fields"]));
    // Scripts pass null for "no content" to reach optionalArgs.
    const blob = mediaData === undefined || mediaData === null ? undefined : blobOf(mediaData, "Blob");
    const mimeType =
      optionalString("mimeType", res.mimeType) ?? blob?.contentType ?? "application/octet-stream";
    const google = mimeType.startsWith("application/vnd.google-apps.");
    if (google && blob !== undefined) {
      throw new Error(`fake: Files.create: konversi unggahan ke ${mimeType} tidak dimodelkan`);
    }
    if (google && mimeType !== FOLDER_MIME && mimeType !== DOC_MIME) {
      throw new Error(`fake: Files.create: jenis ${mimeType} tidak dimodelkan`);
    }
    let parents = [ROOT_ID];
    if (res.parents !== undefined) {
      if (!Array.isArray(res.parents)) throw new Error("fake: parents harus larik id folder");
      // "Increasing the number of parents is not allowed": since 2020 a file has one parent.
      if (res.parents.length > 1) throw new Error("Increasing the number of parents is not allowed");
      parents = res.parents.map((p) => this.folder("create", p));
    }
    const kind = mimeType === FOLDER_MIME ? "Folder" : mimeType === DOC_MIME ? "Doc" : "File";
    const file = this.state.add({
      id: this.state.newId(kind),
      // "Untitled" is what Drive names a file created without a name.
      name: optionalString("name", res.name) ?? blob?.name ?? "Untitled",
      mimeType,
      parents,
      trashed: false,
      createdByApp: true,
      bytes: google ? null : (blob?.bytes.slice() ?? new Uint8Array(0)),
    });
    if (mimeType === DOC_MIME) this.docs.createEmpty(file.id);
    return fileResource(file, fields);
  }

  /**
   * "Creates a copy of a file and applies any requested updates with patch semantics." Only a file
   * the app may see (drive.file), so only a Google Doc it created: the copy is the app's, in the
   * given parent (the source's when none is given: "the copy will be placed in the same folder as
   * the original" is not promised by v3; the fake asks for parents).
   */
  copy(resource: DriveFile, fileId: string, optionalArgs?: Record<string, unknown>): DriveFile {
    const res = checkKeys("resource", resource, ["name", "parents"]);
    const fields = this.fields(checkKeys("optionalArgs", optionalArgs, ["fields"]));
    const from = this.visible("copy", fileId);
    if (from.mimeType !== DOC_MIME) throw new Error("fake: Files.copy hanya dimodelkan untuk Google Docs");
    if (!Array.isArray(res.parents) || res.parents.length !== 1)
      throw new Error("fake: Files.copy memerlukan satu parents");
    const parents = res.parents.map((p) => this.folder("copy", p));
    const file = this.state.add({
      id: this.state.newId("Doc"),
      name: optionalString("name", res.name) ?? `Copy of ${from.name}`,
      mimeType: DOC_MIME,
      parents,
      trashed: false,
      createdByApp: true,
      bytes: null,
    });
    this.docs.copyInto(from.id, file.id);
    return fileResource(file, fields);
  }

  /** The file's metadata; its content (alt: "media") is not modelled. */
  get(fileId: string): DriveFile;
  get(fileId: string, optionalArgs: Record<string, unknown> & { alt: "media" }): string;
  get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile | string {
    const fields = this.fields(checkKeys("optionalArgs", optionalArgs, ["fields"]));
    return fileResource(this.visible("get", fileId), fields);
  }

  /**
   * Patch semantics for trashed; the parents move with addParents and removeParents ("The
   * parents field is not directly writable in update requests").
   */
  update(
    resource: DriveFile,
    fileId: string,
    mediaData?: Blob,
    optionalArgs?: Record<string, unknown>,
  ): DriveFile {
    if (resource !== null && typeof resource === "object" && "parents" in resource) {
      throw new Error(
        "The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.",
      );
    }
    const res = checkKeys("resource", resource, ["trashed"]);
    const opts = checkKeys("optionalArgs", optionalArgs, ["fields", "addParents", "removeParents"]);
    if (mediaData !== undefined && mediaData !== null)
      throw new Error("fake: mengganti isi berkas tidak dimodelkan");
    const fields = this.fields(opts);
    const file = this.visible("update", fileId);
    const ids = (v: unknown, what: string) =>
      (optionalString(what, v) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
    const add = ids(opts.addParents, "addParents").map((p) => this.folder("update", p));
    const remove = ids(opts.removeParents, "removeParents").map((p) => (p === "root" ? ROOT_ID : p));
    const parents = file.parents.filter((p) => !remove.includes(p));
    for (const p of add) if (!parents.includes(p)) parents.push(p);
    if (parents.length > 1) throw new Error("Increasing the number of parents is not allowed");
    if (res.trashed !== undefined && typeof res.trashed !== "boolean") {
      throw new Error("fake: trashed harus boolean");
    }
    if (typeof res.trashed === "boolean") file.trashed = res.trashed;
    file.parents = parents;
    return fileResource(file, fields);
  }

  /**
   * The files the app sees, matching q; "all files by default, including trashed files". A page
   * holds pageSize files (100 unless given), nextPageToken leads to the next. Order: creation
   * order (the API does not promise one without orderBy, which is not modelled).
   */
  list(optionalArgs?: Record<string, unknown>): FileList {
    const opts = checkKeys("optionalArgs", optionalArgs, ["q", "fields", "pageSize", "pageToken"]);
    const q = optionalString("q", opts.q);
    const match = q === undefined ? () => true : parseQ(q);
    const pageSize = opts.pageSize ?? 100;
    if (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
      throw new Error(`Invalid Value: pageSize = ${String(pageSize)}`);
    }
    const start = opts.pageToken === undefined ? 0 : Number(optionalString("pageToken", opts.pageToken));
    if (!Number.isInteger(start) || start < 0)
      throw new Error(`Invalid Value: pageToken = ${String(opts.pageToken)}`);
    const all = [...this.state.files.values()].filter((f) => f.createdByApp && match(f));
    const page = all.slice(start, start + pageSize);
    const next = start + pageSize < all.length ? String(start + pageSize) : undefined;

    const spec = optionalString("fields", opts.fields);
    const tree = spec === undefined ? null : parseFields(spec);
    const filesFields =
      tree === null ? DEFAULT_FILE : tree.has("*") ? new Map([["*", null]]) : tree.get("files");
    const out: Record<string, unknown> = {};
    const want = (name: string) => tree === null || tree.has(name) || tree.has("*");
    if (tree !== null) {
      for (const name of tree.keys()) {
        if (!["kind", "files", "nextPageToken", "incompleteSearch", "*"].includes(name)) {
          throw new Error(`Invalid field selection ${name}`);
        }
      }
    }
    if (want("kind")) out.kind = "drive#fileList";
    if (want("incompleteSearch")) out.incompleteSearch = false;
    if (want("nextPageToken") && next !== undefined) out.nextPageToken = next;
    if (filesFields !== undefined) out.files = page.map((f) => fileResource(f, filesFields ?? DEFAULT_FILE));
    return out as FileList;
  }
}

// The Advanced Drive service object: only Files is modelled; About, Permissions... throw.
class FakeDrive extends Fake<DriveService> implements Pick<DriveService, "Files"> {
  readonly Files: FilesCollection;

  constructor(state: DriveState, docs: GoogleDocFiles, counts: CallCounter) {
    super();
    this.Files = strict(new FakeFiles(state, docs), IFACE.FilesCollection, counts);
  }
}

export function createDrive(state: DriveState, docs: GoogleDocFiles, counts: CallCounter): DriveService {
  return strict(new FakeDrive(state, docs, counts), IFACE.Drive, counts);
}
