/**
 * Review and lock of the LKE (Kunci & Catat Status LKE): every change of a row's Status since the
 * last run is appended to the Log Status LKE sheet (who, when, from, to; a Final row with the
 * fingerprint of what it held), each run of Final rows becomes a protected range, and the
 * evaluator's columns are one too. Only the spreadsheet's owner, the user running it and the
 * evaluators named in Pengaturan stay editors: the Apps Script reference's own recipe
 * (developers.google.com/apps-script/reference/spreadsheet/protection: add the effective user,
 * removeEditors(getEditors()), setDomainEdit(false); "Neither the owner of the spreadsheet nor the
 * current user can be removed").
 */
import { kunciTeks } from "../../core/format";
import { hurufKolom, nomorKolom } from "../../core/model/kolom";
import { JAWABAN_LKE, type JawabanLke, LOG_LKE, sidikJawaban, statusTercatat } from "../../core/model/lke";
import { bacaBaris, bacaLembar } from "../baca/tabel";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const DESKRIPSI_EVALUATOR = "LKE: kolom evaluator";
export const AWALAN_FINAL = "LKE: baris Final ";

/** Only the owner, the user running the script and the evaluators may edit the range. */
function batasiEditor(p: Protection, pengguna: string, evaluator: readonly string[]): void {
  if (pengguna !== "") p.addEditors([pengguna]);
  p.removeEditors(p.getEditors().map((u) => u.getEmail()));
  if (p.canDomainEdit()) p.setDomainEdit(false);
  if (evaluator.length > 0) p.addEditors([...evaluator]);
}

/** The user running the script (userinfo.email scope); "" where Apps Script does not tell it. */
export const penggunaAktif = (): string => {
  try {
    return typeof Session === "undefined" ? "" : Session.getEffectiveUser().getEmail();
  } catch {
    return "";
  }
};

/** Protects Jawaban Evaluator, Nilai Evaluator and Catatan Evaluator (once; editors brought up to date). */
export function lindungiKolomEvaluator(
  app: App,
  sheet: Sheet,
  evaluator: readonly string[],
  pengguna = penggunaAktif(),
): void {
  const ada = sheet
    .getProtections(app.ProtectionType.RANGE)
    .find((p) => p.getDescription() === DESKRIPSI_EVALUATOR);
  const p =
    ada ??
    sheet
      .getRange(2, nomorKolom(JAWABAN_LKE, "Jawaban Evaluator"), sheet.getMaxRows() - 1, 3)
      .protect()
      .setDescription(DESKRIPSI_EVALUATOR);
  batasiEditor(p, pengguna, evaluator);
}

export interface HasilKunci {
  /** Status changes logged. */
  dicatat: number;
  /** Rows now Final (and locked). */
  final: number;
}

/** Runs of consecutive sheet rows: [first, last]. */
function rentangBaris(baris: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const b of [...baris].sort((a, c) => a - c)) {
    const akhir = out.at(-1);
    if (akhir && akhir[1] === b - 1) akhir[1] = b;
    else out.push([b, b]);
  }
  return out;
}

export function kunciStatusLke(
  app: App,
  ss: Spreadsheet,
  evaluator: readonly string[],
  waktu: string,
  pengguna = penggunaAktif(),
): HasilKunci {
  const sheet = ss.getSheetByName(JAWABAN_LKE.nama);
  const tabel = bacaLembar(ss, JAWABAN_LKE.nama);
  const log = ss.getSheetByName(LOG_LKE.nama);
  const tabelLog = bacaLembar(ss, LOG_LKE.nama);
  if (sheet === null || tabel === null || log === null || tabelLog === null) {
    throw new Error(
      "Lembar Jawaban LKE atau Log Status LKE tidak ada. Jalankan Siapkan Lembar Kerja lebih dulu.",
    );
  }
  const jawaban: JawabanLke[] = bacaBaris(tabel, JAWABAN_LKE, []);
  const tercatat = statusTercatat(bacaBaris(tabelLog, LOG_LKE, []));
  const baru: string[][] = [];
  for (const j of jawaban) {
    if (j.kode === "") continue;
    const status = j.status ?? "";
    const lama = tercatat.get(kunciTeks(j.kode));
    const sidik = status === "Final" ? sidikJawaban(j) : "";
    // A Final row is logged again when it changed since (an evaluator re-opened and re-closed it).
    if (status === (lama?.status ?? "") && (status !== "Final" || sidik === lama?.sidik)) continue;
    baru.push([waktu, pengguna || "(tidak diketahui)", j.kode, lama?.status ?? "", status, sidik]);
  }
  if (baru.length > 0) {
    const awal = Math.max(log.getLastRow(), 1) + 1;
    if (log.getMaxRows() < awal + baru.length - 1)
      log.insertRowsAfter(log.getMaxRows(), awal + baru.length - 1 - log.getMaxRows());
    log.getRange(awal, 1, baru.length, LOG_LKE.kolom.length).setValues(baru);
  }

  const final = jawaban.filter((j) => j.status === "Final").map((j) => j.baris);
  const ingin = new Map(rentangBaris(final).map(([a, b]) => [`${AWALAN_FINAL}${a}-${b}`, [a, b] as const]));
  const lebar = JAWABAN_LKE.kolom.length;
  for (const p of sheet.getProtections(app.ProtectionType.RANGE)) {
    const d = p.getDescription();
    if (!d.startsWith(AWALAN_FINAL)) continue;
    if (ingin.has(d)) {
      batasiEditor(p, pengguna, evaluator);
      ingin.delete(d);
    } else p.remove();
  }
  for (const [d, [a, b]] of ingin) {
    batasiEditor(
      sheet
        .getRange(a, 1, b - a + 1, lebar)
        .protect()
        .setDescription(d),
      pengguna,
      evaluator,
    );
  }
  lindungiKolomEvaluator(app, sheet, evaluator, pengguna);
  return { dicatat: baru.length, final: final.length };
}

/** The columns a Final row spans, for messages: "A:J". */
export const KOLOM_BARIS_FINAL = `A:${hurufKolom(JAWABAN_LKE.kolom.length)}`;
