// Spreadsheet and SpreadsheetApp: the one active spreadsheet of a createFakeGoogle(), its
// sheets, toasts and locale.
import { type CallCounter, enumObject, Fake, type Iface, strict } from "../core";
import { DEFAULT_GRID, toCellValue } from "./cells";
import { FakeSheet } from "./sheet";
import { newDataValidationBuilder } from "./validation";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const IFACE = {
  Sheet: { file: "spreadsheet", name: "Sheet" },
  Spreadsheet: { file: "spreadsheet", name: "Spreadsheet" },
  SpreadsheetApp: { file: "spreadsheet", name: "SpreadsheetApp" },
} as const satisfies Record<string, Iface>;

export interface Toast {
  readonly message: string;
  readonly title: string | undefined;
  readonly timeoutSeconds: number | null | undefined;
}

type SpreadsheetImpl = Pick<
  Spreadsheet,
  | "getActiveSheet"
  | "getId"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "insertSheet"
  | "toast"
>;

export interface SpreadsheetOptions {
  /** Sheets in order (the first is active), each as rows of cell values from A1. */
  readonly sheets?: Record<string, readonly (readonly unknown[])[]>;
  /** Spreadsheet locale, "id_ID" unless given. */
  readonly locale?: string;
  /** Spreadsheet time zone (File > Settings), "Asia/Jakarta" unless given. */
  readonly timeZone?: string;
  /** The spreadsheet's owner (always an editor of its protections). */
  readonly owner?: string;
  /** The user running the script (Session.getActiveUser), the owner unless given. */
  readonly user?: string;
}

export const PEMILIK_BAWAAN = "pemilik@unit.go.id";

export class FakeSpreadsheet extends Fake<Spreadsheet> implements SpreadsheetImpl {
  readonly toasts: Toast[] = [];
  private readonly sheets: FakeSheet[] = [];
  readonly locale: string;
  readonly timeZone: string;
  readonly owner: string;
  readonly user: string;
  activeSheet: FakeSheet | undefined;

  constructor(
    readonly counts: CallCounter,
    opts: SpreadsheetOptions,
  ) {
    super();
    this.locale = opts.locale ?? "id_ID";
    this.timeZone = opts.timeZone ?? "Asia/Jakarta";
    this.owner = (opts.owner ?? PEMILIK_BAWAAN).toLowerCase();
    this.user = (opts.user ?? this.owner).toLowerCase();
  }

  get proxy(): Spreadsheet {
    return this.self;
  }

  /** Sheet names are unique whatever the case; Sheets refuses "data" next to "Data". */
  checkNewName(name: string): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("fake: nama sheet kosong");
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** A sheet of Sheets' default grid, grown to hold its initial content. */
  addSheet(
    name: string,
    content: readonly (readonly unknown[])[] = [],
    index = this.sheets.length,
  ): FakeSheet {
    this.checkNewName(name);
    const rows = Math.max(DEFAULT_GRID.rows, content.length);
    const columns = Math.max(DEFAULT_GRID.columns, ...content.map((line) => line.length));
    const raw = new FakeSheet(this, name, rows, columns);
    strict(raw, IFACE.Sheet, this.counts);
    content.forEach((line, r) => {
      line.forEach((v, c) => {
        const value = toCellValue(v);
        if (value !== "") raw.touch(r + 1, c + 1).value = value;
      });
    });
    this.sheets.splice(index, 0, raw);
    return raw;
  }

  indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }

  rawSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.getName() === name);
  }

  /** Exact, case-sensitive match; null when there is none. */
  getSheetByName(name: string): Sheet | null {
    return this.rawSheet(name)?.proxy ?? null;
  }

  getSheets(): Sheet[] {
    return this.sheets.map((s) => s.proxy);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
  // "The new sheet becomes the active sheet." Without a name: "Sheet<n>".
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, options?: object): Sheet {
    if (
      options !== undefined ||
      (typeof index === "object" && index !== null) ||
      typeof nameOrIndex === "object"
    ) {
      throw new Error("fake: Spreadsheet.insertSheet dengan options (template) tidak diimplementasikan");
    }
    let name: string;
    let at: number | undefined;
    if (typeof nameOrIndex === "string") {
      name = nameOrIndex;
      at = index as number | undefined;
    } else {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.getName().toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
      at = nameOrIndex;
    }
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > this.sheets.length)) {
      throw new Error(`fake: Spreadsheet.insertSheet: indeks di luar jangkauan: ${at}`);
    }
    const raw = this.addSheet(name, [], at);
    this.activeSheet = raw;
    return raw.proxy;
  }

  getActiveSheet(): Sheet {
    const active = this.activeSheet ?? this.sheets[0];
    if (!active) throw new Error("fake: spreadsheet tanpa sheet");
    return active.proxy;
  }

  getId(): string {
    return "fake-spreadsheet-id";
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: msg, title, timeoutSeconds });
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
  // "Gets the time zone for the spreadsheet": the zone its date cells are midnight in.
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
}

// --- SpreadsheetApp ------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
class FakeSpreadsheetApp
  extends Fake<SpreadsheetApp>
  implements Pick<SpreadsheetApp, "ProtectionType" | "getActive" | "getUi" | "newDataValidation">
{
  readonly ProtectionType = enumObject<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(
    "spreadsheet",
    "ProtectionType",
  );

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: GoogleAppsScript.Base.Ui,
  ) {
    super();
  }

  getActive(): Spreadsheet {
    return this.spreadsheet.proxy;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }

  newDataValidation(): DataValidationBuilder {
    return newDataValidationBuilder(this.spreadsheet.counts);
  }
}

export interface SpreadsheetFakes {
  readonly app: SpreadsheetApp;
  readonly spreadsheet: FakeSpreadsheet;
}

/** The SpreadsheetApp service over one active spreadsheet built from `opts.sheets`. */
export function createSpreadsheetFakes(
  counts: CallCounter,
  ui: GoogleAppsScript.Base.Ui,
  opts: SpreadsheetOptions = {},
): SpreadsheetFakes {
  const spreadsheet = new FakeSpreadsheet(counts, opts);
  strict(spreadsheet, IFACE.Spreadsheet, counts);
  const entries = Object.entries(opts.sheets ?? { Sheet1: [] });
  for (const [name, content] of entries) spreadsheet.addSheet(name, content);
  const app = strict(new FakeSpreadsheetApp(spreadsheet, ui), IFACE.SpreadsheetApp, counts);
  return { app, spreadsheet };
}
