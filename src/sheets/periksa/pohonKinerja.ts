/**
 * Pohon Kinerja (issue 15): a tree whose every node exists once, hangs under an existing parent
 * one level up, without cycle, with an indicator; and that carries every program and kegiatan of
 * Renja and RKA and every indicator of the PK (otherwise measurement is not cascaded).
 */
import { kunciTeks } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { indikatorSasaranPk } from "../../core/model/kinerja";
import { kunciKode } from "../../core/model/kolom";
import {
  diSiklus,
  LEVEL_POHON,
  levelSah,
  POHON_KINERJA,
  type Simpul,
  simpulPohon,
} from "../../core/model/pohonKinerja";
import { jenisBarisRenja } from "../../core/model/renja";
import { di } from "./kode";

const URUTAN = `Urutan: ${LEVEL_POHON.join(", ")}.`;

export function periksaPohon(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const m = (
    s: { baris: number },
    kolom: string,
    tingkat: Masalah["tingkat"],
    pesan: string,
    saran: string,
  ) => out.push(di(POHON_KINERJA, s.baris, kolom, tingkat, pesan, saran));
  const pertama = bk.pohon[0];
  if (pertama !== undefined && pertama.kode === "") {
    m(pertama, "Kode", "peringatan", "Indikator tanpa simpul.", "Isi Kode.");
  }
  const simpul = simpulPohon(bk.pohon);
  if (simpul.length === 0) return out;
  const perKode = new Map<string, Simpul>();
  const unik: Simpul[] = [];
  for (const s of simpul) {
    const lain = perKode.get(kunciKode(s.kode));
    if (lain !== undefined) {
      m(s, "Kode", "galat", `Kode ${s.kode} sudah dipakai di baris ${lain.baris}.`, "Kode harus unik.");
      continue;
    }
    perKode.set(kunciKode(s.kode), s);
    unik.push(s);
  }
  for (const s of unik) {
    if (s.level === null) m(s, "Level", "peringatan", `Level simpul ${s.kode} kosong.`, URUTAN);
    if (s.anggota.every((i) => i.indikator === "")) {
      m(s, "Indikator", "peringatan", `Simpul ${s.kode} tidak punya indikator.`, "Isi Indikator.");
    }
    if (s.induk === "") continue;
    const induk = perKode.get(kunciKode(s.induk));
    if (induk === undefined) {
      m(
        s,
        "Induk",
        "galat",
        `Induk ${s.induk} tidak ada di pohon kinerja.`,
        "Isi Kode simpul yang ada, atau kosongkan untuk puncak.",
      );
    } else if (diSiklus(s, perKode)) {
      m(
        s,
        "Induk",
        "galat",
        `Simpul ${s.kode} berada dalam lingkaran induk.`,
        "Setiap jalur harus berakhir di puncak.",
      );
    } else if (s.level !== null && induk.level !== null && !levelSah(induk.level, s.level)) {
      m(
        s,
        "Level",
        "peringatan",
        `${s.level} ${s.kode} di bawah ${induk.level} ${induk.kode}: urutan level salah.`,
        URUTAN,
      );
    }
  }
  // Budget codes are matched with Kode Renja/RKA and Uraian; PK indicators with Kode Indikator
  // and the indicators' names (Renja's 1, 1.1 look like Kinerja's codes).
  const set = (f: (s: Simpul) => string[], k: (x: string) => string) => new Set(unik.flatMap(f).map(k));
  const kodeAnggaran = set((s) => [s.kodeAnggaran], kunciKode);
  const uraian = set((s) => [s.uraian], kunciTeks);
  const kodeInd = set((s) => s.anggota.map((i) => i.kodeIndikator), kunciKode);
  const namaInd = set((s) => s.anggota.map((i) => i.indikator), kunciTeks);
  const periksa = (apa: string, lembar: string, b: { baris: number; kode: string }, teks: string) => {
    const ind = lembar === "Kinerja";
    if (
      !(ind ? kodeInd : kodeAnggaran).has(kunciKode(b.kode)) &&
      !(ind ? namaInd : uraian).has(kunciTeks(teks))
    ) {
      out.push({
        tingkat: "peringatan",
        lembar: POHON_KINERJA.nama,
        pesan: `${apa} ${b.kode} "${teks}" (lembar ${lembar}, baris ${b.baris}) tidak ada di pohon kinerja.`,
        saran: "Tambahkan simpulnya, dengan kode atau uraian yang sama.",
      });
    }
  };
  for (const r of bk.renja) {
    const j = jenisBarisRenja(r);
    if (j === "program" || j === "kegiatan")
      periksa(`${j === "program" ? "Program" : "Kegiatan"} Renja`, "Renja", r, r.programKegiatan);
  }
  for (const k of bk.rka) if (k.kode !== "") periksa("Kegiatan RKA", "RKA", k, k.kegiatan);
  for (const i of new Set([
    ...indikatorSasaranPk(bk.indikator),
    ...bk.indikator.filter((i) => i.tingkat === "Program"),
  ])) {
    periksa("Indikator PK", "Kinerja", i, i.indikator);
  }
  return out;
}
