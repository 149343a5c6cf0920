import { gulungAnggaran } from "../../core/anggaran";
import { formatAngka, formatRupiah } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import type { KolomIsi } from "../../core/model/kolom";
import { type BarisRenja, hurufKelompok, jenisBarisRenja, RENJA, satuanRenja } from "../../core/model/renja";
import { di, kodeUnik } from "./kode";

/**
 * Renja: a program's pagu for n and n+1 is the sum of its kegiatan's (seed 002's T-C.33:
 * 3.295.000.000 = 3.200.000.000 + 95.000.000), a typed program figure that differs is a galat;
 * T-C.29's tingkat capaian K comes from a realisation and a target in one unit (masalahSatuan);
 * a group row (Kode A, B ...) holds a name and nothing else (periksaKelompok).
 */
export function periksaRenja(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const kelompok = bk.renja.filter((b) => jenisBarisRenja(b) === "kelompok");
  out.push(...periksaKelompok(kelompok));
  for (const b of bk.renja) if (jenisBarisRenja(b) !== "kelompok") out.push(...masalahSatuan(b));
  const unik = kodeUnik(
    out,
    RENJA,
    "Kode",
    bk.renja.filter((b) => jenisBarisRenja(b) === "program" || jenisBarisRenja(b) === "kegiatan"),
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

const angka = (n: number) => formatAngka(n, 2, { buangNolDesimal: true });
const denganSatuan = (n: number, satuan: string) =>
  satuan.trim() === "" ? angka(n) : `${angka(n)} ${satuan}`;

/**
 * A realisation K in another unit than its target (seed 002 realises "23 Jenis" as "99.34 %" and
 * "4 Dok" as "100%"): typed without Satuan Realisasi, a realisation beyond twice its target is a
 * galat at that cell (the capaian would divide a percent by a count); written in Satuan
 * Realisasi, the row only loses its tingkat capaian K, which a peringatan says.
 */
function masalahSatuan(b: BarisRenja): Masalah[] {
  const e = satuanRenja(b);
  const nama = b.indikator || b.programKegiatan || b.kode;
  if (e.status === "meragukan") {
    const [pertama] = e.meragukan;
    const rincian = e.meragukan
      .map(
        (m) =>
          `${m.realisasi} ${angka(m.nilai)} lebih dari dua kali ${m.target} ${denganSatuan(m.nilaiTarget, b.satuan)}`,
      )
      .join("; ");
    const satuan = b.satuan.trim() === "" ? "satuan targetnya" : b.satuan;
    return [
      di(
        RENJA,
        b.baris,
        pertama!.realisasi,
        "galat",
        `${nama}: ${rincian}. Realisasi tampaknya ditulis dalam satuan lain (misalnya %), dan capaian dari dua satuan yang berbeda tidak bermakna.`,
        `Tulis realisasi dalam ${satuan}, atau tulis satuannya di kolom Satuan Realisasi (misalnya %; tingkat capaian K lalu tidak dihitung). Bila angkanya memang dalam ${satuan}, tulis ${satuan} di kolom Satuan Realisasi.`,
      ),
    ];
  }
  if (e.status !== "berbeda") return [];
  // Only where a capaian is lost: a K target and a K realisation.
  const adaTarget = b.targetRenstraK !== null || b.targetN1K !== null;
  const adaRealisasi =
    b.realisasiSampaiN2K !== null || b.realisasiTwK.some((v) => v !== null && v !== undefined);
  if (!adaTarget || !adaRealisasi) return [];
  const target = b.satuan.trim() === "" ? "targetnya tanpa satuan" : `targetnya dalam ${b.satuan}`;
  return [
    di(
      RENJA,
      b.baris,
      "Satuan Realisasi",
      "peringatan",
      `Realisasi (K) ${nama} ditulis dalam ${b.satuanRealisasi}, ${target}: tingkat capaian K tidak dihitung dan tidak diberi predikat.`,
      `Bila realisasinya dalam ${b.satuan.trim() === "" ? "satuan target" : b.satuan} diketahui, tulis di kolom realisasi (K) dan kosongkan Satuan Realisasi.`,
    ),
  ];
}

/** Group rows (seed 002's "A Pemerintahan Umum"): a name, a letter used once, no other cell filled. */
function periksaKelompok(kelompok: readonly BarisRenja[]): Masalah[] {
  const out: Masalah[] = [];
  const dipakai = new Map<string, number>();
  const lain = RENJA.kolom.filter(
    (k): k is (typeof RENJA.kolom)[number] & KolomIsi => k.judul !== "Kode" && k.judul !== "Program/Kegiatan",
  );
  for (const b of kelompok) {
    const huruf = hurufKelompok(b.kode)!;
    const sebelumnya = dipakai.get(huruf);
    if (sebelumnya !== undefined) {
      out.push(
        di(
          RENJA,
          b.baris,
          "Kode",
          "galat",
          `Kode ${huruf} sudah dipakai di baris ${sebelumnya}.`,
          "Beri setiap kelompok huruf yang berbeda: A, B, C ...",
        ),
      );
      continue;
    }
    dipakai.set(huruf, b.baris);
    if (b.programKegiatan.trim() === "")
      out.push(
        di(
          RENJA,
          b.baris,
          "Program/Kegiatan",
          "galat",
          `Nama kelompok ${huruf} kosong.`,
          "Tulis nama urusannya di Program/Kegiatan, misalnya Pemerintahan Umum.",
        ),
      );
    for (const k of lain) {
      const isi: unknown = b[k.kunci as keyof BarisRenja];
      const nilai = k.indeks === undefined ? isi : (isi as unknown[])[k.indeks];
      if (nilai === null || nilai === undefined || nilai === "") continue;
      out.push(
        di(
          RENJA,
          b.baris,
          k.judul,
          "galat",
          `Baris kelompok ${huruf} (${b.programKegiatan || "tanpa nama"}) berisi ${k.judul}; baris kelompok hanya memuat namanya.`,
          "Pindahkan isian ini ke baris program atau kegiatan di bawahnya, atau kosongkan.",
        ),
      );
    }
  }
  return out;
}
