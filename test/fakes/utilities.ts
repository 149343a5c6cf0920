// Strict fake of Utilities, with what src calls: formatDate, to tell a date in the spreadsheet's
// time zone (src/sheets/zona.ts). "Formats date according to specification described in Java SE
// SimpleDateFormat class" (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
import { createBlob } from "./blob";
import { type CallCounter, Fake, type Iface, strict } from "./core";

type Utilities = GoogleAppsScript.Utilities.Utilities;

const IFACE = { Utilities: { file: "utilities", name: "Utilities" } } as const satisfies Record<
  string,
  Iface
>;

/** The wall-clock parts of an instant in a time zone, and the zone's offset then, in minutes. */
export function bagianWaktu(d: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  const n = (k: string) => Number(p[k]);
  const dinding = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  const detik = Math.floor(d.getTime() / 1000) * 1000;
  return {
    tahun: n("year"),
    bulan: n("month"),
    hari: n("day"),
    jam: n("hour"),
    menit: n("minute"),
    detik: n("second"),
    offsetMenit: Math.round((dinding - detik) / 60_000),
  };
}

/** The instant of a wall-clock time in a time zone (a date cell: midnight there). */
export function instanDalamZona(
  tahun: number,
  bulan: number,
  hari: number,
  timeZone: string,
  jam = 0,
  menit = 0,
): Date {
  const kira = Date.UTC(tahun, bulan - 1, hari, jam, menit);
  const offset = bagianWaktu(new Date(kira), timeZone).offsetMenit;
  return new Date(kira - offset * 60_000);
}

class FakeUtilities
  extends Fake<Utilities>
  implements Pick<Utilities, "formatDate" | "base64Decode" | "newBlob">
{
  constructor(private readonly counts: CallCounter) {
    super();
  }

  /**
   * "Decodes a base-64 encoded string into a UTF-8 byte array" (reference, base64Decode(encoded)):
   * Byte[] is Java's signed bytes, -128 to 127. Text that is not base-64 is refused.
   */
  base64Decode(encoded: string): number[] {
    if (typeof encoded !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1)
      throw new Error("Invalid argument: encoded");
    return [...Buffer.from(encoded, "base64")].map((b) => (b > 127 ? b - 256 : b));
  }

  /** newBlob(data, contentType, name): a Blob of the given bytes (Byte[], signed). */
  newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    if (!Array.isArray(data)) throw new Error("fake: Utilities.newBlob selain Byte[] tidak dimodelkan");
    const bytes = Uint8Array.from(data as number[], (b) => b & 255);
    return createBlob(this.counts, bytes, contentType ?? null, name ?? null);
  }

  /** The patterns src uses: yyyy, yy, MM, M, dd, d, HH, H, mm, ss, Z ("+0700"), and 'quoted' text. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const d = date as unknown as Date;
    if (Object.prototype.toString.call(d) !== "[object Date]" || Number.isNaN(d.getTime()))
      throw new Error("Invalid argument: date");
    if (typeof timeZone !== "string" || timeZone === "") throw new Error("Invalid argument: timeZone");
    let b: ReturnType<typeof bagianWaktu>;
    try {
      b = bagianWaktu(d, timeZone);
    } catch {
      throw new Error(`Invalid argument: timeZone (${timeZone})`);
    }
    const dua = (n: number) => String(n).padStart(2, "0");
    const z = `${b.offsetMenit < 0 ? "-" : "+"}${dua(Math.floor(Math.abs(b.offsetMenit) / 60))}${dua(Math.abs(b.offsetMenit) % 60)}`;
    const token: Record<string, string> = {
      yyyy: String(b.tahun),
      yy: dua(b.tahun % 100),
      MM: dua(b.bulan),
      M: String(b.bulan),
      dd: dua(b.hari),
      d: String(b.hari),
      HH: dua(b.jam),
      H: String(b.jam),
      mm: dua(b.menit),
      ss: dua(b.detik),
      Z: z,
    };
    return format.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|Z|[A-Za-z]/g, (m, kutip?: string) => {
      if (kutip !== undefined) return kutip;
      const t = token[m];
      if (t === undefined) throw new Error(`fake: Utilities.formatDate: pola "${m}" tidak dimodelkan`);
      return t;
    });
  }
}

export function createUtilities(counts: CallCounter): Utilities {
  return strict(new FakeUtilities(counts), IFACE.Utilities, counts);
}
