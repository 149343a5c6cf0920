/**
 * Capaian of a quarter against the Rencana Aksi's quarterly targets (domain.md section 5, issue
 * 15). Two rules, each the unit's choice per indicator:
 * - KUMULATIF: realisasi to date / target to date (the sums of the quarters I ... k);
 * - NILAI AKHIR (non-kumulatif): the quarter's realisasi / the quarter's target.
 * The comparison itself is hitungCapaian (core/capaian.ts), the same rule as CAPAIAN and the
 * year's capaian: a "turun" indicator uses the unit's rumus turun every quarter and for the year
 * alike (a peer system's T/R each quarter but (T-R)/T for the year is exactly what this avoids).
 */
import { type Arah, hitungCapaian, type RumusTurun } from "./capaian";
import { pilihOpsi } from "./opsi";
import { namaTriwulan } from "./triwulan";

export type JenisCapaian = "KUMULATIF" | "NILAI AKHIR";
export const JENIS_CAPAIAN = ["KUMULATIF", "NILAI AKHIR"] as const;

export function parseJenisCapaian(v: unknown): JenisCapaian {
  return pilihOpsi<JenisCapaian>(
    v,
    "Jenis capaian",
    { KUMULATIF: ["KUMULATIF", "S.D."], "NILAI AKHIR": ["NILAI AKHIR", "NON KUMULATIF", "AKHIR"] },
    "KUMULATIF",
  );
}

/**
 * The realisasi and target a quarter `tw` (1-4) is measured by, or null when the quarter is not
 * reported (its realisasi blank). A blank target of an earlier quarter counts as nothing planned
 * (a document due in TW IV has no target in TW I); a reported quarter with nothing to compare it
 * with throws the Indonesian message a cell shows.
 */
export function pasanganTriwulan(
  realisasi: readonly (number | null)[],
  target: readonly (number | null)[],
  tw: number,
  jenis: JenisCapaian,
): { realisasi: number; target: number } | null {
  const nama = namaTriwulan(tw);
  const r = realisasi[tw - 1] ?? null;
  if (r === null) return null;
  if (jenis === "NILAI AKHIR") {
    const t = target[tw - 1] ?? null;
    if (t === null) throw new Error(`Target TW ${nama} kosong.`);
    return { realisasi: r, target: t };
  }
  let jr = 0;
  let jt = 0;
  let adaTarget = false;
  for (let i = 0; i < tw; i++) {
    jr += realisasi[i] ?? 0;
    const t = target[i] ?? null;
    if (t !== null) {
      jt += t;
      adaTarget = true;
    }
  }
  if (!adaTarget) throw new Error(`Target s.d. TW ${nama} kosong.`);
  return { realisasi: jr, target: jt };
}

/** Capaian (percent) of quarter `tw`; null when not reported; throws when it cannot be computed. */
export function hitungCapaianTriwulan(
  realisasi: readonly (number | null)[],
  target: readonly (number | null)[],
  tw: number,
  jenis: JenisCapaian,
  arah: Arah = "NAIK",
  rumusTurun: RumusTurun = "SELISIH",
): number | null {
  const p = pasanganTriwulan(realisasi, target, tw, jenis);
  return p && hitungCapaian(p.realisasi, p.target, arah, rumusTurun);
}

/** The four quarters' capaian for a report: null where not reported or not computable. */
export function capaianPerTriwulan(
  realisasi: readonly (number | null)[],
  target: readonly (number | null)[],
  jenis: JenisCapaian,
  arah: Arah,
  rumusTurun: RumusTurun,
): (number | null)[] {
  return [1, 2, 3, 4].map((tw) => {
    try {
      return hitungCapaianTriwulan(realisasi, target, tw, jenis, arah, rumusTurun);
    } catch {
      return null;
    }
  });
}
