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
    case "JUMLAH": {
      const jumlah = jumlahAman(dilaporkan);
      if (!Number.isFinite(jumlah)) {
        throw new Error(
          "Jumlah realisasi triwulan terlalu besar untuk dihitung (di luar batas angka): periksa satuannya.",
        );
      }
      return jumlah;
    }
    case "TERAKHIR":
      return dilaporkan[dilaporkan.length - 1]!;
    case "RATA-RATA": {
      const jumlah = dilaporkan.reduce((a, b) => a + b, 0);
      if (Number.isFinite(jumlah)) return jumlah / dilaporkan.length;
      // The sum overflowed but the mean of finite values never does: add at a smaller scale.
      const skala = skalaPenjumlahan(dilaporkan.length);
      return (jumlahDiskala(dilaporkan, skala) / dilaporkan.length) * skala;
    }
  }
}

/** A power of two at least n: dividing n values by it is exact, and their sum cannot overflow. */
function skalaPenjumlahan(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(n, 2)));
}

function jumlahDiskala(nilai: readonly number[], skala: number): number {
  let jumlah = 0;
  for (const v of nilai) jumlah += v / skala;
  return jumlah;
}

/**
 * The sum, or Infinity only when the true sum is beyond the largest double: a running sum that
 * overflows on the way (1,5e308 + 1,5e308 - 1,5e308) is added again at a smaller scale.
 */
function jumlahAman(nilai: readonly number[]): number {
  const jumlah = nilai.reduce((a, b) => a + b, 0);
  if (Number.isFinite(jumlah)) return jumlah;
  const skala = skalaPenjumlahan(nilai.length);
  return jumlahDiskala(nilai, skala) * skala;
}
