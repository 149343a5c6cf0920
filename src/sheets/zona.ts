/**
 * Dates in the spreadsheet's time zone. A date cell is midnight in the spreadsheet's zone
 * (Spreadsheet.getSpreadsheetTimeZone()), a form's timestamp an instant; the script runs in its
 * own zone (appsscript.json), and JavaScript's Date getters answer in that one. For a unit in WITA
 * or WIT (or anywhere else) a date read in the script's zone is a day off around midnight, and a
 * survey answer near a month's end falls in the wrong quarter. So a date read from the sheet is
 * moved to the same wall-clock time in the script's zone (its getters then tell the spreadsheet's
 * calendar date), and a date written goes the other way. The offset comes from
 * Utilities.formatDate(date, zone, "Z") (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)),
 * asked once per month of dates: no Intl needed.
 */
import { esTanggal } from "../core/format";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HARI_MS = 86_400_000;

export interface Zona {
  /** A cell's or timestamp's instant as the spreadsheet's wall-clock time. */
  dariSel(d: Date): Date;
  /** A wall-clock date (a calendar date) as the instant to write into a cell. */
  keSel(d: Date): Date;
  /** Today, in the spreadsheet's zone. */
  hariIni(): Date;
}

const dikenal = new WeakMap<Spreadsheet, Zona>();

/** The spreadsheet's zone, asked once per spreadsheet per execution. */
export function zonaSpreadsheet(ss: Spreadsheet): Zona {
  let z = dikenal.get(ss);
  if (z === undefined) {
    z = buatZona(ss.getSpreadsheetTimeZone());
    dikenal.set(ss, z);
  }
  return z;
}

function buatZona(tz: string): Zona {
  const offsetDi = new Map<number, number>();
  /** The spreadsheet zone's UTC offset in minutes at an instant (one service call, remembered). */
  const offset = (t: number): number => {
    let menit = offsetDi.get(t);
    if (menit === undefined) {
      const z = Utilities.formatDate(new Date(t), tz, "Z");
      const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
      menit = m
        ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
        : -new Date(t).getTimezoneOffset();
      offsetDi.set(t, menit);
    }
    return menit;
  };
  /**
   * The offset at a date: asked at the month's first and next month's first instant, so a survey
   * of a year costs about 13 calls, not one per day; only a month whose offset changes (daylight
   * saving, none in Indonesia) is asked day by day.
   */
  const offsetSpreadsheet = (d: Date): number => {
    const awal = offset(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    if (awal === offset(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) return awal;
    return offset(Math.floor(d.getTime() / HARI_MS) * HARI_MS);
  };
  /** Milliseconds from the script's wall-clock to the spreadsheet's at this instant. */
  const geser = (d: Date): number => (offsetSpreadsheet(d) + d.getTimezoneOffset()) * 60_000;
  return {
    dariSel: (d) => new Date(d.getTime() + geser(d)),
    keSel: (d) => new Date(d.getTime() - geser(d)),
    hariIni: () => {
      const d = new Date();
      return new Date(d.getTime() + geser(d));
    },
  };
}

/** Every date of a sheet's values as the spreadsheet's wall-clock time (see zonaSpreadsheet). */
export function tanggalDalamZona(nilai: unknown[][], zona: Zona): unknown[][] {
  for (const baris of nilai) {
    for (let i = 0; i < baris.length; i++) {
      const v = baris[i];
      if (esTanggal(v)) baris[i] = zona.dariSel(v);
    }
  }
  return nilai;
}
