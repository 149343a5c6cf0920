/**
 * Rounding as Indonesian reports print it: half away from zero on the decimal value the user
 * sees (1,005 -> 1,01), not on the binary float (Math.round(1.005 * 100) / 100 gives 1).
 */
export function bulatkan(nilai: number, desimal = 2): number {
  if (!Number.isFinite(nilai)) return nilai;
  if (!Number.isInteger(desimal) || desimal < 0 || desimal > 12) {
    throw new Error(`Jumlah desimal harus bilangan bulat 0 sampai 12, bukan ${desimal}.`);
  }
  const tanda = nilai < 0 ? -1 : 1;
  const mutlak = Math.abs(nilai);
  // Beyond 2^53 there are no fractional digits left to round; past 1e21 the shifted value
  // would print in exponent form, which the string shift below cannot read back.
  if (mutlak >= 2 ** 53 || mutlak * 10 ** desimal >= 1e21) return nilai;
  // Shift through the decimal string representation so 1.005 is treated as written.
  const digeser = Number(`${toPlainString(mutlak)}e${desimal}`);
  const hasil = Number(`${Math.round(digeser)}e-${desimal}`);
  return tanda * hasil;
}

/** A finite number as a plain decimal string (no exponent), as precise as JS prints it. */
export function toPlainString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa = "0", expText = "0"] = s.toLowerCase().split("e");
  const exp = Number(expText);
  const negative = mantissa.startsWith("-");
  const [intPart = "0", fracPart = ""] = mantissa.replace("-", "").split(".");
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + out.replace(/^0+(?=\d)/, "");
}
