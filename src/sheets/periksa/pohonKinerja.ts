/**
 * Pohon Kinerja (issue 15): a tree whose every node exists once, hangs under an existing parent
 * one level up, without cycle, with an indicator; and that carries every program and kegiatan of
 * Renja and RKA and every indicator of the PK (otherwise measurement is not cascaded).
 */
import { kunciTeks } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { indikatorSasaranPk } from "../../core/model/kinerja";
import {
  diSiklus,
  kunciKode,
  LEVEL_POHON,
  levelSah,
  POHON_KINERJA,
  type Simpul,
  simpulPohon,
} from "../../core/model/pohonKinerja";
import { jenisBarisRenja } from "../../core/model/renja";
import { di } from "./kode";

const URUTAN = `Urutan: ${LEVEL_POHON.join(", ")}.`;
const TAMBAH = "Tambahkan simpul dengan Kode Renja/RKA atau uraian yang sama.";
const TIDAK = "tidak ada di pohon kinerja.";

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
        `Induk ${s.induk} ${TIDAK}`,
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
  // What the tree should carry: compared by code and by name, as the sheets write them.
  const kodeAnggaran = new Set(unik.map((s) => kunciKode(s.kodeAnggaran)));
  const nama = new Set(unik.map((s) => kunciTeks(s.uraian)));
  const dimuat = (kode: string, uraian: string) =>
    (kode !== "" && kodeAnggaran.has(kunciKode(kode))) || nama.has(kunciTeks(uraian));
  const tidakDimuat = (pesan: string, saran: string) =>
    out.push({ tingkat: "peringatan", lembar: POHON_KINERJA.nama, pesan, saran });
  for (const r of bk.renja) {
    const j = jenisBarisRenja(r);
    if ((j === "program" || j === "kegiatan") && !dimuat(r.kode, r.programKegiatan)) {
      tidakDimuat(
        `${j === "program" ? "Program" : "Kegiatan"} Renja ${r.kode} "${r.programKegiatan}" (lembar Renja, baris ${r.baris}) ${TIDAK}`,
        TAMBAH,
      );
    }
  }
  for (const k of bk.rka) {
    if (k.kode !== "" && !dimuat(k.kode, k.kegiatan)) {
      tidakDimuat(`Kegiatan RKA ${k.kode} "${k.kegiatan}" (lembar RKA, baris ${k.baris}) ${TIDAK}`, TAMBAH);
    }
  }
  const kodeInd = new Set(unik.flatMap((s) => s.anggota.map((i) => kunciKode(i.kodeIndikator))));
  const namaInd = new Set(unik.flatMap((s) => s.anggota.map((i) => kunciTeks(i.indikator))));
  const pk = new Set([
    ...indikatorSasaranPk(bk.indikator),
    ...bk.indikator.filter((i) => i.tingkat === "Program"),
  ]);
  for (const i of pk) {
    if (!kodeInd.has(kunciKode(i.kode)) && !namaInd.has(kunciTeks(i.indikator))) {
      tidakDimuat(
        `Indikator PK ${i.kode} "${i.indikator}" (lembar Kinerja, baris ${i.baris}) ${TIDAK}`,
        "Isi Kode Indikator di simpulnya.",
      );
    }
  }
  return out;
}
