// FormApp and Form with the members "Buat Kuesioner SKM" (src/forms/kuesioner.ts) calls; any
// other member of the real interfaces throws. A form is a Drive file the app created (drive.file
// reaches it). Linked to the fake spreadsheet with setDestination, it gets a response sheet as
// Google Sheets makes one, and the test hook __submit(answers) appends a response row the way
// Forms writes it. https://developers.google.com/apps-script/reference/forms/form
import { enumObject, Fake, type Iface, strict } from "../core";
import { ROOT_ID } from "../drive";
import { FORM_MIME, FormContent, type FormDump, type FormStore } from "./content";
import { createTextValidationBuilder, type Kind, newItem, str } from "./items";
import type { FormAnswers } from "./responses";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type DestinationType = GoogleAppsScript.Forms.DestinationType;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type SectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type TextValidationBuilder = GoogleAppsScript.Forms.TextValidationBuilder;

const IFACE = {
  FormApp: { file: "forms", name: "FormApp" },
  Form: { file: "forms", name: "Form" },
} as const satisfies Record<string, Iface>;

const DESTINATION_TYPE = enumObject<typeof GoogleAppsScript.Forms.DestinationType>(
  "forms",
  "DestinationType",
);

export interface FormHooks {
  /** The form as plain JSON. Not counted. */
  __dump(): FormDump;
  /**
   * A respondent submits the form: checked as Forms checks it (required questions, choices,
   * validation), kept in the form's response store and, when the form is linked, appended to the
   * response sheet as Forms writes it: the timestamp as a Date, a choice as its value, text as
   * text, unanswered as "". Without a timestamp the fake's clock gives one (2024-01-01T00:00:00Z
   * plus one minute per response). Not counted.
   */
  __submit(answers: FormAnswers, timestamp?: Date): void;
}

type FormImpl = Pick<
  Form,
  | "addListItem"
  | "addMultipleChoiceItem"
  | "addPageBreakItem"
  | "addParagraphTextItem"
  | "addSectionHeaderItem"
  | "addTextItem"
  | "getEditUrl"
  | "getId"
  | "getPublishedUrl"
  | "setConfirmationMessage"
  | "setDescription"
  | "setDestination"
>;

// https://developers.google.com/apps-script/reference/forms/form
class FakeForm extends Fake<Form> implements FormImpl, FormHooks {
  constructor(private readonly content: FormContent) {
    super();
  }

  private set(change: (c: FormContent) => void): Form {
    change(this.content);
    this.content.edited();
    return this.self;
  }

  private add<I>(kind: Kind): I {
    return newItem(this.content, this.content.addItem(kind), this.content.store.counts) as I;
  }

  getId(): string {
    return this.content.id;
  }

  setDescription(description: string): Form {
    const d = str(description, "Form.setDescription");
    return this.set((c) => {
      c.description = d;
    });
  }

  setConfirmationMessage(message: string): Form {
    const m = str(message, "Form.setConfirmationMessage");
    return this.set((c) => {
      c.confirmationMessage = m;
    });
  }

  /**
   * Not in @types/google-apps-script 2.0.13, so counted here by hand ("Form.setPublished").
   * "Forms created by the API after June 30, 2026 will be created in an unpublished state. You
   * must publish the forms before they can accept responses."
   * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms); the
   * Apps Script way is form.setPublished(true)
   * (https://developers.google.com/workspace/forms/api/guides/publish-form). So a new fake form
   * is unpublished and __submit refuses it until published.
   */
  setPublished(enabled: boolean): Form {
    this.content.store.counts.hit("Form.setPublished");
    if (typeof enabled !== "boolean")
      throw new Error(`fake: Form.setPublished harus boolean, bukan ${String(enabled)}`);
    return this.set((c) => {
      c.published = enabled;
    });
  }

  getPublishedUrl(): string {
    return this.content.publishedUrl();
  }

  getEditUrl(): string {
    return this.content.editUrl();
  }

  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add("MULTIPLE_CHOICE");
  }

  addListItem(): ListItem {
    return this.add("LIST");
  }

  addTextItem(): TextItem {
    return this.add("TEXT");
  }

  addParagraphTextItem(): ParagraphTextItem {
    return this.add("PARAGRAPH_TEXT");
  }

  addSectionHeaderItem(): SectionHeaderItem {
    return this.add("SECTION_HEADER");
  }

  addPageBreakItem(): PageBreakItem {
    return this.add("PAGE_BREAK");
  }

  /**
   * "Sets the destination where form responses are saved." Only the fake's own spreadsheet can
   * be the destination. Linking again while linked is not modelled (it throws).
   */
  setDestination(type: DestinationType, id: string): Form {
    if (String(type) !== String(DESTINATION_TYPE.SPREADSHEET)) {
      throw new Error(`fake: Form.setDestination: jenis tujuan tidak dikenal: ${String(type)}`);
    }
    const ssId = str(id, "Form.setDestination: id");
    const ss = this.content.store.spreadsheet;
    if (ss === null || ss.getId() !== ssId) {
      throw new Error(
        `fake: Form.setDestination: tidak ada spreadsheet ${ssId} di fake ini${ss === null ? "" : ` (yang ada: ${ss.getId()})`}`,
      );
    }
    if (this.content.destination !== null) {
      throw new Error("fake: Form.setDestination: formulir sudah tertaut; menautkan ulang tidak dimodelkan");
    }
    this.content.link(ss);
    return this.self;
  }

  __dump(): FormDump {
    return this.content.dump();
  }

  __submit(answers: FormAnswers, timestamp?: Date): void {
    this.content.submit(answers, timestamp);
  }
}

/** A strict Form over the form with this id, with the test hooks. */
export function formHandle(store: FormStore, id: string): Form & FormHooks {
  const content = store.contents.get(id);
  if (content === undefined) throw new Error(`fake: tidak ada formulir ${id}`);
  return strict(new FakeForm(content), IFACE.Form, store.counts);
}

// https://developers.google.com/apps-script/reference/forms/form-app
// openById, getActiveForm, getUi and the other enums and builders are not modelled: they throw.
class FakeFormApp
  extends Fake<FormApp>
  implements Pick<FormApp, "DestinationType" | "create" | "createTextValidation">
{
  readonly DestinationType = DESTINATION_TYPE;

  constructor(private readonly store: FormStore) {
    super();
  }

  /** A new, empty form in My Drive: a Drive file the app created (so drive.file reaches it). */
  create(title: string): Form {
    if (typeof title !== "string" || title === "") throw new Error("fake: FormApp.create perlu judul");
    const file = this.store.drive.add({
      id: this.store.newFormId(),
      name: title,
      mimeType: FORM_MIME,
      parents: [ROOT_ID],
      trashed: false,
      createdByApp: true,
      bytes: null,
    });
    this.store.contents.set(file.id, new FormContent(this.store, file));
    this.store.created.push(file.id);
    return formHandle(this.store, file.id);
  }

  createTextValidation(): TextValidationBuilder {
    return createTextValidationBuilder(this.store.counts);
  }
}

export function createFormApp(store: FormStore): FormApp {
  return strict(new FakeFormApp(store), IFACE.FormApp, store.counts);
}
