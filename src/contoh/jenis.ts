/**
 * The shape of a built-in sample unit (Isi Contoh Data): the records a unit would type into the
 * workbook, before they become rows. src/sheets writes them through the workbook contract.
 */

export interface IndikatorContoh {
  kode: string;
  tingkat: "Tujuan" | "Sasaran" | "Program" | "Kegiatan" | "Sub Kegiatan";
  sasaran: string;
  indikator: string;
  satuan: string;
  arah: "NAIK" | "TURUN";
  agregasi: "RATA-RATA" | "JUMLAH" | "TERAKHIR";
  target: number;
  targetAkhirRenstra: number | null;
  /** TW I-IV; null = not reported yet. */
  realisasi: readonly (number | null)[];
  targetTahunLalu: number | null;
  realisasiTahunLalu: number | null;
  penjelasan: string;
}

export interface AnggaranContoh {
  /** Account code: program "7.01.01", kegiatan "7.01.01.2.01", sub kegiatan "7.01.01.2.01.02". */
  kode: string;
  uraian: string;
  /** Blank (null) on parent lines: the workbook sums their children. */
  paguAwal: number | null;
  paguPerubahan: number | null;
  /** Cumulative realisation s.d. TW I-IV; null = not reported. */
  realisasi: readonly (number | null)[];
  sumberDana: string;
}

export interface PertanyaanContoh {
  kode: string;
  unsur: string;
  pertanyaan: string;
}

export interface RespondenContoh {
  tanggal: Date;
  jenisLayanan: string;
  jenisKelamin: "Laki-laki" | "Perempuan";
  usia: number;
  pendidikan: string;
  pekerjaan: string;
  saran: string;
  /** One answer 1-4 per question, in the order of `pertanyaan`; null = not answered. */
  jawaban: readonly (number | null)[];
  /** Importance 1-4 per question (IPA), when the survey asked it. */
  kepentingan?: readonly (number | null)[];
}

export interface TindakLanjutContoh {
  periode: string;
  unsur: string;
  rencana: string;
  waktu: string;
  penanggungJawab: string;
}

export interface ContohUnit {
  id: string;
  /** As the dialog shows it: "Kecamatan Lumajang 2021, triwulan III". */
  judul: string;
  /** Pengaturan values by key (src/sheets/skema.ts PENGATURAN). */
  pengaturan: Readonly<Record<string, string | number>>;
  indikator: readonly IndikatorContoh[];
  anggaran: readonly AnggaranContoh[];
  pertanyaan: readonly PertanyaanContoh[];
  /** Built on demand (hundreds of rows). */
  responden(): RespondenContoh[];
  /** Rencana tindak lanjut of the survey. */
  tindakLanjut?: readonly TindakLanjutContoh[];
  /** RKA-SKPD 2.2.1 and KAK per kegiatan. */
  rka?: readonly KegiatanRkaContoh[];
  /** Renja rows (T-C.29, T-C.33) and service indicators (T-C.30). */
  renja?: readonly BarisRenjaContoh[];
  kinerjaPelayanan?: readonly KinerjaPelayananContoh[];
}

/** A program or kegiatan line of a sample: no amounts of its own, the workbook sums its children. */
export function barisInduk([kode, uraian]: readonly [string, string, ...unknown[]]): AnggaranContoh {
  return {
    kode,
    uraian,
    paguAwal: null,
    paguPerubahan: null,
    realisasi: [null, null, null, null],
    sumberDana: "DAU",
  };
}

/** One kegiatan's RKA-SKPD 2.2.1 and KAK (seeds 004, 000): the form's fields as the unit types them. */
export interface KegiatanRkaContoh {
  /** Full kegiatan code as the form prints it, e.g. "3.05.3.05.09.01.021". */
  kode: string;
  /** "3.05 PEMERINTAHAN UMUM" */
  urusan: string;
  /** "3.05.09 KECAMATAN LUMAJANG" */
  organisasi: string;
  /** "3.05.3.05.09.01 PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN" */
  program: string;
  /** Kegiatan name without its code. */
  kegiatan: string;
  lokasi: string;
  /** Amount of year n-1 and of year n (the form's "Jumlah Tahun"). */
  jumlahTahunLalu: number;
  jumlahTahunIni: number;
  /** The forward estimate and the words as the seed printed them (Periksa Data compares). */
  prakiraanMajuTertulis: number | null;
  terbilangTertulis: string;
  indikator: {
    capaianProgram: [tolakUkur: string, target: string];
    keluaran: [tolakUkur: string, target: string];
    hasil: [tolakUkur: string, target: string];
  };
  kelompokSasaran: string;
  kak: {
    latarBelakang: string;
    dasarHukum: string;
    maksudTujuan: string;
    bentukKegiatan: string;
    konsepKegiatan: string;
    mekanisme: string;
    waktu: string;
    tempat: string;
    manfaat: string;
  };
}

/**
 * A sample as the Isi Contoh Data dialog sends it to the server: google.script.run passes only
 * primitives, arrays and plain objects (no Date, no function), so dates travel as "yyyy-mm-dd".
 */
export interface DataContoh extends Omit<ContohUnit, "responden"> {
  responden: (Omit<RespondenContoh, "tanggal"> & { tanggal: string | null })[];
}

/** K (kinerja) and Rp (anggaran) of one column of the Renja evaluation table T-C.29. */
export type KRp = [k: number | null, rp: number | null];

/**
 * One row of the Renja sheet (seed 002): a program or kegiatan with its first indicator (a row
 * with an empty kode is a further indicator of the row above), its Renstra target, realisation
 * up to n-2, year n-1's target and quarterly realisation, and the plan for n and n+1.
 */
export interface BarisRenjaContoh {
  kode: string;
  sasaran: string;
  programKegiatan: string;
  indikator: string;
  satuan: string;
  agregasi: "RATA-RATA" | "JUMLAH" | "TERAKHIR";
  targetRenstra: KRp;
  realisasiSampaiN2: KRp;
  targetN1: KRp;
  /** Cumulative realisation at the end of TW I-IV of year n-1. */
  realisasiTw: readonly [KRp, KRp, KRp, KRp];
  lokasi: string;
  targetN: number | null;
  paguN: number | null;
  sumberDana: string;
  targetN1Maju: number | null;
  paguN1Maju: number | null;
  catatan: string;
}

/** T-C.30: a service indicator's targets over four years, realisations and projections. */
export interface KinerjaPelayananContoh {
  indikator: string;
  satuan: string;
  /** Targets of the four Renstra years before n. */
  target: readonly [number | null, number | null, number | null, number | null];
  realisasiN2: number | null;
  realisasiN1: number | null;
  proyeksiN: number | null;
  proyeksiN1: number | null;
  catatan: string;
}
