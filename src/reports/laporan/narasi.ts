/**
 * The paragraph about each indicator that seed 001 (LKJ 3.1.1: "data realisasi 95.23 % dengan
 * target ... sebesar 95,23 ... jika dibandingkan dengan capaian tahun lalu (2022) mengalami
 * penurunan") and seed 003 (BAB III items 2-4) write by hand, made from the Kinerja sheet: target,
 * realisasi, capaian and predikat; the change against last year; progress against the Renstra end
 * target; the unit's own causes, solutions and supporting/hindering programs quoted as typed.
 * A figure the sheet lacks is not spoken of (Periksa Data warns of it instead).
 */
import { formatAngka } from "../../core/format";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { type CapaianIndikator, capaianDari } from "../../core/model/kinerja";
import { bulatkan } from "../../core/pembulatan";
import { namaIndikator } from "./tandaIku";
import { nilaiSatuan, persen } from "./umum";

/** Up, down or level, on the printed (2-decimal) values. */
export function arahUbah(lalu: number, kini: number): "naik" | "turun" | "tetap" {
  const d = beda(lalu, kini);
  return Math.abs(d) < 0.005 ? "tetap" : d > 0 ? "naik" : "turun";
}

/** The change between two printed (2-decimal) values: what the reader can check. */
const beda = (lalu: number, kini: number) => bulatkan(kini, 2) - bulatkan(lalu, 2);

/** A difference as the seeds state it: points for percentages and indexes, else in the unit. */
export function selisih(n: number, satuan: string): string {
  const besar = Math.abs(n);
  if (satuan === "" || /%|persen|indeks|nilai|angka|poin/i.test(satuan))
    return `${formatAngka(besar, 2)} poin`;
  return `${formatAngka(besar, 2, { buangNolDesimal: true })} ${satuan}`;
}

export const KOLOM_NARASI = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "formulasi",
  "kalimat",
  "kalimatLalu",
  "kalimatRenstra",
  "penjelasan",
  "penyebab",
  "solusi",
  "penunjang",
  "penghambat",
] as const;

/**
 * One record per indicator for a `{{#ulang}}` section. `kapan` names the period of the
 * realisation: "tahun 2023", "sampai dengan triwulan III tahun 2021".
 */
export function narasiIndikator(
  bk: BukuKerja,
  capaian: readonly CapaianIndikator[],
  kapan: string,
): Record<(typeof KOLOM_NARASI)[number], string>[] {
  const tahun = bk.pengaturan.tahun;
  const tahunLalu = tahun === null ? "tahun lalu" : `tahun ${tahun - 1}`;
  return capaian.map((c, i) => {
    const ind = c.ind;
    const target = nilaiSatuan(c.target, ind.satuan);
    const realisasi = nilaiSatuan(c.realisasi, ind.satuan);
    const pada = ind.sasaran === "" ? "" : ` pada ${(ind.tingkat || "Sasaran").toLowerCase()} ${ind.sasaran}`;
    let kalimat: string;
    if (c.realisasi === null) {
      kalimat = `Indikator ${ind.indikator}${pada} ditargetkan sebesar ${target}; realisasinya ${kapan} belum dilaporkan.`;
    } else {
      kalimat = `Indikator ${ind.indikator}${pada} ditargetkan sebesar ${target} dengan realisasi ${kapan} sebesar ${realisasi}`;
      kalimat +=
        c.capaian === null
          ? "."
          : `, sehingga capaian kinerjanya ${persen(c.capaian)} dengan predikat ${c.predikat}: target ${
              bulatkan(c.capaian, 2) >= 100 ? "telah tercapai" : "belum tercapai"
            }.`;
    }
    return {
      no: String(i + 1),
      sasaran: ind.sasaran,
      // The section's heading names the indicator as the LKJ's table 3.1 does, "(IKU)" included.
      indikator: namaIndikator(bk, ind),
      satuan: ind.satuan,
      target,
      realisasi,
      capaian: persen(c.capaian),
      predikat: c.predikat,
      formulasi: ind.formulasi,
      kalimat,
      kalimatLalu: kalimatLalu(bk, c, kapan, tahunLalu),
      kalimatRenstra: kalimatRenstra(bk, c, kapan),
      penjelasan: ind.penjelasan,
      penyebab: ind.penyebab,
      solusi: ind.solusi,
      penunjang: ind.programPenunjang,
      penghambat: ind.programPenghambat,
    };
  });
}

/** This period against last year; nothing when last year's realisation is not in the sheet. */
function kalimatLalu(bk: BukuKerja, c: CapaianIndikator, kapan: string, tahunLalu: string): string {
  const ind = c.ind;
  const lalu = ind.realisasiTahunLalu;
  if (lalu === null || c.realisasi === null) return "";
  const capaianLalu = capaianDari(lalu, ind.targetTahunLalu, ind, bk.pengaturan.rumusTurun);
  const r = arahUbah(lalu, c.realisasi);
  const dariLalu = nilaiSatuan(lalu, ind.satuan);
  let teks =
    r === "tetap"
      ? `Realisasi ${kapan} sama dengan realisasi ${tahunLalu}, yaitu ${dariLalu}`
      : `Dibandingkan ${tahunLalu} (realisasi ${dariLalu}), realisasi ${kapan} ${r === "naik" ? "mengalami kenaikan" : "mengalami penurunan"} ${selisih(beda(lalu, c.realisasi), ind.satuan)}`;
  if (capaianLalu !== null && c.capaian !== null) {
    const a = arahUbah(capaianLalu, c.capaian);
    teks +=
      a === "tetap"
        ? `; capaiannya tetap ${persen(c.capaian)}`
        : `; capaiannya ${a} dari ${persen(capaianLalu)} menjadi ${persen(c.capaian)} (${a} ${selisih(beda(capaianLalu, c.capaian), "%")})`;
  }
  return `${teks}.`;
}

/** This period against the Renstra end target; nothing when the sheet has no end target. */
function kalimatRenstra(bk: BukuKerja, c: CapaianIndikator, kapan: string): string {
  const ind = c.ind;
  if (ind.targetAkhirRenstra === null || c.realisasi === null) return "";
  const capaian = capaianDari(c.realisasi, ind.targetAkhirRenstra, ind, bk.pengaturan.rumusTurun);
  if (capaian === null) return "";
  const akhir = nilaiSatuan(ind.targetAkhirRenstra, ind.satuan);
  const sudah = bulatkan(capaian, 2) >= 100;
  return `Terhadap target akhir Renstra sebesar ${akhir}, realisasi ${kapan} mencapai ${persen(capaian)}: target akhir Renstra ${
    sudah
      ? "telah tercapai"
      : `belum tercapai (selisih ${selisih(beda(c.realisasi, ind.targetAkhirRenstra), ind.satuan)})`
  }.`;
}
