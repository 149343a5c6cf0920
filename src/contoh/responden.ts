/**
 * Builds respondent rows for a sample workbook from a published tally, so the sample's raw
 * answers add up to exactly the figures the unit published (seed 003's 87,28).
 */

/**
 * Counts of answers scoring 1, 2, 3, 4 for `responden` answers summing to `jumlahNilai`: mostly
 * 3 and 4 as real tallies are, with a few 2 where the sum allows it.
 */
export function hitunganDariJumlah(jumlahNilai: number, responden: number): [number, number, number, number] {
  if (!Number.isInteger(jumlahNilai) || !Number.isInteger(responden) || responden <= 0) {
    throw new Error("Jumlah nilai dan jumlah responden harus bilangan bulat positif.");
  }
  if (jumlahNilai < responden || jumlahNilai > 4 * responden) {
    throw new Error(
      `Jumlah nilai ${jumlahNilai} mustahil untuk ${responden} responden (harus antara ${responden} dan ${4 * responden}).`,
    );
  }
  const lebih = jumlahNilai - 3 * responden;
  let c: [number, number, number, number];
  if (lebih >= 0) c = [0, 0, responden - lebih, lebih];
  else if (-lebih <= responden) c = [0, -lebih, responden + lebih, 0];
  else c = [-lebih - responden, 2 * responden + lebih, 0, 0];
  // Turn some pairs of 3 into a 2 and a 4: same sum, a more lifelike spread.
  const pasangan = Math.floor(c[2] / 12);
  c = [c[0], c[1] + pasangan, c[2] - 2 * pasangan, c[3] + pasangan];
  return c;
}

/**
 * Respondent rows (one per respondent, one column per question) whose per-question tally is
 * `hitungan` (rows of counts of 1, 2, 3, 4). Every question must have the same respondent count.
 * Each question's answers are spread over the respondents with its own stride, deterministically.
 */
export function responDariHitungan(hitungan: readonly (readonly number[])[]): number[][] {
  const n = hitungan[0]?.reduce((a, b) => a + b, 0) ?? 0;
  const kolom = hitungan.map((c, q) => {
    const total = c.reduce((a, b) => a + b, 0);
    if (total !== n) throw new Error(`Pertanyaan ${q + 1}: ${total} jawaban, pertanyaan 1: ${n}.`);
    const skor: number[] = [];
    c.forEach((jumlah, i) => {
      for (let k = 0; k < jumlah; k++) skor.push(i + 1);
    });
    return skor;
  });
  // r -> (r * langkah + geser) mod n is a permutation only when langkah and n share no factor.
  const langkah = kolom.map((_, q) => {
    let l = 2 * q + 1;
    while (fpb(l, n) !== 1) l++;
    return l;
  });
  const baris: number[][] = [];
  for (let r = 0; r < n; r++) {
    baris.push(kolom.map((skor, q) => skor[(r * langkah[q]! + q * 37) % n]!));
  }
  return baris;
}

function fpb(a: number, b: number): number {
  return b === 0 ? a : fpb(b, a % b);
}
