/**
 * The Pohon Kinerja sheet (issue 15; PermenPANRB 89/2021 on penjenjangan kinerja): the
 * kabupaten's outcome cascaded down to the unit's tujuan, sasaran, programs, kegiatan and sub
 * kegiatan. One row per node (Kode, Induk); a row without Kode is a further indicator of the node
 * above. Linked by code to Kinerja (Kode Indikator) and to the Renja/RKA rows that carry a
 * program or kegiatan (Kode Renja/RKA). And the rules on the tree: its levels, its nodes' order.
 */
import { kunciTeks } from "../format";
import { angka, kelompokBaris, kolom, kunciKode, lembar, type Pembaca, type Rekaman, teks } from "./kolom";

export const LEVEL_POHON = ["Outcome", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"] as const;
export type LevelPohon = (typeof LEVEL_POHON)[number];

const level: Pembaca<LevelPohon | null> = {
  baca: (v) => {
    const k = kunciTeks(v);
    if (k === "") return null;
    const l = LEVEL_POHON.find((x) => kunciTeks(x) === k || (x === "Outcome" && k.startsWith("outcome")));
    if (!l) throw new Error(`Level "${String(v)}" tidak dikenal. Pilihan: ${LEVEL_POHON.join(", ")}.`);
    return l;
  },
  kosong: null,
};

const teksPohon = <const K extends string>(judul: string, kunci: K, catatan: string, lebar = 120) =>
  kolom(judul, kunci, teks, { lebar, catatan });

export const POHON_KINERJA = lembar("Pohon Kinerja", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    lebar: 70,
    catatan: "Kode unik; kosong: indikator tambahan.",
  }),
  kolom("Induk", "induk", teks, {
    jenis: "kode",
    lebar: 70,
    catatan: "Kode induk; kosong: puncak.",
  }),
  kolom("Level", "level", level, {
    pilihan: LEVEL_POHON,
    lebar: 100,
    catatan: "Outcome (kabupaten) s.d. Sub Kegiatan.",
  }),
  teksPohon("Uraian", "uraian", "Uraian.", 260),
  teksPohon("Indikator", "indikator", "Indikator.", 260),
  teksPohon("Satuan", "satuan", "Satuan.", 80),
  kolom("Target", "target", angka, { format: "#,##0.##", lebar: 80, catatan: "Target." }),
  teksPohon("Penanggung Jawab", "penanggungJawab", "Jabatan."),
  teksPohon("Kode Indikator", "kodeIndikator", "Kode di Kinerja.", 90),
  teksPohon("Kode Renja/RKA", "kodeAnggaran", "Kode Renja/RKA."),
]);

export type BarisPohon = Rekaman<typeof POHON_KINERJA>;

/** A node: its row, and the rows of its indicators (its own row's too, when it names one). */
export type Simpul = BarisPohon & { anggota: BarisPohon[] };

export const simpulPohon = (daftar: readonly BarisPohon[]): Simpul[] =>
  kelompokBaris(daftar, (b) => b.indikator !== "" || b.kodeIndikator !== "");

/**
 * Whether `anak` may stand under `induk`: one level down (a kegiatan under a tujuan skips two);
 * under the kabupaten's outcome a unit without tujuan of its own may hang its sasaran.
 */
export function levelSah(induk: LevelPohon, anak: LevelPohon): boolean {
  const i = LEVEL_POHON.indexOf(induk);
  const j = LEVEL_POHON.indexOf(anak);
  return j === i + 1 || (induk === "Outcome" && anak === "Sasaran");
}

/**
 * The tree in drawing order (depth first, children in sheet order): each node with its depth;
 * nodes on a cycle or under a missing parent become roots, so every node appears once.
 */
export function urutanPohon(simpul: readonly Simpul[]): { s: Simpul; kedalaman: number }[] {
  const perKode = new Map<string, Simpul>();
  for (const s of simpul) if (!perKode.has(kunciKode(s.kode))) perKode.set(kunciKode(s.kode), s);
  const anak = new Map<Simpul, Simpul[]>();
  const akar: Simpul[] = [];
  for (const s of simpul) {
    const i = s.induk === "" ? undefined : perKode.get(kunciKode(s.induk));
    if (i === undefined || i === s || diSiklus(s, perKode)) akar.push(s);
    else anak.set(i, [...(anak.get(i) ?? []), s]);
  }
  const hasil: { s: Simpul; kedalaman: number }[] = [];
  const dilihat = new Set<Simpul>();
  const jalan = (s: Simpul, kedalaman: number) => {
    if (dilihat.has(s)) return;
    dilihat.add(s);
    hasil.push({ s, kedalaman });
    for (const a of anak.get(s) ?? []) jalan(a, kedalaman + 1);
  };
  for (const a of akar) jalan(a, 0);
  return hasil;
}

/** Whether following the parents from `s` comes back to `s`. */
export function diSiklus(s: Simpul, perKode: ReadonlyMap<string, Simpul>): boolean {
  const dilihat = new Set<Simpul>();
  let k: Simpul | undefined = s;
  while (k !== undefined && k.induk !== "") {
    if (dilihat.has(k)) return false;
    dilihat.add(k);
    k = perKode.get(kunciKode(k.induk));
    if (k === s) return true;
  }
  return false;
}
