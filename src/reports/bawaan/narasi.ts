/**
 * The part about each indicator, one per record of `narasi` (../laporan/narasi.ts): the same
 * section in the LKJ (Bab III 3.1.1) and the quarterly report (Bab III item 4), so the two
 * documents say the same of an indicator with the same rule.
 */

import type { KOLOM_NARASI } from "../laporan/narasi";
import type { Elemen } from "../model";
import { pembuat } from "./umum";

type Kolom = (typeof KOLOM_NARASI)[number];
type KunciNarasi = `narasi.${Kolom}` | `#jika narasi.${Kolom}` | "#ulang narasi" | "/ulang" | "/jika";

const { p, isi } = pembuat<KunciNarasi>();

/** A paragraph only when its value is not empty (no label stands before a missing text). */
const bila = (kolom: Kolom, teks: Elemen): Elemen[] => [p(`{{#jika narasi.${kolom}}}`), teks, p("{{/jika}}")];

export const BAGIAN_NARASI: readonly Elemen[] = [
  p("{{#ulang narasi}}"),
  p("Indikator {{narasi.no}}: {{narasi.indikator}}", { tebal: true }),
  isi("{{narasi.kalimat}}"),
  ...bila("formulasi", isi("Formulasi: {{narasi.formulasi}}")),
  ...bila("kalimatLalu", isi("{{narasi.kalimatLalu}}")),
  ...bila("kalimatRenstra", isi("{{narasi.kalimatRenstra}}")),
  ...bila("penjelasan", isi("{{narasi.penjelasan}}")),
  ...bila("penyebab", isi("Kendala atau penyebab: {{narasi.penyebab}}")),
  ...bila("solusi", isi("Upaya yang telah dilakukan: {{narasi.solusi}}")),
  ...bila("penunjang", isi("Faktor dan program penunjang keberhasilan: {{narasi.penunjang}}")),
  ...bila("penghambat", isi("Faktor dan program penghambat: {{narasi.penghambat}}")),
  p("{{/ulang}}"),
];
