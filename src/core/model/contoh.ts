/**
 * The shape of a built-in sample unit (Isi Contoh Data): the records a unit would type into the
 * workbook, typed by the workbook contract (src/core/model), which src/sheets writes them through.
 */

import type { Pertanyaan } from "../skm";
import type { ANGGARAN } from "./anggaran";
import type { IKU } from "./iku";
import type { KINERJA } from "./kinerja";
import type { Isi, Ketikan } from "./kolom";
import type { JAWABAN_LKE } from "./lke";
import type { PEMBANDING } from "./pembanding";
import type { IsiPengaturan } from "./pengaturan";
import type { POHON_KINERJA } from "./pohonKinerja";
import type { PROFIL_UNIT } from "./profil";
import type { RENCANA_AKSI } from "./rencanaAksi";
import type { KINERJA_PELAYANAN, RENJA, REVIEW_RKPD, USULAN_PEMANGKU } from "./renja";
import type { TARGET_RENSTRA } from "./renstra";
import type { RKA, RKA_RINCIAN } from "./rka";
import type { SKM, SKM_TINDAK_LANJUT } from "./skm";

/** A row of Kinerja; `realisasi` holds TW I-IV, null = not reported yet. */
export type IndikatorContoh = Omit<Ketikan<typeof KINERJA>, "buktiDukung"> & {
  /** Evidence links (Kinerja's Bukti Dukung); none in a sample unless given. */
  buktiDukung?: string[];
};

/**
 * A row of Anggaran. Account code: program "7.01.01", kegiatan "7.01.01.2.01", sub kegiatan
 * "7.01.01.2.01.02"; amounts blank (null) on parent lines: the workbook sums their children.
 */
export type AnggaranContoh = Ketikan<typeof ANGGARAN>;

export type PertanyaanContoh = Pertanyaan;

/** A respondent: the SKM sheet's profile, one answer 1-4 per question (null = not answered). */
export type RespondenContoh = Omit<Isi<typeof SKM>, "tanggal"> & {
  tanggal: Date;
  jawaban: readonly (number | null)[];
  /** Importance 1-4 per question (IPA), when the survey asked it. */
  kepentingan?: readonly (number | null)[];
};

export type TindakLanjutContoh = Ketikan<typeof SKM_TINDAK_LANJUT>;

/**
 * One kegiatan's RKA-SKPD 2.2.1 and KAK (seeds 004, 000) as the unit types them, with the forward
 * estimate the seed printed (what Periksa Data compares its terbilang with).
 */
export type KegiatanRkaContoh = Ketikan<typeof RKA> & { prakiraanMajuTertulis: number | null };

/** A rincian belanja line of a kegiatan (sheet RKA Rincian). */
export type RincianRkaContoh = Ketikan<typeof RKA_RINCIAN>;

/** A row of the Renja sheet (seed 002); a row with an empty kode is a further indicator of the row above. */
export type BarisRenjaContoh = Ketikan<typeof RENJA>;

/** T-C.30: a service indicator's targets over four years, realisations and projections. */
export type KinerjaPelayananContoh = Ketikan<typeof KINERJA_PELAYANAN>;

/** A row of Profil Unit: tugas, a fungsi, a staff count ... (the LKJ's Bab I and IV). */
export type ProfilContoh = Ketikan<typeof PROFIL_UNIT>;
/** A row of Jawaban LKE: the answers to one criterion of the default list, by its Kode. */
export type JawabanLkeContoh = Ketikan<typeof JAWABAN_LKE>;

export interface ContohUnit {
  id: string;
  /** As the dialog shows it: "Kecamatan Lumajang 2021, triwulan III". */
  judul: string;
  /** Pengaturan values by key, as typed into column B. */
  pengaturan: Readonly<IsiPengaturan>;
  indikator: readonly IndikatorContoh[];
  anggaran: readonly AnggaranContoh[];
  pertanyaan: readonly PertanyaanContoh[];
  /** Built on demand (hundreds of rows). */
  responden(): RespondenContoh[];
  /** Rencana tindak lanjut of the survey. */
  tindakLanjut?: readonly TindakLanjutContoh[];
  /** RKA-SKPD 2.2.1 and KAK per kegiatan. */
  rka?: readonly KegiatanRkaContoh[];
  /** Their rincian belanja (the KAK's itemised biaya). */
  rincian?: readonly RincianRkaContoh[];
  /** Renja rows (T-C.29, T-C.33) and service indicators (T-C.30). */
  renja?: readonly BarisRenjaContoh[];
  kinerjaPelayanan?: readonly KinerjaPelayananContoh[];
  /** Renja T-C.31 (review of the Rancangan Awal RKPD) and T-C.32 (stakeholders' proposals). */
  reviewRkpd?: readonly Ketikan<typeof REVIEW_RKPD>[];
  usulan?: readonly Ketikan<typeof USULAN_PEMANGKU>[];
  /** Profil Unit: what its seed says of the unit's tasks, organisation, staff, issues, strategies. */
  profil?: readonly ProfilContoh[];
  /** The SAKIP evaluation's answers, one per default criterion in order (Jawaban LKE). */
  lke?: readonly JawabanLkeContoh[];
  /** The planning chain: Rencana Aksi rows, IKU, the performance tree. */
  rencanaAksi?: readonly Ketikan<typeof RENCANA_AKSI>[];
  iku?: readonly Ketikan<typeof IKU>[];
  pohon?: readonly Ketikan<typeof POHON_KINERJA>[];
  /** Other units' realisation of the same indicators, as the seed's LKJ compares them. */
  pembanding?: readonly Ketikan<typeof PEMBANDING>[];
  /** Target Renstra per year: only the years Kinerja does not already hold (issue 12). */
  targetRenstra?: readonly Ketikan<typeof TARGET_RENSTRA>[];
}

/**
 * A program or kegiatan line of a sample: no amounts of its own, the workbook sums its children;
 * on a program line, the budget its signed PK prints (`anggaranPk`) when the seed gives it.
 */
export function barisInduk(
  [kode, uraian]: readonly [string, string, ...unknown[]],
  anggaranPk: number | null = null,
): AnggaranContoh {
  return {
    kode,
    uraian,
    paguAwal: null,
    paguPerubahan: null,
    realisasi: [null, null, null, null],
    sumberDana: "DAU",
    anggaranPk,
  };
}

/**
 * A sample as the Isi Contoh Data dialog sends it to the server: google.script.run passes only
 * primitives, arrays and plain objects (no Date, no function), so dates travel as "yyyy-mm-dd".
 */
export interface DataContoh extends Omit<ContohUnit, "responden"> {
  responden: (Omit<RespondenContoh, "tanggal"> & { tanggal: string | null })[];
}
