/**
 * Periksa Data: the checks across rows and sheets, on the records bacaBukuKerja read (which
 * already reported every unreadable cell). Each problem names sheet, row and column and says how
 * to fix it; "galat" blocks the reports, "peringatan" does not. domain.md section 4 lists the
 * mistakes found in the seeds that these checks exist for.
 */
import { gulungAnggaran, normalisasiKode, prakiraanMaju, serapan } from "../core/anggaran";
import { formatAngka, formatPersen, formatRupiah } from "../core/format";
import { hitungIkmDariRekap, type RekapPertanyaan, ukuranSampel } from "../core/ikm";
import { bacaTerbilang, terbilang } from "../core/terbilang";
import type { BarisAnggaranLembar, BukuKerja, Indikator } from "./baca";
import type { Masalah } from "./masalah";
import {
  ANGGARAN,
  hurufKolom,
  KINERJA,
  nomorKolom,
  RENJA,
  RKA,
  RKA_RINCIAN,
  SKM,
  SKM_PERTANYAAN,
  type SkemaLembar,
} from "./skema";

const sel = (skema: SkemaLembar, judul: string, baris: number) =>
  `${hurufKolom(nomorKolom(skema, judul))}${baris}`;

function di(
  skema: SkemaLembar,
  baris: number,
  kolom: string,
  tingkat: Masalah["tingkat"],
  pesan: string,
  saran: string,
): Masalah {
  return { tingkat, lembar: skema.nama, baris, kolom, sel: sel(skema, kolom, baris), pesan, saran };
}

export function periksaBukuKerja(bk: BukuKerja): Masalah[] {
  return [
    ...bk.masalah,
    ...periksaKinerja(bk),
    ...periksaAnggaran(bk.anggaran),
    ...periksaSkm(bk),
    ...periksaRka(bk),
    ...periksaRenja(bk),
  ];
}

/**
 * The rows whose code is well formed and not used before, with that code; a malformed or repeated
 * code is a galat naming the earlier row. The same rule for every sheet that carries codes.
 */
function kodeUnik<T extends { baris: number }>(
  out: Masalah[],
  skema: SkemaLembar,
  kolom: string,
  baris: readonly T[],
  kodeDari: (b: T) => string,
  saran: { tidakSah: string; ganda: string },
  label = "Kode",
): { b: T; kode: string }[] {
  const dipakai = new Map<string, number>();
  const hasil: { b: T; kode: string }[] = [];
  for (const b of baris) {
    const mentah = kodeDari(b);
    const kode = normalisasiKode(mentah);
    if (kode === null) {
      out.push(di(skema, b.baris, kolom, "galat", `${label} "${mentah}" tidak sah.`, saran.tidakSah));
      continue;
    }
    const lain = dipakai.get(kode);
    if (lain !== undefined) {
      out.push(
        di(skema, b.baris, kolom, "galat", `${label} ${kode} sudah dipakai di baris ${lain}.`, saran.ganda),
      );
      continue;
    }
    dipakai.set(kode, b.baris);
    hasil.push({ b, kode });
  }
  return hasil;
}

const TW = ["I", "II", "III", "IV"];

function periksaKinerja(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  kodeUnik(
    out,
    KINERJA,
    "Kode",
    bk.indikator.filter((i) => i.kode !== ""),
    (i) => i.kode,
    {
      tidakSah: "Tulis kode bertitik, misalnya 1.1 atau 2.3.1.",
      ganda: "Beri setiap indikator kode yang berbeda.",
    },
  );
  for (const ind of bk.indikator) {
    const b = ind.baris;
    if (ind.target === 0) {
      out.push(
        di(
          KINERJA,
          b,
          "Target",
          "galat",
          "Target 0: capaian tidak dapat dihitung.",
          "Isi target tahun ini sesuai Perjanjian Kinerja.",
        ),
      );
    } else if (ind.target === null && !adaGalatDi(bk, KINERJA.nama, b, "Target")) {
      out.push(
        di(
          KINERJA,
          b,
          "Target",
          "galat",
          "Target kosong.",
          "Isi target tahun ini sesuai Perjanjian Kinerja.",
        ),
      );
    }
    if (ind.arah === null && !adaGalatDi(bk, KINERJA.nama, b, "Arah")) {
      out.push(
        di(
          KINERJA,
          b,
          "Arah",
          "galat",
          "Arah indikator kosong.",
          'Pilih "NAIK" (makin tinggi makin baik) atau "TURUN".',
        ),
      );
    }
    if (ind.agregasi === null && !adaGalatDi(bk, KINERJA.nama, b, "Agregasi Tahunan")) {
      out.push(
        di(
          KINERJA,
          b,
          "Agregasi Tahunan",
          "galat",
          "Agregasi tahunan kosong: realisasi tahunan tidak dapat dihitung.",
          'Pilih "RATA-RATA" (misalnya IKM), "JUMLAH" (dokumen, orang), atau "TERAKHIR" (persentase kumulatif).',
        ),
      );
    }
    out.push(...periksaPecahanPersen(ind));
    if (bk.pengaturan.triwulan !== null) {
      ind.realisasi.forEach((v, i) => {
        if (v !== null && i + 1 > bk.pengaturan.triwulan!) {
          out.push(
            di(
              KINERJA,
              b,
              `Realisasi TW ${TW[i]}`,
              "peringatan",
              `Realisasi TW ${TW[i]} sudah terisi (${formatAngka(v)}), padahal triwulan yang dilaporkan TW ${TW[bk.pengaturan.triwulan! - 1]}.`,
              "Periksa apakah angka ini salah kolom, atau ubah Triwulan Dilaporkan di Pengaturan.",
            ),
          );
        }
      });
    }
  }
  return out;
}

function adaGalatDi(bk: BukuKerja, lembar: string, baris: number, kolom: string): boolean {
  return bk.masalah.some((m) => m.lembar === lembar && m.baris === baris && m.kolom === kolom);
}

/**
 * A percent indicator whose values mix percent units (90) with a fraction (1 = a cell shown as
 * 100 % holds 1): the capaian would be off by a factor of 100.
 */
function periksaPecahanPersen(ind: Indikator): Masalah[] {
  if (!/%|persen/i.test(ind.satuan)) return [];
  const nilai: [string, number][] = [];
  if (ind.target !== null) nilai.push(["Target", ind.target]);
  ind.realisasi.forEach((v, i) => {
    if (v !== null) nilai.push([`Realisasi TW ${TW[i]}`, v]);
  });
  const pecahan = nilai.filter(([, v]) => v > 0 && v <= 1.5);
  const persen = nilai.filter(([, v]) => v > 1.5);
  if (pecahan.length === 0 || persen.length === 0) return [];
  return pecahan.map(([kolom, v]) =>
    di(
      KINERJA,
      ind.baris,
      kolom,
      "peringatan",
      `Nilai ${formatAngka(v, 4, { buangNolDesimal: true })} tampak seperti pecahan (${formatPersen(v * 100)}), sedangkan ${persen[0]![0]} ditulis dalam persen (${formatAngka(persen[0]![1])}).`,
      "Tulis semua nilai indikator persen dalam satuan persen, misalnya 95,23 (bukan 0,9523), atau format sel sebagai angka biasa.",
    ),
  );
}

function paguEfektif(b: BarisAnggaranLembar): number | null {
  return b.paguPerubahan ?? b.paguAwal;
}

function realisasiTerakhir(b: BarisAnggaranLembar): number | null {
  for (let i = 3; i >= 0; i--)
    if (b.realisasi[i] !== null && b.realisasi[i] !== undefined) return b.realisasi[i]!;
  return null;
}

function periksaAnggaran(baris: readonly BarisAnggaranLembar[]): Masalah[] {
  const out: Masalah[] = [];
  const sah = kodeUnik(
    out,
    ANGGARAN,
    "Kode Rekening",
    baris,
    (b) => b.kode,
    {
      tidakSah: "Tulis kode bertitik seperti 7.01.01.2.02.01 (angka dipisah titik).",
      ganda: "Setiap program, kegiatan, dan sub kegiatan ditulis sekali; gabungkan barisnya.",
    },
    "Kode rekening",
  );

  // Parents are the sum of their children: a typed parent amount that differs is a galat.
  const kolomNilai = ["Pagu Awal", "Pagu Perubahan", ...TW.map((t) => `Realisasi s.d. TW ${t}`)];
  const gulung = gulungAnggaran(
    sah.map(({ kode, b }) => ({ kode, nilai: [b.paguAwal, b.paguPerubahan, ...b.realisasi] })),
  );
  for (const { kode, b } of sah) {
    const g = gulung.get(kode)!;
    for (const s of g.selisih) {
      const kolom = kolomNilai[s.indeks]!;
      out.push(
        di(
          ANGGARAN,
          b.baris,
          kolom,
          "galat",
          `${kolom} ${kode} tertulis ${formatRupiah(s.tertulis)}, padahal jumlah ${g.anak.length} rincian di bawahnya ${formatRupiah(s.jumlahAnak)} (selisih ${formatRupiah(s.tertulis - s.jumlahAnak)}).`,
          "Kosongkan baris induk agar dijumlahkan otomatis, atau perbaiki rinciannya.",
        ),
      );
    }
    if (g.anak.length > 0) continue;
    const pagu = paguEfektif(b);
    const real = realisasiTerakhir(b);
    if (pagu !== null && real !== null && real > pagu) {
      const i = b.realisasi.lastIndexOf(real);
      out.push(
        di(
          ANGGARAN,
          b.baris,
          `Realisasi s.d. TW ${TW[i]}`,
          "peringatan",
          `Realisasi ${formatRupiah(real)} melebihi pagu ${formatRupiah(pagu)}.`,
          "Periksa angka realisasi atau pagu perubahan.",
        ),
      );
    }
    if (pagu !== null && b.sisaTertulis !== null) {
      const seharusnya = pagu - (real ?? 0);
      if (Math.abs(b.sisaTertulis - seharusnya) > 0.5) {
        out.push(
          di(
            ANGGARAN,
            b.baris,
            "Sisa",
            "galat",
            `Sisa tertulis ${formatRupiah(b.sisaTertulis)}, padahal pagu ${formatRupiah(pagu)} dikurangi realisasi ${formatRupiah(real ?? 0)} adalah ${formatRupiah(seharusnya)}.`,
            "Kosongkan kolom Sisa agar dihitung otomatis oleh rumus.",
          ),
        );
      }
    }
    if (pagu !== null && pagu > 0 && real !== null && b.serapanTertulis !== null) {
      const seharusnya = serapan(real, pagu);
      if (Math.abs(b.serapanTertulis - seharusnya) > 0.005) {
        out.push(
          di(
            ANGGARAN,
            b.baris,
            "Serapan (%)",
            "galat",
            `Serapan tertulis ${formatPersen(b.serapanTertulis)}, padahal ${formatRupiah(real)} dari ${formatRupiah(pagu)} adalah ${formatPersen(seharusnya)}.`,
            "Kosongkan kolom Serapan agar dihitung otomatis oleh rumus.",
          ),
        );
      }
    }
  }
  return out;
}

function periksaSkm(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const perKode = new Map(bk.pertanyaan.map((p) => [p.kode.trim().toLowerCase(), p]));
  bk.kodeJawaban.forEach((kode, k) => {
    const p = perKode.get(kode.trim().toLowerCase());
    if (!p || p.unsur === "") {
      const kolom = bk.kolomJawaban[k] ?? 0;
      out.push({
        tingkat: "galat",
        lembar: kolom > 0 ? SKM.nama : SKM_PERTANYAAN.nama,
        ...(kolom > 0 ? { baris: 1, sel: `${hurufKolom(kolom)}1` } : {}),
        kolom: kode,
        pesan: p
          ? `Pertanyaan ${kode} belum dipetakan ke unsur pelayanan.`
          : `Kolom jawaban ${kode} tidak ada di lembar SKM Pertanyaan, jadi unsurnya tidak diketahui.`,
        saran: `Tambahkan baris ${kode} di lembar SKM Pertanyaan dan isi kolom Unsur.`,
      });
    }
  });
  for (const p of bk.pertanyaan) {
    if (p.unsur === "") {
      out.push(
        di(
          SKM_PERTANYAAN,
          p.baris,
          "Unsur",
          "galat",
          `Pertanyaan ${p.kode} belum dipetakan ke unsur pelayanan.`,
          "Isi unsur pelayanan yang diukur pertanyaan ini (misalnya Persyaratan).",
        ),
      );
    }
  }

  // Tally rows: every question counts the same respondents (answers 1..4 plus RTMK).
  const jumlahResponden = bk.responden.length > 0 ? bk.responden.length : bk.pengaturan.respondenRekap;
  const total = (p: (typeof bk.pertanyaan)[number]) =>
    p.jumlahJawaban ? p.jumlahJawaban.reduce((a, b) => a + b, 0) + (p.jumlahRtmk ?? 0) : null;
  const totals = bk.pertanyaan.map(total).filter((t): t is number => t !== null);
  const acuan = jumlahResponden ?? modus(totals);
  for (const p of bk.pertanyaan) {
    const t = total(p);
    if (t !== null && acuan !== null && t !== acuan) {
      out.push(
        di(
          SKM_PERTANYAAN,
          p.baris,
          "Jumlah Jawaban 1",
          "galat",
          `Jumlah jawaban pertanyaan ${p.kode} (${t}${p.jumlahRtmk ? `, termasuk ${p.jumlahRtmk} RTMK` : ""}) tidak sama dengan jumlah responden ${acuan}.`,
          "Hitung ulang rekap jawaban pertanyaan ini; setiap pertanyaan dijawab atau di-RTMK oleh semua responden.",
        ),
      );
    }
    if (p.jumlahNilai !== null && acuan !== null) {
      const dijawab = acuan - (p.jumlahRtmk ?? 0);
      if (p.jumlahNilai > 4 * dijawab || p.jumlahNilai < dijawab) {
        out.push(
          di(
            SKM_PERTANYAAN,
            p.baris,
            "Jumlah Nilai",
            "galat",
            `Jumlah nilai pertanyaan ${p.kode} tertulis ${formatAngka(p.jumlahNilai, 0)}, mustahil untuk ${dijawab} jawaban bernilai 1-4 (antara ${formatAngka(dijawab, 0)} dan ${formatAngka(4 * dijawab, 0)}).`,
            "Periksa penjumlahan nilai pertanyaan ini; mungkin salah ketik.",
          ),
        );
      }
    }
  }

  const n = bk.responden.filter((r) => r.jawaban.some((j) => j !== null)).length || (jumlahResponden ?? 0);
  if (bk.pengaturan.populasiSkm !== null && n > 0) {
    const minimal = ukuranSampel(bk.pengaturan.populasiSkm);
    if (n < minimal) {
      out.push({
        tingkat: "peringatan",
        lembar: bk.responden.length > 0 ? SKM.nama : "Pengaturan",
        pesan: `Jumlah responden ${n} kurang dari sampel minimal ${minimal} untuk populasi ${formatAngka(bk.pengaturan.populasiSkm, 0)} (Krejcie & Morgan, PermenPANRB 14/2017).`,
        saran: "Tambah responden, atau jelaskan keterbatasan survei di laporan.",
      });
    }
  }
  out.push(...periksaBobotIkm(bk));
  return out;
}

/**
 * domain.md: the regulation weighs each unsur 1/9; some units publish the mean over questions.
 * When the two differ, say which the reports use.
 */
function periksaBobotIkm(bk: BukuKerja): Masalah[] {
  const rekap = rekapSkm(bk);
  if (rekap === null) return [];
  try {
    const unsur = hitungIkmDariRekap(rekap, { metode: bk.pengaturan.metodeIkm, bobot: "UNSUR" });
    const tanya = hitungIkmDariRekap(rekap, { metode: bk.pengaturan.metodeIkm, bobot: "PERTANYAAN" });
    const a = Math.round(unsur.ikm * 100);
    const b = Math.round(tanya.ikm * 100);
    if (a === b) return [];
    const dipakai = bk.pengaturan.bobotIkm === "UNSUR" ? "bobot per unsur" : "rata-rata per pertanyaan";
    return [
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan: `IKM dengan bobot per unsur (${formatAngka(unsur.ikm)}) berbeda dengan rata-rata per pertanyaan (${formatAngka(tanya.ikm)}); laporan memakai ${dipakai} sesuai Pengaturan.`,
        saran:
          "PermenPANRB 14/2017 membobot setiap unsur sama. Pastikan Bobot IKM di Pengaturan sesuai yang dipublikasikan unit Anda.",
      },
    ];
  } catch {
    return [];
  }
}

/** The survey as a tally: from respondent rows when there are any, else from the tally rows. */
export function rekapSkm(bk: BukuKerja): RekapPertanyaan[] | null {
  const perKode = new Map(bk.pertanyaan.map((p) => [p.kode.trim().toLowerCase(), p]));
  if (bk.responden.length > 0) {
    const unsur = bk.kodeJawaban.map((k) => perKode.get(k.trim().toLowerCase())?.unsur ?? "");
    if (unsur.some((u) => u === "")) return null;
    const rekap = unsur.map((u) => ({ unsur: u, jumlahNilai: 0, jumlahJawaban: 0 }));
    for (const r of bk.responden) {
      r.jawaban.forEach((s, k) => {
        if (s !== null) {
          rekap[k]!.jumlahNilai += s;
          rekap[k]!.jumlahJawaban += 1;
        }
      });
    }
    return rekap.some((q) => q.jumlahJawaban > 0) ? rekap : null;
  }
  const dariRekap = bk.pertanyaan.filter(
    (p) => p.unsur !== "" && (p.jumlahJawaban !== null || p.jumlahNilai !== null),
  );
  if (dariRekap.length === 0) return null;
  const n = bk.pengaturan.respondenRekap;
  const rekap: RekapPertanyaan[] = [];
  for (const p of dariRekap) {
    if (p.jumlahJawaban) {
      rekap.push({
        unsur: p.unsur,
        jumlahNilai: p.jumlahJawaban.reduce((a, c, i) => a + c * (i + 1), 0),
        jumlahJawaban: p.jumlahJawaban.reduce((a, c) => a + c, 0),
      });
    } else if (n !== null) {
      rekap.push({ unsur: p.unsur, jumlahNilai: p.jumlahNilai!, jumlahJawaban: n - (p.jumlahRtmk ?? 0) });
    } else return null;
  }
  return rekap;
}

function modus(xs: readonly number[]): number | null {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let terbaik: number | null = null;
  let jumlah = 0;
  for (const [x, k] of n) {
    if (k > jumlah) {
      terbaik = x;
      jumlah = k;
    }
  }
  return terbaik;
}

/** The kegiatan's year-n amount: its rincian's sum when it has rincian, else what is typed. */
export function jumlahKegiatan(bk: BukuKerja, kode: string): number | null {
  const milik = bk.rincian.filter((r) => r.kodeKegiatan.trim() === kode.trim());
  if (milik.length === 0) return bk.rka.find((k) => k.kode.trim() === kode.trim())?.jumlahTahunIni ?? null;
  return Math.round(milik.reduce((a, r) => a + jumlahRincian(r), 0) * 100) / 100;
}

export function jumlahRincian(r: BukuKerja["rincian"][number]): number {
  if (r.volume !== null && r.harga !== null) return r.volume * r.harga;
  return r.jumlahTertulis ?? 0;
}

/**
 * RKA/KAK (seed 004): rincian that do not multiply out, rincian that do not add up to their
 * kegiatan, and a terbilang typed in old documents that does not say the forward estimate
 * ("SERMBILAN", "SATURIBU", "TUJUH RATUS LIMA RATUS"). The last is a peringatan: the add-on
 * writes its own words into the RKA, so the old text only needs correcting where it was used.
 */
function periksaRka(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const kode = new Map<string, number>();
  for (const k of bk.rka) {
    const lain = kode.get(k.kode.trim());
    if (lain !== undefined) {
      out.push(
        di(
          RKA,
          k.baris,
          "Kode Kegiatan",
          "galat",
          `Kode kegiatan ${k.kode} sudah dipakai di baris ${lain}.`,
          "Setiap kegiatan ditulis sekali.",
        ),
      );
      continue;
    }
    kode.set(k.kode.trim(), k.baris);
    const milik = bk.rincian.filter((r) => r.kodeKegiatan.trim() === k.kode.trim());
    const jumlah = jumlahKegiatan(bk, k.kode);
    if (milik.length > 0 && k.jumlahTahunIni !== null && Math.abs(k.jumlahTahunIni - jumlah!) > 0.5) {
      out.push(
        di(
          RKA,
          k.baris,
          "Jumlah Tahun Ini",
          "galat",
          `Jumlah tahun ini tertulis ${formatRupiah(k.jumlahTahunIni)}, padahal ${milik.length} rincian belanjanya berjumlah ${formatRupiah(jumlah!)}.`,
          "Samakan dengan jumlah rincian di lembar RKA Rincian, atau kosongkan agar dihitung dari rinciannya.",
        ),
      );
    }
    if (jumlah === null) {
      out.push(
        di(
          RKA,
          k.baris,
          "Jumlah Tahun Ini",
          "galat",
          "Jumlah tahun ini kosong dan kegiatan ini belum punya rincian belanja.",
          "Isi jumlah tahun ini, atau rincian belanjanya di lembar RKA Rincian.",
        ),
      );
      continue;
    }
    if (k.terbilangTertulis.trim() !== "") {
      const maju = prakiraanMaju(jumlah, k.persenMaju ?? 110);
      try {
        const dibaca = bacaTerbilang(k.terbilangTertulis);
        if (dibaca !== maju) {
          out.push(
            di(
              RKA,
              k.baris,
              "Terbilang Tertulis",
              "peringatan",
              `Terbilang tertulis berarti ${formatRupiah(dibaca)}, padahal prakiraan maju ${formatRupiah(maju)}.`,
              `Seharusnya: ${terbilang(maju, { akhiran: "rupiah", huruf: "besar" })}.`,
            ),
          );
        }
      } catch (e) {
        out.push(
          di(
            RKA,
            k.baris,
            "Terbilang Tertulis",
            "peringatan",
            (e as Error).message,
            `Seharusnya: ${terbilang(maju, { akhiran: "rupiah", huruf: "besar" })}.`,
          ),
        );
      }
    }
  }
  for (const r of bk.rincian) {
    if (!kode.has(r.kodeKegiatan.trim())) {
      out.push(
        di(
          RKA_RINCIAN,
          r.baris,
          "Kode Kegiatan",
          "galat",
          `Kegiatan ${r.kodeKegiatan} tidak ada di lembar RKA.`,
          "Tulis kode kegiatan persis seperti di lembar RKA.",
        ),
      );
    }
    if (r.volume !== null && r.harga !== null && r.jumlahTertulis !== null) {
      const hitung = r.volume * r.harga;
      if (Math.abs(hitung - r.jumlahTertulis) > 0.5) {
        out.push(
          di(
            RKA_RINCIAN,
            r.baris,
            "Jumlah",
            "galat",
            `Jumlah tertulis ${formatRupiah(r.jumlahTertulis)}, padahal ${formatAngka(r.volume, 2, { buangNolDesimal: true })} ${r.satuan} × ${formatRupiah(r.harga)} = ${formatRupiah(hitung)}.`,
            "Kosongkan kolom Jumlah agar dihitung dari volume dan harga satuan, atau perbaiki angkanya.",
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Renja (seed 002's T-C.33): a program's pagu for n and n+1 is the sum of its kegiatan's
 * (3.295.000.000 = 3.200.000.000 + 95.000.000); a typed program figure that differs is a galat.
 */
function periksaRenja(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const unik = kodeUnik(
    out,
    RENJA,
    "Kode",
    bk.renja.filter((b) => b.kode !== ""),
    (b) => b.kode,
    {
      tidakSah: "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya.",
      ganda: "Setiap program dan kegiatan ditulis sekali; indikator tambahan ditulis tanpa kode.",
    },
  );
  const gulung = gulungAnggaran(unik.map(({ b, kode }) => ({ kode, nilai: [b.paguN, b.paguN1Maju] })));
  for (const { b, kode } of unik) {
    for (const s of gulung.get(kode)!.selisih) {
      const kolom = s.indeks === 0 ? "Pagu n" : "Pagu n+1";
      out.push(
        di(
          RENJA,
          b.baris,
          kolom,
          "galat",
          `${kolom} ${b.programKegiatan || b.kode} tertulis ${formatRupiah(s.tertulis)}, padahal jumlah kegiatannya ${formatRupiah(s.jumlahAnak)}.`,
          "Samakan pagu program dengan jumlah pagu kegiatannya.",
        ),
      );
    }
  }
  return out;
}
