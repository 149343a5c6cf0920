/**
 * The Renja tables of Permendagri 86/2017 (seed 002): T-C.29 (evaluation of the Renja up to n-1
 * against the Renstra), T-C.30 (service performance) and T-C.33 (the plan for n with the forward
 * estimate n+1). Every computed column is computed here:
 * - 12: realisation of n-1 = the last reported quarter (the quarters are cumulative);
 * - 13: realisation up to n-1 = column 6 + column 12 (Rp; K by the indicator's Agregasi). The
 *   seed's header reads "13 = 7 + 12" while its figures follow 6 + 12 (342.181.137,68 +
 *   126.461.076 = 468.642.214): the figures and the regulation agree, the header is a slip;
 * - 14: level of achievement = column 13 / column 5 x 100 % (the seed writes "13/6", its figures
 *   are 13/5: 468.642.214 / 1.814.088.000 = 25,83 %), with the Permendagri 86/2017 predikat.
 */
import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka, formatPersen } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { type BarisRenja, evaluasiRenja, KINERJA_PELAYANAN, RENJA } from "../../core/model/renja";
import { bulatkan } from "../../core/pembulatan";
import { predikat, SKALA_PERMENDAGRI } from "../../core/predikat";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiSatuan, nilaiUmum } from "./umum";

const rp = (n: number | null) =>
  n === null ? "-" : formatAngka(n, Number.isInteger(bulatkan(n, 2)) ? 0 : 2);
const k = (n: number | null, satuan: string) => (n === null ? "-" : nilaiSatuan(n, satuan));

function nomorRenja(renja: BarisRenja[]): string[] {
  let n = 0;
  return renja.map((b) => (b.kode === "" ? "" : String(++n)));
}

export function dataTc29(bk: BukuKerja, ttd: Penandatanganan) {
  const tahun = bk.pengaturan.tahun;
  const baris = bk.renja.filter((b) =>
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
        const e = evaluasiRenja(b);
        const s = b.satuan;
        return {
          no: no[i]!,
          sasaran: b.kode === "" ? "" : b.sasaran,
          programKegiatan: b.kode === "" ? "" : b.programKegiatan,
          indikator: b.indikator,
          k5: k(b.targetRenstraK, s),
          rp5: rp(b.targetRenstraRp),
          k6: k(b.realisasiSampaiN2K, s),
          rp6: rp(b.realisasiSampaiN2Rp),
          k7: k(b.targetN1K, s),
          rp7: rp(b.targetN1Rp),
          ...Object.fromEntries(
            [0, 1, 2, 3].flatMap((t) => [
              [`k${8 + t}`, k(b.realisasiTwK[t] ?? null, s)],
              [`rp${8 + t}`, rp(b.realisasiTwRp[t] ?? null)],
            ]),
          ),
          k12: k(e.realisasiN1[0], s),
          rp12: rp(e.realisasiN1[1]),
          k13: k(e.realisasiSampaiN1[0], s),
          rp13: rp(e.realisasiSampaiN1[1]),
          k14: e.tingkatCapaian[0] === null ? "-" : formatPersen(e.tingkatCapaian[0]),
          rp14: e.tingkatCapaian[1] === null ? "-" : formatPersen(e.tingkatCapaian[1]),
          predikat: e.tingkatCapaian[0] === null ? "-" : predikat(e.tingkatCapaian[0], SKALA_PERMENDAGRI),
        };
      }),
    },
    kolomDaftar: {
      evaluasi: [
        "no",
        "sasaran",
        "programKegiatan",
        "indikator",
        ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14].flatMap((c) => [`k${c}`, `rp${c}`]),
        "predikat",
      ],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

export function dataTc33(bk: BukuKerja, ttd: Penandatanganan) {
  const tahun = bk.pengaturan.tahun;
  const baris = bk.renja.filter((b) => b.targetN !== null || b.paguN !== null || b.targetN1Maju !== null);
  const no = nomorRenja(baris);
  // Programs carry the totals: every kegiatan is inside one (codes without a dot are programs).
  const program = baris.filter((b) => b.kode !== "" && !b.kode.includes("."));
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
        ...(b.kode !== "" && !b.kode.includes(".") ? { _tebal: "ya" } : {}),
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
export type KunciTc29 = KunciData<ReturnType<typeof dataTc29>>;
export type KunciTc30 = KunciData<ReturnType<typeof dataTc30>>;
export type KunciTc33 = KunciData<ReturnType<typeof dataTc33>>;
