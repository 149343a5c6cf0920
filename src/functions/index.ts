/**
 * The custom functions users type in their sheets. Each takes what Sheets passes (scalars or
 * 2D ranges), reads numbers as Indonesian users write them, and computes with src/core. The
 * JSDoc Sheets shows in autocomplete is in src/globals.js (esbuild drops JSDoc).
 */

import { serapan } from "../core/anggaran";
import { cobaParseAngka, parseAngka } from "../core/angka";
import { type Arah, hitungCapaian, parseArah, parseRumusTurun, type RumusTurun } from "../core/capaian";
import { hitungCapaianTriwulan, type JenisCapaian, parseJenisCapaian } from "../core/capaianTriwulan";
import { tampilkanNilai } from "../core/format";
import { pesanGalat } from "../core/galat";
import {
  hitungIkm,
  hitungIkmDariRekap,
  kuadranIpa,
  mutuPelayanan,
  parseBobot,
  parseMetode,
  rekapDariHitungan,
  ukuranSampel,
} from "../core/ikm";
import { pilihOpsi } from "../core/opsi";
import { parseSkala, predikat, type SkalaPredikat, skalaKustom } from "../core/predikat";
import { parseAgregasi, realisasiTahunan } from "../core/realisasi";
import { ikmKabupaten, parseCaraGabungan } from "../core/rekap";
import { terbilang } from "../core/terbilang";
import { TRIWULAN } from "../core/triwulan";
import { ingatTerakhir, kosong, ratakan, type Sel, sebagaiTabel, siarkan } from "./larik";

export function CAPAIAN(realisasi: Sel, target: Sel, arah?: Sel, rumus_turun?: Sel): Sel {
  // An option given once for the whole column is parsed once (a bad one fails the formula);
  // an option column is parsed per cell, remembering the last word.
  const arahTetap = Array.isArray(arah) ? null : parseArah(arah);
  const rumusTetap = Array.isArray(rumus_turun) ? null : parseRumusTurun(rumus_turun);
  const bacaArah = ingatTerakhir(parseArah);
  const bacaRumus = ingatTerakhir(parseRumusTurun);
  return siarkan(
    [
      { nama: "realisasi", nilai: realisasi },
      { nama: "target", nilai: target },
      { nama: "arah", nilai: arahTetap ?? arah },
      { nama: "rumus_turun", nilai: rumusTetap ?? rumus_turun },
    ],
    (r, t, a, rt) => {
      if (kosong(t)) throw new Error("Target kosong: isi target untuk menghitung capaian.");
      return hitungCapaian(
        parseAngka(r, "Realisasi"),
        parseAngka(t, "Target"),
        arahTetap ?? bacaArah(a),
        rumusTetap ?? bacaRumus(rt),
      );
    },
  );
}

const ukuranTabel = (t: readonly Sel[][]) => `${t.length} baris × ${t[0]?.length ?? 0} kolom`;

export function PREDIKAT(capaian: Sel, skala?: Sel): Sel {
  // The skala is one name for every cell, a name per cell (a range of the capaian's size), or a
  // unit's own scale (a two-column range of bounds and names). Whichever, the answer has the
  // capaian's shape: a two-column scale beside a column of capaian is not two columns of answers.
  let tetap: SkalaPredikat | null = null;
  let perSel: Sel = "";
  if (!Array.isArray(skala)) tetap = parseSkala(skala);
  else {
    const ts = sebagaiTabel(skala, "skala");
    const tc = Array.isArray(capaian) ? sebagaiTabel(capaian, "capaian") : [[capaian]];
    const kolom = ts[0]?.length ?? 0;
    const sebesarCapaian = ts.length === tc.length && kolom === (tc[0]?.length ?? 0);
    if (ts.length === 1 && kolom === 1) tetap = parseSkala(ts[0]![0]);
    else if (
      kolom === 2 &&
      !(sebesarCapaian && ts.every((b) => b.every((v) => cobaParseAngka(v) === null)))
    ) {
      tetap = skalaKustom(ts);
    } else if (sebesarCapaian) perSel = skala;
    else {
      throw new Error(
        `Ukuran rentang skala (${ukuranTabel(ts)}) tidak cocok dengan capaian (${ukuranTabel(tc)}): isi satu nama skala, satu nama per sel sebesar rentang capaian, atau rentang dua kolom (batas bawah, predikat).`,
      );
    }
  }
  const bacaSkala = ingatTerakhir(parseSkala);
  return siarkan(
    [
      { nama: "capaian", nilai: capaian },
      { nama: "skala", nilai: perSel },
    ],
    (c, s) => predikat(parseAngka(c, "Capaian"), tetap ?? bacaSkala(s)),
  );
}

/**
 * One indicator per row, its quarters across the columns; the result is one value per row.
 * A single row gives a single value (and throws on bad input, like any scalar call).
 */
export function REALISASI_TAHUNAN(nilai_triwulan: Sel, agregasi?: Sel): Sel {
  const tabel = sebagaiTabel(nilai_triwulan, "nilai_triwulan");
  if (tabel.length === 0 || tabel[0]!.length === 0) throw new Error("Rentang kosong tidak dapat dihitung.");
  const aturan = Array.isArray(agregasi) ? sebagaiTabel(agregasi, "agregasi") : null;
  if (aturan && aturan.length !== 1 && aturan.length !== tabel.length) {
    throw new Error(
      `Ukuran rentang agregasi (${aturan.length} baris) tidak cocok dengan nilai_triwulan (${tabel.length} baris).`,
    );
  }
  const satuBaris = (baris: Sel[], agg: Sel, nomor: number): Sel => {
    if (baris.every(kosong)) return "";
    const nilai = baris.map((v, i) =>
      kosong(v)
        ? null
        : parseAngka(v, tabel.length > 1 ? `Baris ${nomor}, kolom ${i + 1}` : `Nilai ke-${i + 1}`),
    );
    return realisasiTahunan(nilai, parseAgregasi(agg)) ?? "";
  };
  const aggBaris = (r: number): Sel => (aturan ? (aturan[aturan.length === 1 ? 0 : r]?.[0] ?? "") : agregasi);
  if (tabel.length === 1) return satuBaris(tabel[0]!, aggBaris(0), 1);
  return tabel.map((baris, r) => {
    try {
      return [satuBaris(baris, aggBaris(r), r + 1)];
    } catch (e) {
      return [pesanGalat(e)];
    }
  });
}

function opsiIkm(metode: Sel, bobot: Sel) {
  return { metode: parseMetode(metode), bobot: parseBobot(bobot) };
}

function unsurDari(unsur_per_kolom: Sel): Sel[] | undefined {
  if (unsur_per_kolom === undefined || kosong(unsur_per_kolom)) return undefined;
  const daftar = ratakan(unsur_per_kolom);
  return daftar.every(kosong) ? undefined : daftar;
}

/** Respondent rows that are wholly blank (the open end of `A2:N`) are not respondents. */
function barisJawaban(jawaban: Sel): Sel[][] {
  return sebagaiTabel(jawaban, "jawaban").filter((b) => !b.every(kosong));
}

export function IKM(jawaban: Sel, unsur_per_kolom?: Sel, metode?: Sel, bobot?: Sel): Sel {
  return hitungIkm(barisJawaban(jawaban), unsurDari(unsur_per_kolom), opsiIkm(metode, bobot)).ikm;
}

export function NRR(jawaban: Sel, unsur_per_kolom?: Sel, metode?: Sel, bobot?: Sel): Sel {
  const hasil = hitungIkm(barisJawaban(jawaban), unsurDari(unsur_per_kolom), opsiIkm(metode, bobot));
  return [hasil.nrrUnsur.map((u) => u.nrr)];
}

export function IKM_REKAP(jumlah_jawaban: Sel, unsur_per_baris?: Sel, metode?: Sel, bobot?: Sel): Sel {
  const tabel = sebagaiTabel(jumlah_jawaban, "jumlah_jawaban");
  const unsur = unsurDari(unsur_per_baris);
  const dipakai: Sel[][] = [];
  const unsurDipakai: Sel[] = [];
  tabel.forEach((b, i) => {
    if (b.every(kosong)) return;
    if (b.length !== 4) {
      throw new Error(
        `jumlah_jawaban harus empat kolom (jumlah jawaban bernilai 1, 2, 3, 4), bukan ${b.length}.`,
      );
    }
    dipakai.push(b);
    if (unsur) unsurDipakai.push(unsur[i]);
  });
  const hitungan = dipakai.map((b, i) =>
    b.map((v, j) => (kosong(v) ? 0 : parseAngka(v, `Baris ${i + 1}, jumlah jawaban bernilai ${j + 1}`))),
  );
  return hitungIkmDariRekap(
    rekapDariHitungan(hitungan, unsur ? unsurDipakai : undefined),
    opsiIkm(metode, bobot),
  ).ikm;
}

export function MUTU_IKM(nilai: Sel, bentuk?: Sel, metode?: Sel): Sel {
  return siarkan(
    [
      { nama: "nilai", nilai },
      { nama: "bentuk", nilai: bentuk },
      { nama: "metode", nilai: metode },
    ],
    (n, b, m) => {
      const mutu = mutuPelayanan(parseAngka(n, "Nilai IKM"), parseMetode(m));
      const pilihan = pilihOpsi<"HURUF" | "LENGKAP" | "KINERJA">(
        b,
        "Bentuk mutu",
        { HURUF: ["HURUF", "SINGKAT"], LENGKAP: ["LENGKAP", "PANJANG"], KINERJA: ["KINERJA", "KATA"] },
        "HURUF",
      );
      if (pilihan === "HURUF") return mutu.huruf;
      if (pilihan === "KINERJA") return mutu.kinerja;
      return `${mutu.huruf} (${mutu.kinerja})`;
    },
  );
}

/**
 * The kabupaten IKM from its units' IKM and respondents, one row per unit. A row with both cells
 * blank is skipped (the open end of B2:B); a row with one of the two blank is an error naming it.
 */
export function IKM_GABUNGAN(nilai_ikm: Sel, jumlah_responden: Sel, cara?: Sel): Sel {
  const ikm = ratakan(nilai_ikm);
  const responden = ratakan(jumlah_responden);
  if (ikm.length !== responden.length) {
    throw new Error(
      `Ukuran rentang nilai_ikm (${ikm.length} sel) dan jumlah_responden (${responden.length} sel) harus sama: satu jumlah responden untuk tiap nilai IKM.`,
    );
  }
  const unit: { ikm: number; responden: number }[] = [];
  const nomorBaris: number[] = [];
  ikm.forEach((v, i) => {
    const n = responden[i];
    if (kosong(v) && kosong(n)) return;
    const baris = ikm.length > 1 ? `Baris ${i + 1}: n` : "N";
    const barisJ = ikm.length > 1 ? `Baris ${i + 1}: j` : "J";
    if (kosong(v))
      throw new Error(`${baris}ilai IKM kosong, padahal jumlah respondennya ${tampilkanNilai(n)}.`);
    if (kosong(n)) throw new Error(`${barisJ}umlah responden kosong untuk nilai IKM ${tampilkanNilai(v)}.`);
    unit.push({
      ikm: parseAngka(v, ikm.length > 1 ? `Baris ${i + 1}: nilai IKM` : "Nilai IKM"),
      responden: parseAngka(n, ikm.length > 1 ? `Baris ${i + 1}: jumlah responden` : "Jumlah responden"),
    });
    nomorBaris.push(i + 1);
  });
  try {
    return ikmKabupaten(unit, parseCaraGabungan(cara)).ikm;
  } catch (e) {
    // ikmKabupaten names a unit by its place among those counted; the user sees rows.
    throw new Error(
      pesanGalat(e).replace(/^Unit ke-(\d+)/, (_, k: string) =>
        ikm.length > 1 ? `Baris ${nomorBaris[Number(k) - 1]}` : "Unit",
      ),
    );
  }
}

export function KUADRAN_IPA(kinerja: Sel, kepentingan: Sel): Sel {
  const tk = sebagaiTabel(kinerja, "kinerja");
  const tp = sebagaiTabel(kepentingan, "kepentingan");
  const baris = tk.length;
  const kolom = tk[0]?.length ?? 0;
  if (tp.length !== baris || (tp[0]?.length ?? 0) !== kolom) {
    const ukuran = (t: Sel[][]) => `${t.length} baris × ${t[0]?.length ?? 0} kolom`;
    throw new Error(
      `Ukuran rentang kinerja (${ukuran(tk)}) dan kepentingan (${ukuran(tp)}) harus sama: satu nilai kepentingan untuk tiap nilai kinerja.`,
    );
  }
  // A bad cell is named by its place in the range, as the user sees it: the row of a column,
  // the column of a row (NRR gives one row), both in a block.
  const letak = (r: number, c: number) =>
    kolom === 1 ? `baris ${r + 1}` : baris === 1 ? `kolom ${c + 1}` : `baris ${r + 1}, kolom ${c + 1}`;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let r = 0; r < baris; r++) {
    for (let c = 0; c < kolom; c++) {
      const x = tk[r]![c];
      const y = tp[r]![c];
      // A pair blank on both sides is a row left empty, not an unsur.
      if (kosong(x) && kosong(y)) continue;
      xs.push(parseAngka(x, `Kinerja ${letak(r, c)}`));
      ys.push(parseAngka(y, `Kepentingan ${letak(r, c)}`));
    }
  }
  const { kuadran } = kuadranIpa(xs, ys);
  // The answer takes the shape of the ranges: a column in, a column out.
  let k = 0;
  const hasil = tk.map((b, r) => b.map((x, c) => (kosong(x) && kosong(tp[r]![c]) ? "" : kuadran[k++]!)));
  return Array.isArray(kinerja) ? hasil : hasil[0]![0];
}

export function SAMPEL_SKM(populasi: Sel): Sel {
  return siarkan([{ nama: "populasi", nilai: populasi }], (p) => ukuranSampel(parseAngka(p, "Populasi")));
}

export function SERAPAN(realisasi: Sel, pagu: Sel): Sel {
  return siarkan(
    [
      { nama: "realisasi", nilai: realisasi },
      { nama: "pagu", nilai: pagu },
    ],
    (r, p) => {
      if (kosong(p)) throw new Error("Pagu kosong: isi pagu untuk menghitung serapan.");
      return serapan(parseAngka(r, "Realisasi"), parseAngka(p, "Pagu"));
    },
  );
}

/** One cell of TERBILANG: a blank amount stays blank; only text is a suffix (a date or TRUE is refused). */
function terbilangSel(n: Sel, a: Sel, h: Sel): Sel {
  if (kosong(n)) return "";
  return terbilang(parseAngka(n, "Angka"), {
    akhiran: kosong(a) ? "" : (a as string),
    huruf: kosong(h) ? undefined : (h as string),
  });
}

export function TERBILANG(angka: Sel, akhiran?: Sel, huruf?: Sel): Sel {
  // Forms call it one cell at a time (=TERBILANG(F12; "rupiah")): a scalar call goes straight to
  // the words, without the broadcast machinery a range needs.
  if (!Array.isArray(angka) && !Array.isArray(akhiran) && !Array.isArray(huruf)) {
    return terbilangSel(angka, akhiran, huruf);
  }
  return siarkan(
    [
      { nama: "angka", nilai: angka },
      { nama: "akhiran", nilai: akhiran },
      { nama: "huruf", nilai: huruf },
    ],
    terbilangSel,
  );
}

export function ANGKA(teks: Sel): Sel {
  return siarkan([{ nama: "teks", nilai: teks }], (t) => parseAngka(t, "Teks"));
}

/**
 * Capaian per quarter against the Rencana Aksi: one indicator per row, TW I-IV across (up to
 * four columns), the answer the same shape; a quarter whose realisasi is blank stays blank, a
 * quarter that cannot be computed gets its message in that cell only. `jenis`, `arah` and
 * `rumus_turun` are one word for every row or a column of one word per row. The rumus turun is
 * an argument, as in CAPAIAN: a custom function reads no sheet, so the formula passes
 * Pengaturan's cell (the same rule every quarter and for the year).
 */
export function CAPAIAN_TRIWULAN(
  realisasi_tw: Sel,
  target_tw: Sel,
  jenis?: Sel,
  arah?: Sel,
  rumus_turun?: Sel,
): Sel {
  const real = sebagaiTabel(realisasi_tw, "realisasi_tw");
  const targ = sebagaiTabel(target_tw, "target_tw");
  const kolom = real[0]?.length ?? 0;
  if (real.length === 0 || kolom === 0) throw new Error("Rentang kosong tidak dapat dihitung.");
  if (kolom > 4) {
    throw new Error("realisasi_tw paling banyak empat kolom (TW I-IV).");
  }
  if (targ.length !== real.length || (targ[0]?.length ?? 0) !== kolom) {
    throw new Error(
      `Ukuran rentang target_tw (${ukuranTabel(targ)}) tidak cocok dengan realisasi_tw (${ukuranTabel(real)}).`,
    );
  }
  const perBaris = (v: Sel, nama: string, parse: (x: Sel) => unknown) => {
    if (!Array.isArray(v)) {
      const tetap = parse(v);
      return () => tetap;
    }
    const t = sebagaiTabel(v, nama);
    if (t.length !== 1 && t.length !== real.length) {
      throw new Error(
        `Ukuran rentang ${nama} (${t.length} baris) tidak cocok dengan realisasi_tw (${real.length} baris).`,
      );
    }
    const baca = ingatTerakhir(parse);
    return (r: number) => baca(t[t.length === 1 ? 0 : r]![0]);
  };
  const jenisDari = perBaris(jenis, "jenis", parseJenisCapaian) as (r: number) => JenisCapaian;
  const arahDari = perBaris(arah, "arah", parseArah) as (r: number) => Arah;
  const rumusDari = perBaris(rumus_turun, "rumus_turun", parseRumusTurun) as (r: number) => RumusTurun;
  return real.map((baris, r) => {
    if (baris.every(kosong)) return baris.map(() => "");
    // Each cell read on its own: an unreadable one gets its message, and so does every kumulatif
    // quarter after it (its sum includes the cell).
    const baca = (v: Sel, label: string, c: number): number | null | string => {
      try {
        return kosong(v) ? null : parseAngka(v, `${label} TW ${TRIWULAN[c]}`);
      } catch (e) {
        return pesanGalat(e);
      }
    };
    const mr = baris.map((v, c) => baca(v, "Realisasi", c));
    const mt = targ[r]!.map((v, c) => baca(v, "Target", c));
    const galatSel = mr.map((x, c) => (typeof x === "string" ? x : typeof mt[c] === "string" ? mt[c] : ""));
    const angka = (x: number | null | string) => (typeof x === "number" ? x : null);
    const nilaiR = mr.map(angka);
    const nilaiT = mt.map(angka);
    try {
      const j = jenisDari(r);
      const a = arahDari(r);
      const rt = rumusDari(r);
      return nilaiR.map((v, c): Sel => {
        if (galatSel[c]) return galatSel[c];
        const awal = j === "KUMULATIF" && galatSel.slice(0, c).find((g) => g !== "");
        if (awal) return `TW ${TRIWULAN[c]}: ${awal}`;
        if (v === null) return "";
        try {
          return hitungCapaianTriwulan(nilaiR, nilaiT, c + 1, j, a, rt) ?? "";
        } catch (e) {
          return pesanGalat(e);
        }
      });
    } catch (e) {
      // A bad jenis/arah word of this row: its message in each reported quarter.
      const pesan = pesanGalat(e);
      return baris.map((v) => (kosong(v) ? "" : pesan));
    }
  });
}

export { NILAI_LKE, PREDIKAT_SAKIP, SKOR_LKE } from "./lke";
