import { gulungAnggaran } from "../../core/anggaran";
import { formatRupiah } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import {
  type BarisReviewRkpd,
  jenisBarisRenja,
  REVIEW_RKPD,
  satuanSetara,
  USULAN_PEMANGKU,
  usulanBaru,
} from "../../core/model/renja";
import { di, kodeUnik } from "./kode";

const SISI = [
  { akhiran: "Awal", judul: "Rancangan Awal", kata: "rancangan awal RKPD" },
  { akhiran: "Hasil", judul: "Hasil Analisis", kata: "hasil analisis kebutuhan" },
] as const;
type Sisi = (typeof SISI)[number];
const pagu = (b: BarisReviewRkpd, s: Sisi) => b[`pagu${s.akhiran}`];
const nama = (b: BarisReviewRkpd) => b.programAwal || b.programHasil || b.kode || b.indikatorAwal;

/**
 * Review RKPD (T-C.31): codes as in Renja; a pagu that is not an amount (seed 002 prints "23
 * Jenis" in one) is named and printed "-"; a program's pagu is the sum of its kegiatan's on each
 * side, as in Renja (every program of seed 002's T-C.31 holds to it); one indicator on both sides
 * in two units (seed 002's row 1: 87 % against "23 Jenis") is named.
 */
export function periksaReviewRkpd(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const baris = bk.reviewRkpd;
  const pertama = baris[0];
  if (pertama !== undefined && pertama.kode === "")
    out.push(
      di(
        REVIEW_RKPD,
        pertama.baris,
        "Kode",
        "galat",
        `Baris pertama tanpa Kode: indikator tambahan ${pertama.indikatorAwal || pertama.indikatorHasil} tidak punya program atau kegiatan di atasnya.`,
        "Tulis Kode program (1, 2 ...) atau kegiatan (1.1, 1.2 ...) di baris pertama.",
      ),
    );
  for (const b of baris) {
    const jenis = jenisBarisRenja(b);
    if (jenis === "kelompok")
      out.push(
        di(
          REVIEW_RKPD,
          b.baris,
          "Kode",
          "galat",
          `Kode ${b.kode} adalah baris kelompok, yang tidak ada di Tabel T-C.31.`,
          "Tulis Kode program (1, 2 ...) atau kegiatan (1.1, 1.2 ...), atau kosongkan untuk indikator tambahan.",
        ),
      );
    for (const s of SISI) {
      const p = pagu(b, s);
      const kolom = `Pagu Indikatif (${s.judul})`;
      if (typeof p === "string")
        out.push(
          di(
            REVIEW_RKPD,
            b.baris,
            kolom,
            "peringatan",
            `Pagu indikatif ${s.kata} ${nama(b)} berisi "${p}", bukan jumlah rupiah: Tabel T-C.31 mencetak "-" di sel ini.`,
            "Tulis pagu indikatif dalam rupiah (angka saja, misalnya 334.336.000), atau kosongkan bila tidak ada.",
          ),
        );
      else if (p !== null && jenis === "indikator")
        out.push(
          di(
            REVIEW_RKPD,
            b.baris,
            kolom,
            "peringatan",
            `Pagu indikatif di baris indikator tambahan (tanpa Kode) tidak dicetak: pagu milik program atau kegiatan di atasnya.`,
            "Pindahkan pagu ke baris program/kegiatannya, atau kosongkan sel ini.",
          ),
        );
      if (jenis !== "indikator" && b[`program${s.akhiran}`] === "")
        out.push(
          di(
            REVIEW_RKPD,
            b.baris,
            `Program/Kegiatan (${s.judul})`,
            "peringatan",
            `Kode ${b.kode}: nama program/kegiatan menurut ${s.kata} kosong.`,
            `Tulis nama program atau kegiatannya menurut ${s.kata}.`,
          ),
        );
    }
    const [a, h] = [b.satuanAwal, b.satuanHasil];
    if (
      b.indikatorAwal !== "" &&
      b.indikatorAwal.toLowerCase() === b.indikatorHasil.toLowerCase() &&
      a.trim() !== "" &&
      h.trim() !== "" &&
      !satuanSetara(a, h)
    )
      out.push(
        di(
          REVIEW_RKPD,
          b.baris,
          "Satuan (Hasil Analisis)",
          "peringatan",
          `Indikator "${b.indikatorAwal}" bertarget dalam ${a} menurut rancangan awal RKPD tetapi dalam ${h} menurut hasil analisis kebutuhan: kedua target tidak dapat dibandingkan.`,
          "Periksa target dan satuan hasil analisis kebutuhan; tulis keduanya dalam satuan yang sama.",
        ),
      );
  }
  const unik = kodeUnik(
    out,
    REVIEW_RKPD,
    "Kode",
    baris.filter((b) => jenisBarisRenja(b) === "program" || jenisBarisRenja(b) === "kegiatan"),
    (b) => b.kode,
    {
      tidakSah: "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya, seperti di lembar Renja.",
      ganda: "Setiap program dan kegiatan ditulis sekali; indikator tambahan ditulis tanpa kode.",
    },
  );
  const angka = (v: number | string | null) => (typeof v === "number" ? v : null);
  const gulung = gulungAnggaran(
    unik.map(({ b, kode }) => ({ kode, nilai: SISI.map((s) => angka(pagu(b, s))) })),
  );
  const perKode = new Map(unik.map(({ b, kode }) => [kode, b]));
  for (const { b, kode } of unik) {
    const g = gulung.get(kode)!;
    for (const selisih of g.selisih) {
      const s = SISI[selisih.indeks]!;
      // A kegiatan whose pagu is no amount is named above; its program is not compared on that side.
      if (g.anak.some((k) => typeof pagu(perKode.get(k)!, s) === "string")) continue;
      out.push(
        di(
          REVIEW_RKPD,
          b.baris,
          `Pagu Indikatif (${s.judul})`,
          "galat",
          `Pagu indikatif ${s.kata} ${nama(b)} tertulis ${formatRupiah(selisih.tertulis)}, padahal jumlah kegiatannya ${formatRupiah(selisih.jumlahAnak)}.`,
          "Samakan pagu program dengan jumlah pagu kegiatannya.",
        ),
      );
    }
  }
  return out;
}

/** Usulan Pemangku Kepentingan (T-C.32): every row belongs to an item, every item to a program. */
export function periksaUsulan(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  let program = "";
  let adaItem = false;
  for (const u of bk.usulan) {
    if (!usulanBaru(u)) {
      if (!adaItem)
        out.push(
          di(
            USULAN_PEMANGKU,
            u.baris,
            "Kegiatan",
            "galat",
            `Indikator ${u.indikator || "tanpa nama"} tidak punya program atau kegiatan di atasnya.`,
            "Tulis program dan kegiatannya di baris ini, atau pindahkan indikator ke bawah kegiatannya.",
          ),
        );
      continue;
    }
    adaItem = true;
    if (u.program !== "") program = u.program;
    else if (program === "")
      out.push(
        di(
          USULAN_PEMANGKU,
          u.baris,
          "Program",
          "galat",
          `Kegiatan ${u.kegiatan} tanpa program: Program kosong di baris ini dan di atasnya.`,
          "Tulis programnya di kolom Program (baris berikutnya boleh dikosongkan bila programnya sama).",
        ),
      );
    if (u.target !== null && u.indikator === "")
      out.push(
        di(
          USULAN_PEMANGKU,
          u.baris,
          "Indikator",
          "peringatan",
          `Target ${u.target} tanpa indikator kinerja.`,
          "Tulis indikator kinerja yang diukur oleh target ini.",
        ),
      );
  }
  return out;
}
