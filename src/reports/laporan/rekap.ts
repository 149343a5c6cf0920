/**
 * The kabupaten's documents, made in a rekap spreadsheet (issue 16) from the units' imported
 * summaries: the Nota Dinas Rekapitulasi Evaluasi SAKIP to the Bupati, the Laporan IKM Kabupaten,
 * and the Rekap Capaian dan Serapan of the quarter. Every figure is computed here from the rekap
 * (core/rekap.ts, core/rekapKabupaten.ts); the templates are in ../bawaan/rekap.ts.
 */

import { isKosong } from "../../core/angka";
import {
  formatAngka,
  formatPersen,
  formatRupiah,
  formatTanggalDokumen,
  kunciTeks,
  parseTanggalDokumen,
} from "../../core/format";
import { mutuPelayanan, UNSUR_PERMENPANRB_14_2017 } from "../../core/ikm";
import { bacaRincianLke, type RincianLke } from "../../core/lhe";
import { TABEL_PREDIKAT_SAKIP } from "../../core/lke";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { PENGATURAN, type PengaturanUnit } from "../../core/model/pengaturan";
import {
  NAMA_PENGATURAN_REKAP,
  type PengaturanRekap,
  type Rekap,
  UNIT_REKAP,
  type UnitRekap,
} from "../../core/model/rekap";
import { bulatkan } from "../../core/pembulatan";
import { NAMA_CARA_GABUNGAN, peringkat, sebaran } from "../../core/rekap";
import { hasilKabupaten, nilaiLke, type UnitTerbaca, unitTerbaca } from "../../core/rekapKabupaten";
import { namaTriwulan } from "../../core/triwulan";
import type { DataLaporan } from "../template";
import { type KonteksData, type KunciData, laporan, type Penandatanganan } from "./jenis";
import { dataLheDari } from "./lke";

/** The rekap the context carries; a rekap report asked of a unit workbook is told so. */
function rekapDari(k: KonteksData): Rekap {
  if (!k.rekap)
    throw new Error("Laporan ini dibuat dari spreadsheet rekap kabupaten (menu Rekap Kabupaten).");
  return k.rekap;
}

/** Where and when the rekap's documents are signed: Pengaturan Rekap, else today. */
export function ttdRekap(p: PengaturanRekap, hariIni: Date): { ttd: Penandatanganan; masalah: Masalah[] } {
  if (!isKosong(p.tanggal)) {
    try {
      return { ttd: { tempat: p.tempat, tanggal: parseTanggalDokumen(p.tanggal) }, masalah: [] };
    } catch (e) {
      return {
        ttd: { tempat: p.tempat, tanggal: { tanggal: hariIni, bulanSaja: false } },
        masalah: [
          {
            tingkat: "galat",
            lembar: NAMA_PENGATURAN_REKAP,
            kolom: "Nilai",
            pesan: `Tanggal Rekap: ${(e as Error).message}`,
          },
        ],
      };
    }
  }
  return {
    ttd: { tempat: p.tempat, tanggal: { tanggal: hariIni, bulanSaja: false } },
    masalah: [
      {
        tingkat: "peringatan",
        lembar: NAMA_PENGATURAN_REKAP,
        pesan: `Tanggal Rekap kosong: dokumen bertanggal hari ini, ${formatTanggalDokumen({ tanggal: hariIni, bulanSaja: false })}.`,
      },
    ],
  };
}

/**
 * The context of a rekap's report: no unit workbook (an empty one, named after the kabupaten, its
 * report folder the rekap's), and the rekap.
 */
export function bukuKerjaRekap(p: PengaturanRekap): BukuKerja {
  const pengaturan = Object.fromEntries(PENGATURAN.map((s) => [s.kunci, s.kosong])) as PengaturanUnit;
  return {
    pengaturan: {
      ...pengaturan,
      namaUnit: p.kabupaten,
      kabupaten: p.kabupaten,
      tahun: p.tahun,
      triwulan: p.triwulan,
      folderLaporan: p.folderLaporan,
    },
    indikator: [],
    anggaran: [],
    pertanyaan: [],
    kodeJawaban: [],
    kolomJawaban: [],
    responden: [],
    tindakLanjut: [],
    rka: [],
    rincian: [],
    renja: [],
    kinerjaPelayanan: [],
    reviewRkpd: [],
    usulan: [],
    profil: [],
    lke: { kriteria: [], jawaban: [], skala: [], log: [] },
    rencanaAksi: [],
    iku: [],
    pohon: [],
    pembanding: [],
    targetRenstra: [],
    masalah: [],
    lembarAda: [],
  };
}

function nilaiRekap(r: Rekap, ttd: Penandatanganan, dihitung: number) {
  const p = r.pengaturan;
  return {
    kabupaten: p.kabupaten,
    kabupatenKapital: p.kabupaten.toUpperCase(),
    tahun: p.tahun === null ? "" : String(p.tahun),
    triwulan: p.triwulan === null ? "" : namaTriwulan(p.triwulan),
    tempat: ttd.tempat,
    tanggal: formatTanggalDokumen(ttd.tanggal),
    kepada: p.kepada,
    nomor: p.nomor,
    namaPenandatangan: p.namaPenandatangan,
    nipPenandatangan: p.nipPenandatangan,
    jabatanPenandatangan: p.jabatanPenandatangan,
    jabatanPenandatanganKapital: p.jabatanPenandatangan.toUpperCase(),
    jumlahUnit: String(dihitung),
    jumlahTerdaftar: String(r.unit.length),
  };
}

const nomor = (x: { peringkat: number | null }) => (x.peringkat === null ? "-" : String(x.peringkat));
const dua = (v: number | null) => (v === null ? "-" : formatAngka(v));

/** "BB (Sangat Baik)", "CC (Cukup/Memadai)": a unit's predikat code with its name, as the memo prints it. */
function kategoriSakip(kode: string, nama: ReadonlyMap<string, string>): string {
  if (kode === "") return "-";
  const n = nama.get(kode);
  return n ? `${kode} (${n.replace(/ \((.*)\)$/, "/$1")})` : kode;
}

/** Nota Dinas Rekapitulasi Evaluasi SAKIP: the units ranked by their value, the average, the spread. */
export function dataNotaSakip(k: KonteksData) {
  const r = rekapDari(k);
  const h = hasilKabupaten(r.pengaturan, r.unit);
  const dinilai = h.unit.filter((x) => nilaiLke(x.r) !== null);
  const urut = peringkat(dinilai, (x) => nilaiLke(x.r));
  const kelas = [...TABEL_PREDIKAT_SAKIP.map((t) => t.kode), "D"];
  const namaKelas = new Map<string, string>([
    ...TABEL_PREDIKAT_SAKIP.map((t) => [t.kode, t.nama] as const),
    ["D", "Sangat Kurang"],
  ]);
  const kategori = (x: UnitTerbaca) => x.r.predikatSakip || null;
  return {
    nilai: {
      ...nilaiRekap(r, k.ttd, dinilai.length),
      jumlahDinilai: String(dinilai.length),
      nilaiAkuntabilitas: dua(h.lke),
      predikatKabupaten: h.predikatLke ? h.predikatLke.kode : "-",
      namaPredikatKabupaten: h.predikatLke ? h.predikatLke.nama : "belum dapat ditentukan",
    },
    daftar: {
      unit: urut.map((x) => ({
        no: nomor(x),
        nama: x.item.unit.nama,
        nilai: dua(x.nilai),
        kategori: kategoriSakip(x.item.r.predikatSakip, namaKelas),
      })),
      sebaran: sebaran(dinilai, kategori, kelas).map((s) => ({
        predikat: s.kelas,
        nama: namaKelas.get(s.kelas) ?? "",
        jumlah: String(s.jumlah),
        persen: formatPersen(s.persen),
      })),
    },
    kolomDaftar: {
      unit: ["no", "nama", "nilai", "kategori"],
      sebaran: ["predikat", "nama", "jumlah", "persen"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/** Laporan IKM Kabupaten: each unit's IKM and mutu ranked, the kabupaten's IKM and NRR per unsur. */
export function dataIkmKabupaten(k: KonteksData) {
  const r = rekapDari(k);
  const h = hasilKabupaten(r.pengaturan, r.unit);
  const survei = h.unit.filter((x) => x.r.ikm !== null && x.r.responden !== null);
  const urut = peringkat(survei, (x) => x.r.ikm);
  const nrr = h.ikm ? h.ikm.nrr : [];
  const unsur = UNSUR_PERMENPANRB_14_2017.map((u, i) => ({ unsur: u, nrr: nrr[i] ?? null })).filter(
    (u): u is { unsur: string; nrr: number } => u.nrr !== null,
  );
  const terendah = [...unsur].sort((a, b) => a.nrr - b.nrr)[0];
  const mutu = (x: UnitTerbaca) => {
    const m = mutuPelayanan(x.r.ikm!);
    return `${m.huruf} (${m.kinerja})`;
  };
  return {
    nilai: {
      ...nilaiRekap(r, k.ttd, survei.length),
      ikmKabupaten: h.ikm ? formatAngka(h.ikm.ikm) : "-",
      mutuKabupaten: h.ikm ? `${h.ikm.mutu.huruf} (${h.ikm.mutu.kinerja})` : "-",
      respondenKabupaten: h.ikm ? formatAngka(h.ikm.responden, 0) : "0",
      caraGabungan: NAMA_CARA_GABUNGAN[r.pengaturan.caraIkm],
      unsurTerendah: terendah ? terendah.unsur : "-",
      nrrTerendah: terendah ? formatAngka(terendah.nrr, 3) : "-",
    },
    daftar: {
      unit: urut.map((x) => ({
        no: nomor(x),
        nama: x.item.unit.nama,
        responden: formatAngka(x.item.r.responden!, 0),
        ikm: dua(x.nilai),
        mutu: mutu(x.item),
      })),
      unsur: unsur.map((u, i) => ({
        no: String(i + 1),
        unsur: u.unsur,
        nrr: formatAngka(u.nrr, 3),
        nilai: formatAngka(u.nrr * 25),
      })),
      mutu: sebaran(survei, (x) => mutu(x), [
        "A (Sangat Baik)",
        "B (Baik)",
        "C (Kurang Baik)",
        "D (Tidak Baik)",
      ]).map((s) => ({
        mutu: s.kelas,
        jumlah: String(s.jumlah),
        persen: formatPersen(s.persen),
      })),
    },
    kolomDaftar: {
      unit: ["no", "nama", "responden", "ikm", "mutu"],
      unsur: ["no", "unsur", "nrr", "nilai"],
      mutu: ["mutu", "jumlah", "persen"],
    } as const,
    grafik: {
      ikm: {
        judul:
          `IKM per Unit ${r.pengaturan.kabupaten} Triwulan ${r.pengaturan.triwulan === null ? "" : namaTriwulan(r.pengaturan.triwulan)} ${r.pengaturan.tahun ?? ""}`
            .replace(/\s+/g, " ")
            .trim(),
        label: urut.map((x) => x.item.unit.nama),
        nilai: urut.map((x) => x.nilai!),
        satuan: "IKM",
        ...(h.ikm ? { acuan: h.ikm.ikm } : {}),
      },
    },
  } satisfies DataLaporan;
}

/** Rekap Capaian dan Serapan: each unit's capaian and budget of the quarter, ranked by capaian. */
export function dataRekapCapaian(k: KonteksData) {
  const r = rekapDari(k);
  const h = hasilKabupaten(r.pengaturan, r.unit);
  const urut = peringkat(h.unit, (x) => x.r.capaian);
  const rp = (v: number | null) => (v === null ? "-" : formatRupiah(v));
  return {
    nilai: {
      ...nilaiRekap(r, k.ttd, h.unit.length),
      capaianKabupaten: h.capaian === null ? "-" : formatPersen(h.capaian),
      tercapaiKabupaten: `${h.tercapai} dari ${h.jumlahIndikator}`,
      paguKabupaten: formatRupiah(h.pagu),
      realisasiKabupaten: formatRupiah(h.realisasi),
      serapanKabupaten: h.serapan === null ? "-" : formatPersen(h.serapan),
    },
    daftar: {
      unit: urut.map((x) => ({
        no: nomor(x),
        nama: x.item.unit.nama,
        capaian: x.nilai === null ? "-" : formatPersen(x.nilai),
        tercapai:
          x.item.r.jumlahIndikator === null
            ? "-"
            : `${x.item.r.tercapai ?? 0} dari ${x.item.r.jumlahIndikator}`,
        pagu: rp(x.item.r.pagu),
        realisasi: rp(x.item.r.realisasi),
        serapan: x.item.r.serapan === null ? "-" : formatPersen(x.item.r.serapan),
      })),
    },
    kolomDaftar: { unit: ["no", "nama", "capaian", "tercapai", "pagu", "realisasi", "serapan"] } as const,
    grafik: {
      capaian: {
        judul: "Rata-rata Capaian Kinerja per Unit",
        label: urut.filter((x) => x.nilai !== null).map((x) => x.item.unit.nama),
        nilai: urut.filter((x) => x.nilai !== null).map((x) => x.nilai!),
        satuan: "Capaian (%)",
        acuan: 100,
      },
    },
  } satisfies DataLaporan;
}

/**
 * A unit's LHE made in the rekap: the unit's Ringkasan carries its LKE's inputs (Rincian LKE,
 * core/lhe.ts), since the rekap cannot open the unit's workbook. Refused, with the reason, when
 * the unit is not read, has no LKE, or its Rincian was written before its LKE last changed (the
 * scores the Nilai LKE formulas show and the Rincian's must agree: no LHE on stale answers).
 */
export function dataLheUnit(k: KonteksData) {
  const r = rekapDari(k);
  const p = r.pengaturan;
  const dicari = k.opsi.unit;
  const u = dicari
    ? r.unit.find((x) => kunciTeks(x.nama) === kunciTeks(dicari))
    : unitTerbaca(r.unit).find((x) => nilaiLke(x.r) !== null)?.unit;
  if (!u) {
    throw new Error(
      dicari
        ? `Unit "${dicari}" tidak ada di lembar ${UNIT_REKAP.nama}.`
        : "Belum ada unit terbaca dengan nilai LKE.",
    );
  }
  const rincian = rincianUnit(u);
  const pengaturan = bukuKerjaRekap(p).pengaturan;
  const bk = {
    ...bukuKerjaRekap(p),
    pengaturan: {
      ...pengaturan,
      namaUnit: u.nama,
      tahun: u.ringkasan?.tahun ?? p.tahun,
      jabatanPimpinan: rincian.jabatanPimpinan,
      namaInspektur: p.namaPenandatangan,
      nipInspektur: p.nipPenandatangan,
    },
  };
  return dataLheDari(bk, k.ttd, rincian, rincian.rekomendasiTambahan);
}

/** A unit's Rincian LKE, checked against the scores its Nilai LKE shows; an Error says why not. */
export function rincianUnit(u: UnitRekap): RincianLke {
  const r = u.ringkasan;
  if (u.status !== "SIAP" || r === null) throw new Error(`${u.nama}: ${u.keterangan}`);
  if (nilaiLke(r) === null) throw new Error(`${u.nama}: belum ada nilai LKE di ringkasannya.`);
  if (r.rincianLke === "") {
    throw new Error(
      `${u.nama}: ringkasannya belum memuat Rincian LKE. Di buku kerja unit, jalankan Siapkan Lembar Kerja.`,
    );
  }
  const rincian = bacaRincianLke(r.rincianLke);
  const sama = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : bulatkan(a, 2) === bulatkan(b, 2);
  if (!sama(rincian.total.mandiri, r.lkeMandiri) || !sama(rincian.total.evaluator, r.lkeEvaluator)) {
    throw new Error(
      `${u.nama}: Rincian LKE (nilai ${dua(rincian.total.evaluator ?? rincian.total.mandiri)}) ditulis sebelum nilai LKE terakhir berubah (kini ${dua(nilaiLke(r))}). Di buku kerja unit, jalankan Siapkan Lembar Kerja.`,
    );
  }
  return rincian;
}

const LEMBAR_REKAP = [NAMA_PENGATURAN_REKAP, UNIT_REKAP.nama] as const;

export const LAPORAN_NOTA_SAKIP = laporan({
  jenis: "notaSakip",
  nama: "Nota Dinas Rekapitulasi Evaluasi SAKIP",
  lembar: LEMBAR_REKAP,
  rekap: true,
  tanggal: "tanggalLaporan",
  berisi: () => false,
  data: dataNotaSakip,
});
export const LAPORAN_IKM_KABUPATEN = laporan({
  jenis: "ikmKabupaten",
  nama: "Laporan IKM Kabupaten",
  lembar: LEMBAR_REKAP,
  rekap: true,
  tanggal: "tanggalLaporan",
  berisi: () => false,
  data: dataIkmKabupaten,
});
export const LAPORAN_REKAP_CAPAIAN = laporan({
  jenis: "rekapCapaian",
  nama: "Rekap Capaian dan Serapan",
  lembar: LEMBAR_REKAP,
  rekap: true,
  tanggal: "tanggalLaporan",
  berisi: () => false,
  data: dataRekapCapaian,
});

/** One unit's LHE, from its imported summary; the batch (../batch.ts) makes one per unit. */
export const LAPORAN_LHE_UNIT = laporan({
  jenis: "lheUnit",
  nama: "Laporan Hasil Evaluasi SAKIP Unit",
  lembar: LEMBAR_REKAP,
  rekap: true,
  tanggal: "tanggalLaporan",
  berisi: () => false,
  data: dataLheUnit,
});

export type KunciNotaSakip = KunciData<ReturnType<typeof dataNotaSakip>>;
export type KunciIkmKabupaten = KunciData<ReturnType<typeof dataIkmKabupaten>>;
export type KunciRekapCapaian = KunciData<ReturnType<typeof dataRekapCapaian>>;
