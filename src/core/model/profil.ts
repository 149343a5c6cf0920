/**
 * The Profil Unit sheet: what the LKJ's Bab I and Bab IV say about the unit (PermenPANRB 53/2014,
 * sistematika LKj; seed 001 Bab I 1.2-1.3 and Bab IV), one row per item: its tugas, each fungsi,
 * the units of its organisation, its staff counted by status, education and rank, its facilities,
 * its strategic issues (masalah pokok, masalah, akar masalah) and the strategies of the Penutup;
 * and the Renja's own prose (seed 002): latar belakang, landasan hukum, maksud dan tujuan, the
 * kabupaten's visi and misi, arah kebijakan, faktor kunci keberhasilan, penutup. Typed once in the workbook, so the LKJ is made from it instead of being retyped each year.
 */
import { isKosong } from "../angka";
import { kunciTeks } from "../format";
import { angka, kolom, lembar, type Pembaca, type Rekaman, teks } from "./kolom";

export const BAGIAN_PROFIL = [
  "Tugas",
  "Fungsi",
  "Struktur Organisasi",
  "SDM",
  "Sarana Prasarana",
  "Isu Strategis",
  "Strategi",
  // The Renja's own prose (seed 002 Bab I, III and V): typed once, printed as the unit wrote it.
  "Latar Belakang",
  "Landasan Hukum",
  "Maksud dan Tujuan",
  "Visi",
  "Misi",
  "Arah Kebijakan",
  "Faktor Kunci Keberhasilan",
  "Penutup",
] as const;
export type BagianProfil = (typeof BAGIAN_PROFIL)[number];

const bagian: Pembaca<BagianProfil | null> = {
  baca: (v) => {
    if (isKosong(v)) return null;
    const b = BAGIAN_PROFIL.find((x) => kunciTeks(x) === kunciTeks(v));
    if (!b) throw new Error(`Bagian "${String(v)}" tidak dikenal. Pilihan: ${BAGIAN_PROFIL.join(", ")}.`);
    return b;
  },
  kosong: null,
};

export const PROFIL_UNIT = lembar("Profil Unit", [
  kolom("Bagian", "bagian", bagian, {
    pilihan: BAGIAN_PROFIL,
    wajib: {},
    lebar: 140,
    catatan:
      "Bagian dokumen yang diisi baris ini, dicetak berurutan. LKJ: Tugas ... Isu Strategis (Bab I), Strategi (Bab IV). Renja: Latar Belakang, Landasan Hukum, Maksud dan Tujuan (Bab I), Isu Strategis (Bab II), Visi, Misi, Strategi, Arah Kebijakan, Faktor Kunci Keberhasilan (Bab III), Penutup (Bab V); satu paragraf atau satu butir per baris.",
  }),
  kolom("Kelompok", "kelompok", teks, {
    lebar: 180,
    catatan:
      "SDM: Status, Pendidikan atau Golongan. Isu Strategis: masalah pokok. Struktur Organisasi: unit induknya. Strategi (Renja): strategi induk butir ini.",
  }),
  kolom("Uraian", "uraian", teks, {
    wajib: true,
    lebar: 420,
    catatan:
      "Tugas, satu fungsi, unit organisasi, kategori pegawai (ASN, S1, III/a), aset, masalah, strategi.",
  }),
  kolom("Jumlah", "jumlah", angka, {
    format: "#,##0",
    lebar: 80,
    catatan: "SDM: jumlah orang. Sarana Prasarana: jumlah unit.",
  }),
  kolom("Keterangan", "keterangan", teks, {
    lebar: 360,
    catatan:
      "Isu Strategis: akar masalah. Strategi: kebijakannya. Sarana Prasarana: keterangan. Misi: penjelasan misi.",
  }),
]);

/** One row of Profil Unit. */
export type ProfilUnit = Rekaman<typeof PROFIL_UNIT>;

/** The rows of one part, in sheet order. */
export const bagianProfil = (daftar: readonly ProfilUnit[], b: BagianProfil): ProfilUnit[] =>
  daftar.filter((p) => p.bagian === b);

/**
 * The staff counted per group (Status, Pendidikan, Golongan), in sheet order, with each group's
 * total: the LKJ's SDM table and its sentence; Periksa Data compares the totals.
 */
export function kelompokSdm(
  daftar: readonly ProfilUnit[],
): { kelompok: string; baris: ProfilUnit[]; jumlah: number }[] {
  const grup = new Map<string, ProfilUnit[]>();
  for (const p of bagianProfil(daftar, "SDM")) {
    const k = p.kelompok || "Jumlah Pegawai";
    grup.set(k, [...(grup.get(k) ?? []), p]);
  }
  return [...grup].map(([kelompok, baris]) => ({
    kelompok,
    baris,
    jumlah: baris.reduce((a, p) => a + (p.jumlah ?? 0), 0),
  }));
}
