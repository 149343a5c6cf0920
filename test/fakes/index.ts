// One entry point for the fakes: createFakeGoogle() builds every service over one spreadsheet,
// one Ui recorder, one Drive and one call counter. Each fake holds the members product code
// calls (and the getters tests read its work back with); any other member of the real interface
// throws. See architecture.md section 3.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCharts } from "./charts";
import { CallCounter } from "./core";
import { createDocumentApp, DocStore, DocsContext, type DocumentHooks, type DocumentSeed } from "./docs";
import { createDocs } from "./docsApi";
import { createDrive, type DriveFileRecord, DriveState } from "./drive";
import { createFormApp, type FormHooks, FormStore, formHandle } from "./forms";
import {
  createLockService,
  createPropertiesService,
  LockControl,
  type LockControls,
  type PropertyStores,
} from "./services";
import {
  type CellValue,
  createSpreadsheetFakes,
  type SheetHooks,
  type SpreadsheetOptions,
  type Toast,
} from "./spreadsheet";
import { createHtmlService, createUi, UiRecorder } from "./ui";
import { createUtilities } from "./utilities";

export { type ChartDump, pngSize } from "./charts";
export { CallCounter, interfaceMembers } from "./core";
export {
  type BlockDump,
  DOCUMENT_CLOSED,
  type DocumentHooks,
  type DocumentSeed,
  type DokumenDump,
  type ImageDump,
  type InlineDump,
  LAST_PARAGRAPH,
  type ListItemDump,
  MUST_BE_DETACHED,
  type PageBreakDump,
  type ParagraphDump,
  type SeedBlock,
  type TableCellDump,
  type TableDump,
  type TableRowDump,
  type TextRunDump,
} from "./docs";
export {
  type BatchUpdateDocumentRequest,
  DocsApiError,
  type DocsRequest,
  FOOTER_ID,
  HEADER_ID,
  MODELLED_REQUESTS,
} from "./docsApi";
export {
  DOC_MIME,
  type DriveFileRecord,
  FOLDER_MIME,
  ROOT_ID,
} from "./drive";
export {
  FORM_MIME,
  type FormAnswers,
  type FormDump,
  type FormHooks,
  type FormItemDump,
  type FormResponseLabels,
  type TextValidationDump,
} from "./forms";
export { LockControl, type LockEvent } from "./services";
export {
  type CellValue,
  DEFAULT_NUMBER_FORMAT,
  parseA1,
  type SheetHooks,
  type Toast,
} from "./spreadsheet";
export {
  type ButtonName,
  type MenuEntry,
  type MenuItem,
  type RecordedAlert,
  type RecordedDialog,
  type RecordedMenu,
  UiRecorder,
} from "./ui";

export interface FakeGoogleOptions extends SpreadsheetOptions {
  /**
   * Project HTML files by name ("bantuan" or "bantuan.html"): see htmlFilesFrom("build"). Without
   * it, the files of build/ (read when first asked for), as a real project always has them: the
   * engine mesin.html that Code.js's handlers load, the dialogs, the default templates.
   */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  /** The document properties there are before the run. */
  readonly properties?: { readonly document?: Readonly<Record<string, string>> };
  /** Google Docs that exist before the run, by id (a user's own template): DocumentApp.openById opens them. */
  readonly documents?: Readonly<Record<string, DocumentSeed>>;
}

export interface FakeGoogle {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /**
   * The Advanced Docs service (the Docs REST API v1): Documents.get and Documents.batchUpdate on
   * the same documents as DocumentApp (counted as "Documents.get", "Documents.batchUpdate").
   */
  readonly Docs: GoogleAppsScript.Docs;
  /** The Advanced Drive service (v3) under the drive.file scope: it sees the files the app created. */
  readonly Drive: GoogleAppsScript.Drive;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  /** Forms: create; setDestination(SPREADSHEET, spreadsheet.getId()) adds the response sheet. */
  readonly FormApp: GoogleAppsScript.Forms.FormApp;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  /** Every call of every fake: counts.get("Range.getValues"), counts.total(), counts.reset(). */
  readonly counts: CallCounter;
  /** The active spreadsheet, the same object SpreadsheetApp.getActive() returns. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Menus, alerts, dialogs and sidebars shown; scripted alert answers. */
  readonly ui: UiRecorder;
  readonly toasts: readonly Toast[];
  /** The document lock: held, acquisitions(), and busy (another execution holds it). */
  readonly locks: LockControls;
  /** The property stores behind PropertiesService, readable without counting. */
  readonly properties: PropertyStores;
  /** Lines written with console.* (the bundle's console in node:vm). */
  readonly logs: readonly string[];
  /**
   * The Google Docs the app created (DocumentApp.create, Drive.Files.create), in order, with
   * the uncounted hooks __dump() (DokumenDump) and __text(). Getting them is not counted.
   */
  documents(): (GoogleAppsScript.Document.Document & DocumentHooks)[];
  /** Any Google Doc by id, seeded ones included, with the same hooks. Not counted. */
  document(id: string): GoogleAppsScript.Document.Document & DocumentHooks;
  /**
   * The forms the app created (FormApp.create), in order, with the uncounted hooks __dump()
   * (FormDump) and __submit(answers, timestamp?). Getting them is not counted. The response sheet
   * a linked form gets is named in the spreadsheet locale's language ("Jawaban Formulir 1" for id).
   */
  forms(): (GoogleAppsScript.Forms.Form & FormHooks)[];
  /** Copies of every Drive file and folder, seeded Docs included (My Drive itself is ROOT_ID). */
  driveFiles(): DriveFileRecord[];
  /** A sheet by exact name, with test hooks (__setComputed, __values); throws when missing. */
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet & SheetHooks;
  /** A sheet's content from A1 to its last row/column with content ([] when empty). Not counted. */
  sheetValues(name: string): CellValue[][];
  /**
   * The global scope for a node:vm context running build/Code.js: the services and console, no
   * functions (so the bundle's own top-level functions are the only ones in it).
   */
  globals(): Record<string, unknown>;
  /**
   * Template scriptlets see the script's globals (`<?!= include("x") ?>`); after loading the bundle
   * in vm, pass its context here. Until then they see globals().
   */
  useScriptScope(scope: Record<string, unknown>): void;
}

let bawaanBuild: Record<string, string> | undefined;
/** The HTML files of build/ (npm run build), read once per test file when first asked for. */
function berkasBuild(): Readonly<Record<string, string>> {
  bawaanBuild ??= htmlFilesFrom(join(process.cwd(), "build"));
  return bawaanBuild;
}

function store(initial: Readonly<Record<string, string>> = {}): Map<string, string> {
  return new Map(Object.entries(initial));
}

export function createFakeGoogle(opts: FakeGoogleOptions = {}): FakeGoogle {
  const counts = new CallCounter();
  const ui = new UiRecorder();
  const uiService = createUi(ui, counts);
  const { app, spreadsheet } = createSpreadsheetFakes(counts, uiService, opts);
  const locks: LockControls = { document: new LockControl() };
  const properties: PropertyStores = { document: store(opts.properties?.document) };
  const logs: string[] = [];
  let scriptScope: Record<string, unknown> | undefined;
  const driveState = new DriveState();
  const docStore = new DocStore(new DocsContext(counts), driveState);
  docStore.seed(opts.documents ?? {});
  const formStore = new FormStore(counts, driveState, spreadsheet);

  const services = {
    SpreadsheetApp: app,
    HtmlService: createHtmlService(opts.htmlFiles ?? berkasBuild, counts, () => scriptScope ?? globals()),
    LockService: createLockService(locks, counts),
    PropertiesService: createPropertiesService(properties, counts),
    DocumentApp: createDocumentApp(docStore, driveState),
    Docs: createDocs(docStore, counts),
    Drive: createDrive(driveState, docStore, counts),
    Charts: createCharts(counts),
    FormApp: createFormApp(formStore),
    Utilities: createUtilities(counts),
    // Session.getActiveUser().getEmail(): the user running the script (userinfo.email scope).
    Session: {
      getActiveUser: () => ({ getEmail: () => spreadsheet.user }),
      getEffectiveUser: () => ({ getEmail: () => spreadsheet.user }),
    },
  };

  const record =
    (level: string) =>
    (...args: unknown[]): void => {
      logs.push(`[${level}] ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`);
    };
  const console = { log: record("log"), info: record("info"), warn: record("warn"), error: record("error") };

  function globals(): Record<string, unknown> {
    return { ...services, console };
  }

  function rawSheet(name: string) {
    const raw = spreadsheet.rawSheet(name);
    if (!raw) throw new Error(`fake: tidak ada sheet bernama "${name}"`);
    return raw;
  }

  return {
    ...services,
    counts,
    spreadsheet: spreadsheet.proxy,
    ui,
    toasts: spreadsheet.toasts,
    locks,
    properties,
    logs,
    sheet: (name) => rawSheet(name).proxy,
    sheetValues: (name) => rawSheet(name).__values(),
    documents: () => docStore.created.map((id) => docStore.handle(id)),
    document: (id) => docStore.handle(id),
    forms: () => formStore.created.map((id) => formHandle(formStore, id)),
    driveFiles: () =>
      [...driveState.files.values()].map((f) => ({
        ...f,
        parents: [...f.parents],
        bytes: f.bytes === null ? null : f.bytes.slice(),
      })),
    globals,
    useScriptScope(scope) {
      scriptScope = scope;
    },
  };
}

/** The *.html files of a directory (e.g. "build"), keyed by their Apps Script name ("bantuan"). */
export function htmlFilesFrom(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".html")) files[f.slice(0, -".html".length)] = readFileSync(join(dir, f), "utf8");
  }
  return files;
}
