import { pilihOpsi } from "./opsi";

/** Whether a higher realisation is better (NAIK, "positif") or a lower one (TURUN, "negatif"). */
export type Arah = "NAIK" | "TURUN";

/**
 * The rule for "turun" indicators. domain.md section 2: the usual rule is
 * (2 x target - realisasi) / target x 100; some units use target / realisasi x 100. The unit
 * chooses it in Pengaturan, never silently.
 */
export type RumusTurun = "SELISIH" | "RASIO";

export function parseArah(v: unknown): Arah {
  return pilihOpsi<Arah>(
    v,
    "Arah",
    { NAIK: ["NAIK", "POSITIF", "+", "MAKSIMAL"], TURUN: ["TURUN", "NEGATIF", "-", "MINIMAL"] },
    "NAIK",
  );
}

export function parseRumusTurun(v: unknown): RumusTurun {
  return pilihOpsi<RumusTurun>(
    v,
    "Rumus capaian indikator turun",
    { SELISIH: ["2T-R", "SELISIH", "STANDAR", "2*T-R"], RASIO: ["T/R", "RASIO", "KEBALIKAN"] },
    "SELISIH",
  );
}

/**
 * Capaian kinerja in percent units (101.02, not 1.0102), unrounded; reports round when they
 * print. PermenPANRB 53/2014 and LKJ Klakah 2023 section 3.1: realisasi / target x 100.
 */
export function hitungCapaian(
  realisasi: number,
  target: number,
  arah: Arah = "NAIK",
  rumusTurun: RumusTurun = "SELISIH",
): number {
  if (!Number.isFinite(realisasi)) throw new Error("Realisasi harus berupa angka.");
  if (!Number.isFinite(target)) throw new Error("Target harus berupa angka.");
  if (target === 0) throw new Error("Target 0: capaian tidak dapat dihitung (pembagian dengan nol).");
  if (target < 0) throw new Error(`Target ${target} negatif: capaian hanya dihitung untuk target di atas 0.`);
  if (arah === "NAIK") return terhingga((realisasi / target) * 100);
  // (2 x target - realisasi) / target, rearranged so that 2 x target cannot overflow: equal huge
  // realisasi and target still give 100.
  if (rumusTurun === "SELISIH") return terhingga((2 - realisasi / target) * 100);
  if (realisasi <= 0) {
    throw new Error(
      `Realisasi ${realisasi}: rumus target / realisasi untuk indikator turun memerlukan realisasi di atas 0.`,
    );
  }
  return terhingga((target / realisasi) * 100);
}

/** A ratio beyond the largest double (1e308 / 1e-308) is a unit slip in the sheet, never Infinity %. */
function terhingga(capaian: number): number {
  if (!Number.isFinite(capaian)) {
    throw new Error(
      "Capaian terlalu besar untuk dihitung (di luar batas angka): periksa satuan realisasi dan target.",
    );
  }
  return capaian;
}
