/**
 * The SAKIP evaluation's documents (issue 14): the Kertas Kerja Evaluasi (the worksheet as a
 * Doc), the Laporan Hasil Evaluasi (the Inspektur's letter) and the Rencana Perbaikan. Every
 * figure comes from the LKE sheets through core/lke (the same rule the sheet's SKOR_LKE uses).
 */
import { formatAngka, kunciTeks } from "../../core/format";
import { CATATAN_PER_KOMPONEN, type IsiLhe, isiLhe, kriteriaKurang, REKOMENDASI_LHE } from "../../core/lhe";
import { nilaiAkhir, predikatBagian, predikatSakip, SKALA_LKE_BAWAAN, type Skor } from "../../core/lke";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  gabungLke,
  JAWABAN_LKE,
  KRITERIA_LKE,
  nilaiAkhirKriteria,
  SKALA_LKE,
  skalaLke,
  skorDari,
} from "../../core/model/lke";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiUmum } from "./umum";

const dua = (n: number) => formatAngka(n, 2);
const nilaiTeks = (n: number | null) => (n === null ? "" : formatAngka(n, 2, { buangNolDesimal: true }));

function evaluasi(bk: BukuKerja) {
  const gabung = gabungLke(bk.lke, skalaLke(bk.lke.skala, SKALA_LKE_BAWAAN));
  return { gabung, skor: skorDari(gabung) };
}

/** The values every LKE document shows: unit, year, scores and predikat. */
function nilaiLke(bk: BukuKerja, ttd: Penandatanganan, skor: { total: Skor }) {
  const t = skor.total;
  const p = t.jumlahKriteria > 0 ? predikatSakip(nilaiAkhir(t)) : null;
  return {
    ...nilaiUmum(bk, ttd),
    nilaiMandiri: dua(t.mandiri),
    nilaiEvaluator: t.evaluator === null ? "belum dinilai" : dua(t.evaluator),
    nilaiAkhir: dua(nilaiAkhir(t)),
    predikat: p?.kode ?? "",
    namaPredikat: p?.nama ?? "",
    dasarNilai: t.evaluator === null ? "penilaian mandiri" : "hasil evaluasi",
    namaInspektur: bk.pengaturan.namaInspektur,
    nipInspektur: bk.pengaturan.nipInspektur,
  };
}

const barisSkor = (no: string, s: Skor, tebal = false) => ({
  no,
  komponen: s.nama,
  bobot: nilaiTeks(s.bobot),
  mandiri: dua(s.mandiri),
  evaluator: s.evaluator === null ? "-" : dua(s.evaluator),
  predikat: (s.nama === "Total" ? predikatSakip(nilaiAkhir(s)).kode : predikatBagian(s)?.kode) ?? "",
  ...(tebal ? { _tebal: "ya" } : {}),
});

function tabelKomponen(skor: { komponen: readonly Skor[]; total: Skor }) {
  return [
    ...skor.komponen.map((k, i) => barisSkor(String(i + 1), k)),
    ...(skor.total.jumlahKriteria > 0 ? [barisSkor("", skor.total, true)] : []),
  ];
}

/** The worksheet: a bold row per component and sub-component with its score, then its criteria. */
export function dataKertasKerja(bk: BukuKerja, ttd: Penandatanganan) {
  const { gabung, skor } = evaluasi(bk);
  const baris: Record<string, string>[] = [];
  const tambah = (
    kode: string,
    uraian: string,
    jm: string,
    nm: string,
    je: string,
    ne: string,
    bukti: string,
    catatan: string,
    tebal = false,
  ) =>
    baris.push({
      kode,
      uraian,
      jawabanMandiri: jm,
      nilaiMandiri: nm,
      jawabanEvaluator: je,
      nilaiEvaluator: ne,
      bukti,
      catatan,
      ...(tebal ? { _tebal: "ya" } : {}),
    });
  const skorBaris = (kode: string, s: Skor) =>
    tambah(
      kode,
      `${s.nama} (bobot ${nilaiTeks(s.bobot)})`,
      "",
      dua(s.mandiri),
      "",
      s.evaluator === null ? "" : dua(s.evaluator),
      "",
      "",
      true,
    );
  skor.komponen.forEach((k, ik) => {
    skorBaris(String(ik + 1), k);
    for (const s of k.sub) {
      skorBaris("", s);
      for (const g of gabung) {
        if (
          kunciTeks(g.kriteria.komponen) !== kunciTeks(k.nama) ||
          kunciTeks(g.kriteria.subKomponen) !== kunciTeks(s.nama)
        )
          continue;
        const j = g.jawaban;
        tambah(
          g.kriteria.kode,
          g.kriteria.kriteria,
          j?.jawabanMandiri ?? "",
          nilaiTeks(g.mandiri),
          j?.jawabanEvaluator ?? "",
          nilaiTeks(g.evaluator),
          j?.buktiDukung.join("\n") ?? "",
          [j?.catatan ?? "", j?.catatanEvaluator ? `Evaluator: ${j.catatanEvaluator}` : ""]
            .filter((x) => x !== "")
            .join("\n"),
        );
      }
    }
  });
  return {
    nilai: nilaiLke(bk, ttd, skor),
    daftar: { kriteria: baris, komponen: tabelKomponen(skor) },
    kolomDaftar: {
      kriteria: [
        "kode",
        "uraian",
        "jawabanMandiri",
        "nilaiMandiri",
        "jawabanEvaluator",
        "nilaiEvaluator",
        "bukti",
        "catatan",
      ],
      komponen: ["no", "komponen", "bobot", "mandiri", "evaluator", "predikat"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/** The LHE: the component table, a note per component, rekomendasi from the five criteria losing most. */
export function dataLhe(bk: BukuKerja, ttd: Penandatanganan) {
  return dataLheDari(bk, ttd, isiLhe(bk.lke), bk.pengaturan.rekomendasiLhe);
}

/**
 * The LHE from its inputs (core/lhe.ts): the unit's own LKE sheets, or a unit's Ringkasan as the
 * kabupaten's rekap imports it (laporan/rekap.ts), so both LHE read alike.
 */
export function dataLheDari(bk: BukuKerja, ttd: Penandatanganan, isi: IsiLhe, tambahanLhe: string) {
  const skor = { komponen: isi.komponen, total: isi.total };
  const kurang = isi.kurang;
  const catatanKomponen = skor.komponen.map((k, i) => {
    const p = predikatBagian(k);
    const lemah = kurang
      .filter((x) => kunciTeks(x.komponen) === kunciTeks(k.nama))
      .slice(0, CATATAN_PER_KOMPONEN);
    const hal = lemah
      .map((x) => `${x.kode} ${(x.catatanEvaluator || x.kriteria).replace(/\.$/, "")}`)
      .filter((t) => t !== "");
    return {
      no: String(i + 1),
      komponen: k.nama,
      catatan:
        `Nilai ${dua(nilaiAkhir(k))} dari bobot ${nilaiTeks(k.bobot)} (${formatAngka((nilaiAkhir(k) / (k.bobot || 1)) * 100, 2)} %${p ? `, ${p.kode} ${p.nama}` : ""}).` +
        (hal.length > 0 ? ` Yang perlu diperbaiki: ${hal.join("; ")}.` : " Seluruh kriteria terpenuhi."),
    };
  });
  const rekomendasi = kurang.slice(0, REKOMENDASI_LHE).map((x, i) => ({
    no: String(i + 1),
    teks: `${x.kriteria.replace(/\.$/, "")} (kriteria ${x.kode}, nilai ${nilaiTeks(x.nilai)}): ${x.saran || "lengkapi pemenuhannya"}`,
  }));
  const tambahan = tambahanLhe.trim();
  if (tambahan !== "") rekomendasi.push({ no: String(rekomendasi.length + 1), teks: tambahan });
  return {
    nilai: nilaiLke(bk, ttd, skor),
    daftar: { komponen: tabelKomponen(skor), catatanKomponen, rekomendasi },
    kolomDaftar: {
      komponen: ["no", "komponen", "bobot", "mandiri", "evaluator", "predikat"],
      catatanKomponen: ["no", "komponen", "catatan"],
      rekomendasi: ["no", "teks"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/** Every criterion below full value: its value, its note and what would raise it, with the points at stake. */
export function dataRencanaPerbaikan(bk: BukuKerja, ttd: Penandatanganan) {
  const { gabung, skor } = evaluasi(bk);
  const kurang = kriteriaKurang(gabung);
  const potensi = kurang.reduce((a, x) => a + x.hilang, 0);
  return {
    nilai: { ...nilaiLke(bk, ttd, skor), jumlahPerbaikan: String(kurang.length), potensiNilai: dua(potensi) },
    daftar: {
      perbaikan: kurang.map((x, i) => ({
        no: String(i + 1),
        kode: x.g.kriteria.kode,
        kriteria: x.g.kriteria.kriteria,
        nilai: nilaiTeks(nilaiAkhirKriteria(x.g)),
        catatan: [x.g.jawaban?.catatanEvaluator ?? "", x.g.jawaban?.catatan ?? ""]
          .filter((t) => t !== "")
          .join("\n"),
        langkah: x.g.kriteria.penjelasan
          ? `Siapkan/perbaiki: ${x.g.kriteria.penjelasan}`
          : "Lengkapi pemenuhan kriteria ini.",
        poin: dua(x.hilang),
      })),
    },
    kolomDaftar: { perbaikan: ["no", "kode", "kriteria", "nilai", "catatan", "langkah", "poin"] } as const,
    grafik: {},
  } satisfies DataLaporan;
}

const LEMBAR_LKE = [NAMA_PENGATURAN, KRITERIA_LKE.nama, JAWABAN_LKE.nama, SKALA_LKE.nama];
const berisi = (bk: BukuKerja) => bk.lke.jawaban.some((j) => j.jawabanMandiri !== "");

export const LAPORAN_KKE = laporan({
  jenis: "kke",
  nama: "Kertas Kerja Evaluasi SAKIP",
  lembar: LEMBAR_LKE,
  tanggal: "tanggalLhe",
  berisi,
  data: (k) => dataKertasKerja(k.bk, k.ttd),
});
export const LAPORAN_LHE = laporan({
  jenis: "lhe",
  nama: "Laporan Hasil Evaluasi SAKIP",
  lembar: LEMBAR_LKE,
  tanggal: "tanggalLhe",
  tempat: "tempatLhe",
  berisi,
  data: (k) => dataLhe(k.bk, k.ttd),
});
export const LAPORAN_PERBAIKAN = laporan({
  jenis: "perbaikan",
  nama: "Rencana Perbaikan SAKIP",
  lembar: LEMBAR_LKE,
  tanggal: "tanggalLhe",
  berisi,
  data: (k) => dataRencanaPerbaikan(k.bk, k.ttd),
});
export type KunciKke = KunciData<ReturnType<typeof dataKertasKerja>>;
export type KunciLhe = KunciData<ReturnType<typeof dataLhe>>;
export type KunciPerbaikan = KunciData<ReturnType<typeof dataRencanaPerbaikan>>;
