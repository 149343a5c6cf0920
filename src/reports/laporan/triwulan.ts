/**
 * Laporan Kinerja Triwulan (seed 003): capaian up to the quarter, against last year and the Renstra
 * end target, efficiency, the budget, the refocusing.
 */
import { efisiensi as hitungEfisiensi, serapan as hitungSerapan } from "../../core/anggaran";
import { formatAngka } from "../../core/format";
import { ANGGARAN, anggaranSampai } from "../../core/model/anggaran";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { type CapaianIndikator, capaianDari, indikatorPk, KINERJA } from "../../core/model/kinerja";
import { TARGET_RENSTRA } from "../../core/model/renstra";
import { bulatkan } from "../../core/pembulatan";
import { namaTriwulan } from "../../core/triwulan";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { arahUbah, KOLOM_NARASI, narasiIndikator } from "./narasi";
import { capaianRencanaAksi, KOLOM_CAPAIAN_RA } from "./perencanaan";
import { KOLOM_RENSTRA_TAHUNAN, tabelRenstraTahunan } from "./renstra";
import {
  barisAnggaran,
  barisEfisiensiProgram,
  barisIndikator,
  barisPerubahan,
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
  total,
} from "./umum";

/** BAB III 2: this year up to the quarter against last year, for indicators with last year's figures. */
function perbandingan(bk: BukuKerja, capaian: CapaianIndikator[], tw: number) {
  const tahun = bk.pengaturan.tahun;
  const ada = capaian.filter((c) => c.ind.targetTahunLalu !== null && c.ind.realisasiTahunLalu !== null);
  const baris = ada.map((c, i) => {
    const ind = c.ind;
    const capaianLalu = capaianDari(
      ind.realisasiTahunLalu,
      ind.targetTahunLalu,
      ind,
      bk.pengaturan.rumusTurun,
    );
    return {
      c,
      capaianLalu,
      baris: {
        no: String(i + 1),
        indikator: ind.indikator,
        targetLalu: nilaiSatuan(ind.targetTahunLalu, ind.satuan),
        realisasiLalu: nilaiSatuan(ind.realisasiTahunLalu, ind.satuan),
        capaianLalu: persen(capaianLalu),
        target: nilaiSatuan(c.target, ind.satuan),
        realisasi: nilaiSatuan(c.realisasi, ind.satuan),
        capaian: persen(c.capaian),
      },
    };
  });
  const kini = `sampai dengan triwulan ${namaTriwulan(tw)} tahun ${tahun ?? ""}`;
  const kalimat = baris
    .filter((x) => x.c.realisasi !== null)
    .map(({ c, capaianLalu, baris: r }) => {
      const lalu = c.ind.realisasiTahunLalu!;
      const arah = arahUbah(lalu, c.realisasi!);
      const realisasi =
        arah === "tetap"
          ? `tetap ${r.realisasi} pada tahun ${tahun === null ? "" : tahun - 1} dan ${kini}`
          : `${arah} dari ${r.realisasiLalu} pada tahun ${tahun === null ? "" : tahun - 1} menjadi ${r.realisasi} ${kini} (${arah} ${formatAngka(Math.abs(c.realisasi! - lalu), 2)} poin)`;
      let capaianTeks = "";
      if (capaianLalu !== null && c.capaian !== null) {
        const a = arahUbah(capaianLalu, c.capaian);
        capaianTeks =
          a === "tetap"
            ? `; capaiannya tetap ${r.capaian}`
            : `; capaiannya ${a} dari ${r.capaianLalu} menjadi ${r.capaian}`;
      }
      return `Realisasi ${c.ind.indikator} ${realisasi}${capaianTeks}.`;
    })
    .join(" ");
  return { baris: baris.map((x) => x.baris), kalimat };
}

/** BAB III 3: the realisation up to the quarter against the Renstra end target (Target Akhir Renstra). */
function renstra(bk: BukuKerja, capaian: CapaianIndikator[], tw: number) {
  const ada = capaian.filter((c) => c.ind.targetAkhirRenstra !== null);
  const nilai = ada.map((c) =>
    capaianDari(c.realisasi, c.ind.targetAkhirRenstra, c.ind, bk.pengaturan.rumusTurun),
  );
  const baris = ada.map((c, i) => ({
    no: String(i + 1),
    indikator: c.ind.indikator,
    targetRenstra: nilaiSatuan(c.ind.targetAkhirRenstra, c.ind.satuan),
    realisasi: nilaiSatuan(c.realisasi, c.ind.satuan),
    capaianRenstra: persen(nilai[i]!),
  }));
  const dinilai = nilai.filter((n): n is number => n !== null);
  if (dinilai.length === 0) return { baris, kalimat: "" };
  const belum = ada.flatMap((c, i) =>
    nilai[i] !== null && nilai[i]! < 100 ? [`${c.ind.indikator} (${persen(nilai[i]!)})`] : [],
  );
  const tahun = bk.pengaturan.tahun ?? "";
  const kalimat =
    `Sampai dengan triwulan ${namaTriwulan(tw)} tahun ${tahun}, ${dinilai.length - belum.length} dari ${dinilai.length} indikator telah memenuhi target akhir Renstra` +
    (belum.length > 0 ? `; yang belum: ${belum.join(", ")}.` : ".");
  return { baris, kalimat };
}

/** BAB III 5: the mean capaian of the PK indicators against the serapan of the whole budget. */
function kalimatEfisiensi(
  capaian: CapaianIndikator[],
  t: { pagu: number; realisasi: number },
  tw: number,
  tahun: number | null,
) {
  const dinilai = capaian.map((c) => c.capaian).filter((x): x is number => x !== null);
  if (dinilai.length === 0 || t.pagu <= 0) return "";
  const kinerja = dinilai.reduce((a, x) => a + x, 0) / dinilai.length;
  const serap = hitungSerapan(t.realisasi, t.pagu);
  const e = hitungEfisiensi(kinerja, serap);
  const banding =
    bulatkan(e, 2) > 0
      ? "capaian kinerja lebih tinggi dari serapan anggaran"
      : bulatkan(e, 2) < 0
        ? "capaian kinerja lebih rendah dari serapan anggaran"
        : "capaian kinerja sebanding dengan serapan anggaran";
  return `Rata-rata capaian ${dinilai.length} indikator kinerja sampai dengan triwulan ${namaTriwulan(tw)} tahun ${tahun ?? ""} adalah ${persen(kinerja)}, sedangkan serapan anggaran Rp ${formatAngka(t.realisasi, 0)} dari pagu Rp ${formatAngka(t.pagu, 0)} adalah ${persen(serap)}. Efisiensi (capaian kinerja dikurangi serapan anggaran) sebesar ${persen(e)}: ${banding}.`;
}

/** BAB III 4: each indicator's cause of success or failure and the solution taken, where typed. */
function analisis(capaian: CapaianIndikator[]) {
  return capaian
    .filter((c) => c.ind.penyebab !== "" || c.ind.solusi !== "")
    .map((c, i) => ({
      no: String(i + 1),
      indikator: c.ind.indikator,
      capaian: persen(c.capaian),
      penyebab: c.ind.penyebab,
      solusi: c.ind.solusi,
    }));
}

/** BAB III 6: the supporting and hindering programs, each distinct pair once with the indicators it serves. */
function programKinerja(capaian: CapaianIndikator[]) {
  const grup = new Map<string, { indikator: string[]; penunjang: string; penghambat: string }>();
  for (const { ind } of capaian) {
    if (ind.programPenunjang === "" && ind.programPenghambat === "") continue;
    const kunci = JSON.stringify([ind.programPenunjang, ind.programPenghambat]);
    const g = grup.get(kunci);
    if (g) g.indikator.push(ind.indikator);
    else
      grup.set(kunci, {
        indikator: [ind.indikator],
        penunjang: ind.programPenunjang,
        penghambat: ind.programPenghambat,
      });
  }
  return [...grup.values()].map((g, i) => ({
    no: String(i + 1),
    indikator: g.indikator.join("; "),
    penunjang: g.penunjang,
    penghambat: g.penghambat,
  }));
}

/** Laporan Kinerja Triwulan for quarter `tw` (seed 003). */
export function dataTriwulan(bk: BukuKerja, tw: number, ttd: Penandatanganan) {
  const pk = indikatorPk(bk.indikator);
  const indikator = barisIndikator(bk, pk, tw);
  const anggaran = anggaranSampai(bk.anggaran, tw);
  const capaian = pk.map((i) => capaianLaporan(bk, i, tw));
  const berhasil = capaian.filter((c) => c.capaian !== null && c.capaian >= 100).length;
  const t = total(anggaran);
  const banding = perbandingan(bk, capaian, tw);
  const jangkaMenengah = renstra(bk, capaian, tw);
  // Item 3 as seed 003 prints it (lines 271-279): the target of each Renstra year, the realisasi
  // up to this year; without the years, the end target alone.
  const renstraTahunan = tabelRenstraTahunan(
    bk,
    capaian,
    `sampai dengan triwulan ${namaTriwulan(tw)} tahun ${bk.pengaturan.tahun ?? ""}`.trim(),
    tw >= 4,
  );
  const efisiensi = barisEfisiensiProgram(bk, anggaran, tw);
  const butirAnalisis = analisis(capaian);
  const butirProgram = programKinerja(capaian);
  const tahun = bk.pengaturan.tahun;
  // BAB I: B. Gambaran Umum Organisasi from Profil Unit (seed 003), then the pagu's change;
  // lettered by what is printed.
  const organisasi = gambaranOrganisasi(bk);
  const adaPerubahan = anggaran.some((b) => b.paguAwal !== b.pagu);
  const huruf = labelBagian(
    [
      ["hurufLatarBelakang", true],
      ["hurufGambaran", organisasi.tugas !== "" || organisasi.struktur.length > 0],
      ["hurufPerubahan", adaPerubahan],
    ],
    "huruf",
  );
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      ...nilaiAnggaran(anggaran),
      tugas: organisasi.tugas,
      hurufGambaran: huruf.hurufGambaran,
      hurufPerubahan: huruf.hurufPerubahan,
      triwulan: namaTriwulan(tw),
      jumlahIndikator: String(pk.length),
      jumlahTercapai: String(berhasil),
      kalimatIkm: kalimatIkm(bk, pk, tw),
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      adaPerbandingan: banding.baris.length > 0 ? "ya" : "",
      kalimatPerbandingan: banding.kalimat,
      ...renstraTahunan.nilai,
      adaRenstra: jangkaMenengah.baris.length > 0 || renstraTahunan.baris.length > 0 ? "ya" : "",
      adaRenstraAkhir: renstraTahunan.baris.length === 0 && jangkaMenengah.baris.length > 0 ? "ya" : "",
      kalimatRenstra: jangkaMenengah.kalimat,
      kalimatEfisiensi: kalimatEfisiensi(capaian, t, tw, tahun),
      adaAnalisis: butirAnalisis.length > 0 ? "ya" : "",
      adaEfisiensiProgram: efisiensi.length > 0 ? "ya" : "",
      adaProgramKinerja: butirProgram.length > 0 ? "ya" : "",
      adaPerubahan: adaPerubahan ? "ya" : "",
      totalPengurangan: formatAngka(t.paguAwal - t.pagu, 0),
      kesimpulan:
        pk.length === 0
          ? "Belum ada indikator kinerja yang diukur."
          : berhasil === pk.length
            ? `Seluruh ${pk.length} indikator kinerja telah mencapai atau melampaui target.`
            : `${berhasil} dari ${pk.length} indikator kinerja telah mencapai atau melampaui target.`,
    },
    daftar: {
      struktur: organisasi.struktur,
      indikator,
      // BAB III 4: the paragraph about each indicator, by the LKJ's rule (./narasi.ts).
      narasi: narasiIndikator(
        bk,
        capaian,
        `sampai dengan triwulan ${namaTriwulan(tw)} tahun ${tahun ?? ""}`.trim(),
      ),
      perbandingan: banding.baris,
      renstra: jangkaMenengah.baris,
      renstraTahunan: renstraTahunan.baris,
      analisis: butirAnalisis,
      efisiensi,
      programKinerja: butirProgram,
      capaianRa: capaianRencanaAksi(bk, pk, tw, (i) => capaianLaporan(bk, i, tw).capaian),
      anggaran: barisAnggaran(anggaran),
      // Every sub kegiatan, changed or not, so the table's JUMLAH is the sum of its rows (seed 003, BAB I C).
      perubahan: barisPerubahan(anggaran),
    },
    kolomDaftar: {
      struktur: ["no", "uraian"],
      indikator: KOLOM_INDIKATOR,
      narasi: KOLOM_NARASI,
      perbandingan: [
        "no",
        "indikator",
        "targetLalu",
        "realisasiLalu",
        "capaianLalu",
        "target",
        "realisasi",
        "capaian",
      ],
      renstra: ["no", "indikator", "targetRenstra", "realisasi", "capaianRenstra"],
      renstraTahunan: KOLOM_RENSTRA_TAHUNAN,
      analisis: ["no", "indikator", "capaian", "penyebab", "solusi"],
      efisiensi: KOLOM_EFISIENSI,
      programKinerja: ["no", "indikator", "penunjang", "penghambat"],
      capaianRa: KOLOM_CAPAIAN_RA,
      anggaran: KOLOM_ANGGARAN,
      perubahan: ["no", "kode", "uraian", "paguAwal", "pagu", "pengurangan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

export const LAPORAN_TRIWULAN = laporan({
  jenis: "triwulan",
  nama: "Laporan Kinerja Triwulan",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, ANGGARAN.nama, TARGET_RENSTRA.nama],
  tanggal: "tanggalLaporan",
  berisi: (bk) => bk.indikator.length > 0,
  data: (k) => dataTriwulan(k.bk, k.tw, k.ttd),
});
export type KunciTriwulan = KunciData<ReturnType<typeof dataTriwulan>>;
