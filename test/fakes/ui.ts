// Strict fakes of the editor Ui (the add-on menu, alerts, modal dialogs, the sidebar) and of
// HtmlService (HtmlOutput, HtmlTemplate with its scriptlets), with the members src/ui calls; any
// other member of the real interfaces throws. Everything shown to the user is recorded in a
// UiRecorder a test can read; alert answers are scripted in advance.
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type HtmlService = GoogleAppsScript.HTML.HtmlService;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

const IFACE = {
  Ui: { file: "base", name: "Ui" },
  Menu: { file: "base", name: "Menu" },
  HtmlService: { file: "html", name: "HtmlService" },
  HtmlOutput: { file: "html", name: "HtmlOutput" },
  HtmlTemplate: { file: "html", name: "HtmlTemplate" },
} as const satisfies Record<string, Iface>;

export type ButtonName = "CLOSE" | "OK" | "CANCEL" | "YES" | "NO";

/** The buttons a user can press for each ButtonSet; CLOSE (the title bar's x) always. */
const BUTTONS: Record<string, readonly ButtonName[]> = {
  OK: ["OK", "CLOSE"],
  OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
  YES_NO: ["YES", "NO", "CLOSE"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"],
};

export type MenuEntry =
  | { readonly kind: "item"; readonly caption: string; readonly functionName: string }
  | { readonly kind: "separator" };

/** An add-on menu (createAddonMenu()): Sheets captions it with the add-on's name. */
export interface RecordedMenu {
  readonly entries: MenuEntry[];
}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface RecordedAlert {
  readonly title: string | undefined;
  readonly prompt: string;
  readonly buttons: string;
  readonly response: ButtonName;
}

export interface RecordedDialog {
  readonly kind: "modal" | "sidebar";
  /** The dialog title argument; for a sidebar, the HtmlOutput's title. */
  readonly title: string;
  /** HTML content, width and height when shown. */
  readonly content: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly output: HtmlOutput;
}

/** What the Ui showed, and the answers a test scripts for alerts. */
export class UiRecorder {
  /** Menus in the order addToUi() was called (re-adding a menu replaces it). */
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  /** Modal dialogs and sidebars, in the order shown. */
  readonly dialogs: RecordedDialog[] = [];
  readonly #alertAnswers: ButtonName[] = [];

  /** Answers for the next alerts, in order; without one an alert answers OK (YES for YES_NO sets). */
  scriptAlert(...buttons: ButtonName[]): void {
    this.#alertAnswers.push(...buttons);
  }

  nextAlert(set: string): ButtonName {
    return UiRecorder.pick(set, this.#alertAnswers.shift());
  }

  private static pick(set: string, scripted: ButtonName | undefined): ButtonName {
    const allowed = BUTTONS[set];
    if (!allowed) throw new Error(`fake: ButtonSet tidak dikenal: ${set}`);
    const answer = scripted ?? allowed[0] ?? "OK";
    if (!allowed.includes(answer)) {
      throw new Error(`fake: jawaban terskrip ${answer} tidak ada di ButtonSet ${set}`);
    }
    return answer;
  }

  /** Every item of the menus added to the Ui, in order. */
  menuItems(): MenuItem[] {
    return this.menus.flatMap((m) =>
      m.entries.flatMap((e) =>
        e.kind === "item" ? [{ caption: e.caption, functionName: e.functionName }] : [],
      ),
    );
  }

  /** The last dialog or sidebar shown; throws when none was. */
  lastDialog(): RecordedDialog {
    const d = this.dialogs[this.dialogs.length - 1];
    if (!d) throw new Error("fake: belum ada dialog atau sidebar yang ditampilkan");
    return d;
  }
}

// --- Ui and Menu ---------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/base/menu
class FakeMenu extends Fake<Menu> implements Pick<Menu, "addItem" | "addSeparator" | "addToUi"> {
  readonly recorded: RecordedMenu = { entries: [] };

  constructor(private readonly recorder: UiRecorder) {
    super();
  }

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== "string" || caption === "") throw new Error("fake: Menu.addItem: caption kosong");
    if (typeof functionName !== "string" || !/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      throw new Error(`fake: Menu.addItem: nama fungsi tidak sah: ${String(functionName)}`);
    }
    this.recorded.entries.push({ kind: "item", caption, functionName });
    return this.self;
  }

  addSeparator(): Menu {
    this.recorded.entries.push({ kind: "separator" });
    return this.self;
  }

  addToUi(): void {
    const i = this.recorder.menus.indexOf(this.recorded);
    if (i >= 0) this.recorder.menus.splice(i, 1);
    this.recorder.menus.push(this.recorded);
  }
}

type UiImpl = Pick<
  Ui,
  "Button" | "ButtonSet" | "alert" | "createAddonMenu" | "showModalDialog" | "showSidebar"
>;

// https://developers.google.com/apps-script/reference/base/ui
class FakeUi extends Fake<Ui> implements UiImpl {
  readonly Button = enumObject<typeof GoogleAppsScript.Base.Button>("base", "Button");
  readonly ButtonSet = enumObject<typeof GoogleAppsScript.Base.ButtonSet>("base", "ButtonSet");

  constructor(
    private readonly recorder: UiRecorder,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  createAddonMenu(): Menu {
    return strict(new FakeMenu(this.recorder), IFACE.Menu, this.counts);
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  private static alertArgs(args: unknown[]): { title: string | undefined; prompt: string; set: string } {
    const [a, b, c] = args;
    if (args.length === 1 && typeof a === "string") return { title: undefined, prompt: a, set: "OK" };
    if (args.length === 2 && typeof a === "string") return { title: undefined, prompt: a, set: String(b) };
    if (args.length === 3 && typeof a === "string" && typeof b === "string")
      return { title: a, prompt: b, set: String(c) };
    throw new Error("fake: Ui.alert: argumen tidak cocok dengan tanda tangan mana pun");
  }

  alert(...args: [string] | [string, ButtonSet] | [string, string, ButtonSet]): Button {
    const { title, prompt, set } = FakeUi.alertArgs(args);
    const response = this.recorder.nextAlert(set);
    this.recorder.alerts.push({ title, prompt, buttons: set, response });
    return response as unknown as Button;
  }

  private show(kind: RecordedDialog["kind"], userInterface: HtmlOutput, title?: string): void {
    const raw = unwrap(userInterface, FakeHtmlOutput, "HtmlOutput");
    this.recorder.dialogs.push({
      kind,
      title: title ?? raw.state.title,
      content: raw.state.content,
      width: raw.state.width,
      height: raw.state.height,
      output: userInterface,
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.show("modal", userInterface, title);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.show("sidebar", userInterface);
  }
}

export function createUi(recorder: UiRecorder, counts: CallCounter): Ui {
  return strict(new FakeUi(recorder, counts), IFACE.Ui, counts);
}

// --- HtmlService ---------------------------------------------------------------------------

interface OutputState {
  readonly content: string;
  title: string;
  width: number | undefined;
  height: number | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

type HtmlOutputImpl = Pick<HtmlOutput, "getContent" | "setHeight" | "setTitle" | "setWidth">;

// https://developers.google.com/apps-script/reference/html/html-output
class FakeHtmlOutput extends Fake<HtmlOutput> implements HtmlOutputImpl {
  readonly state: OutputState;

  constructor(content: string) {
    super();
    this.state = { content, title: "", width: undefined, height: undefined };
  }

  getContent(): string {
    return this.state.content;
  }

  setTitle(title: string): HtmlOutput {
    this.state.title = title;
    return this.self;
  }

  private static size(method: string, v: unknown): number {
    if (typeof v !== "number" || !Number.isInteger(v) || v <= 0) {
      throw new Error(`fake: HtmlOutput.${method}: ukuran harus bilangan bulat positif, bukan ${String(v)}`);
    }
    return v;
  }

  setWidth(width: number): HtmlOutput {
    this.state.width = FakeHtmlOutput.size("setWidth", width);
    return this.self;
  }

  setHeight(height: number): HtmlOutput {
    this.state.height = FakeHtmlOutput.size("setHeight", height);
    return this.self;
  }
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval"
  ).split(" "),
);

type Render = (scope: Record<string, unknown>) => string;

/**
 * Compiles Apps Script template syntax
 * (https://developers.google.com/apps-script/guides/html/templates):
 * `<? code ?>` runs code, `<?= expr ?>` prints it HTML-escaped, `<?!= expr ?>` prints it raw.
 * The real service escapes by context (inside <script> it prints a JavaScript value); the fake
 * only knows HTML text and attributes, so `<?= ?>` inside <script> throws: write
 * `<?!= JSON.stringify(x) ?>` there. null and undefined print nothing.
 */
export function compileTemplate(source: string): Render {
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let body = 'let __fakeOut = "";\n';
  let html = "";
  let last = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    const literal = source.slice(last, m.index);
    html += literal;
    body += `__fakeOut += ${JSON.stringify(literal)};\n`;
    const code = (m[2] ?? "").trim().replace(/;+\s*$/, "");
    if (m[1] === undefined) {
      body += `${m[2] ?? ""}\n`;
    } else {
      if (
        m[1] === "=" &&
        html.toLowerCase().lastIndexOf("<script") > html.toLowerCase().lastIndexOf("</script")
      ) {
        throw new Error(
          `fake: <?= ${code} ?> di dalam <script> tidak dimodelkan; pakai <?!= JSON.stringify(...) ?>`,
        );
      }
      body += `__fakeOut += ${m[1] === "=" ? "__fakeEsc" : "__fakeRaw"}((\n${code}\n));\n`;
    }
    last = re.lastIndex;
  }
  body += `__fakeOut += ${JSON.stringify(source.slice(last))};\nreturn __fakeOut;`;
  const raw = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const esc = (v: unknown) => escapeHtml(raw(v));
  return (scope) => {
    const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k));
    const fn = new Function("__fakeEsc", "__fakeRaw", ...names, body) as (...args: unknown[]) => string;
    return fn(esc, raw, ...names.map((k) => scope[k]));
  };
}

// https://developers.google.com/apps-script/reference/html/html-template
// The template's own properties (set by product code: t.data = ...) are the variables of its
// scriptlets, on top of the script's globals. Fields are #private so they are not among them.
class FakeHtmlTemplate extends Fake<HtmlTemplate> implements Pick<HtmlTemplate, "evaluate"> {
  readonly #source: string;
  readonly #service: FakeHtmlService;

  constructor(service: FakeHtmlService, source: string) {
    super();
    this.#service = service;
    this.#source = source;
  }

  evaluate(): HtmlOutput {
    const scope: Record<string, unknown> = { ...this.#service.scriptScope() };
    for (const key of Object.keys(this)) scope[key] = (this as unknown as Record<string, unknown>)[key];
    return this.#service.output(compileTemplate(this.#source)(scope));
  }
}

type HtmlServiceImpl = Pick<HtmlService, "createHtmlOutputFromFile" | "createTemplateFromFile">;

// https://developers.google.com/apps-script/reference/html/html-service
class FakeHtmlService extends Fake<HtmlService> implements HtmlServiceImpl {
  constructor(
    private readonly files: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>),
    private readonly counts: CallCounter,
    readonly scriptScope: () => Record<string, unknown>,
  ) {
    super();
  }

  output(content: string): HtmlOutput {
    return strict(new FakeHtmlOutput(content), IFACE.HtmlOutput, this.counts);
  }

  template(source: string): HtmlTemplate {
    return strict(new FakeHtmlTemplate(this, source), IFACE.HtmlTemplate, this.counts);
  }

  /** A project file by its Apps Script name ("bantuan") or its file name ("bantuan.html"). */
  private file(filename: string): string {
    const files = typeof this.files === "function" ? this.files() : this.files;
    const content = files[filename] ?? files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }

  /** The file as is: its scriptlets are not evaluated. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return this.output(this.file(filename));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return this.template(this.file(filename));
  }
}

export function createHtmlService(
  files: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>),
  counts: CallCounter,
  scriptScope: () => Record<string, unknown>,
): HtmlService {
  return strict(new FakeHtmlService(files, counts, scriptScope), IFACE.HtmlService, counts);
}
