import { teksAman } from "./format";

/** The quarters as the documents write them (Triwulan I ... IV), and the words users type for one. */
export const TRIWULAN = ["I", "II", "III", "IV"] as const;
export type NamaTriwulan = (typeof TRIWULAN)[number];

/** "III" for 3. */
export function namaTriwulan(tw: number): NamaTriwulan {
  const n = TRIWULAN[tw - 1];
  if (n === undefined) throw new Error(`Triwulan ${tw} tidak ada; isi I, II, III, atau IV.`);
  return n;
}

/** "III", "iii" or 3 as 3. */
export function parseTriwulan(v: unknown): number {
  const t = teksAman(v).trim().toUpperCase();
  const i = (TRIWULAN as readonly string[]).indexOf(t);
  if (i >= 0) return i + 1;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= 4) return n;
  throw new Error(`"${teksAman(v)}" bukan triwulan; isi I, II, III, atau IV.`);
}

/**
 * Quarters named as the documents list them: "Triwulan I s.d. IV" for three or more in a row,
 * "Triwulan I dan II", "Triwulan I, III dan IV".
 */
export function namaDaftarTriwulan(tw: readonly number[]): string {
  const nama = tw.map(namaTriwulan);
  const berurutan = tw.every((t, i) => i === 0 || t === tw[i - 1]! + 1);
  if (nama.length >= 3 && berurutan) return `Triwulan ${nama[0]} s.d. ${nama.at(-1)}`;
  if (nama.length <= 1) return `Triwulan ${nama[0] ?? ""}`.trim();
  return `Triwulan ${nama.slice(0, -1).join(", ")} dan ${nama.at(-1)}`;
}
