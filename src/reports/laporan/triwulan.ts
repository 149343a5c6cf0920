/** Laporan Kinerja Triwulan (seed 003): capaian up to the quarter, the budget, the refocusing. */
import { formatAngka } from "../../core/format";
import { ANGGARAN, anggaranSampai } from "../../core/model/anggaran";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { indikatorPk, KINERJA } from "../../core/model/kinerja";
import { namaTriwulan } from "../../core/triwulan";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import {
  barisAnggaran,
  barisIndikator,
  barisPerubahan,
  capaianLaporan,
  KOLOM_ANGGARAN,
  KOLOM_INDIKATOR,
  kalimatIkm,
  nilaiAnggaran,
  nilaiUmum,
  total,
} from "./umum";

/** Laporan Kinerja Triwulan for quarter `tw` (seed 003). */
export function dataTriwulan(bk: BukuKerja, tw: number, ttd: Penandatanganan) {
  const pk = indikatorPk(bk.indikator);
  const indikator = barisIndikator(bk, pk, tw);
  const anggaran = anggaranSampai(bk.anggaran, tw);
  const capaian = pk.map((i) => capaianLaporan(bk, i, tw));
  const berhasil = capaian.filter((c) => c.capaian !== null && c.capaian >= 100).length;
  const t = total(anggaran);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      ...nilaiAnggaran(anggaran),
      triwulan: namaTriwulan(tw),
      jumlahIndikator: String(pk.length),
      jumlahTercapai: String(berhasil),
      kalimatIkm: kalimatIkm(bk, pk, tw),
      adaPerubahan: anggaran.some((b) => b.paguAwal !== b.pagu) ? "ya" : "",
      totalPengurangan: formatAngka(t.paguAwal - t.pagu, 0),
      kesimpulan:
        pk.length === 0
          ? "Belum ada indikator kinerja yang diukur."
          : berhasil === pk.length
            ? `Seluruh ${pk.length} indikator kinerja telah mencapai atau melampaui target.`
            : `${berhasil} dari ${pk.length} indikator kinerja telah mencapai atau melampaui target.`,
    },
    daftar: {
      indikator,
      anggaran: barisAnggaran(anggaran),
      // Every sub kegiatan, changed or not, so the table's JUMLAH is the sum of its rows (seed 003, BAB I C).
      perubahan: barisPerubahan(anggaran),
    },
    kolomDaftar: {
      indikator: KOLOM_INDIKATOR,
      anggaran: KOLOM_ANGGARAN,
      perubahan: ["no", "kode", "uraian", "paguAwal", "pagu", "pengurangan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

export const LAPORAN_TRIWULAN = laporan({
  jenis: "triwulan",
  nama: "Laporan Kinerja Triwulan",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, ANGGARAN.nama],
  tanggal: "tanggalLaporan",
  berisi: (bk) => bk.indikator.length > 0,
  data: (k) => dataTriwulan(k.bk, k.tw, k.ttd),
});
export type KunciTriwulan = KunciData<ReturnType<typeof dataTriwulan>>;
