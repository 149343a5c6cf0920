/**
 * The figures of each report, computed from the workbook records with src/core and formatted the
 * Indonesian way: the only place report numbers are made. Templates and renderers only place
 * these texts.
 */
import {
  efisiensi as hitungEfisiensi,
  serapan as hitungSerapan,
  normalisasiKode,
  sisaAnggaran,
} from "../core/anggaran";
import { angkaRomawi, formatAngka, formatPersen, formatRupiah, formatTanggal } from "../core/format";
import { anggaranSampai, type BarisAnggaranLaporan, totalAnggaran } from "../core/model/anggaran";
import type { BukuKerja } from "../core/model/bukuKerja";
import {
  type CapaianIndikator,
  capaianDari,
  capaianSampai as capaianIndikator,
  type Indikator,
  indikatorPk as pilihIndikatorPk,
} from "../core/model/kinerja";
import { bulatkan } from "../core/pembulatan";
import { predikat } from "../core/predikat";
import { namaTriwulan } from "../core/triwulan";
import type { Grafik } from "./dokumen";
import type { DataLaporan } from "./template";

/** A value in its indicator's unit: "95,23 %", "86,40", "12 dokumen" stays "12". */
export function nilaiSatuan(n: number | null, satuan: string): string {
  if (n === null) return "-";
  // Whole percentages as the seeds print them ("100 %"), others with two decimals ("97,20 %").
  if (/%|persen/i.test(satuan)) return `${formatAngka(n, Number.isInteger(bulatkan(n, 2)) ? 0 : 2)} %`;
  if (/indeks|nilai|angka/i.test(satuan)) return formatAngka(n, 2);
  return formatAngka(n, 2, { buangNolDesimal: true });
}

const rupiah = (n: number | null) => (n === null ? "-" : n === 0 ? "-" : formatAngka(n, 0));
const persen = (n: number | null) => (n === null ? "-" : formatPersen(n));

export function nilaiUmum(bk: BukuKerja, tanggal: Date): Record<string, string> {
  const p = bk.pengaturan;
  return {
    unit: p.namaUnit,
    unitKapital: p.namaUnit.toUpperCase(),
    kabupaten: p.kabupaten,
    kabupatenKapital: p.kabupaten.toUpperCase(),
    tahun: p.tahun === null ? "" : String(p.tahun),
    tempat: p.tempat,
    tanggal: formatTanggal(tanggal),
    namaPimpinan: p.namaPimpinan,
    nipPimpinan: p.nipPimpinan,
    jabatanPimpinan: p.jabatanPimpinan,
    jabatanPimpinanKapital: p.jabatanPimpinan.toUpperCase(),
    namaPihakKedua: p.namaPihakKedua,
    jabatanPihakKedua: p.jabatanPihakKedua,
    jabatanPihakKeduaKapital: p.jabatanPihakKedua.toUpperCase(),
  };
}

/** An indicator's realisation up to quarter `tw`, capaian and predikat by the unit's rules. */
const capaianSampai = (bk: BukuKerja, ind: Indikator, tw: number): CapaianIndikator =>
  capaianIndikator(ind, tw, bk.pengaturan);

/** Rows of one sasaran: its number and text only on its first row, as the seeds print merged cells. */
function nomorSasaran(daftar: Indikator[]): { no: string; sasaran: string }[] {
  let no = 0;
  let lalu = "";
  return daftar.map((i) => {
    if (i.sasaran === lalu && i.sasaran !== "") return { no: "", sasaran: "" };
    lalu = i.sasaran;
    no++;
    return { no: `${no}.`, sasaran: i.sasaran };
  });
}

const KOLOM_INDIKATOR = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "penjelasan",
] as const;

/** One row per indicator up to quarter `tw`; `tambahan` adds a report's own columns. */
function barisIndikator(
  bk: BukuKerja,
  daftar: Indikator[],
  tw: number,
  tambahan: (c: CapaianIndikator) => Record<string, string> = () => ({}),
): Record<string, string>[] {
  const nomor = nomorSasaran(daftar);
  return daftar.map((ind, i) => {
    const c = capaianSampai(bk, ind, tw);
    return {
      no: nomor[i]!.no,
      sasaran: nomor[i]!.sasaran,
      indikator: ind.indikator,
      satuan: ind.satuan,
      target: nilaiSatuan(ind.target, ind.satuan),
      realisasi: nilaiSatuan(c.realisasi, ind.satuan),
      capaian: persen(c.capaian),
      predikat: c.predikat,
      penjelasan: ind.penjelasan,
      ...tambahan(c),
    };
  });
}

const indikatorPk = (bk: BukuKerja) => pilihIndikatorPk(bk.indikator);

// --- budget --------------------------------------------------------------------------------

const total = totalAnggaran;

/** A, B, C for programs; I, II for kegiatan; 1, 2 for sub kegiatan (seed 003, table 3.2). */
function penomoranAnggaran(baris: BarisAnggaranLaporan[]): string[] {
  const hitung = [0, 0, 0, 0];
  return baris.map((b) => {
    const t = Math.min(b.tingkat, 4);
    hitung[t - 1]!++;
    for (let i = t; i < hitung.length; i++) hitung[i] = 0;
    const n = hitung[t - 1]!;
    if (t === 1) return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    if (t === 2) return angkaRomawi(n);
    if (t === 3) return String(n);
    return "-";
  });
}

const KOLOM_ANGGARAN = ["no", "kode", "uraian", "paguAwal", "pagu", "realisasi", "sisa", "serapan"] as const;

function barisAnggaran(baris: BarisAnggaranLaporan[]): Record<string, string>[] {
  const no = penomoranAnggaran(baris);
  return baris.map((b, i) => ({
    no: no[i]!,
    kode: b.kode,
    uraian: b.tingkat === 1 ? b.uraian.toUpperCase() : b.uraian,
    paguAwal: rupiah(b.paguAwal),
    pagu: rupiah(b.pagu),
    realisasi: rupiah(b.realisasi),
    sisa: rupiah(sisaAnggaran(b.pagu, b.realisasi)),
    serapan: b.pagu > 0 ? persen(hitungSerapan(b.realisasi, b.pagu)) : "-",
    ...(b.tingkat === 1 ? { _tebal: "ya" } : {}),
  }));
}

function nilaiAnggaran(baris: BarisAnggaranLaporan[]): Record<string, string> {
  const t = total(baris);
  return {
    totalPaguAwal: formatAngka(t.paguAwal, 0),
    totalPagu: formatAngka(t.pagu, 0),
    totalRealisasi: formatAngka(t.realisasi, 0),
    totalSisa: formatAngka(sisaAnggaran(t.pagu, t.realisasi), 0),
    totalSerapan: t.pagu > 0 ? formatPersen(hitungSerapan(t.realisasi, t.pagu)) : "-",
    totalPaguRupiah: formatRupiah(t.pagu),
  };
}

/** Sub kegiatan whose pagu changed (refocusing), seed 003 BAB I C. */
function barisPerubahan(baris: BarisAnggaranLaporan[]): Record<string, string>[] {
  const daun = baris.filter((b, i) => !baris.some((c, j) => j !== i && c.kode.startsWith(`${b.kode}.`)));
  return daun.map((b, i) => ({
    no: String(i + 1),
    kode: b.kode,
    uraian: b.uraian,
    paguAwal: rupiah(b.paguAwal),
    pagu: rupiah(b.pagu),
    pengurangan: rupiah(b.paguAwal - b.pagu),
  }));
}

// --- the three reports -----------------------------------------------------------------------

/** Laporan Kinerja Triwulan for quarter `tw` (seed 003). */
export function dataTriwulan(bk: BukuKerja, tw: number, tanggal: Date): DataLaporan {
  const pk = indikatorPk(bk);
  const indikator = barisIndikator(bk, pk, tw);
  const anggaran = anggaranSampai(bk.anggaran, tw);
  const capaian = pk.map((i) => capaianSampai(bk, i, tw));
  const berhasil = capaian.filter((c) => c.capaian !== null && c.capaian >= 100).length;
  const t = total(anggaran);
  return {
    nilai: {
      ...nilaiUmum(bk, tanggal),
      ...nilaiAnggaran(anggaran),
      triwulan: namaTriwulan(tw),
      jumlahIndikator: String(pk.length),
      jumlahTercapai: String(berhasil),
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
      perubahan: barisPerubahan(anggaran).filter((b) => b.pengurangan !== "-"),
    },
    kolomDaftar: {
      indikator: KOLOM_INDIKATOR,
      anggaran: KOLOM_ANGGARAN,
      perubahan: ["no", "kode", "uraian", "paguAwal", "pagu", "pengurangan"],
    },
    grafik: {},
  };
}

/** Perjanjian Kinerja (seeds 001, 003): sasaran, indikator, target and the program budgets. */
export function dataPk(bk: BukuKerja, tanggal: Date): DataLaporan {
  const pk = indikatorPk(bk);
  const nomor = nomorSasaran(pk);
  const program = anggaranSampai(bk.anggaran, 0).filter((b) => b.tingkat === 1);
  const sumber = new Map(bk.anggaran.map((b) => [normalisasiKode(b.kode), b.sumberDana]));
  return {
    nilai: {
      ...nilaiUmum(bk, tanggal),
      totalProgram: formatRupiah(program.reduce((a, b) => a + b.paguAwal, 0)),
    },
    daftar: {
      sasaran: pk.map((ind, i) => ({
        no: nomor[i]!.no,
        sasaran: nomor[i]!.sasaran,
        indikator: ind.indikator,
        target: nilaiSatuan(ind.target, ind.satuan),
      })),
      program: program.map((b, i) => ({
        no: String(i + 1),
        program: b.uraian,
        anggaran: formatRupiah(b.paguAwal),
        keterangan: sumber.get(b.kode) ? `Sumber Dana ${sumber.get(b.kode)}` : "",
      })),
    },
    kolomDaftar: {
      sasaran: ["no", "sasaran", "indikator", "target"],
      program: ["no", "program", "anggaran", "keterangan"],
    },
    grafik: {},
  };
}

const samaTeks = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/** LKJ tahunan, Bab III (seed 001): capaian, comparisons, budget and efficiency, chart. */
export function dataLkj(bk: BukuKerja, tanggal: Date): DataLaporan {
  const pk = indikatorPk(bk);
  const tahun = bk.pengaturan.tahun;
  const capaian = pk.map((i) => capaianSampai(bk, i, 4));
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
  const programInd = bk.indikator.filter((i) => i.tingkat === "Program");
  const efisiensi = anggaran
    .filter((b) => b.tingkat === 1)
    .map((b, i) => {
      const milik = programInd
        .filter((ind) => samaTeks(ind.sasaran, b.uraian))
        .map((ind) => capaianSampai(bk, ind, 4).capaian)
        .filter((x): x is number => x !== null);
      const kinerja = milik.length > 0 ? milik.reduce((a, x) => a + x, 0) / milik.length : null;
      const serap = b.pagu > 0 ? hitungSerapan(b.realisasi, b.pagu) : null;
      return {
        no: String(i + 1),
        program: b.uraian,
        pagu: rupiah(b.pagu),
        realisasi: rupiah(b.realisasi),
        capaianAnggaran: persen(serap),
        capaianKinerja: persen(kinerja),
        efisiensi: kinerja !== null && serap !== null ? persen(hitungEfisiensi(kinerja, serap)) : "-",
      };
    });
  const grafik: Grafik = {
    judul: `Capaian Indikator Kinerja ${bk.pengaturan.namaUnit} Tahun ${tahun ?? ""}`.trim(),
    label: capaian.map((c) => c.ind.indikator),
    nilai: capaian.map((c) => (c.capaian === null ? 0 : bulatkan(c.capaian, 2))),
    satuan: "Capaian (%)",
    acuan: 100,
  };
  const dinilai = capaian.filter((c) => c.capaian !== null);
  const rata = dinilai.length > 0 ? dinilai.reduce((a, c) => a + c.capaian!, 0) / dinilai.length : null;
  return {
    nilai: {
      ...nilaiUmum(bk, tanggal),
      ...nilaiAnggaran(anggaran),
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      rataCapaian: persen(rata),
      predikatRata: rata === null ? "-" : predikat(rata, bk.pengaturan.skalaPredikat),
      skalaPredikat: bk.pengaturan.skalaPredikat.kelas
        .map((k, i, semua) => {
          if (i === 0) return `capaian ≥ ${formatAngka(k.batasBawah, 0)} %: ${k.predikat}`;
          if (!Number.isFinite(k.batasBawah)) return `di bawahnya: ${k.predikat}`;
          return `${formatAngka(k.batasBawah, 0)} % sampai kurang dari ${formatAngka(semua[i - 1]!.batasBawah, 0)} %: ${k.predikat}`;
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
      efisiensi: ["no", "program", "pagu", "realisasi", "capaianAnggaran", "capaianKinerja", "efisiensi"],
      anggaran: KOLOM_ANGGARAN,
    },
    grafik: { capaian: grafik },
  };
}
