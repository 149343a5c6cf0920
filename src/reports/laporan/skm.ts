/**
 * The figures of the IKM report and poster (PermenPANRB 14/2017), from the workbook's survey:
 * computed with src/core/skm.ts and formatted the Indonesian way, for the templates to place.
 */
import { formatAngka, formatPersen, NAMA_BULAN } from "../../core/format";
import {
  hitungIkmDariRekap,
  type Kuadran,
  NAMA_BOBOT,
  NAMA_KUADRAN,
  NAMA_METODE,
  ukuranSampel,
} from "../../core/ikm";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { pertanyaanJawaban, rekapSkm, SKM, SKM_PERTANYAAN, SKM_TINDAK_LANJUT } from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { type AnalisisSkm, analisisSkm, type Periode } from "../../core/skm";
import type { Grafik } from "../model";
import type { DataLaporan } from "../template";
import { type KunciData, laporan } from "./jenis";
import { nilaiUmum } from "./umum";

const nrr = (x: number) => formatAngka(x, 2);
const ikm = (x: number) => formatAngka(x, 2);

/** The IPA scatter's captions: each quadrant's numeral, then its name ("I Prioritas Perbaikan"). */
export const NAMA_KUADRAN_GRAFIK: Readonly<Record<Kuadran, string>> = Object.freeze({
  I: `I ${NAMA_KUADRAN.I}`,
  II: `II ${NAMA_KUADRAN.II}`,
  III: `III ${NAMA_KUADRAN.III}`,
  IV: `IV ${NAMA_KUADRAN.IV}`,
});

/**
 * The survey of a period, from respondent rows; from the tally in SKM Pertanyaan when the unit
 * keeps only a tally (then there is no profile, trend or IPA to show).
 */
export function analisisBukuKerja(bk: BukuKerja, periode: Periode): AnalisisSkm {
  const opsi = {
    metode: bk.pengaturan.metodeIkm,
    bobot: bk.pengaturan.bobotIkm,
    tahun: bk.pengaturan.tahun,
    populasi: bk.pengaturan.populasiSkm,
  };
  if (bk.responden.length > 0) return analisisSkm(bk.responden, pertanyaanJawaban(bk), periode, opsi);
  const rekap = rekapSkm(bk);
  if (rekap === null)
    throw new Error("Belum ada data SKM: isi lembar SKM (per responden) atau rekap di SKM Pertanyaan.");
  const hasil = hitungIkmDariRekap(rekap, {
    metode: opsi.metode,
    bobot: opsi.bobot,
    ...(bk.pengaturan.respondenRekap ? { jumlahResponden: bk.pengaturan.respondenRekap } : {}),
  });
  const rendah = [...hasil.nrrUnsur].sort((a, b) => a.nrr - b.nrr)[0]!;
  return {
    periode,
    hasil,
    rekap,
    jumlahResponden: hasil.jumlahResponden,
    sampelMinimal: opsi.populasi === null ? null : ukuranSampel(opsi.populasi),
    profil: [],
    perLayanan: [],
    perTriwulan: [],
    terendah: {
      unsur: rendah.unsur,
      nrr: rendah.nrr,
      pertanyaan: rendah.pertanyaan
        .map((i) => ({ indeks: i, nrr: hasil.nrrPertanyaan[i]! }))
        .sort((a, b) => a.nrr - b.nrr),
    },
    ipa: null,
    saran: [],
  };
}

function teksPertanyaan(bk: BukuKerja, i: number): string {
  const kode = bk.kodeJawaban[i] ?? bk.pertanyaan[i]?.kode ?? `P${i + 1}`;
  return (
    bk.pertanyaan.find((p) => p.kode.trim().toLowerCase() === kode.trim().toLowerCase())?.pertanyaan || kode
  );
}

export function dataSkm(bk: BukuKerja, periode: Periode, tanggal: Date) {
  const a = analisisBukuKerja(bk, periode);
  const h = a.hasil;
  const tahun = bk.pengaturan.tahun;
  const namaPeriode =
    periode.kode === "TAHUN"
      ? `Tahun ${tahun ?? ""}`.trim()
      : `${periode.nama}${tahun ? ` Tahun ${tahun}` : ""}`;
  const jumlahUnsur = h.nrrUnsur.length;
  const sampel =
    a.sampelMinimal === null
      ? "Populasi penerima layanan belum diisi di Pengaturan, sehingga kecukupan sampel tidak dinilai."
      : a.jumlahResponden >= a.sampelMinimal
        ? `Jumlah responden ${a.jumlahResponden} orang memenuhi sampel minimal ${a.sampelMinimal} orang untuk populasi ${formatAngka(bk.pengaturan.populasiSkm!, 0)} (Krejcie & Morgan).`
        : `Jumlah responden ${a.jumlahResponden} orang belum memenuhi sampel minimal ${a.sampelMinimal} orang untuk populasi ${formatAngka(bk.pengaturan.populasiSkm!, 0)} (Krejcie & Morgan); hasil survei perlu dibaca dengan hati-hati.`;
  const tanggalAda = bk.responden.map((r) => r.tanggal).filter((d): d is Date => d !== null);
  const rentang =
    tanggalAda.length > 0
      ? (() => {
          const dalam = tanggalAda.filter(
            (d) =>
              d.getMonth() >= periode.bulanAwal &&
              d.getMonth() <= periode.bulanAkhir &&
              (tahun === null || d.getFullYear() === tahun),
          );
          const t = (dalam.length > 0 ? dalam : tanggalAda).map((d) => d.getTime());
          const f = (ms: number) => new Date(ms);
          return `${namaBulan(f(Math.min(...t)))} s.d. ${namaBulan(f(Math.max(...t)))}`;
        })()
      : namaPeriode;
  const saran = new Map<string, number>();
  for (const s of a.saran) saran.set(s, (saran.get(s) ?? 0) + 1);
  const terendahTanya = a.terendah.pertanyaan
    .map((q) => `${teksPertanyaan(bk, q.indeks)} (NRR ${nrr(q.nrr)})`)
    .join("; ");

  const kategoriLalu: string[] = [];
  const grafikNrr: Grafik = {
    judul: `Nilai Rata-rata (NRR) per Unsur Pelayanan, ${namaPeriode}`,
    label: h.nrrUnsur.map((u) => u.unsur),
    nilai: h.nrrUnsur.map((u) => bulatkan(u.nrr, 2)),
    satuan: "NRR (skala 1-4)",
  };
  // "ipa" is always named (templates may use it); without importance answers it has no points.
  const grafik: Record<string, Grafik> = {
    nrr: grafikNrr,
    ipa: {
      judul: `Importance-Performance Analysis, ${namaPeriode}`,
      label: [],
      nilai: [],
      satuan: "Kinerja (NRR)",
    },
  };
  if (a.ipa) {
    grafik.ipa = {
      judul: `Importance-Performance Analysis, ${namaPeriode}`,
      label: a.ipa.baris.map((b) => b.unsur),
      nilai: a.ipa.baris.map((b) => bulatkan(b.kinerja, 2)),
      satuan: "Kinerja (NRR)",
      sebar: {
        nilaiY: a.ipa.baris.map((b) => bulatkan(b.kepentingan, 2)),
        satuanY: "Kepentingan",
        rataX: a.ipa.rataKinerja,
        rataY: a.ipa.rataKepentingan,
        // As core's kuadranIpa put each unsur (on the unrounded NRR, the table's quadrants too).
        kuadran: a.ipa.baris.map((b) => b.kuadran),
        namaKuadran: { ...NAMA_KUADRAN_GRAFIK },
      },
    };
  }
  return {
    nilai: {
      ...nilaiUmum(bk, tanggal),
      periode: namaPeriode,
      periodeKapital: namaPeriode.toUpperCase(),
      periodeSurvei: rentang,
      metode: NAMA_METODE[h.metode],
      bobot: NAMA_BOBOT[h.bobot],
      jumlahUnsur: String(jumlahUnsur),
      jumlahPertanyaan: String(a.rekap.length),
      jumlahResponden: formatAngka(a.jumlahResponden, 0),
      populasi: bk.pengaturan.populasiSkm === null ? "-" : formatAngka(bk.pengaturan.populasiSkm, 0),
      sampelMinimal: a.sampelMinimal === null ? "-" : formatAngka(a.sampelMinimal, 0),
      kalimatSampel: sampel,
      jenisLayanan:
        (bk.pengaturan.jenisLayanan.length > 0
          ? bk.pengaturan.jenisLayanan
          : a.perLayanan.map((l) => l.layanan)
        ).join(", ") || "-",
      ikm: ikm(h.ikm),
      mutu: h.mutu.huruf,
      kinerjaMutu: h.mutu.kinerja,
      kinerjaMutuKapital: h.mutu.kinerja.toUpperCase(),
      unsurTerendah: a.terendah.unsur,
      nrrTerendah: nrr(a.terendah.nrr),
      pertanyaanTerendah: terendahTanya,
      rataKinerja: a.ipa ? nrr(a.ipa.rataKinerja) : "-",
      rataKepentingan: a.ipa ? nrr(a.ipa.rataKepentingan) : "-",
      adaIpa: a.ipa ? "ya" : "",
    },
    daftar: {
      unsur: h.nrrUnsur.map((u, i) => ({
        no: String(i + 1),
        unsur: u.unsur,
        nrr: nrr(u.nrr),
        nrrTertimbang: formatAngka(u.nrr / jumlahUnsur, 3),
        ikmUnsur: ikm(u.nrr * 25),
      })),
      pertanyaan: a.rekap.map((q, i) => ({
        no: String(i + 1),
        kode: bk.kodeJawaban[i] ?? "",
        unsur: q.unsur,
        pertanyaan: teksPertanyaan(bk, i),
        jumlahNilai: formatAngka(q.jumlahNilai, 0),
        rtmk: formatAngka(a.jumlahResponden - q.jumlahJawaban, 0),
        nrr: nrr(h.nrrPertanyaan[i]!),
      })),
      profil: a.profil.map((p) => {
        const baru = !kategoriLalu.includes(p.kategori);
        if (baru) kategoriLalu.push(p.kategori);
        return {
          kategori: baru ? p.kategori : "",
          uraian: p.uraian,
          jumlah: formatAngka(p.jumlah, 0),
          persen: formatPersen(p.persen),
        };
      }),
      layanan: a.perLayanan.map((l, i) => ({
        no: String(i + 1),
        layanan: l.layanan,
        responden: formatAngka(l.responden, 0),
        ikm: ikm(l.hasil.ikm),
        mutu: `${l.hasil.mutu.huruf} (${l.hasil.mutu.kinerja})`,
      })),
      tren: a.perTriwulan.map((t) => ({
        periode: t.periode.nama,
        responden: formatAngka(t.responden, 0),
        ikm: ikm(t.hasil.ikm),
        mutu: `${t.hasil.mutu.huruf} (${t.hasil.mutu.kinerja})`,
      })),
      ipa: (a.ipa?.baris ?? []).map((b, i) => ({
        no: String(i + 1),
        unsur: b.unsur,
        kinerja: nrr(b.kinerja),
        kepentingan: nrr(b.kepentingan),
        kuadran: b.kuadran,
        keterangan: NAMA_KUADRAN[b.kuadran],
      })),
      saran: [...saran].map(([s, n], i) => ({ no: String(i + 1), saran: s, jumlah: formatAngka(n, 0) })),
      tindakLanjut: bk.tindakLanjut.map((t, i) => ({
        no: String(i + 1),
        unsur: t.unsur,
        rencana: t.rencana,
        waktu: t.waktu,
        penanggungJawab: t.penanggungJawab,
      })),
    },
    kolomDaftar: {
      unsur: ["no", "unsur", "nrr", "nrrTertimbang", "ikmUnsur"],
      pertanyaan: ["no", "kode", "unsur", "pertanyaan", "jumlahNilai", "rtmk", "nrr"],
      profil: ["kategori", "uraian", "jumlah", "persen"],
      layanan: ["no", "layanan", "responden", "ikm", "mutu"],
      tren: ["periode", "responden", "ikm", "mutu"],
      ipa: ["no", "unsur", "kinerja", "kepentingan", "kuadran", "keterangan"],
      saran: ["no", "saran", "jumlah"],
      tindakLanjut: ["no", "unsur", "rencana", "waktu", "penanggungJawab"],
    },
    grafik,
  } satisfies DataLaporan;
}

function namaBulan(d: Date): string {
  return `${NAMA_BULAN[d.getMonth()]} ${d.getFullYear()}`;
}

const LEMBAR_SKM = [NAMA_PENGATURAN, SKM.nama, SKM_PERTANYAAN.nama, SKM_TINDAK_LANJUT.nama];

export const LAPORAN_SKM = laporan({
  jenis: "skm",
  nama: "Laporan SKM/IKM",
  lembar: LEMBAR_SKM,
  survei: true,
  data: (k) => dataSkm(k.bk, k.periode, k.tanggal),
});
export const LAPORAN_POSTER = laporan({
  jenis: "poster",
  nama: "Poster IKM",
  lembar: LEMBAR_SKM,
  survei: true,
  data: (k) => dataSkm(k.bk, k.periode, k.tanggal),
});
export type KunciSkm = KunciData<ReturnType<typeof dataSkm>>;
