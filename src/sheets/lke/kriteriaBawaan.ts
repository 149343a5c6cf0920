/**
 * The default LKE criteria as setup reads them: from build/kriteria-lke.html, a project file
 * beside Code.js that scripts/build.mjs writes from src/bawaan/kriteriaLke.ts as JSON inside a
 * <script type="application/json">, so 80 criteria texts weigh nothing on Code.js
 * (HtmlOutput.getContent() returns the file as written, as for templat-bawaan: ../../reports/bacaBawaan.ts).
 */
import * as z from "zod/mini";
import { uraikan } from "../../core/uraikan";

const SKEMA = z.object({
  sumber: z.string(),
  skala: z.array(z.array(z.union([z.string(), z.number()]))),
  catatanNilai: z.string(),
  kriteria: z.array(
    z.object({
      kode: z.string(),
      komponen: z.string(),
      subKomponen: z.string(),
      bobot: z.number(),
      kriteria: z.string(),
      jenisJawaban: z.string(),
      penjelasan: z.string(),
      dokumen: z.string(),
    }),
  ),
});
export type KriteriaBawaanLke = z.infer<typeof SKEMA>;

let tersimpan: KriteriaBawaanLke | null = null;

/** Read once per execution. */
export function bacaKriteriaBawaan(): KriteriaBawaanLke {
  if (tersimpan !== null) return tersimpan;
  const rusak = "Berkas kriteria-lke rusak; pasang ulang add-on (npm run deploy).";
  const isi = HtmlService.createHtmlOutputFromFile("kriteria-lke").getContent();
  const m = /<script type="application\/json" id="kriteria">([\s\S]*)<\/script>/.exec(isi);
  if (!m) throw new Error(rusak);
  let json: unknown;
  try {
    json = JSON.parse(m[1]!);
  } catch {
    throw new Error(rusak);
  }
  tersimpan = uraikan(SKEMA, json, "Berkas kriteria-lke");
  return tersimpan;
}
