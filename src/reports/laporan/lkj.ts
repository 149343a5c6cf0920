import { formatAngka } from "../../core/format";
import { ANGGARAN, anggaranSampai } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { capaianDari, indikatorPk, KINERJA } from "../../core/model/kinerja";
import { bulatkan } from "../../core/pembulatan";
import { predikat } from "../../core/predikat";
import type { Grafik } from "../model";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { namaIndikator } from "./tandaIku";
import {
  barisAnggaran,
  barisEfisiensiProgram,
  barisIndikator,
  capaianLaporan,
  KOLOM_ANGGARAN,
  KOLOM_EFISIENSI,
  KOLOM_INDIKATOR,
  kalimatIkm,
  nilaiAnggaran,
  nilaiSatuan,
  nilaiUmum,
  persen,
} from "./umum";

/** LKJ tahunan, Bab III (seed 001): capaian, comparisons, budget and efficiency, chart. */
export function dataLkj(bk: BukuKerja, ttd: Penandatanganan) {
  const pk = indikatorPk(bk.indikator);
  const tahun = bk.pengaturan.tahun;
  const capaian = pk.map((i) => capaianLaporan(bk, i, 4));
  const indikator = barisIndikator(bk, pk, 4, (c) => {
    const ind = c.ind;
    return {
      targetLalu: nilaiSatuan(ind.targetTahunLalu, ind.satuan),
      realisasiLalu: nilaiSatuan(ind.realisasiTahunLalu, ind.satuan),
      capaianLalu: persen(
        capaianDari(ind.realisasiTahunLalu, ind.targetTahunLalu, ind, bk.pengaturan.rumusTurun),
      ),
      targetRenstra: nilaiSatuan(ind.targetAkhirRenstra, ind.satuan),
      capaianRenstra: persen(capaianDari(c.realisasi, ind.targetAkhirRenstra, ind, bk.pengaturan.rumusTurun)),
    };
  });
  const anggaran = anggaranSampai(bk.anggaran, 4);
  const efisiensi = barisEfisiensiProgram(bk, anggaran, 4, true);
  const grafik: Grafik = {
    judul: `Capaian Indikator Kinerja ${bk.pengaturan.namaUnit} Tahun ${tahun ?? ""}`.trim(),
    label: capaian.map((c) => namaIndikator(bk, c.ind)),
    nilai: capaian.map((c) => (c.capaian === null ? 0 : bulatkan(c.capaian, 2))),
    satuan: "Capaian (%)",
    acuan: 100,
  };
  const dinilai = capaian.filter((c) => c.capaian !== null);
  const rata = dinilai.length > 0 ? dinilai.reduce((a, c) => a + c.capaian!, 0) / dinilai.length : null;
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      ...nilaiAnggaran(anggaran),
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      rataCapaian: persen(rata),
      kalimatIkm: kalimatIkm(bk, pk, 4),
      predikatRata: rata === null ? "-" : predikat(rata, bk.pengaturan.skalaPredikat),
      skalaPredikat: bk.pengaturan.skalaPredikat.kelas
        .map((k, i, semua) => {
          if (!Number.isFinite(k.batasBawah)) return `di bawahnya: ${k.predikat}`;
          // A strict bound (Permendagri 86/2017: Rendah is above 50) is stated as the scale rates.
          const batas = formatAngka(k.batasBawah, 0);
          if (i === 0) return `capaian ${k.termasukBatas ? "≥" : ">"} ${batas} %: ${k.predikat}`;
          const atas = semua[i - 1]!;
          return `${k.termasukBatas ? "" : "lebih dari "}${batas} % sampai ${atas.termasukBatas ? "kurang dari " : ""}${formatAngka(atas.batasBawah, 0)} %: ${k.predikat}`;
        })
        .join("; "),
    },
    daftar: { indikator, efisiensi, anggaran: barisAnggaran(anggaran) },
    kolomDaftar: {
      indikator: [
        ...KOLOM_INDIKATOR,
        "targetLalu",
        "realisasiLalu",
        "capaianLalu",
        "targetRenstra",
        "capaianRenstra",
      ],
      efisiensi: KOLOM_EFISIENSI,
      anggaran: KOLOM_ANGGARAN,
    } as const,
    grafik: { capaian: grafik },
  } satisfies DataLaporan;
}

export const LAPORAN_LKJ = laporan({
  jenis: "lkj",
  nama: "LKJ Tahunan (Bab III)",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, ANGGARAN.nama],
  tanggal: "tanggalLaporan",
  berisi: (bk) => bk.indikator.length > 0,
  data: (k) => dataLkj(k.bk, k.ttd),
});
export type KunciLkj = KunciData<ReturnType<typeof dataLkj>>;
