import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { type ButtonName, createFakeGoogle, interfaceMembers } from "./index";

// The machinery shared by the fakes (core.ts) and the small services: Ui, HtmlService,
// LockService, PropertiesService, and the global scope the bundle runs in.

describe("core", () => {
  it("reads the member lists from the installed types", () => {
    const range = interfaceMembers("spreadsheet", "Range");
    expect(range.methods.has("getValues")).toBe(true);
    expect(range.methods.size).toBeGreaterThan(150);
    expect(interfaceMembers("base", "Ui").properties).toEqual(new Set(["Button", "ButtonSet"]));
  });
});

describe("Ui", () => {
  it("records the add-on menu with captions and function names", () => {
    const g = createFakeGoogle();
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Siapkan Lembar Kerja", "siapkanLembarKerja")
      .addSeparator()
      .addItem("Bantuan", "tampilkanBantuan")
      .addToUi();
    expect(g.ui.menus).toHaveLength(1);
    expect(g.ui.menus[0]?.entries.map((e) => e.kind)).toEqual(["item", "separator", "item"]);
    expect(g.ui.menuItems()).toEqual([
      { caption: "Siapkan Lembar Kerja", functionName: "siapkanLembarKerja" },
      { caption: "Bantuan", functionName: "tampilkanBantuan" },
    ]);
    expect(() => ui.createAddonMenu().addItem("X", "bukan fungsi")).toThrow("nama fungsi tidak sah");
    expect(() => ui.createMenu("Laporan")).toThrow("fake: Ui.createMenu tidak diimplementasikan");
  });

  it("answers alerts with the scripted button, OK by default (YES for YES_NO sets), and records them", () => {
    const g = createFakeGoogle();
    const ui = g.SpreadsheetApp.getUi();
    expect(ui.alert("Selesai")).toBe(ui.Button.OK);
    g.ui.scriptAlert("CANCEL");
    expect(ui.alert("Buat kuesioner?", "Dengan pertanyaan kepentingan?", ui.ButtonSet.YES_NO_CANCEL)).toBe(
      ui.Button.CANCEL,
    );
    expect(ui.alert("Lanjut?", ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.YES);
    expect(g.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      [undefined, "Selesai", "OK"],
      ["Buat kuesioner?", "Dengan pertanyaan kepentingan?", "CANCEL"],
      [undefined, "Lanjut?", "YES"],
    ]);
    g.ui.scriptAlert("YES" as ButtonName);
    expect(() => ui.alert("Hanya OK")).toThrow("tidak ada di ButtonSet OK");
  });

  it("records the HtmlOutput a dialog or sidebar shows", () => {
    const g = createFakeGoogle({ htmlFiles: { "bantuan.html": "<p>Bantuan</p>", panel: "<b>x</b>" } });
    const html = g.HtmlService.createHtmlOutputFromFile("bantuan")
      .setWidth(560)
      .setHeight(520)
      .setTitle("Bantuan");
    g.SpreadsheetApp.getUi().showModalDialog(html, "Bantuan SAKIP Sheets");
    g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutputFromFile("panel").setTitle("Panel"));
    expect(g.ui.dialogs.map((d) => [d.kind, d.title, d.content, d.width, d.height])).toEqual([
      ["modal", "Bantuan SAKIP Sheets", "<p>Bantuan</p>", 560, 520],
      ["sidebar", "Panel", "<b>x</b>", undefined, undefined],
    ]);
    expect(g.ui.dialogs[0]?.output).toBe(html);
    expect(g.ui.lastDialog().kind).toBe("sidebar");
    expect(() => html.setWidth(0)).toThrow("bilangan bulat positif");
    expect(() => g.HtmlService.createHtmlOutputFromFile("tidakada")).toThrow(
      "No HTML file named tidakada was found.",
    );
  });
});

describe("HtmlService templates", () => {
  const XSS = "<img src=x onerror=alert(1)>";

  it("escapes <?= ?>, prints <?!= ?> raw, runs <? ?> with the template's properties in scope", () => {
    const g = createFakeGoogle({
      htmlFiles: {
        t: "<h1><?= judul ?></h1><? for (const x of daftar) { ?><li><?= x ?></li><? } ?><div><?!= mentah ?></div><i><?= kosong ?></i>",
      },
    });
    const t = g.HtmlService.createTemplateFromFile("t");
    t.judul = XSS;
    t.daftar = ["a&b", '"q"'];
    t.mentah = "<b>ok</b>";
    t.kosong = undefined;
    expect(t.evaluate().getContent()).toBe(
      "<h1>&lt;img src=x onerror=alert(1)&gt;</h1><li>a&amp;b</li><li>&quot;q&quot;</li><div><b>ok</b></div><i></i>",
    );
  });

  it("evaluates files with the script's globals in scope and refuses <?= ?> inside <script>", () => {
    const g = createFakeGoogle({
      htmlFiles: {
        panel: '<?!= include("gaya") ?><p><?= nama ?></p>',
        gaya: "<style>p{}</style>",
        js: "<script>var d = <?= data ?>;</script>",
      },
    });
    g.useScriptScope({
      ...g.globals(),
      include: (f: string) => g.HtmlService.createHtmlOutputFromFile(f).getContent(),
    });
    const t = g.HtmlService.createTemplateFromFile("panel");
    t.nama = "Kec. Klakah";
    expect(t.evaluate().getContent()).toBe("<style>p{}</style><p>Kec. Klakah</p>");
    const js = g.HtmlService.createTemplateFromFile("js");
    js.data = 1;
    expect(() => js.evaluate()).toThrow("di dalam <script> tidak dimodelkan");
  });
});

describe("LockService, PropertiesService", () => {
  it("grants a free lock, records it, and refuses it while another execution holds it", () => {
    const g = createFakeGoogle();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(true);
    expect(g.locks.document.held).toBe(true);
    lock.releaseLock();
    // "If the lock has not been acquired, this method has no effect."
    lock.releaseLock();
    expect([g.locks.document.held, g.locks.document.acquisitions()]).toEqual([false, 1]);
    g.locks.document.busy = true;
    expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => lock.tryLock(-1)).toThrow("batas waktu");
    expect(g.locks.document.events.map((e) => [e.op, e.acquired])).toEqual([
      ["tryLock", true],
      ["releaseLock", undefined],
      ["releaseLock", undefined],
      ["tryLock", false],
    ]);
    expect(() => g.LockService.getScriptLock()).toThrow(
      "fake: LockService.getScriptLock tidak diimplementasikan",
    );
  });

  it("stores document properties as strings within Apps Script's quota", () => {
    const g = createFakeGoogle({ properties: { document: { tahun: "2023" } } });
    const doc = g.PropertiesService.getDocumentProperties();
    expect(doc.getProperty("tahun")).toBe("2023");
    expect(doc.getProperty("tidak")).toBeNull();
    doc.setProperty("versi", 5 as unknown as string);
    expect(Object.fromEntries(g.properties.document)).toEqual({ tahun: "2023", versi: "5" });
    doc.setProperties({ a: "1" }, true);
    doc.setProperties({ b: "2" });
    expect([...g.properties.document.keys()]).toEqual(["a", "b"]);
    expect(() => doc.setProperty("besar", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    const besar = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, "x".repeat(9000)]));
    expect(() => doc.setProperties(besar)).toThrow("exceeded the property storage quota");
    expect(() => doc.setProperty("n", null as unknown as string)).toThrow("harus teks");
    doc.deleteProperty("a");
    doc.deleteProperty("b");
    expect(g.properties.document.size).toBe(0);
    expect(() => g.PropertiesService.getUserProperties()).toThrow(
      "fake: PropertiesService.getUserProperties tidak diimplementasikan",
    );
  });
});

describe("globals() for the bundle", () => {
  it("holds the services, a console and no function, and runs Apps Script code in node:vm", () => {
    const g = createFakeGoogle({ sheets: { Indikator: [["Indikator"], ["Nilai IKM"], ["Fasilitasi"]] } });
    const scope = g.globals();
    expect(Object.keys(scope).filter((k) => typeof scope[k] === "function")).toEqual([]);
    const context = vm.createContext({ ...scope });
    vm.runInContext(
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("Bantuan", "tampilkanBantuan").addToUi(); }
       function baca() { return SpreadsheetApp.getActive().getSheetByName("Indikator").getDataRange().getValues().length; }
       onOpen();
       console.log("baris", baca());`,
      context,
    );
    expect(g.ui.menuItems()).toEqual([{ caption: "Bantuan", functionName: "tampilkanBantuan" }]);
    expect(g.logs).toEqual(["[log] baris 3"]);
  });
});
