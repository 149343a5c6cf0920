/**
 * A problem Periksa Data finds: which sheet, row and column, what is wrong and how to fix it, in
 * Indonesian. "galat" blocks report generation; "peringatan" does not.
 */
export type Tingkat = "galat" | "peringatan";

export interface Masalah {
  tingkat: Tingkat;
  lembar: string;
  /** 1-based sheet row; absent for a problem of a whole sheet. */
  baris?: number;
  /** Column header as the sheet shows it. */
  kolom?: string;
  /** A1 notation of the cell to select, e.g. "H5"; absent when no single cell is meant. */
  sel?: string;
  /** What is wrong, naming the value. */
  pesan: string;
  /** How to fix it. */
  saran?: string;
}

/** "Kinerja, baris 5, kolom Target": where a problem is, as a sentence prefix. */
export function lokasi(m: Masalah): string {
  const bagian = [`Lembar ${m.lembar}`];
  if (m.baris !== undefined) bagian.push(`baris ${m.baris}`);
  if (m.kolom !== undefined) bagian.push(`kolom ${m.kolom}`);
  return bagian.join(", ");
}

export function adaGalat(masalah: readonly Masalah[]): boolean {
  return masalah.some((m) => m.tingkat === "galat");
}
