/**
 * The add-on menu. onOpen may run in AuthMode.NONE (before the user authorises the add-on),
 * where an add-on may only add menu items: createAddonMenu() works in every mode, any other
 * service call there stops the menu from being built
 * (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 * So onOpen touches nothing but the Ui, and every handler named here is a global in the bundle.
 */
export const MENU: readonly (readonly [judul: string, fungsi: string] | null)[] = [
  ["Bantuan", "tampilkanBantuan"],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

/** Installing from the Marketplace does not reload the sheet: build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function tampilkanBantuan(): void {
  const html = HtmlService.createHtmlOutputFromFile("bantuan").setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, "Bantuan SAKIP Sheets");
}
