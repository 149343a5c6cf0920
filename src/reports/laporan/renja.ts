/**
 * The Renja tables of Permendagri 86/2017 (seed 002): T-C.29 (evaluation of the Renja up to n-1
 * against the Renstra), T-C.30 (service performance), T-C.31 (review of the Rancangan Awal RKPD),
 * T-C.32 (stakeholders' proposals) and T-C.33 (the plan for n with the forward estimate n+1). Every computed column is computed here:
 * - 12: realisation of n-1 = the last reported quarter (the quarters are cumulative);
 * - 13: realisation up to n-1 = column 6 + column 12 (Rp; K by the indicator's Agregasi). The
 *   seed's header reads "13 = 7 + 12" while its figures follow 6 + 12 (342.181.137,68 +
 *   126.461.076 = 468.642.214): the figures and the regulation agree, the header is a slip;
 * - 14: level of achievement = column 13 / column 5 x 100 % (the seed writes "13/6", its figures
 *   are 13/5: 468.642.214 / 1.814.088.000 = 25,83 %), with the Permendagri 86/2017 predikat;
 *   K and its predikat "-" unless realisation and target are in one unit (seed 002 divides
 *   "100%" by "4 Dok" and rates the 2.500 % "Sangat Tinggi").
 */
import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka, formatPersen } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  type BarisRenja,
  evaluasiRenja,
  hurufKelompok,
  jenisBarisRenja,
  KINERJA_PELAYANAN,
  RENJA,
  REVIEW_RKPD,
  USULAN_PEMANGKU,
  usulanBaru,
} from "../../core/model/renja";
import { bulatkan } from "../../core/pembulatan";
import { predikat, SKALA_PERMENDAGRI } from "../../core/predikat";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiSatuan, nilaiUmum } from "./umum";

const rp = (n: number | null) =>
  n === null ? "-" : formatAngka(n, Number.isInteger(bulatkan(n, 2)) ? 0 : 2);
/**
 * A K value as seed 002 prints it, with its unit: "23 Jenis", "4 Dok", "490 orang", "99,34 %".
 * The Renja tables have no Satuan column, so a count carries its unit in the cell; a
 * dimensionless value (indeks, nilai, angka) or a value without satuan is the number alone.
 */
export function nilaiK(n: number | null, satuan: string): string {
  if (n === null) return "-";
  const s = satuan.trim();
  if (s === "" || /%|persen/i.test(s) || /^(indeks|nilai|angka)$/i.test(s)) return nilaiSatuan(n, s);
  return `${formatAngka(n, 2, { buangNolDesimal: true })} ${s}`;
}
const k = nilaiK;

/** NO as the seed prints it: items 1, 2 ... across programs and kegiatan, a group's letter, none for a further indicator. */
function nomorRenja(renja: readonly Pick<BarisRenja, "kode">[]): string[] {
  let n = 0;
  return renja.map((b) => {
    const jenis = jenisBarisRenja(b);
    if (jenis === "kelompok") return hurufKelompok(b.kode)!;
    return jenis === "indikator" ? "" : String(++n);
  });
}

/**
 * The rows a table prints, with each group row (seed 002's "A Pemerintahan Umum") right above the
 * first of its rows printed; a group none of whose rows is printed is left out.
 */
function denganKelompok(renja: readonly BarisRenja[], dicetak: (b: BarisRenja) => boolean): BarisRenja[] {
  const hasil: BarisRenja[] = [];
  let kelompok: BarisRenja | null = null;
  for (const b of renja) {
    if (jenisBarisRenja(b) === "kelompok") kelompok = b;
    else if (dicetak(b)) {
      if (kelompok !== null) hasil.push(kelompok);
      kelompok = null;
      hasil.push(b);
    }
  }
  return hasil;
}

/** A group row: its letter and name, bold, every other cell blank. */
function barisKelompok<K extends string>(kolom: readonly K[], no: string, b: BarisRenja) {
  const kosong = Object.fromEntries(kolom.map((c) => [c, ""])) as Record<K, string>;
  return { ...kosong, no, programKegiatan: b.programKegiatan, _tebal: "ya" };
}

const KOLOM_TC29 = [
  "no",
  "sasaran",
  "programKegiatan",
  "indikator",
  ...([5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const).flatMap((c) => [`k${c}`, `rp${c}`] as const),
  "predikat",
] as const;

export function dataTc29(bk: BukuKerja, ttd: Penandatanganan) {
  const tahun = bk.pengaturan.tahun;
  const baris = denganKelompok(bk.renja, (b) =>
    [
      b.targetRenstraK,
      b.targetRenstraRp,
      b.realisasiSampaiN2K,
      b.realisasiSampaiN2Rp,
      b.targetN1K,
      b.targetN1Rp,
    ]
      .concat(b.realisasiTwK, b.realisasiTwRp)
      .some((x) => x !== null && x !== undefined),
  );
  const no = nomorRenja(baris);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      tahunN1: tahun === null ? "" : String(tahun - 1),
      tahunN2: tahun === null ? "" : String(tahun - 2),
    },
    daftar: {
      evaluasi: baris.map((b, i) => {
        if (jenisBarisRenja(b) === "kelompok") return barisKelompok(KOLOM_TC29, no[i]!, b);
        const e = evaluasiRenja(b);
        // Targets in the indicator's satuan, realisations in theirs (Satuan Realisasi).
        const s = b.satuan;
        const sr = e.satuan.satuanRealisasi;
        return {
          no: no[i]!,
          sasaran: b.kode === "" ? "" : b.sasaran,
          programKegiatan: b.kode === "" ? "" : b.programKegiatan,
          indikator: b.indikator,
          k5: k(b.targetRenstraK, s),
          rp5: rp(b.targetRenstraRp),
          k6: k(b.realisasiSampaiN2K, sr),
          rp6: rp(b.realisasiSampaiN2Rp),
          k7: k(b.targetN1K, s),
          rp7: rp(b.targetN1Rp),
          ...Object.fromEntries(
            [0, 1, 2, 3].flatMap((t) => [
              [`k${8 + t}`, k(b.realisasiTwK[t] ?? null, sr)],
              [`rp${8 + t}`, rp(b.realisasiTwRp[t] ?? null)],
            ]),
          ),
          k12: k(e.realisasiN1[0], sr),
          rp12: rp(e.realisasiN1[1]),
          k13: k(e.realisasiSampaiN1[0], sr),
          rp13: rp(e.realisasiSampaiN1[1]),
          k14: e.tingkatCapaian[0] === null ? "-" : formatPersen(e.tingkatCapaian[0]),
          rp14: e.tingkatCapaian[1] === null ? "-" : formatPersen(e.tingkatCapaian[1]),
          predikat: e.tingkatCapaian[0] === null ? "-" : predikat(e.tingkatCapaian[0], SKALA_PERMENDAGRI),
        };
      }),
    },
    kolomDaftar: { evaluasi: KOLOM_TC29 },
    grafik: {},
  } satisfies DataLaporan;
}

export function dataTc33(bk: BukuKerja, ttd: Penandatanganan) {
  const tahun = bk.pengaturan.tahun;
  // No group rows: seed 002's T-C.33 prints none.
  const baris = bk.renja.filter(
    (b) =>
      jenisBarisRenja(b) !== "kelompok" &&
      (b.targetN !== null || b.paguN !== null || b.targetN1Maju !== null),
  );
  const no = nomorRenja(baris);
  // Programs carry the totals: every kegiatan is inside one.
  const program = baris.filter((b) => jenisBarisRenja(b) === "program");
  const maju = (b: BarisRenja) => b.paguN1Maju ?? (b.paguN === null ? null : prakiraanMaju(b.paguN));
  const jumlah = (f: (b: BarisRenja) => number | null) => program.reduce((a, b) => a + (f(b) ?? 0), 0);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      tahunDepan: tahun === null ? "" : String(tahun + 1),
      totalPaguN: rp(jumlah((b) => b.paguN)),
      totalPaguN1: rp(jumlah(maju)),
    },
    daftar: {
      rencana: baris.map((b, i) => ({
        no: no[i]!,
        programKegiatan: b.kode === "" ? "" : b.programKegiatan,
        indikator: b.indikator,
        lokasi: b.lokasi,
        targetN: k(b.targetN, b.satuan),
        paguN: b.kode === "" ? "" : rp(b.paguN),
        sumberDana: b.sumberDana,
        catatan: b.catatan,
        targetN1: k(b.targetN1Maju, b.satuan),
        paguN1: b.kode === "" ? "" : rp(maju(b)),
        ...(jenisBarisRenja(b) === "program" ? { _tebal: "ya" } : {}),
      })),
    },
    kolomDaftar: {
      rencana: [
        "no",
        "programKegiatan",
        "indikator",
        "lokasi",
        "targetN",
        "paguN",
        "sumberDana",
        "catatan",
        "targetN1",
        "paguN1",
      ],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

export function dataTc30(bk: BukuKerja, ttd: Penandatanganan) {
  const tahun = bk.pengaturan.tahun;
  const th = (d: number) => (tahun === null ? "" : String(tahun + d));
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      tahunN5: th(-5),
      tahunN4: th(-4),
      tahunN3: th(-3),
      tahunN2: th(-2),
      tahunN1: th(-1),
      tahunDepan: th(1),
    },
    daftar: {
      pelayanan: bk.kinerjaPelayanan.map((p, i) => ({
        no: String(i + 1),
        indikator: p.indikator,
        t1: k(p.target[0] ?? null, p.satuan),
        t2: k(p.target[1] ?? null, p.satuan),
        t3: k(p.target[2] ?? null, p.satuan),
        t4: k(p.target[3] ?? null, p.satuan),
        realisasiN2: k(p.realisasiN2, p.satuan),
        realisasiN1: k(p.realisasiN1, p.satuan),
        proyeksiN: k(p.proyeksiN, p.satuan),
        proyeksiN1: k(p.proyeksiN1, p.satuan),
        catatan: p.catatan,
      })),
    },
    kolomDaftar: {
      pelayanan: [
        "no",
        "indikator",
        "t1",
        "t2",
        "t3",
        "t4",
        "realisasiN2",
        "realisasiN1",
        "proyeksiN",
        "proyeksiN1",
        "catatan",
      ],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/** A T-C.31 pagu: an amount, or "-" for a blank cell or one that holds no amount (Periksa Data names it). */
const paguReview = (p: number | string | null) => rp(typeof p === "number" ? p : null);

/**
 * T-C.31 (seed 002): each program/kegiatan's Rancangan Awal RKPD beside its Hasil Analisis
 * Kebutuhan, numbered 1, 2 ... across programs and kegiatan; a further indicator (no Kode) prints
 * only its indicators and targets. The seed prints no JUMLAH, nor does this table.
 */
export function dataTc31(bk: BukuKerja, ttd: Penandatanganan) {
  const no = nomorRenja(bk.reviewRkpd);
  return {
    nilai: nilaiUmum(bk, ttd),
    daftar: {
      review: bk.reviewRkpd.map((b, i) => {
        const item = b.kode !== "";
        return {
          no: no[i]!,
          programAwal: item ? b.programAwal : "",
          lokasiAwal: item ? b.lokasiAwal : "",
          indikatorAwal: b.indikatorAwal,
          targetAwal: k(b.targetAwal, b.satuanAwal),
          paguAwal: item ? paguReview(b.paguAwal) : "",
          programHasil: item ? b.programHasil : "",
          lokasiHasil: item ? b.lokasiHasil : "",
          indikatorHasil: b.indikatorHasil,
          targetHasil: k(b.targetHasil, b.satuanHasil),
          paguHasil: item ? paguReview(b.paguHasil) : "",
          catatan: b.catatan,
          ...(jenisBarisRenja(b) === "program" ? { _tebal: "ya" } : {}),
        };
      }),
    },
    kolomDaftar: {
      review: [
        "no",
        "programAwal",
        "lokasiAwal",
        "indikatorAwal",
        "targetAwal",
        "paguAwal",
        "programHasil",
        "lokasiHasil",
        "indikatorHasil",
        "targetHasil",
        "paguHasil",
        "catatan",
      ],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/**
 * T-C.32 (seed 002): items numbered 1, 2 ...; the program printed on the first item of a run of
 * items in it (as the seed prints it, whether the sheet repeats it or leaves it blank); a further
 * indicator prints only its indicator and target.
 */
export function dataTc32(bk: BukuKerja, ttd: Penandatanganan) {
  let n = 0;
  let program = "";
  return {
    nilai: nilaiUmum(bk, ttd),
    daftar: {
      usulan: bk.usulan.map((u) => {
        const baru = usulanBaru(u);
        const p = baru && u.program !== "" && u.program !== program ? u.program : "";
        if (baru && u.program !== "") program = u.program;
        return {
          no: baru ? String(++n) : "",
          program: p,
          kegiatan: u.kegiatan,
          lokasi: u.lokasi,
          indikator: u.indikator,
          target: k(u.target, u.satuan),
          catatan: u.catatan,
        };
      }),
    },
    kolomDaftar: {
      usulan: ["no", "program", "kegiatan", "lokasi", "indikator", "target", "catatan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

export const LAPORAN_TC29 = laporan({
  jenis: "tc29",
  nama: "Renja T-C.29 (Evaluasi Renja dan Renstra)",
  lembar: [NAMA_PENGATURAN, RENJA.nama],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.renja.length > 0,
  data: (k) => dataTc29(k.bk, k.ttd),
});
export const LAPORAN_TC30 = laporan({
  jenis: "tc30",
  nama: "Renja T-C.30 (Kinerja Pelayanan)",
  lembar: [NAMA_PENGATURAN, KINERJA_PELAYANAN.nama],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.kinerjaPelayanan.length > 0,
  data: (k) => dataTc30(k.bk, k.ttd),
});
export const LAPORAN_TC33 = laporan({
  jenis: "tc33",
  nama: "Renja T-C.33 (Rencana Program dan Kegiatan)",
  lembar: [NAMA_PENGATURAN, RENJA.nama],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.renja.length > 0,
  data: (k) => dataTc33(k.bk, k.ttd),
});
export const LAPORAN_TC31 = laporan({
  jenis: "tc31",
  nama: "Renja T-C.31 (Review Rancangan Awal RKPD)",
  lembar: [NAMA_PENGATURAN, REVIEW_RKPD.nama],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.reviewRkpd.length > 0,
  data: (k) => dataTc31(k.bk, k.ttd),
});
export const LAPORAN_TC32 = laporan({
  jenis: "tc32",
  nama: "Renja T-C.32 (Usulan Pemangku Kepentingan)",
  lembar: [NAMA_PENGATURAN, USULAN_PEMANGKU.nama],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.usulan.length > 0,
  data: (k) => dataTc32(k.bk, k.ttd),
});
export type KunciTc29 = KunciData<ReturnType<typeof dataTc29>>;
export type KunciTc30 = KunciData<ReturnType<typeof dataTc30>>;
export type KunciTc33 = KunciData<ReturnType<typeof dataTc33>>;
export type KunciTc31 = KunciData<ReturnType<typeof dataTc31>>;
export type KunciTc32 = KunciData<ReturnType<typeof dataTc32>>;
