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
