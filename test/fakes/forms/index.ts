// The Forms fakes: items.ts (the items and the text validation), responses.ts (the response
// sheet and __submit's checks), content.ts (what a form holds, the store), form.ts (Form, FormApp).
export { FORM_MIME, type FormDump, FormStore } from "./content";
export { createFormApp, type FormHooks, formHandle } from "./form";
export type { FormItemDump, TextValidationDump } from "./items";
export type { FormAnswers, FormResponseLabels } from "./responses";
