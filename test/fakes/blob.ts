// Strict fake of Base.Blob: what Utilities.newBlob, Document.getAs, Chart.getAs and
// InlineImage.getBlob hand out, and what Drive.Files.create stores.
import type { ChartDump } from "./charts";
import { type CallCounter, Fake, type Iface, strict, unwrap } from "./core";

type Blob = GoogleAppsScript.Base.Blob;

const IFACE = { Blob: { file: "base", name: "Blob" } } as const satisfies Record<string, Iface>;

const UTF8 = new Set(["utf-8", "utf8"]);

function checkCharset(method: string, charset: string | undefined): void {
  if (charset !== undefined && !UTF8.has(String(charset).toLowerCase())) {
    throw new Error(`fake: Blob.${method}: hanya UTF-8 yang dimodelkan, bukan ${String(charset)}`);
  }
}

/**
 * Apps Script bytes are Java bytes, signed -128..127: Utilities.newBlob("é").getBytes() gives
 * [-61, -87] (https://developers.google.com/apps-script/reference/base/blob#getBytes()).
 * Writes accept either sign; anything else is a bug.
 */
export function toBytes(data: unknown, what: string): Uint8Array {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (Array.isArray(data)) {
    return Uint8Array.from(data, (b: unknown) => {
      if (typeof b !== "number" || !Number.isInteger(b) || b < -128 || b > 255) {
        throw new Error(`fake: ${what}: byte harus bilangan bulat -128..255, bukan ${String(b)}`);
      }
      return b & 0xff;
    });
  }
  throw new Error(`fake: ${what}: data harus teks atau larik byte, bukan ${typeof data}`);
}

type BlobImpl = Pick<
  Blob,
  | "copyBlob"
  | "getAs"
  | "getBlob"
  | "getBytes"
  | "getContentType"
  | "getDataAsString"
  | "getName"
  | "isGoogleType"
  | "setBytes"
  | "setContentType"
  | "setDataFromString"
  | "setName"
>;

// https://developers.google.com/apps-script/reference/base/blob
export class FakeBlob extends Fake<Blob> implements BlobImpl {
  constructor(
    private readonly counts: CallCounter,
    /** Unsigned bytes, for tests and the other fakes (not counted). */
    public bytes: Uint8Array,
    public contentType: string | null,
    public name: string | null,
    /** When the bytes are a chart image: what the chart shows (kept through copies). */
    public readonly chart: ChartDump | undefined = undefined,
  ) {
    super();
  }

  /** The strict proxy product code holds. */
  get proxy(): Blob {
    return this.self;
  }

  /** A new Blob over a copy of these bytes. */
  duplicate(): FakeBlob {
    return rawBlob(this.counts, this.bytes.slice(), this.contentType, this.name, this.chart);
  }

  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  setBytes(data: number[]): Blob {
    this.bytes = toBytes(data, "Blob.setBytes");
    return this.self;
  }

  getDataAsString(charset?: string): string {
    checkCharset("getDataAsString", charset);
    return new TextDecoder("utf-8").decode(this.bytes);
  }

  setDataFromString(string: string, charset?: string): Blob {
    checkCharset("setDataFromString", charset);
    if (typeof string !== "string") throw new Error("fake: Blob.setDataFromString: data harus teks");
    this.bytes = new TextEncoder().encode(string);
    return this.self;
  }

  /** null unless given: the reference does not say what newBlob(data) without a type reports. */
  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this.self;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return this.self;
  }

  copyBlob(): Blob {
    return this.duplicate().self;
  }

  getBlob(): Blob {
    return this.duplicate().self;
  }

  /** Only the identity conversion is modelled (no image transcoding, no text to PDF). */
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) {
      throw new Error(
        `fake: Blob.getAs dari ${String(this.contentType)} ke ${String(contentType)} tidak dimodelkan`,
      );
    }
    return this.duplicate().self;
  }

  isGoogleType(): boolean {
    return false;
  }
}

function rawBlob(
  counts: CallCounter,
  bytes: Uint8Array,
  contentType: string | null,
  name: string | null,
  chart?: ChartDump,
): FakeBlob {
  const raw = new FakeBlob(counts, bytes, contentType, name, chart);
  strict(raw, IFACE.Blob, counts);
  return raw;
}

/** A strict Blob over these bytes (not copied). */
export function createBlob(
  counts: CallCounter,
  bytes: Uint8Array,
  contentType: string | null,
  name: string | null,
  chart?: ChartDump,
): Blob {
  return rawBlob(counts, bytes, contentType, name, chart).proxy;
}

/** The fake behind a Blob that product code handed back. */
export function blobOf(value: unknown, what: string): FakeBlob {
  return unwrap(value, FakeBlob, what);
}
