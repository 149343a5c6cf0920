import { tampilkanNilai, teksAman } from "./format";

/**
 * Option words users type in formulas and in Pengaturan ("naik", "Rata-rata", "PERMENDAGRI").
 * Matching ignores case, spaces, dots, hyphens and underscores, so "rata rata", "Rata-Rata" and
 * "RATA_RATA" are the same word; a word we do not know is an error that lists the accepted ones.
 */
export function kunciOpsi(v: unknown): string {
  return teksAman(v)
    .toUpperCase()
    .replace(/[\s._\-/]+/g, "");
}

export function pilihOpsi<T extends string>(
  v: unknown,
  namaOpsi: string,
  pilihan: Readonly<Record<T, readonly string[]>>,
  bawaan: T,
): T {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return bawaan;
  const kunci = kunciOpsi(v);
  for (const [nilai, alias] of Object.entries(pilihan) as [T, readonly string[]][]) {
    if (alias.some((a) => kunciOpsi(a) === kunci)) return nilai;
  }
  const daftar = (Object.values(pilihan) as readonly string[][]).map((a) => `"${a[0]}"`).join(", ");
  throw new Error(`${namaOpsi} ${tampilkanNilai(v)} tidak dikenal. Pilihan: ${daftar}.`);
}
