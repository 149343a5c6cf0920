/**
 * The planning chain's documents (issue 15): Penetapan IKU, Rencana Aksi, Pohon Kinerja; and the
 * quarterly report's capaian per quarter against the Rencana Aksi.
 */
import { capaianPerTriwulan, pasanganTriwulan } from "../../core/capaianTriwulan";
import { formatRupiah } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { IKU } from "../../core/model/iku";
import { type Indikator, KINERJA, targetBerlaku } from "../../core/model/kinerja";
import { kunciKode } from "../../core/model/kolom";
import { POHON_KINERJA, simpulPohon, urutanPohon } from "../../core/model/pohonKinerja";
import { RENCANA_AKSI, rencanaAksiPerIndikator } from "../../core/model/rencanaAksi";
import { namaTriwulan } from "../../core/triwulan";
import type { Grafik } from "../model";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { namaIndikator } from "./tandaIku";
import { nilaiSatuan, nilaiUmum, persen } from "./umum";

const perKode = (bk: BukuKerja) => new Map(bk.indikator.map((i) => [kunciKode(i.kode), i]));
const TW = ["tw1", "tw2", "tw3", "tw4"] as const;
const ANG = ["ang1", "ang2", "ang3", "ang4"] as const;

/** Penetapan IKU: the IKU in Kinerja's order, with definisi, alasan, penanggung jawab, sumber data. */
export function dataIku(bk: BukuKerja, ttd: Penandatanganan) {
  const iku = new Map(bk.iku.map((b) => [kunciKode(b.kode), b]));
  const daftar = bk.indikator.filter((i) => iku.has(kunciKode(i.kode)));
  return {
    nilai: nilaiUmum(bk, ttd),
    daftar: {
      iku: daftar.map((ind, n) => {
        const b = iku.get(kunciKode(ind.kode))!;
        return {
          no: String(n + 1),
          sasaran: ind.sasaran,
          indikator: ind.indikator,
          formulasi: b.formulasi,
          alasan: b.alasan,
          penanggungJawab: b.penanggungJawab,
          sumberData: b.sumberData,
        };
      }),
    },
    kolomDaftar: {
      iku: ["no", "sasaran", "indikator", "formulasi", "alasan", "penanggungJawab", "sumberData"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

const KOLOM_RA = [
  "no",
  "indikator",
  "target",
  "jenis",
  ...TW,
  "aksi",
  "penanggungJawab",
  "waktu",
  ...ANG,
] as const;

/** Rencana Aksi: per indicator its quarterly targets, then each action with its budget per quarter. */
export function dataRencanaAksi(bk: BukuKerja, ttd: Penandatanganan) {
  const ind = perKode(bk);
  const ra = rencanaAksiPerIndikator(bk.rencanaAksi).filter((r) => ind.has(kunciKode(r.kode)));
  const rp = (n: number | null) => (n === null ? "" : formatRupiah(n).replace(/^Rp\s*/, ""));
  const baris = ra.flatMap((r, n) => {
    const i = ind.get(kunciKode(r.kode))!;
    const aksi = r.anggota.length > 0 ? r.anggota : [null];
    return aksi.map((a, k) => ({
      no: k === 0 ? String(n + 1) : "",
      indikator: k === 0 ? namaIndikator(bk, i) : "",
      target: k === 0 ? nilaiSatuan(targetBerlaku(i, 4, bk.pengaturan), i.satuan) : "",
      jenis: k === 0 ? (r.jenis === "NILAI AKHIR" ? "Nilai akhir" : "Kumulatif") : "",
      ...Object.fromEntries(TW.map((t, q) => [t, k === 0 ? nilaiSatuan(r.target[q] ?? null, i.satuan) : ""])),
      aksi: a?.aksi ?? "",
      penanggungJawab: a?.penanggungJawab ?? "",
      waktu: a?.waktu ?? "",
      ...Object.fromEntries(ANG.map((t, q) => [t, rp(a?.anggaran[q] ?? null)])),
    })) as Record<(typeof KOLOM_RA)[number], string>[];
  });
  const jumlah = ANG.map((_, q) =>
    ra.reduce((s, r) => s + r.anggota.reduce((x, a) => x + (a.anggaran[q] ?? 0), 0), 0),
  );
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      ...Object.fromEntries(jumlah.map((n, q) => [`jumlah${q + 1}`, rp(n)])),
    } as ReturnType<typeof nilaiUmum> & Record<"jumlah1" | "jumlah2" | "jumlah3" | "jumlah4", string>,
    daftar: { aksi: baris },
    kolomDaftar: {
      aksi: KOLOM_RA,
    },
    grafik: {},
  } satisfies DataLaporan;
}

/**
 * The quarterly report's table of capaian per quarter (additive to dataTriwulan): each PK
 * indicator with a Rencana Aksi, the quarter's target and realisasi as its jenis pairs them, the
 * capaian against them, and against the annual target.
 */
export function capaianRencanaAksi(
  bk: BukuKerja,
  daftar: readonly Indikator[],
  tw: number,
  capaianTahun: (i: Indikator) => number | null,
) {
  const ra = new Map(rencanaAksiPerIndikator(bk.rencanaAksi).map((r) => [kunciKode(r.kode), r]));
  return daftar
    .flatMap((i) => {
      const r = ra.get(kunciKode(i.kode));
      if (r === undefined || i.arah === null) return [];
      const jenis = r.jenis ?? "KUMULATIF";
      let pasangan: { realisasi: number; target: number } | null = null;
      try {
        pasangan = pasanganTriwulan(i.realisasi, r.target, tw, jenis);
      } catch {}
      // A quarter after the one reported is not yet reported, whatever the sheet already holds.
      const capaian = capaianPerTriwulan(i.realisasi, r.target, jenis, i.arah, bk.pengaturan.rumusTurun).map(
        (c, q) => (q < tw ? c : null),
      );
      return [
        {
          indikator: namaIndikator(bk, i),
          jenis: `${jenis === "KUMULATIF" ? "s.d. " : ""}TW ${namaTriwulan(tw)}`,
          targetTw: nilaiSatuan(pasangan?.target ?? null, i.satuan),
          realisasiTw: nilaiSatuan(pasangan?.realisasi ?? null, i.satuan),
          capaianTw: persen(capaian[tw - 1] ?? null),
          tw1: persen(capaian[0] ?? null),
          tw2: persen(capaian[1] ?? null),
          tw3: persen(capaian[2] ?? null),
          tw4: persen(capaian[3] ?? null),
          // The target the year's capaian beside it is measured against, in force at this quarter.
          targetTahun: nilaiSatuan(targetBerlaku(i, tw, bk.pengaturan), i.satuan),
          capaianTahun: persen(capaianTahun(i)),
        },
      ];
    })
    .map((b, n) => ({ no: String(n + 1), ...b }));
}
export const KOLOM_CAPAIAN_RA = [
  "no",
  "indikator",
  "jenis",
  "targetTw",
  "realisasiTw",
  "capaianTw",
  ...TW,
  "targetTahun",
  "capaianTahun",
] as const;

/** Pohon Kinerja: the tree as a drawing and the cascading table (each node, its indicators, its codes). */
export function dataPohon(bk: BukuKerja, ttd: Penandatanganan) {
  const urut = urutanPohon(simpulPohon(bk.pohon));
  const ind = perKode(bk);
  const pohon: Grafik = {
    judul: "Pohon Kinerja",
    label: urut.map(({ s }) => s.uraian),
    nilai: urut.map(({ kedalaman }) => kedalaman),
    satuan: "",
    pohon: {
      kode: urut.map(({ s }) => s.kode),
      level: urut.map(({ s }) => s.level ?? ""),
      indikator: urut.map(({ s }) =>
        s.anggota
          .map((i) => i.indikator)
          .filter((x) => x !== "")
          .join("; "),
      ),
    },
  };
  const kaskade = urut.flatMap(({ s }) =>
    (s.anggota.length > 0 ? s.anggota : [null]).map((i, k) => {
      const kinerja = i === null ? undefined : ind.get(kunciKode(i.kodeIndikator));
      return {
        kode: k === 0 ? s.kode : "",
        induk: k === 0 ? s.induk : "",
        level: k === 0 ? (s.level ?? "") : "",
        uraian: k === 0 ? s.uraian : "",
        indikator: i === null ? "" : kinerja ? namaIndikator(bk, kinerja) : i.indikator,
        target:
          i === null
            ? ""
            : nilaiSatuan(
                i.target ?? (kinerja ? targetBerlaku(kinerja, 4, bk.pengaturan) : null),
                i.satuan || kinerja?.satuan || "",
              ),
        kodeKinerja: i?.kodeIndikator ?? "",
        kodeAnggaran: k === 0 ? s.kodeAnggaran : "",
      };
    }),
  );
  return {
    nilai: { ...nilaiUmum(bk, ttd), jumlahSimpul: String(urut.length) },
    daftar: { kaskade },
    kolomDaftar: {
      kaskade: ["kode", "induk", "level", "uraian", "indikator", "target", "kodeKinerja", "kodeAnggaran"],
    } as const,
    grafik: { pohon },
  } satisfies DataLaporan;
}

const dasar = { tanggal: "tanggalPk", tempat: "tempatPk" } as const;

export const LAPORAN_IKU = laporan({
  jenis: "iku",
  nama: "Penetapan IKU",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, IKU.nama],
  ...dasar,
  berisi: (bk) => bk.iku.length > 0,
  data: (k) => dataIku(k.bk, k.ttd),
});
export const LAPORAN_RENCANA_AKSI = laporan({
  jenis: "renaksi",
  nama: "Rencana Aksi",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, RENCANA_AKSI.nama],
  ...dasar,
  // Its annual targets are those in force: after a PK Perubahan, the revised plan of that date.
  tanggalPerubahan: "tanggalPkPerubahan",
  berisi: (bk) => bk.rencanaAksi.length > 0,
  data: (k) => dataRencanaAksi(k.bk, k.ttd),
});
export const LAPORAN_POHON = laporan({
  jenis: "pohon",
  nama: "Pohon Kinerja",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, POHON_KINERJA.nama],
  ...dasar,
  berisi: (bk) => bk.pohon.length > 0,
  data: (k) => dataPohon(k.bk, k.ttd),
});
export type KunciIku = KunciData<ReturnType<typeof dataIku>>;
export type KunciRencanaAksi = KunciData<ReturnType<typeof dataRencanaAksi>>;
export type KunciPohon = KunciData<ReturnType<typeof dataPohon>>;
