/**
 * What several reports share: the unit's values, an indicator's row, the budget table; computed
 * with src/core and formatted the Indonesian way. Templates and renderers only place these texts.
 */

import { efisiensi as hitungEfisiensi, serapan as hitungSerapan, sisaAnggaran } from "../../core/anggaran";
import {
  angkaRomawi,
  formatAngka,
  formatPersen,
  formatRupiah,
  formatTanggalDokumen,
  kunciTeks,
} from "../../core/format";
import { type BarisAnggaranLaporan, totalAnggaran } from "../../core/model/anggaran";
import type { BukuKerja } from "../../core/model/bukuKerja";
import {
  adalahIndikatorIkm,
  type CapaianIndikator,
  capaianSampai,
  type Indikator,
} from "../../core/model/kinerja";
import { bagianProfil } from "../../core/model/profil";
import { ikmIndikator, realisasiIndikator } from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { namaDaftarTriwulan } from "../../core/triwulan";
import type { Penandatanganan } from "./jenis";
import { namaIndikator } from "./tandaIku";

/** A value in its indicator's unit: "95,23 %", "86,40", "12 dokumen" stays "12". */
export function nilaiSatuan(n: number | null, satuan: string): string {
  if (n === null) return "-";
  // Whole percentages as the seeds print them ("100 %"), others with two decimals ("97,20 %").
  if (/%|persen/i.test(satuan)) return `${formatAngka(n, Number.isInteger(bulatkan(n, 2)) ? 0 : 2)} %`;
  if (/indeks|nilai|angka/i.test(satuan)) return formatAngka(n, 2);
  return formatAngka(n, 2, { buangNolDesimal: true });
}

export const rupiah = (n: number | null) => (n === null ? "-" : n === 0 ? "-" : formatAngka(n, 0));
export const persen = (n: number | null) => (n === null ? "-" : formatPersen(n));

/** The unit's values, and where and when this document is signed. */
export function nilaiUmum(bk: BukuKerja, ttd: Penandatanganan) {
  const p = bk.pengaturan;
  return {
    unit: p.namaUnit,
    unitKapital: p.namaUnit.toUpperCase(),
    kabupaten: p.kabupaten,
    kabupatenKapital: p.kabupaten.toUpperCase(),
    tahun: p.tahun === null ? "" : String(p.tahun),
    tempat: ttd.tempat,
    tanggal: formatTanggalDokumen(ttd.tanggal),
    namaPimpinan: p.namaPimpinan,
    nipPimpinan: p.nipPimpinan,
    jabatanPimpinan: p.jabatanPimpinan,
    jabatanPimpinanKapital: p.jabatanPimpinan.toUpperCase(),
    namaPihakKedua: p.namaPihakKedua,
    jabatanPihakKedua: p.jabatanPihakKedua,
    jabatanPihakKeduaKapital: p.jabatanPihakKedua.toUpperCase(),
    alamatKantor: p.alamatKantor,
    kotaKantor: p.kotaKantor,
  };
}

/**
 * An indicator's realisation up to quarter `tw`, capaian and predikat by the unit's rules (an IKM
 * indicator's realisation by IKM Tahunan, the SKM report's figure).
 */
export const capaianLaporan = (bk: BukuKerja, ind: Indikator, tw: number): CapaianIndikator =>
  capaianSampai(ind, tw, bk.pengaturan, realisasiIndikator(bk, ind, tw));

/**
 * How each IKM indicator's realisation up to quarter `tw` was made from its quarters, where seed
 * 001 says it (LKJ section 3.1: "nilai rata-rata IKM Tribulan 1 s/d Tribulan IV", computed as
 * "(81,25 + 89,51 + 83,84 + 82,14) / 4"); empty when no IKM indicator combines quarters.
 */
export function kalimatIkm(bk: BukuKerja, daftar: readonly Indikator[], tw: number): string {
  return daftar
    .filter(adalahIndikatorIkm)
    .flatMap((ind) => {
      const k = ikmIndikator(bk, ind, tw);
      if (k.aturan === null || k.realisasi === null) return [];
      const triwulan = namaDaftarTriwulan(k.triwulan.map((t) => t.tw));
      const hasil = formatAngka(k.realisasi, 2);
      if (k.aturan === "SELURUH_RESPONDEN") {
        return [
          `Realisasi indikator ${ind.indikator} adalah IKM seluruh ${formatAngka(k.responden ?? 0, 0)} responden Survei Kepuasan Masyarakat ${triwulan} sekaligus: ${hasil}.`,
        ];
      }
      const nilai = k.triwulan.map((t) => formatAngka(t.ikm, 2)).join(" + ");
      return [
        `Realisasi indikator ${ind.indikator} adalah rata-rata IKM hasil Survei Kepuasan Masyarakat ${triwulan}: (${nilai}) / ${k.triwulan.length} = ${hasil}.`,
      ];
    })
    .join(" ");
}

/** Rows of one sasaran: its number and text only on its first row, as the seeds print merged cells. */
export function nomorSasaran(daftar: Indikator[]): { no: string; sasaran: string }[] {
  let no = 0;
  let lalu = "";
  return daftar.map((i) => {
    if (i.sasaran === lalu && i.sasaran !== "") return { no: "", sasaran: "" };
    lalu = i.sasaran;
    no++;
    return { no: `${no}.`, sasaran: i.sasaran };
  });
}

export const KOLOM_INDIKATOR = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "penjelasan",
  "bukti",
] as const;

/** One row per indicator up to quarter `tw`; `tambahan` adds a report's own columns. */
export function barisIndikator(
  bk: BukuKerja,
  daftar: Indikator[],
  tw: number,
  tambahan: (c: CapaianIndikator) => Record<string, string> = () => ({}),
): Record<string, string>[] {
  const nomor = nomorSasaran(daftar);
  return daftar.map((ind, i) => {
    const c = capaianLaporan(bk, ind, tw);
    return {
      no: nomor[i]!.no,
      sasaran: nomor[i]!.sasaran,
      indikator: namaIndikator(bk, ind),
      satuan: ind.satuan,
      target: nilaiSatuan(c.target, ind.satuan),
      realisasi: nilaiSatuan(c.realisasi, ind.satuan),
      capaian: persen(c.capaian),
      predikat: c.predikat,
      penjelasan: ind.penjelasan,
      bukti: ind.buktiDukung.join("\n"),
      ...tambahan(c),
    };
  });
}

// --- budget --------------------------------------------------------------------------------

export const total = totalAnggaran;

/** A, B, C for programs; I, II for kegiatan; 1, 2 for sub kegiatan (seed 003, table 3.2). */
export function penomoranAnggaran(baris: BarisAnggaranLaporan[]): string[] {
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

export const KOLOM_ANGGARAN = [
  "no",
  "kode",
  "uraian",
  "paguAwal",
  "pagu",
  "realisasi",
  "sisa",
  "serapan",
] as const;

export function barisAnggaran(baris: BarisAnggaranLaporan[]): Record<string, string>[] {
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

export function nilaiAnggaran(baris: BarisAnggaranLaporan[]) {
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
export function barisPerubahan(baris: BarisAnggaranLaporan[]): Record<string, string>[] {
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

const samaTeks = (a: string, b: string) => kunciTeks(a) === kunciTeks(b);

export const KOLOM_EFISIENSI = [
  "no",
  "program",
  "pagu",
  "realisasi",
  "capaianAnggaran",
  "capaianKinerja",
  "efisiensi",
] as const;

/**
 * Efficiency per program (LKJ table 3.x, the quarterly report's item 5): the mean capaian of the
 * program's indicators (Tingkat Program, matched by name) against its serapan. The LKJ lists every
 * program ("-" where either is missing); the quarterly report only those that have both.
 */
export function barisEfisiensiProgram(
  bk: BukuKerja,
  anggaran: BarisAnggaranLaporan[],
  tw: number,
  semuaProgram = false,
): Record<(typeof KOLOM_EFISIENSI)[number], string>[] {
  const programInd = bk.indikator.filter((i) => i.tingkat === "Program");
  return anggaran
    .filter((b) => b.tingkat === 1)
    .flatMap((b) => {
      const milik = programInd
        .filter((ind) => samaTeks(ind.sasaran, b.uraian))
        .map((ind) => capaianLaporan(bk, ind, tw).capaian)
        .filter((x): x is number => x !== null);
      const kinerja = milik.length > 0 ? milik.reduce((a, x) => a + x, 0) / milik.length : null;
      const serap = b.pagu > 0 ? hitungSerapan(b.realisasi, b.pagu) : null;
      if (!semuaProgram && (kinerja === null || serap === null)) return [];
      return [
        {
          program: b.uraian,
          pagu: rupiah(b.pagu),
          realisasi: rupiah(b.realisasi),
          capaianAnggaran: persen(serap),
          capaianKinerja: persen(kinerja),
          efisiensi: kinerja !== null && serap !== null ? persen(hitungEfisiensi(kinerja, serap)) : "-",
        },
      ];
    })
    .map((r, i) => ({ no: String(i + 1), ...r }));
}

// --- the three reports -----------------------------------------------------------------------

/**
 * The labels of the sections a document prints, in order: a section the unit left empty is left
 * out and the ones after it move up ("A", "B", ... or "1", "2", ...), so the KAK never skips a letter.
 */
export function labelBagian<K extends string>(
  bagian: readonly (readonly [K, boolean])[],
  gaya: "huruf" | "angka",
): Record<K, string> {
  const hasil = {} as Record<K, string>;
  let ke = 0;
  for (const [kunci, tampil] of bagian) {
    hasil[kunci] = tampil ? (gaya === "huruf" ? String.fromCharCode(65 + ke) : String(ke + 1)) : "";
    if (tampil) ke++;
  }
  return hasil;
}

/**
 * The organisation as Profil Unit describes it (seed 003 I B, seed 001 1.1): the tugas text and the
 * structure, units under a parent (Sub Bagian under the Sekretariat) lettered beneath it in the
 * text column (a number cell holding "a." would wrap in the Doc's narrow first column).
 */
export function gambaranOrganisasi(bk: BukuKerja) {
  let induk = 0;
  let anak = 0;
  const struktur = bagianProfil(bk.profil, "Struktur Organisasi").map((x) => {
    if (x.kelompok === "") {
      induk++;
      anak = 0;
      return { no: `${induk}.`, uraian: x.uraian };
    }
    anak++;
    return { no: "", uraian: `${String.fromCharCode(96 + ((anak - 1) % 26) + 1)}. ${x.uraian}` };
  });
  const tugas = bagianProfil(bk.profil, "Tugas")
    .map((x) => x.uraian)
    .join("\n");
  return { tugas, struktur };
}
