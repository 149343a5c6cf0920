/**
 * Isi Bukti Otomatis: for the criteria whose evidence is a document the add-on makes (Kriteria
 * LKE's Dokumen Add-on: PK, LKJ, TRIWULAN, SKM), the link of the latest such Doc goes into Bukti
 * Dukung (added on a line of its own, nothing typed is removed) and a Y into a blank Y/T answer.
 * The unit is shown the proposals and confirms first; a Final row is left as it is.
 */
import { kunciTeks } from "../../core/format";
import { nomorKolom } from "../../core/model/kolom";
import {
  type DokumenBukti,
  JAWABAN_LKE,
  type JawabanLke,
  JENIS_DOKUMEN_BUKTI,
  type KriteriaLke,
} from "../../core/model/lke";

export interface DokumenTerakhir {
  url: string;
  nama: string;
}

export interface UsulanBukti {
  kode: string;
  /** Sheet row of the answer. */
  baris: number;
  dokumen: DokumenTerakhir;
  /** "Y" when the answer is blank and the criterion is Y/T. */
  jawaban: string | null;
}

/** The proposals: nothing for a row already holding the link, a Final row, or a document not made yet. */
export function usulanBukti(
  kriteria: readonly KriteriaLke[],
  jawaban: readonly JawabanLke[],
  terakhir: (jenis: string) => DokumenTerakhir | null,
): UsulanBukti[] {
  const perKode = new Map(jawaban.filter((j) => j.kode !== "").map((j) => [kunciTeks(j.kode), j]));
  const out: UsulanBukti[] = [];
  for (const k of kriteria) {
    if (k.dokumen === null) continue;
    const j = perKode.get(kunciTeks(k.kode));
    if (!j || j.status === "Final") continue;
    const d = terakhir(JENIS_DOKUMEN_BUKTI[k.dokumen as DokumenBukti]);
    if (d === null || j.buktiDukung.includes(d.url)) continue;
    out.push({
      kode: k.kode,
      baris: j.baris,
      dokumen: d,
      jawaban: j.jawabanMandiri === "" && k.jenisJawaban === "Y/T" ? "Y" : null,
    });
  }
  return out;
}

/** Writes the confirmed proposals: the link on a line of its own after what the cell holds; one setValues per column block, the other cells rewritten as read. */
export function tulisUsulan(sheet: GoogleAppsScript.Spreadsheet.Sheet, usulan: readonly UsulanBukti[]): void {
  if (usulan.length === 0) return;
  const awal = Math.min(...usulan.map((u) => u.baris));
  const akhir = Math.max(...usulan.map((u) => u.baris));
  const n = akhir - awal + 1;
  const cB = nomorKolom(JAWABAN_LKE, "Bukti Dukung");
  const cJ = nomorKolom(JAWABAN_LKE, "Jawaban Mandiri");
  // Read the block as it is now (not the parsed records): a cell keeps exactly what was typed.
  const bukti = sheet.getRange(awal, cB, n, 1).getValues();
  const jawab = sheet.getRange(awal, cJ, n, 1).getValues();
  for (const u of usulan) {
    const lama = String(bukti[u.baris - awal]![0] ?? "").trim();
    bukti[u.baris - awal]![0] = lama === "" ? u.dokumen.url : `${lama}\n${u.dokumen.url}`;
    if (u.jawaban !== null) jawab[u.baris - awal]![0] = u.jawaban;
  }
  sheet.getRange(awal, cB, n, 1).setValues(bukti);
  if (usulan.some((u) => u.jawaban !== null)) sheet.getRange(awal, cJ, n, 1).setValues(jawab);
}
