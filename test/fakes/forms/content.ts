// What a form holds, shared by every handle on it: its settings, items, response store and
// response sheet; and the store of every form of one createFakeGoogle().
import type { CallCounter } from "../core";
import type { DriveFileRecord, DriveState } from "../drive";
import type { FakeSpreadsheet } from "../spreadsheet";
import { dumpItem, type FormItemDump, type ItemState, type Kind } from "./items";
import {
  appendResponse,
  type Destination,
  type FormAnswers,
  newResponseSheet,
  responseOf,
  type StoredResponse,
  syncHeader,
} from "./responses";

export const FORM_MIME = "application/vnd.google-apps.form";

/** A form as plain JSON: settings, the response destination and the items in order. */
export interface FormDump {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly confirmationMessage: string;
  /** setPublished(true) was called (a new form is unpublished: see FakeForm.setPublished). */
  readonly published: boolean;
  readonly publishedUrl: string;
  readonly editUrl: string;
  /** null when the form has no destination. */
  readonly destination: { readonly type: "SPREADSHEET"; readonly id: string; readonly sheet: string } | null;
  readonly items: readonly FormItemDump[];
  /** Responses submitted with __submit, linked or not (the form's own response store). */
  readonly responses: number;
}

/** Every form of one createFakeGoogle(): ids, the clock of __submit and the spreadsheet to link. */
export class FormStore {
  readonly contents = new Map<string, FormContent>();
  /** Ids of the forms FormApp.create made, in order. */
  readonly created: string[] = [];
  #nextForm = 0;
  #nextItem = 0;
  #clock = 0;

  /** `spreadsheet`: the one spreadsheet setDestination can link to (the fake's active one). */
  constructor(
    readonly counts: CallCounter,
    readonly drive: DriveState,
    readonly spreadsheet: FakeSpreadsheet | null = null,
  ) {}

  newFormId(): string {
    let id: string;
    do id = `fakeForm${String(++this.#nextForm).padStart(4, "0")}`;
    while (this.drive.files.has(id) || this.contents.has(id));
    return id;
  }

  /** Item ids are integers, like Item.getId(); unique across the store. */
  newItemId(): number {
    return 100000000 + ++this.#nextItem;
  }

  /** Deterministic submission times, one minute apart. */
  now(): Date {
    return new Date(Date.UTC(2024, 0, 1) + 60_000 * this.#clock++);
  }
}

/** One form's content, shared by every handle (FormApp.create, forms()). */
export class FormContent {
  title: string;
  description = "";
  confirmationMessage = "";
  published = false;
  readonly items: ItemState[] = [];
  readonly responses: StoredResponse[] = [];
  destination: Destination | null = null;

  constructor(
    readonly store: FormStore,
    readonly file: DriveFileRecord,
  ) {
    this.title = file.name;
  }

  get id(): string {
    return this.file.id;
  }

  /**
   * The responder URL carries the form's *published* id, not its Drive id
   * (docs.google.com/forms/d/e/<published id>/viewform): the fake makes them differ so product
   * code that builds the URL from getId() fails a test instead of a respondent.
   */
  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/1FAIpQL-${this.id}/viewform`;
  }

  editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  /** Every change reaches the response sheet's header. */
  edited(): void {
    if (this.destination !== null) syncHeader(this.destination, this.items);
  }

  addItem(kind: Kind): ItemState {
    const state: ItemState = {
      id: this.store.newItemId(),
      kind,
      title: "",
      helpText: "",
      required: false,
      choices: [],
      validation: null,
    };
    this.items.push(state);
    this.edited();
    return state;
  }

  /**
   * A new response sheet gets every response the form already has (the form's response store
   * keeps them: https://developers.google.com/apps-script/reference/forms/destination-type).
   */
  link(spreadsheet: FakeSpreadsheet): void {
    const dest = newResponseSheet(spreadsheet);
    this.destination = dest;
    syncHeader(dest, this.items);
    for (const r of this.responses) appendResponse(dest, r);
  }

  submit(answers: FormAnswers, timestamp?: Date): void {
    if (!this.published) {
      throw new Error(
        `fake: formulir "${this.title}" belum dipublikasikan: responden tidak bisa mengisinya (panggil setPublished(true))`,
      );
    }
    const response = responseOf(this.items, answers, timestamp, () => this.store.now());
    this.responses.push(response);
    if (this.destination !== null) {
      syncHeader(this.destination, this.items);
      appendResponse(this.destination, response);
    }
  }

  dump(): FormDump {
    const dest = this.destination;
    return {
      id: this.id,
      title: this.title,
      description: this.description,
      confirmationMessage: this.confirmationMessage,
      published: this.published,
      publishedUrl: this.publishedUrl(),
      editUrl: this.editUrl(),
      destination:
        dest === null ? null : { type: "SPREADSHEET", id: dest.spreadsheetId, sheet: dest.sheet.getName() },
      items: this.items.map(dumpItem),
      responses: this.responses.length,
    };
  }
}
