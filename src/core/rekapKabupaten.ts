/**
 * The kabupaten's figures from the units the rekap could read (status SIAP): its IKM (respondents
 * carried up, so a province rekap composes exactly), capaian, budget and SAKIP evaluation, and the
 * kabupaten's own Ringkasan row in the units' layout (what a province rekap imports). Pure.
 */
import { serapan as hitungSerapan } from "./anggaran";
import { predikatSakip } from "./lke";
import type { PengaturanRekap, UnitRekap } from "./model/rekap";
import { RINGKASAN, type Ringkasan, selTulis, VERSI_RINGKASAN } from "./model/ringkasan";
import { bulatkan } from "./pembulatan";
import { type IkmKabupaten, ikmKabupaten, rataRata } from "./rekap";
import { namaTriwulan } from "./triwulan";

export interface UnitTerbaca {
  unit: UnitRekap;
  r: Ringkasan;
}

/** The units whose summary counts: read, of the rekap's year and quarter, with data. */
export function unitTerbaca(unit: readonly UnitRekap[]): UnitTerbaca[] {
  return unit.flatMap((u) => (u.status === "SIAP" && u.ringkasan ? [{ unit: u, r: u.ringkasan }] : []));
}

/** The SAKIP evaluation's value of a unit: the evaluator's, else the unit's own (self-assessed). */
export const nilaiLke = (r: Ringkasan): number | null => r.lkeEvaluator ?? r.lkeMandiri;

export interface HasilKabupaten {
  unit: UnitTerbaca[];
  ikm: IkmKabupaten | null;
  capaian: number | null;
  tercapai: number;
  jumlahIndikator: number;
  pagu: number;
  realisasi: number;
  serapan: number | null;
  /** The mean SAKIP value of the units evaluated, and its predikat. */
  lke: number | null;
  lkeMandiri: number | null;
  predikatLke: { kode: string; nama: string } | null;
}

export function hasilKabupaten(
  p: Pick<PengaturanRekap, "caraIkm">,
  unit: readonly UnitRekap[],
): HasilKabupaten {
  const siap = unitTerbaca(unit);
  const denganIkm = siap.filter((x) => x.r.ikm !== null && x.r.responden !== null && x.r.responden > 0);
  const ikm =
    denganIkm.length === 0
      ? null
      : ikmKabupaten(
          denganIkm.map((x) => ({ ikm: x.r.ikm!, responden: x.r.responden!, nrr: x.r.nrr })),
          p.caraIkm,
        );
  const jumlah = (f: (r: Ringkasan) => number | null) => siap.reduce((a, x) => a + (f(x.r) ?? 0), 0);
  const pagu = jumlah((r) => r.pagu);
  const realisasi = jumlah((r) => r.realisasi);
  const lke = rataRata(siap.map((x) => nilaiLke(x.r)));
  return {
    unit: siap,
    ikm,
    capaian: rataRata(siap.map((x) => x.r.capaian)),
    tercapai: jumlah((r) => r.tercapai),
    jumlahIndikator: jumlah((r) => r.jumlahIndikator),
    pagu,
    realisasi,
    serapan: pagu > 0 ? hitungSerapan(realisasi, pagu) : null,
    lke,
    lkeMandiri: rataRata(siap.map((x) => x.r.lkeMandiri)),
    predikatLke: lke === null ? null : predikatSakip(lke),
  };
}

/**
 * The kabupaten's Ringkasan row, every cell a value, in the units' layout: respondents summed (a
 * province weighs this kabupaten by them), NRR per unsur weighted like the IKM.
 */
export function baris(
  p: PengaturanRekap,
  unit: readonly UnitRekap[],
  dokumen: string,
  diperbarui: Date,
): (string | number | Date)[] {
  const h = hasilKabupaten(p, unit);
  const dua = (v: number | null) => (v === null ? null : bulatkan(v, 2));
  const sampel = h.unit.reduce((a, x) => a + (x.r.sampelMinimal ?? 0), 0);
  const kepala: Record<string, string | number | null> = {
    versi: VERSI_RINGKASAN,
    unit: p.kabupaten,
    kabupaten: p.kabupaten,
    tahun: p.tahun,
    triwulan: p.triwulan === null ? "" : namaTriwulan(p.triwulan),
    capaian: dua(h.capaian),
    tercapai: h.tercapai,
    jumlahIndikator: h.jumlahIndikator,
    lkeMandiri: dua(h.lkeMandiri),
    lkeEvaluator: dua(h.lke),
    predikatSakip: h.predikatLke?.kode ?? "",
  };
  const awal = RINGKASAN.kolom.filter((k) => k.kunci in kepala).map((k) => kepala[k.kunci] ?? "");
  const tulis = selTulis({
    periodeSkm: h.ikm && p.triwulan !== null ? `Triwulan ${namaTriwulan(p.triwulan)}` : "",
    ikm: h.ikm ? bulatkan(h.ikm.ikm, 2) : null,
    responden: h.ikm ? h.ikm.responden : null,
    sampelMinimal: sampel > 0 ? sampel : null,
    mutu: h.ikm ? h.ikm.mutu.huruf : "",
    nrr: RINGKASAN.kolom
      .filter((k) => k.kunci === "nrr")
      .map((_, i) => {
        const v = h.ikm?.nrr[i];
        return v === null || v === undefined ? null : bulatkan(v, 3);
      }),
    pagu: h.unit.length > 0 ? bulatkan(h.pagu, 2) : null,
    realisasi: h.unit.length > 0 ? bulatkan(h.realisasi, 2) : null,
    serapan: dua(h.serapan),
    dokumen,
    diperbarui,
    rincianLke: "",
  });
  return [...awal, ...tulis] as (string | number | Date)[];
}
