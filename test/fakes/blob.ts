// Strict fake of Base.Blob: what Document.getAs and Chart.getAs hand out, and what
// Drive.Files.create and Body.insertImage take. Product code only names it (setName); the other
// fakes read its bytes, type and name, uncounted.
import type { ChartDump } from "./charts";
import { type CallCounter, Fake, type Iface, strict, unwrap } from "./core";

type Blob = GoogleAppsScript.Base.Blob;

const IFACE = { Blob: { file: "base", name: "Blob" } } as const satisfies Record<string, Iface>;

// https://developers.google.com/apps-script/reference/base/blob
export class FakeBlob extends Fake<Blob> implements Pick<Blob, "setName"> {
  constructor(
    private readonly counts: CallCounter,
    /** Unsigned bytes, for tests and the other fakes (not counted). */
    readonly bytes: Uint8Array,
    readonly contentType: string | null,
    public name: string | null,
    /** When the bytes are a chart image: what the chart shows (kept through copies). */
    readonly chart: ChartDump | undefined = undefined,
  ) {
    super();
    strict(this, IFACE.Blob, counts);
  }

  /** The strict proxy product code holds. */
  get proxy(): Blob {
    return this.self;
  }

  /** A new Blob over a copy of these bytes. */
  duplicate(): FakeBlob {
    return new FakeBlob(this.counts, this.bytes.slice(), this.contentType, this.name, this.chart);
  }

  setName(name: string): Blob {
    if (typeof name !== "string") throw new Error("fake: Blob.setName perlu teks");
    this.name = name;
    return this.self;
  }
}

/** A strict Blob over these bytes (not copied). */
export function createBlob(
  counts: CallCounter,
  bytes: Uint8Array,
  contentType: string | null,
  name: string | null,
  chart?: ChartDump,
): Blob {
  return new FakeBlob(counts, bytes, contentType, name, chart).proxy;
}

/** The fake behind a Blob that product code handed back. */
export function blobOf(value: unknown, what: string): FakeBlob {
  return unwrap(value, FakeBlob, what);
}
