// Data validation rules: the builder SpreadsheetApp.newDataValidation() gives, with the rules
// src/sheets/siapkan.ts builds, and the rule a cell holds.
import { type CallCounter, Fake, type Iface, strict } from "../core";

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const IFACE = {
  DataValidation: { file: "spreadsheet", name: "DataValidation" },
  DataValidationBuilder: { file: "spreadsheet", name: "DataValidationBuilder" },
} as const satisfies Record<string, Iface>;

interface RuleState {
  criteria: string | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation
export class FakeDataValidation
  extends Fake<DataValidation>
  implements Pick<DataValidation, "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues">
{
  constructor(private readonly rule: Readonly<RuleState>) {
    super();
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria as unknown as Criteria;
  }

  /** E.g. [["a", "b"], true] for requireValueInList(["a", "b"], true). */
  getCriteriaValues(): unknown[] {
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getAllowInvalid()
  // "The default for new data validation rules is true."
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
}

type BuilderImpl = Pick<
  DataValidationBuilder,
  "build" | "requireNumberGreaterThanOrEqualTo" | "requireValueInList" | "setAllowInvalid" | "setHelpText"
>;

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
class FakeDataValidationBuilder extends Fake<DataValidationBuilder> implements BuilderImpl {
  private readonly rule: RuleState = { criteria: undefined, values: [], allowInvalid: true, helpText: null };

  constructor(private readonly counts: CallCounter) {
    super();
  }

  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this.self;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error("fake: requireValueInList butuh larik nilai yang tidak kosong");
    }
    return this.set("VALUE_IN_LIST", [[...values], showDropdown]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    if (typeof number !== "number" || !Number.isFinite(number))
      throw new Error(`fake: requireNumberGreaterThanOrEqualTo: bukan angka: ${String(number)}`);
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.rule.allowInvalid = allowInvalidData;
    return this.self;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.rule.helpText = helpText;
    return this.self;
  }

  build(): DataValidation {
    if (this.rule.criteria === undefined) throw new Error("fake: DataValidationBuilder.build tanpa kriteria");
    return strict(new FakeDataValidation({ ...this.rule }), IFACE.DataValidation, this.counts);
  }
}

export function newDataValidationBuilder(counts: CallCounter): DataValidationBuilder {
  return strict(new FakeDataValidationBuilder(counts), IFACE.DataValidationBuilder, counts);
}
