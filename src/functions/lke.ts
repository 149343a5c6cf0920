/**
 * The custom functions of the SAKIP evaluation (LKE, PermenPANRB 88/2021): the value of each
 * answer, the predikat of a score, and the scores of the Nilai LKE sheet. Pure: no service here.
 */
import { cobaParseAngka, parseAngka } from "../core/angka";
import { teksAman } from "../core/format";
import { pesanGalat } from "../core/galat";
import {
  hitungSkorLke,
  type NilaiKriteria,
  nilaiJawaban,
  parseSkalaLke,
  predikatBagian,
  predikatSakip,
  type SkalaLke,
  type Skor,
  skalaLkeDari,
} from "../core/lke";
import { kosong, type Sel, sebagaiTabel, siarkan } from "./larik";

function skalaDari(skala: Sel): SkalaLke {
  if (!Array.isArray(skala)) return parseSkalaLke(skala);
  const t = sebagaiTabel(skala, "skala");
  if ((t[0]?.length ?? 0) === 1 && t.length === 1) return parseSkalaLke(t[0]![0]);
  if ((t[0]?.length ?? 0) < 2) throw new Error("Rentang skala harus dua kolom: jawaban dan nilai.");
  return skalaLkeDari(t);
}

export function NILAI_LKE(jawaban: Sel, skala?: Sel): Sel {
  const s = skalaDari(skala);
  return siarkan([{ nama: "jawaban", nilai: jawaban }], (j) => nilaiJawaban(j, s));
}

export function PREDIKAT_SAKIP(nilai: Sel): Sel {
  return siarkan([{ nama: "nilai", nilai }], (n) => predikatSakip(parseAngka(n, "Nilai")).kode);
}

/** A sub-component's weight: 0-100, anything else counts as none (Periksa Data names it). */
const bobotDari = (v: Sel): number | null => {
  const n = cobaParseAngka(v);
  return n === null || !(n >= 0 && n <= 100) ? null : n;
};
const kolomSatu = (v: Sel, nama: string): Sel[] => sebagaiTabel(v, nama).map((b) => b[0]);
const teksSel = (v: Sel) => (kosong(v) ? "" : teksAman(v).trim());
const samaTeks = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The scores of the rows named in `baris` (a component's name, "Komponen / Sub Komponen", or
 * "Total"): per row its weight, the self-assessed score, the evaluator's score (blank until the
 * evaluator answers) and the predikat, as four columns.
 */
export function SKOR_LKE(
  baris: Sel,
  kriteria: Sel,
  kode_jawaban: Sel,
  nilai_mandiri: Sel,
  nilai_evaluator: Sel,
): Sel {
  const tk = sebagaiTabel(kriteria, "kriteria");
  if ((tk[0]?.length ?? 0) < 4)
    throw new Error("Rentang kriteria harus empat kolom: Kode, Komponen, Sub Komponen, Bobot.");
  const kode = kolomSatu(kode_jawaban, "kode_jawaban");
  const mandiri = kolomSatu(nilai_mandiri, "nilai_mandiri");
  const evaluator = kolomSatu(nilai_evaluator, "nilai_evaluator");
  if (mandiri.length !== kode.length || evaluator.length !== kode.length) {
    throw new Error("Rentang kode_jawaban, nilai_mandiri dan nilai_evaluator harus sama panjang.");
  }
  // A value cell holding NILAI_LKE's message (a bad answer) counts as not answered.
  const angkaAtauNull = (v: Sel) => {
    const n = typeof v === "number" ? v : cobaParseAngka(v);
    return n === null || !(n >= 0 && n <= 1) ? null : n;
  };
  const perKode = new Map<string, number>();
  kode.forEach((k, i) => {
    const t = teksSel(k).toLowerCase();
    if (t !== "" && !perKode.has(t)) perKode.set(t, i);
  });
  const daftar: NilaiKriteria[] = [];
  for (const b of tk) {
    const k = teksSel(b[0]);
    if (k === "") continue;
    const i = perKode.get(k.toLowerCase());
    daftar.push({
      komponen: teksSel(b[1]),
      subKomponen: teksSel(b[2]),
      bobot: bobotDari(b[3]),
      mandiri: i === undefined ? null : angkaAtauNull(mandiri[i]),
      evaluator: i === undefined ? null : angkaAtauNull(evaluator[i]),
    });
  }
  const label = kolomSatu(baris, "baris");
  if (label.length === 0) throw new Error("Rentang baris kosong.");
  const skor = hitungSkorLke(daftar);
  const baris4 = (s: Skor, predikat: string): Sel[] => [s.bobot, s.mandiri, s.evaluator ?? "", predikat];
  return label.map((l): Sel[] => {
    const label = teksSel(l);
    if (label === "") return ["", "", "", ""];
    try {
      if (samaTeks(label, "Total")) {
        const t = skor.total;
        return baris4(t, t.jumlahKriteria === 0 ? "" : predikatSakip(t.evaluator ?? t.mandiri).kode);
      }
      const [nk, ns] = label.split(" / ").map((x) => x.trim());
      const kp = skor.komponen.find((k) => samaTeks(k.nama, nk!));
      if (!kp) throw new Error(`Komponen "${nk}" tidak ada di Kriteria LKE.`);
      const s = ns === undefined ? kp : kp.sub.find((x) => samaTeks(x.nama, ns));
      if (!s) throw new Error(`Sub komponen "${ns}" tidak ada pada komponen ${kp.nama} di Kriteria LKE.`);
      return baris4(s, predikatBagian(s)?.kode ?? "");
    } catch (e) {
      return [pesanGalat(e), "", "", ""];
    }
  });
}
