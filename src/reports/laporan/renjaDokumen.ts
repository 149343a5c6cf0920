/**
 * The whole Renja (Rencana Kerja Perangkat Daerah, Permendagri 86/2017) as seed 002 sends it: cover,
 * Kata Pengantar, Bab I Pendahuluan, Bab II Evaluasi (2.1 the programs sorted by their output of
 * n-1 and T-C.29, 2.2 T-C.30, 2.3 isu penting, 2.4 T-C.31, 2.5 T-C.32), Bab III Tujuan, Sasaran,
 * Program dan Kegiatan (3.1 telaahan: visi and misi; 3.2 tujuan, sasaran, strategi, arah kebijakan,
 * faktor kunci, program and Tabel 3.1; 3.3 program dan kegiatan, T-C.33), Bab IV Rencana Kerja dan
 * Pendanaan (4.1 program utama, 4.2 sasaran and indicators per program, 4.3 alokasi anggaran), Bab
 * V Penutup. The tables are the five table documents' data (./renja.ts), the prose the unit's own
 * (Profil Unit), tujuan and sasaran the Kinerja sheet's; a section without data is left out and
 * the sections after it move up (labelBagian), Periksa Data naming what is missing.
 */
import { formatPersen } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { KINERJA } from "../../core/model/kinerja";
import { bagianProfil, PROFIL_UNIT, type ProfilUnit } from "../../core/model/profil";
import {
  type BarisRenja,
  evaluasiProgramN1,
  jenisBarisRenja,
  KINERJA_PELAYANAN,
  RENJA,
  REVIEW_RKPD,
  USULAN_PEMANGKU,
} from "../../core/model/renja";
import { namaTriwulan } from "../../core/triwulan";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { barisRencana, KOLOM_RENCANA, profilUnit } from "./lkj";
import { dataTc29, dataTc30, dataTc31, dataTc32, dataTc33, nilaiK } from "./renja";
import { labelBagian } from "./umum";

/** The rows of one Profil Unit part as paragraphs or numbered items ("1.", "a."). */
const butir = (daftar: readonly ProfilUnit[], gaya: "angka" | "huruf" | "paragraf" = "paragraf") =>
  daftar.map((x, i) => ({
    no: gaya === "angka" ? `${i + 1}.` : gaya === "huruf" ? `${String.fromCharCode(97 + (i % 26))}.` : "",
    uraian: x.uraian,
  }));

/**
 * Seed 002 3.2.3: each strategy (Kelompok) once, its items lettered beneath it; an item without a
 * Kelompok stands as a strategy of its own.
 */
function barisStrategi(daftar: readonly ProfilUnit[]) {
  const hasil: { no: string; uraian: string }[] = [];
  let induk = "";
  let ke = 0;
  for (const x of daftar) {
    if (x.kelompok === "") {
      induk = "";
      hasil.push({ no: "", uraian: x.uraian + (x.keterangan ? `: ${x.keterangan}` : "") });
      continue;
    }
    if (x.kelompok !== induk) {
      induk = x.kelompok;
      ke = 0;
      hasil.push({ no: "", uraian: x.kelompok });
    }
    hasil.push({ no: `${String.fromCharCode(97 + (ke++ % 26))}.`, uraian: x.uraian });
  }
  return hasil;
}

/** The plan's rows (T-C.33) grouped per program: the program and its kegiatan with their indicators. */
function programRencana(renja: readonly BarisRenja[]) {
  const program: {
    baris: BarisRenja;
    indikator: BarisRenja[];
    kegiatan: { baris: BarisRenja; indikator: BarisRenja[] }[];
  }[] = [];
  let terakhir: BarisRenja[] | null = null;
  for (const b of renja) {
    const jenis = jenisBarisRenja(b);
    const direncanakan = b.targetN !== null || b.paguN !== null;
    if (jenis === "kelompok") terakhir = null;
    else if (jenis === "program") {
      if (!direncanakan) {
        terakhir = null;
        continue;
      }
      const p = { baris: b, indikator: [b], kegiatan: [] };
      program.push(p);
      terakhir = p.indikator;
    } else if (jenis === "kegiatan") {
      const p = program.at(-1);
      if (!direncanakan || !p || !b.kode.startsWith(`${p.baris.kode.trim()}.`)) {
        terakhir = null;
        continue;
      }
      const k = { baris: b, indikator: [b] };
      p.kegiatan.push(k);
      terakhir = k.indikator;
    } else if (terakhir !== null && b.targetN !== null) terakhir.push(b);
  }
  return program;
}

/** The quarters of n-1 some program reports ("triwulan I dan II"), for the basis of 2.1. */
function triwulanDilaporkan(renja: readonly BarisRenja[]): string {
  let akhir = 0;
  for (const b of renja)
    if (jenisBarisRenja(b) === "program")
      b.realisasiTwK.forEach((k, i) => {
        if (k !== null && k !== undefined) akhir = Math.max(akhir, i + 1);
      });
  return akhir === 0 ? "" : `s.d. triwulan ${namaTriwulan(akhir)}`;
}

export function dataRenja(bk: BukuKerja, ttd: Penandatanganan) {
  const tc29 = dataTc29(bk, ttd);
  const tc30 = dataTc30(bk, ttd);
  const tc31 = dataTc31(bk, ttd);
  const tc32 = dataTc32(bk, ttd);
  const tc33 = dataTc33(bk, ttd);
  const profil = (b: Parameters<typeof bagianProfil>[1]) => bagianProfil(bk.profil, b);
  const isu = profilUnit(bk).daftar.isu;

  // Bab II 2.1: the programs by their output of n-1 against its target (core evaluasiProgramN1).
  const evaluasi = evaluasiProgramN1(bk.renja);
  const daftarProgram = (x: typeof evaluasi.memenuhi) =>
    x.map((e, i) => ({
      no: `${i + 1}.`,
      uraian: `${e.baris.programKegiatan} (capaian ${formatPersen(e.capaian!)})`,
    }));
  const adaEvaluasi = evaluasi.tidakMemenuhi.length + evaluasi.memenuhi.length + evaluasi.melebihi.length > 0;
  const tidakAda = (apa: string, x: readonly unknown[]) =>
    adaEvaluasi && x.length === 0 ? `Tidak terdapat program yang ${apa} keluaran yang direncanakan.` : "";
  const tw = triwulanDilaporkan(bk.renja);

  // Bab III: tujuan and sasaran from Kinerja (the Renstra's, at the Renja's year n).
  const tujuan = bk.indikator.filter((i) => i.tingkat === "Tujuan");
  const sasaran = bk.indikator.filter((i) => i.tingkat === "Sasaran");
  const namaTujuan = [...new Set(tujuan.map((i) => i.sasaran).filter((s) => s !== ""))];
  const sasaranIndikator: { no: string; uraian: string }[] = [];
  let sasaranLalu: string | null = null;
  let noSasaran = 0;
  let noInd = 0;
  for (const i of sasaran) {
    if (i.sasaran !== sasaranLalu) {
      sasaranLalu = i.sasaran;
      noInd = 0;
      sasaranIndikator.push({ no: `${++noSasaran})`, uraian: i.sasaran });
    }
    sasaranIndikator.push({ no: "", uraian: `${String.fromCharCode(97 + (noInd++ % 26))}. ${i.indikator}` });
  }

  // Bab III 3.2.5, 3.3 and Bab IV from the plan (T-C.33's rows).
  const rencana = programRencana(bk.renja);
  const kegiatanHuruf = (p: (typeof rencana)[number]) =>
    p.kegiatan.map((k, i) => `${String.fromCharCode(97 + (i % 26))}. ${k.baris.programKegiatan}`);
  const target = (b: BarisRenja) => nilaiK(b.targetN, b.satuan);
  const sasaranProgram = rencana.flatMap((p, i): Record<string, string>[] => [
    { no: `${i + 1}.`, uraian: p.baris.programKegiatan, target: "", _tebal: "ya" },
    { no: "", uraian: "Outcome:", target: "" },
    ...p.indikator.map((b, j) => ({ no: "", uraian: `${j + 1}. ${b.indikator}`, target: target(b) })),
    ...(p.kegiatan.length > 0 ? [{ no: "", uraian: "Output:", target: "" }] : []),
    ...p.kegiatan
      .flatMap((k) => k.indikator)
      .map((b, j) => ({ no: "", uraian: `${j + 1}. ${b.indikator}`, target: target(b) })),
  ]);

  const visi = profil("Visi");
  const misi = profil("Misi");
  const strategi = profil("Strategi");
  const arah = profil("Arah Kebijakan");
  const faktor = profil("Faktor Kunci Keberhasilan");
  const adaTujuanSasaran = tujuan.length + sasaran.length > 0;
  const bab1 = labelBagian(
    [
      ["babLatar", true],
      ["babLandasan", profil("Landasan Hukum").length > 0],
      ["babMaksud", profil("Maksud dan Tujuan").length > 0],
      ["babSistematika", true],
    ],
    "angka",
  );
  const bab2 = labelBagian(
    [
      ["babEvaluasi", bk.renja.length > 0],
      ["babPelayanan", bk.kinerjaPelayanan.length > 0],
      ["babIsu", isu.length > 0],
      ["babReview", bk.reviewRkpd.length > 0],
      ["babUsulan", bk.usulan.length > 0],
    ],
    "angka",
  );
  const bab3 = labelBagian(
    [
      ["babTelaah", visi.length + misi.length > 0],
      [
        "babTujuanSasaran",
        adaTujuanSasaran || strategi.length + arah.length + faktor.length + rencana.length > 0,
      ],
      ["babProgram", rencana.length > 0],
    ],
    "angka",
  );
  const bab32 = labelBagian(
    [
      ["babTujuan", namaTujuan.length > 0],
      ["babSasaran", sasaranIndikator.length > 0],
      ["babStrategi", strategi.length + arah.length > 0],
      ["babFaktor", faktor.length > 0],
      ["babDaftarProgram", rencana.length > 0],
    ],
    "angka",
  );

  return {
    nilai: {
      ...tc30.nilai,
      ...tc29.nilai,
      ...tc33.nilai,
      ...bab1,
      ...bab2,
      ...bab3,
      ...bab32,
      dasarEvaluasi:
        `realisasi ${tw === "" ? "" : `${tw} `}tahun ${tc29.nilai.tahunN1} terhadap target tahun ${tc29.nilai.tahunN1}`.replace(
          /\s+/g,
          " ",
        ),
      tanpaTidakMemenuhi: tidakAda("tidak memenuhi", evaluasi.tidakMemenuhi),
      tanpaMemenuhi: tidakAda("memenuhi", evaluasi.memenuhi),
      tanpaMelebihi: tidakAda("melebihi", evaluasi.melebihi),
      // The a-c lists only when some program could be sorted (Periksa Data names those it could not).
      adaEvaluasiProgram: adaEvaluasi ? "ya" : "",
      tujuanUnit: namaTujuan.join("; "),
      jumlahSasaran: String(noSasaran),
      jumlahIndikatorSasaran: String(sasaran.length),
      visi: visi.map((x) => x.uraian).join("\n"),
      jumlahProgram: String(rencana.length),
    },
    daftar: {
      evaluasi: tc29.daftar.evaluasi,
      pelayanan: tc30.daftar.pelayanan,
      review: tc31.daftar.review,
      usulan: tc32.daftar.usulan,
      rencana: tc33.daftar.rencana,
      latarBelakang: butir(profil("Latar Belakang")),
      landasanHukum: butir(profil("Landasan Hukum"), "angka"),
      maksudTujuan: butir(profil("Maksud dan Tujuan")),
      programTidakMemenuhi: daftarProgram(evaluasi.tidakMemenuhi),
      programMemenuhi: daftarProgram(evaluasi.memenuhi),
      programMelebihi: daftarProgram(evaluasi.melebihi),
      isu,
      misi: misi.map((x, i) => ({ no: `${i + 1}.`, misi: x.uraian, penjelasan: x.keterangan })),
      sasaranIndikator,
      strategi: barisStrategi(strategi),
      arahKebijakan: butir(arah, "angka"),
      faktorKunci: butir(faktor, "huruf"),
      program: rencana.map((p, i) => ({ no: `${i + 1}.`, uraian: p.baris.programKegiatan })),
      programKegiatan: rencana.flatMap((p, i) => [
        { no: `${i + 1}.`, uraian: p.baris.programKegiatan },
        ...kegiatanHuruf(p).map((k) => ({ no: "", uraian: k })),
      ]),
      programUtama: rencana.map((p, i) => ({
        no: `${i + 1}.`,
        program: p.baris.programKegiatan,
        kegiatan: p.kegiatan.map((k, j) => `${j + 1}. ${k.baris.programKegiatan}`).join("\n"),
      })),
      sasaranProgram,
      // Drawn up before its year: the targets as planned, not a PK Perubahan's of that year.
      tujuanSasaran: barisRencana(bk, [...tujuan, ...sasaran], (ind) => ind.target),
      penutup: butir(profil("Penutup")),
    },
    kolomDaftar: {
      evaluasi: tc29.kolomDaftar.evaluasi,
      pelayanan: tc30.kolomDaftar.pelayanan,
      review: tc31.kolomDaftar.review,
      usulan: tc32.kolomDaftar.usulan,
      rencana: tc33.kolomDaftar.rencana,
      latarBelakang: KOLOM_BUTIR,
      landasanHukum: KOLOM_BUTIR,
      maksudTujuan: KOLOM_BUTIR,
      programTidakMemenuhi: KOLOM_BUTIR,
      programMemenuhi: KOLOM_BUTIR,
      programMelebihi: KOLOM_BUTIR,
      isu: ["no", "masalahPokok", "masalah", "akarMasalah"],
      misi: ["no", "misi", "penjelasan"],
      sasaranIndikator: KOLOM_BUTIR,
      strategi: KOLOM_BUTIR,
      arahKebijakan: KOLOM_BUTIR,
      faktorKunci: KOLOM_BUTIR,
      program: KOLOM_BUTIR,
      programKegiatan: KOLOM_BUTIR,
      programUtama: ["no", "program", "kegiatan"],
      sasaranProgram: ["no", "uraian", "target"],
      tujuanSasaran: KOLOM_RENCANA,
      penutup: KOLOM_BUTIR,
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

const KOLOM_BUTIR = ["no", "uraian"] as const;

export const LAPORAN_RENJA = laporan({
  jenis: "renja",
  nama: "Renja (dokumen lengkap Bab I-V)",
  lembar: [
    NAMA_PENGATURAN,
    RENJA.nama,
    KINERJA_PELAYANAN.nama,
    REVIEW_RKPD.nama,
    USULAN_PEMANGKU.nama,
    PROFIL_UNIT.nama,
    KINERJA.nama,
  ],
  tanggal: "tanggalRenja",
  berisi: (bk) => bk.renja.length > 0,
  data: (k) => dataRenja(k.bk, k.ttd),
});
export type KunciRenja = KunciData<ReturnType<typeof dataRenja>>;
