/**
 * The Renja sheets of Permendagri 86/2017 (seed 002): Renja (one row per program or kegiatan; a
 * row without kode is a further indicator of the row above, a letter a group heading) with the
 * Renstra target, the realisation up to n-2, year n-1's target and cumulative quarterly
 * realisation (T-C.29), and the plan for n and n+1 (T-C.33); Kinerja Pelayanan (T-C.30). K =
 * kinerja in the indicator's satuan (the realisations in Satuan Realisasi when given), Rp =
 * anggaran. And the evaluation rule of T-C.29's computed columns 12 to 14.
 */
import { isKosong, parseAngka } from "../angka";
import { bulatkan } from "../pembulatan";
import { parseAgregasi, realisasiTahunan } from "../realisasi";
import { TRIWULAN } from "../triwulan";
import { AGREGASI } from "./kinerja";
import { angka, kolom, lembar, type Pembaca, pilihan, type Rekaman, teks } from "./kolom";

const infoAngka = (judul: string, catatan: string) => {
  const rupiah = judul.endsWith("(Rp)") || judul.startsWith("Pagu");
  return {
    jenis: rupiah ? "rupiah" : "angka",
    format: rupiah ? "#,##0" : "#,##0.##",
    lebar: 110,
    catatan,
  } as const;
};
const angkaRenja = <const K extends string>(judul: string, kunci: K, catatan: string) =>
  kolom(judul, kunci, angka, infoAngka(judul, catatan));
/** One of a numbered group (TW I-IV, n-5 ... n-2): position `indeks` of the field's array. */
const angkaBerurut = <const K extends string>(judul: string, kunci: K, catatan: string, indeks: number) =>
  kolom(judul, kunci, angka, { ...infoAngka(judul, catatan), indeks });

export const RENJA = lembar("Renja", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    lebar: 80,
    catatan:
      "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya. Kosong: indikator tambahan baris di atasnya. Huruf A, B ...: baris kelompok (urusan, misalnya A Pemerintahan Umum), hanya namanya di Program/Kegiatan.",
  }),
  kolom("Sasaran", "sasaran", teks, { lebar: 180, catatan: "Sasaran program/kegiatan." }),
  kolom("Program/Kegiatan", "programKegiatan", teks, { lebar: 260, catatan: "Nama program atau kegiatan." }),
  kolom("Indikator", "indikator", teks, {
    lebar: 260,
    catatan: "Indikator kinerja program (outcome) atau kegiatan (output).",
  }),
  kolom("Satuan", "satuan", teks, { lebar: 80, catatan: "Satuan indikator, misalnya %, Jenis, Desa." }),
  kolom("Agregasi", "agregasi", pilihan(parseAgregasi), {
    pilihan: AGREGASI,
    lebar: 100,
    catatan: "Cara menggabung realisasi s.d. n-2 dengan realisasi n-1 (kolom 13 T-C.29).",
  }),
  angkaRenja("Target Renstra (K)", "targetRenstraK", "Target kinerja akhir Renstra/RPJMD."),
  angkaRenja("Target Renstra (Rp)", "targetRenstraRp", "Pagu akhir Renstra/RPJMD."),
  angkaRenja("Realisasi s.d. n-2 (K)", "realisasiSampaiN2K", "Realisasi kinerja Renstra sampai tahun n-2."),
  angkaRenja(
    "Realisasi s.d. n-2 (Rp)",
    "realisasiSampaiN2Rp",
    "Realisasi anggaran Renstra sampai tahun n-2.",
  ),
  angkaRenja("Target n-1 (K)", "targetN1K", "Target kinerja tahun n-1."),
  angkaRenja("Target n-1 (Rp)", "targetN1Rp", "Pagu tahun n-1."),
  ...TRIWULAN.flatMap((tw, i) => [
    angkaBerurut(
      `Realisasi TW ${tw} (K)`,
      "realisasiTwK",
      `Realisasi kinerja kumulatif sampai akhir triwulan ${tw} tahun n-1.`,
      i,
    ),
    angkaBerurut(
      `Realisasi TW ${tw} (Rp)`,
      "realisasiTwRp",
      `Realisasi anggaran kumulatif sampai akhir triwulan ${tw} tahun n-1.`,
      i,
    ),
  ]),
  kolom("Lokasi", "lokasi", teks, { lebar: 120, catatan: "Lokasi rencana tahun n." }),
  angkaRenja("Target n", "targetN", "Target kinerja rencana tahun n."),
  angkaRenja("Pagu n", "paguN", "Pagu indikatif tahun n."),
  kolom("Sumber Dana", "sumberDana", teks, { lebar: 90, catatan: "Misalnya DAU." }),
  angkaRenja("Target n+1", "targetN1Maju", "Target prakiraan maju tahun n+1."),
  angkaRenja("Pagu n+1", "paguN1Maju", "Pagu prakiraan maju tahun n+1; kosong berarti 110 % pagu tahun n."),
  kolom("Catatan", "catatan", teks, { lebar: 200, catatan: "Catatan penting." }),
  // Last, so that Siapkan Lembar Kerja adds it to a Renja sheet set up before it (it adds only
  // trailing columns and never moves the user's).
  kolom("Satuan Realisasi", "satuanRealisasi", teks, {
    lebar: 110,
    catatan:
      "Satuan realisasi (K) bila berbeda dari Satuan target, misalnya % untuk indikator Jenis yang realisasinya ditulis dalam persen: tingkat capaian K lalu tidak dihitung. Kosong: sama dengan Satuan.",
  }),
]);

export type BarisRenja = Rekaman<typeof RENJA>;

/**
 * A Renja row by its Kode: a letter is a group heading (seed 002's T-C.29 opens with "A
 * Pemerintahan Umum", the urusan; its name in Program/Kegiatan, nothing else), a code without a
 * dot a program, with dots a kegiatan, blank a further indicator of the row above.
 */
export type JenisBarisRenja = "kelompok" | "program" | "kegiatan" | "indikator";

/** The letter of a group row ("A", "b." -> "B"), or null. */
export function hurufKelompok(kode: string): string | null {
  const t = kode.trim().replace(/\.$/, "");
  return /^[A-Za-z]$/.test(t) ? t.toUpperCase() : null;
}

export function jenisBarisRenja(b: Pick<BarisRenja, "kode">): JenisBarisRenja {
  if (b.kode.trim() === "") return "indikator";
  if (hurufKelompok(b.kode) !== null) return "kelompok";
  return b.kode.includes(".") ? "kegiatan" : "program";
}

/** T-C.30: pencapaian kinerja pelayanan. */
export const KINERJA_PELAYANAN = lembar("Kinerja Pelayanan", [
  kolom("Indikator", "indikator", teks, { lebar: 300, catatan: "Indikator kinerja pelayanan." }),
  kolom("Satuan", "satuan", teks, { lebar: 80, catatan: "Satuan indikator." }),
  ...[5, 4, 3, 2].map((k, i) => angkaBerurut(`Target n-${k}`, "target", `Target tahun n-${k}.`, i)),
  angkaRenja("Realisasi n-2", "realisasiN2", "Realisasi tahun n-2."),
  angkaRenja("Realisasi n-1", "realisasiN1", "Realisasi tahun n-1 (perkiraan)."),
  angkaRenja("Proyeksi n", "proyeksiN", "Proyeksi tahun n."),
  angkaRenja("Proyeksi n+1", "proyeksiN1", "Proyeksi tahun n+1."),
  kolom("Catatan Analisis", "catatan", teks, { lebar: 240, catatan: "Catatan analisis." }),
]);

/** A service indicator: `target` holds the targets of n-5 ... n-2. */
export type KinerjaPelayanan = Rekaman<typeof KINERJA_PELAYANAN>;

/** K (kinerja) and Rp (anggaran) of one column of T-C.29. */
export type KRp = [k: number | null, rp: number | null];

/**
 * Whether the realisation K and the target K are in one unit:
 * - "sama": Satuan Realisasi blank (the realisation in Satuan) and no realisation beyond twice
 *   its target, or Satuan Realisasi the same unit as Satuan (the user vouches for the figures);
 * - "berbeda": Satuan Realisasi another unit (seed 002 prints "99.34 %" realised against "23
 *   Jenis"): no capaian K;
 * - "meragukan": Satuan Realisasi blank and a realisation more than twice the target it is
 *   measured against (seed 002's "100%" against "4 Dok", typed as printed): no capaian K, and
 *   Periksa Data asks for the unit.
 */
export type StatusSatuan = "sama" | "berbeda" | "meragukan";

/** A realisation cell more than twice the target cell it is measured against (headers as the sheet's). */
export interface RealisasiMeragukan {
  realisasi: string;
  nilai: number;
  target: string;
  nilaiTarget: number;
}

export interface EvaluasiRenja {
  baris: BarisRenja;
  satuan: SatuanRenja;
  realisasiN1: KRp;
  realisasiSampaiN1: KRp;
  /** Percent units; K only when realisation and target are in one unit ("sama"). */
  tingkatCapaian: KRp;
  /**
   * K of year n-1 against its own target: column 12 / column 7 x 100 %, by the rule of column 14
   * (one unit, a positive target): what the Renja's Bab II 2.1 a-c sorts the programs by.
   */
  capaianN1: number | null;
}

/** Spellings of one unit seed 002 mixes: "Dok" / "dokumen", "kelp" / "kelompok", "%" / "persen". */
const SEBUTAN_SATUAN: Readonly<Record<string, string>> = {
  persen: "%",
  persentase: "%",
  dokumen: "dok",
  kelp: "kelompok",
  klp: "kelompok",
};
const bakuSatuan = (s: string) => {
  const t = s.trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
  return SEBUTAN_SATUAN[t] ?? t;
};

/** One unit however spelled: case, spaces, a final dot and the spellings above aside. */
export function satuanSetara(a: string, b: string): boolean {
  return bakuSatuan(a) === bakuSatuan(b);
}

type Pasangan = [realisasi: string, nilai: number | null, target: string, nilaiTarget: number | null];

/** Realisation cells and the target each is measured against: 6 against 5, TW I-IV against 7. */
function pasanganRealisasi(b: BarisRenja): Pasangan[] {
  return [
    ["Realisasi s.d. n-2 (K)", b.realisasiSampaiN2K, "Target Renstra (K)", b.targetRenstraK],
    ...TRIWULAN.map(
      (tw, i): Pasangan => [
        `Realisasi TW ${tw} (K)`,
        b.realisasiTwK[i] ?? null,
        "Target n-1 (K)",
        b.targetN1K,
      ],
    ),
  ];
}

export interface SatuanRenja {
  /** The unit of the realisation K (columns 6, 8-13): Satuan Realisasi, or Satuan when blank. */
  satuanRealisasi: string;
  status: StatusSatuan;
  /** With "meragukan": every realisation beyond twice its target, in the sheet's order. */
  meragukan: RealisasiMeragukan[];
}

/** Whether a row's realisation K and target K are in one unit (StatusSatuan). */
export function satuanRenja(b: BarisRenja): SatuanRenja {
  if (b.satuanRealisasi.trim() !== "") {
    const status = satuanSetara(b.satuanRealisasi, b.satuan) ? "sama" : "berbeda";
    return { satuanRealisasi: b.satuanRealisasi, status, meragukan: [] };
  }
  const meragukan: RealisasiMeragukan[] = [];
  for (const [realisasi, nilai, target, nilaiTarget] of pasanganRealisasi(b)) {
    if (nilai !== null && nilaiTarget !== null && nilaiTarget > 0 && nilai > 2 * nilaiTarget)
      meragukan.push({ realisasi, nilai, target, nilaiTarget });
  }
  return { satuanRealisasi: b.satuan, status: meragukan.length > 0 ? "meragukan" : "sama", meragukan };
}

/**
 * T-C.29's computed columns:
 * - 12: realisation of n-1 = the last reported quarter (the quarters are cumulative);
 * - 13: realisation up to n-1 = column 6 + column 12 (Rp; K by the indicator's Agregasi). The
 *   seed's header reads "13 = 7 + 12" while its figures follow 6 + 12 (342.181.137,68 +
 *   126.461.076 = 468.642.214): the figures and the regulation agree, the header is a slip;
 * - 14: level of achievement = column 13 / column 5 x 100 % (the seed writes "13/6", its figures
 *   are 13/5: 468.642.214 / 1.814.088.000 = 25,83 %); K only from a realisation and a target in
 *   one unit (StatusSatuan): seed 002 divides "100%" by "4 Dok" and prints 2.500 %.
 */
export function evaluasiRenja(b: BarisRenja): EvaluasiRenja {
  const k12 = realisasiTahunan(b.realisasiTwK, "TERAKHIR");
  const rp12 = realisasiTahunan(b.realisasiTwRp, "TERAKHIR");
  const k13 = realisasiTahunan([b.realisasiSampaiN2K, k12], b.agregasi ?? "JUMLAH");
  const rp13 =
    b.realisasiSampaiN2Rp === null && rp12 === null ? null : (b.realisasiSampaiN2Rp ?? 0) + (rp12 ?? 0);
  const bagi = (a: number | null, c: number | null) =>
    a === null || c === null || c <= 0 ? null : (a / c) * 100;
  const satuan = satuanRenja(b);
  return {
    baris: b,
    satuan,
    realisasiN1: [k12, rp12],
    realisasiSampaiN1: [k13, rp13],
    tingkatCapaian: [
      satuan.status === "sama" ? bagi(k13, b.targetRenstraK) : null,
      bagi(rp13, b.targetRenstraRp),
    ],
    capaianN1: satuan.status === "sama" ? bagi(k12, b.targetN1K) : null,
  };
}

/** Where Bab II 2.1 puts a program: its output of n-1 short of, at or beyond its target. */
export type HasilProgramN1 = "tidakMemenuhi" | "memenuhi" | "melebihi";

/**
 * The programs of T-C.29 sorted as seed 002's Bab II 2.1 lists them (a. realisation short of the
 * planned output, b. meeting it, c. beyond it), by capaianN1 rounded to two decimals as printed;
 * a program with no capaianN1 (no target or realisation of n-1, or values in two units) is in
 * `tanpaCapaian`, which Periksa Data names.
 */
export function evaluasiProgramN1(
  renja: readonly BarisRenja[],
): Record<HasilProgramN1 | "tanpaCapaian", { baris: BarisRenja; capaian: number | null }[]> {
  const hasil = {
    tidakMemenuhi: [] as { baris: BarisRenja; capaian: number | null }[],
    memenuhi: [] as { baris: BarisRenja; capaian: number | null }[],
    melebihi: [] as { baris: BarisRenja; capaian: number | null }[],
    tanpaCapaian: [] as { baris: BarisRenja; capaian: number | null }[],
  };
  for (const b of renja) {
    if (jenisBarisRenja(b) !== "program") continue;
    const c = evaluasiRenja(b).capaianN1;
    const r = c === null ? null : bulatkan(c, 2);
    const ke = r === null ? "tanpaCapaian" : r < 100 ? "tidakMemenuhi" : r > 100 ? "melebihi" : "memenuhi";
    hasil[ke].push({ baris: b, capaian: c });
  }
  return hasil;
}

/**
 * A pagu cell as typed: an amount, or the text when it is none (seed 002's T-C.31 prints "23
 * Jenis" in a Pagu Indikatif column). Kept, never refused, so that the sheet holds what the
 * document printed; Periksa Data names such a cell and the report prints "-" for it.
 */
export const paguAtauTeks: Pembaca<number | string | null> = {
  baca: (v, label) => {
    if (isKosong(v)) return null;
    try {
      return parseAngka(v, label);
    } catch {
      return String(v).trim();
    }
  },
  kosong: null,
};

/** One side of T-C.31 (Rancangan Awal RKPD or Hasil Analisis Kebutuhan): columns 2-6 or 7-11. */
const sisiReview = <const A extends string>(sisi: string, akhiran: A, kata: string) =>
  [
    kolom(`Program/Kegiatan (${sisi})`, `program${akhiran}`, teks, {
      lebar: 240,
      catatan: `Nama program atau kegiatan menurut ${kata}.`,
    }),
    kolom(`Lokasi (${sisi})`, `lokasi${akhiran}`, teks, { lebar: 110, catatan: `Lokasi menurut ${kata}.` }),
    kolom(`Indikator (${sisi})`, `indikator${akhiran}`, teks, {
      lebar: 240,
      catatan: `Indikator kinerja menurut ${kata}.`,
    }),
    angkaRenja(`Target (${sisi})`, `target${akhiran}`, `Target capaian menurut ${kata}, tanpa satuan.`),
    kolom(`Satuan (${sisi})`, `satuan${akhiran}`, teks, {
      lebar: 80,
      catatan: "Satuan target, misalnya %, Jenis, dok, Desa.",
    }),
    kolom(`Pagu Indikatif (${sisi})`, `pagu${akhiran}`, paguAtauTeks, {
      jenis: "rupiah",
      format: "#,##0",
      lebar: 120,
      catatan: `Pagu indikatif (Rp) menurut ${kata}; hanya di baris program/kegiatan.`,
    }),
  ] as const;

/**
 * T-C.31, Review terhadap Rancangan Awal RKPD (seed 002): per program/kegiatan the Rancangan Awal
 * RKPD beside the Hasil Analisis Kebutuhan, and a Catatan Penting. Kode as in Renja (program 1,
 * kegiatan 1.1; blank: a further indicator of the row above).
 */
export const REVIEW_RKPD = lembar("Review RKPD", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    lebar: 70,
    catatan:
      "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya. Kosong: indikator tambahan baris di atasnya.",
  }),
  ...sisiReview("Rancangan Awal", "Awal", "rancangan awal RKPD"),
  ...sisiReview("Hasil Analisis", "Hasil", "hasil analisis kebutuhan"),
  kolom("Catatan Penting", "catatan", teks, { lebar: 200, catatan: "Catatan penting." }),
]);
export type BarisReviewRkpd = Rekaman<typeof REVIEW_RKPD>;

/**
 * T-C.32, Usulan Program/Kegiatan dari Pemangku Kepentingan (seed 002): a row with a program or
 * kegiatan opens an item; Program blank: the program of the item above; both blank: a further
 * indicator of the item above.
 */
export const USULAN_PEMANGKU = lembar("Usulan Pemangku Kepentingan", [
  kolom("Program", "program", teks, {
    lebar: 240,
    catatan: "Program usulan. Kosong: program baris di atasnya.",
  }),
  kolom("Kegiatan", "kegiatan", teks, {
    lebar: 240,
    catatan: "Kegiatan usulan. Program dan Kegiatan kosong: indikator tambahan baris di atasnya.",
  }),
  kolom("Lokasi", "lokasi", teks, { lebar: 110, catatan: "Lokasi usulan." }),
  kolom("Indikator", "indikator", teks, { lebar: 260, catatan: "Indikator kinerja." }),
  angkaRenja("Target", "target", "Target capaian, tanpa satuan."),
  kolom("Satuan", "satuan", teks, { lebar: 80, catatan: "Satuan target, misalnya %, Jenis, Desa." }),
  kolom("Catatan", "catatan", teks, { lebar: 200, catatan: "Catatan." }),
]);
export type UsulanPemangku = Rekaman<typeof USULAN_PEMANGKU>;

/** A T-C.32 row opens an item (a program or a kegiatan typed) or adds an indicator to the one above. */
export const usulanBaru = (u: Pick<UsulanPemangku, "program" | "kegiatan">) =>
  u.program !== "" || u.kegiatan !== "";
