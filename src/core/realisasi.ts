import { pilihOpsi } from "./opsi";

/**
 * How quarterly realisations make the year's (domain.md section 2): IKM is the mean of the
 * quarters (Klakah 2023: 84,185), counts are summed, cumulative percentages take the last
 * reported quarter. Each indicator states its rule in the Kinerja sheet.
 */
export type Agregasi = "RATA-RATA" | "JUMLAH" | "TERAKHIR";

export function parseAgregasi(v: unknown): Agregasi {
  return pilihOpsi<Agregasi>(
    v,
    "Agregasi tahunan",
    {
      "RATA-RATA": ["RATA-RATA", "RATA2", "RERATA", "MEAN"],
      JUMLAH: ["JUMLAH", "TOTAL", "SUM"],
      TERAKHIR: ["TERAKHIR", "AKHIR", "KUMULATIF", "LAST"],
    },
    "RATA-RATA",
  );
}

/**
 * The annual (or year-to-date) realisation from the quarters reported so far; `null` entries
 * are quarters not yet reported and are left out, not counted as zero. Returns null when no
 * quarter is reported.
 */
export function realisasiTahunan(nilai: readonly (number | null)[], agregasi: Agregasi): number | null {
  const dilaporkan = nilai.filter((v): v is number => v !== null);
  if (dilaporkan.length === 0) return null;
  switch (agregasi) {
    case "JUMLAH":
      return dilaporkan.reduce((a, b) => a + b, 0);
    case "TERAKHIR":
      return dilaporkan[dilaporkan.length - 1]!;
    case "RATA-RATA":
      return dilaporkan.reduce((a, b) => a + b, 0) / dilaporkan.length;
  }
}
