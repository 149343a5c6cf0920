/**
 * LKJ tahunan, complete as seed 001 and PermenPANRB 53/2014 (lampiran II, sistematika) lay it out:
 * Kata Pengantar, Ikhtisar Eksekutif, Bab I Pendahuluan (tugas, fungsi, struktur organisasi, SDM,
 * isu strategis: the Profil Unit sheet), Bab II Perencanaan Kinerja (tujuan, sasaran and IKU of
 * the Renstra, the PK), Bab III Akuntabilitas Kinerja (capaian per indicator with its narrative,
 * comparisons with last year and the Renstra end target, program indicators as seed 001 table
 * 3.2, efficiency, budget), Bab IV Penutup (strategies), Lampiran (the PK, the year's SKM result).
 */
import { formatAngka, kunciTeks } from "../../core/format";
import { ANGGARAN, anggaranSampai } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  adaPkPerubahan,
  capaianDari,
  type Indikator,
  indikatorPk,
  indikatorSasaranPk,
  KINERJA,
  targetBerlaku,
} from "../../core/model/kinerja";
import { PEMBANDING } from "../../core/model/pembanding";
import { bagianProfil, kelompokSdm, PROFIL_UNIT, type ProfilUnit } from "../../core/model/profil";
import { TARGET_RENSTRA } from "../../core/model/renstra";
import { SKM, SKM_PERTANYAAN } from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { predikat } from "../../core/predikat";
import { parsePeriode } from "../../core/skm";
import type { Grafik } from "../model";
import type { DataLaporan } from "../template";
import { KOLOM_BANDING, perbandinganUnit } from "./banding";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { KOLOM_NARASI, narasiIndikator } from "./narasi";
import { barisPerubahan, dataPk, kalimatPkPerubahan } from "./pk";
import { KOLOM_RENSTRA_TAHUNAN, tabelRenstraTahunan } from "./renstra";
import { adaSurvei, dataSkm } from "./skm";
import { namaIndikator } from "./tandaIku";
import {
  barisAnggaran,
  barisEfisiensiProgram,
  barisIndikator,
  capaianLaporan,
  gambaranOrganisasi,
  KOLOM_ANGGARAN,
  KOLOM_EFISIENSI,
  KOLOM_INDIKATOR,
  kalimatIkm,
  labelBagian,
  nilaiAnggaran,
  nilaiSatuan,
  nilaiUmum,
  persen,
} from "./umum";

/** The scale of the unit's predikat, as seed 001 states it under 3.1. */
function kalimatSkala(bk: BukuKerja): string {
  return bk.pengaturan.skalaPredikat.kelas
    .map((k, i, semua) => {
      if (!Number.isFinite(k.batasBawah)) return `di bawahnya: ${k.predikat}`;
      // A strict bound (Permendagri 86/2017: Rendah is above 50) is stated as the scale rates.
      const batas = formatAngka(k.batasBawah, 0);
      if (i === 0) return `capaian ${k.termasukBatas ? "≥" : ">"} ${batas} %: ${k.predikat}`;
      const atas = semua[i - 1]!;
      return `${k.termasukBatas ? "" : "lebih dari "}${batas} % sampai ${atas.termasukBatas ? "kurang dari " : ""}${formatAngka(atas.batasBawah, 0)} %: ${k.predikat}`;
    })
    .join("; ");
}

/** "a", "a dan b", "a, b dan c". */
const daftarKata = (x: readonly string[]) =>
  x.length <= 1 ? (x[0] ?? "") : `${x.slice(0, -1).join(", ")} dan ${x.at(-1)}`;

/** A group's first row carries its name (the seeds' merged cells), the rest leave it blank. */
function sekaliPerKelompok<T>(daftar: readonly T[], kunci: (x: T) => string): boolean[] {
  return daftar.map((x, i) => i === 0 || kunciTeks(kunci(daftar[i - 1]!)) !== kunciTeks(kunci(x)));
}

/** Bab I from Profil Unit: tugas, fungsi, struktur, SDM, sarana, isu strategis; Bab IV's strategies. */
export function profilUnit(bk: BukuKerja) {
  const p = bk.profil;
  const nomor = (daftar: ProfilUnit[]) => daftar.map((x, i) => ({ no: `${i + 1}.`, uraian: x.uraian }));
  const { tugas, struktur } = gambaranOrganisasi(bk);
  const grupSdm = kelompokSdm(p);
  const sdm = grupSdm.flatMap((g) =>
    g.baris.map((x, i) => ({
      kelompok: i === 0 ? g.kelompok : "",
      uraian: x.uraian,
      jumlah: x.jumlah === null ? "-" : formatAngka(x.jumlah, 0),
    })),
  );
  const kalimatSdm = grupSdm
    .map((g) => {
      const isi = daftarKata(g.baris.map((x) => `${formatAngka(x.jumlah ?? 0, 0)} ${x.uraian}`));
      return `menurut ${g.kelompok.toLowerCase()}: ${isi} (${formatAngka(g.jumlah, 0)} orang)`;
    })
    .join("; ");
  const isu = bagianProfil(p, "Isu Strategis");
  const awalIsu = sekaliPerKelompok(isu, (x) => x.kelompok);
  let noIsu = 0;
  return {
    nilai: {
      tugas,
      kalimatSdm: kalimatSdm === "" ? "" : `Aparatur ${bk.pengaturan.namaUnit} ${kalimatSdm}.`,
    },
    daftar: {
      fungsi: nomor(bagianProfil(p, "Fungsi")),
      struktur,
      sdm,
      sarana: bagianProfil(p, "Sarana Prasarana").map((x, i) => ({
        no: String(i + 1),
        uraian: x.uraian,
        jumlah: x.jumlah === null ? "-" : formatAngka(x.jumlah, 0),
        keterangan: x.keterangan,
      })),
      isu: isu.map((x, i) => ({
        no: awalIsu[i] ? String(++noIsu) : "",
        masalahPokok: awalIsu[i] ? x.kelompok : "",
        masalah: x.uraian,
        akarMasalah: x.keterangan,
      })),
      strategi: bagianProfil(p, "Strategi").map((x, i) => ({
        no: `${i + 1}.`,
        strategi: x.uraian,
        kebijakan: x.keterangan,
      })),
    },
  };
}

/**
 * Bab II's tujuan or sasaran table: each with its indicators, target, end target and formula. The
 * LKJ prints the target in force at the year's end; a document drawn up before the year (the
 * Renja's Tabel 3.1) gives `target` = the signed one, never a later PK Perubahan's.
 */
export function barisRencana(
  bk: BukuKerja,
  daftar: Indikator[],
  target: (ind: Indikator) => number | null = (ind) => targetBerlaku(ind, 4, bk.pengaturan),
) {
  const awal = sekaliPerKelompok(daftar, (i) => i.sasaran);
  let no = 0;
  return daftar.map((ind, i) => ({
    no: awal[i] ? String(++no) : "",
    uraian: awal[i] ? ind.sasaran : "",
    indikator: ind.indikator,
    target: nilaiSatuan(target(ind), ind.satuan),
    targetRenstra: nilaiSatuan(ind.targetAkhirRenstra, ind.satuan),
    formulasi: ind.formulasi || "-",
  }));
}

/** Seed 001 table 3.2: program, sasaran program, indicator, target, realisasi, capaian. */
function barisProgram(bk: BukuKerja) {
  const program = bk.indikator.filter((i) => i.tingkat === "Program");
  const awal = sekaliPerKelompok(program, (i) => i.sasaran);
  return program.map((ind, i) => {
    const c = capaianLaporan(bk, ind, 4);
    return {
      program: awal[i] ? ind.sasaran.toUpperCase() : "",
      sasaranProgram: awal[i] ? ind.sasaranProgram : "",
      indikator: ind.indikator,
      target: nilaiSatuan(c.target, ind.satuan),
      realisasi: nilaiSatuan(c.realisasi, ind.satuan),
      capaian: persen(c.capaian),
    };
  });
}

/** The year's SKM result for the lampiran (the SKM report's own figures), when there is a survey. */
function lampiranSkm(bk: BukuKerja, ttd: Penandatanganan) {
  if (!adaSurvei(bk)) {
    return { nilai: { skmIkm: "", skmMutu: "", skmResponden: "", skmKalimat: "" }, unsur: [], tren: [] };
  }
  const s = dataSkm(bk, parsePeriode("TAHUN"), ttd);
  return {
    nilai: {
      skmIkm: s.nilai.ikm,
      skmMutu: `${s.nilai.mutu} (${s.nilai.kinerjaMutu})`,
      skmResponden: s.nilai.jumlahResponden,
      skmKalimat: s.nilai.kalimatIkmTahunan,
    },
    unsur: s.daftar.unsur,
    tren: s.daftar.tren,
  };
}

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
  const tercapai = dinilai.filter((c) => bulatkan(c.capaian!, 2) >= 100).length;
  const profil = profilUnit(bk);
  const pkDok = dataPk(bk, ttd);
  // 2.2 (seed 001 table 2.2): with a PK Perubahan, each sasaran's target before and after it.
  const sasaranPk = indikatorSasaranPk(bk.indikator);
  const diubah = adaPkPerubahan(bk.indikator);
  const skm = lampiranSkm(bk, ttd);
  const banding = perbandinganUnit(bk, 4);
  // 3.1.4 is the comparison with other units when the Pembanding sheet has one; efficiency follows.
  const noBagian = labelBagian(
    [
      ["banding", banding.baris.length > 0],
      ["efisiensi", true],
    ],
    "angka",
  );
  // 3.1.2: the Renstra's years (seed 001 lines 373-386).
  const renstraTahunan = tabelRenstraTahunan(bk, capaian, `pada tahun ${tahun ?? ""}`.trim());
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      ...nilaiAnggaran(anggaran),
      ...profil.nilai,
      ...skm.nilai,
      ...renstraTahunan.nilai,
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      jumlahIndikator: String(pk.length),
      jumlahDinilai: String(dinilai.length),
      jumlahTercapai: String(tercapai),
      jumlahBelum: String(dinilai.length - tercapai),
      rataCapaian: persen(rata),
      kalimatIkm: kalimatIkm(bk, pk, 4),
      predikatRata: rata === null ? "-" : predikat(rata, bk.pengaturan.skalaPredikat),
      skalaPredikat: kalimatSkala(bk),
      totalProgramPk: pkDok.nilai.totalProgram,
      kalimatPkPerubahan: kalimatPkPerubahan(bk, sasaranPk),
      ...banding.nilai,
      noBanding: noBagian.banding === "" ? "" : `3.1.${3 + Number(noBagian.banding)}`,
      noEfisiensi: `3.1.${3 + Number(noBagian.efisiensi)}`,
    },
    daftar: {
      indikator,
      narasi: narasiIndikator(bk, capaian, `tahun ${tahun ?? ""}`.trim()),
      tujuan: barisRencana(
        bk,
        pk.filter((i) => i.tingkat === "Tujuan"),
      ),
      sasaran: barisRencana(
        bk,
        pk.filter((i) => i.tingkat !== "Tujuan"),
      ),
      program: barisProgram(bk),
      efisiensi,
      anggaran: barisAnggaran(anggaran),
      ...profil.daftar,
      pkSasaran: pkDok.daftar.sasaran,
      pkTetap: diubah ? [] : pkDok.daftar.sasaran,
      pkUbah: diubah ? barisPerubahan(bk, sasaranPk) : [],
      banding: banding.baris,
      pkSasaranProgram: pkDok.daftar.sasaranProgram,
      pkProgram: pkDok.daftar.program,
      skmUnsur: skm.unsur,
      skmTren: skm.tren,
      renstraTahunan: renstraTahunan.baris,
    },
    kolomDaftar: {
      indikator: [
        ...KOLOM_INDIKATOR,
        "targetLalu",
        "realisasiLalu",
        "capaianLalu",
        "targetRenstra",
        "capaianRenstra",
      ],
      narasi: KOLOM_NARASI,
      tujuan: KOLOM_RENCANA,
      sasaran: KOLOM_RENCANA,
      program: ["program", "sasaranProgram", "indikator", "target", "realisasi", "capaian"],
      efisiensi: KOLOM_EFISIENSI,
      anggaran: KOLOM_ANGGARAN,
      fungsi: ["no", "uraian"],
      struktur: ["no", "uraian"],
      sdm: ["kelompok", "uraian", "jumlah"],
      sarana: ["no", "uraian", "jumlah", "keterangan"],
      isu: ["no", "masalahPokok", "masalah", "akarMasalah"],
      strategi: ["no", "strategi", "kebijakan"],
      pkSasaran: pkDok.kolomDaftar.sasaran,
      pkTetap: pkDok.kolomDaftar.sasaran,
      pkUbah: ["no", "sasaran", "indikator", "target", "targetPerubahan"],
      banding: KOLOM_BANDING,
      pkSasaranProgram: pkDok.kolomDaftar.sasaranProgram,
      pkProgram: pkDok.kolomDaftar.program,
      skmUnsur: ["no", "unsur", "nrr", "nrrTertimbang", "ikmUnsur"],
      skmTren: ["periode", "responden", "ikm", "mutu"],
      renstraTahunan: KOLOM_RENSTRA_TAHUNAN,
    } as const,
    grafik: { capaian: grafik },
  } satisfies DataLaporan;
}

export const KOLOM_RENCANA = ["no", "uraian", "indikator", "target", "targetRenstra", "formulasi"] as const;

export const LAPORAN_LKJ = laporan({
  jenis: "lkj",
  nama: "LKJ Tahunan",
  lembar: [
    NAMA_PENGATURAN,
    KINERJA.nama,
    ANGGARAN.nama,
    PROFIL_UNIT.nama,
    SKM.nama,
    SKM_PERTANYAAN.nama,
    TARGET_RENSTRA.nama,
    PEMBANDING.nama,
  ],
  survei: true,
  tanggal: "tanggalLaporan",
  berisi: (bk) => bk.indikator.length > 0,
  data: (k) => dataLkj(k.bk, k.ttd),
});
export type KunciLkj = KunciData<ReturnType<typeof dataLkj>>;
