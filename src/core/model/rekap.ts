/**
 * The rekap spreadsheet (issue 16): its settings (Pengaturan Rekap) and the list of units (Rekap
 * Unit), each row a unit's name, kind and workbook link, then the unit's Ringkasan row imported
 * by one IMPORTRANGE that Sheets fetches and refreshes on Google's side. The status of each unit
 * (waiting for the grant, unreachable, another year or period, an old layout ...) is decided here
 * from what the import shows; the kabupaten's figures are core/rekap.ts's.
 */
import { isKosong } from "../angka";
import { esTanggal, kunciTeks, teksAman } from "../format";
import { pesanGalat } from "../galat";
import type { Masalah } from "../masalah";
import { pilihOpsi } from "../opsi";
import { type CaraGabungan, parseCaraGabungan } from "../rekap";
import { namaTriwulan, parseTriwulan, TRIWULAN } from "../triwulan";
import { kolom, labelDari, lembar, pilihan, tanggal, teks } from "./kolom";
import { LEBAR_RINGKASAN, RINGKASAN, type Ringkasan, VERSI_RINGKASAN } from "./ringkasan";

export const NAMA_PENGATURAN_REKAP = "Pengaturan Rekap";

export const JENIS_UNIT = ["KECAMATAN", "OPD", "KABUPATEN"] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];

export function parseJenisUnit(v: unknown): JenisUnit {
  return pilihOpsi<JenisUnit>(
    v,
    "Jenis unit",
    {
      KECAMATAN: ["KECAMATAN", "KEC"],
      OPD: ["OPD", "PERANGKAT DAERAH", "DINAS", "BADAN"],
      KABUPATEN: ["KABUPATEN", "KOTA", "KAB"],
    },
    "OPD",
  );
}

/** The settings of a rekap, one row each (title in A, value in B), as Pengaturan of a unit. */
export const PENGATURAN_REKAP = [
  {
    kunci: "kabupaten",
    judul: "Kabupaten/Kota",
    catatan: "Misalnya Kabupaten Lumajang.",
    pilihan: undefined,
  },
  {
    kunci: "tahun",
    judul: "Tahun",
    catatan: "Tahun yang direkap; unit dengan tahun lain ditandai.",
    pilihan: undefined,
  },
  {
    kunci: "triwulan",
    judul: "Triwulan",
    catatan: "Triwulan yang direkap (I-IV); unit yang melaporkan triwulan lain ditandai.",
    pilihan: TRIWULAN,
  },
  {
    kunci: "caraIkm",
    judul: "Cara IKM Gabungan",
    catatan:
      "RESPONDEN: rata-rata IKM unit tertimbang jumlah responden (sama dengan seluruh responden digabung). RATA-RATA: rata-rata sederhana.",
    pilihan: ["RESPONDEN", "RATA-RATA"],
    bawaan: "RESPONDEN",
  },
  {
    kunci: "namaPenandatangan",
    judul: "Nama Penandatangan",
    catatan: "Misalnya nama Inspektur.",
    pilihan: undefined,
  },
  {
    kunci: "nipPenandatangan",
    judul: "NIP Penandatangan",
    catatan: "NIP seperti di dokumen resmi.",
    pilihan: undefined,
    format: "@",
  },
  {
    kunci: "jabatanPenandatangan",
    judul: "Jabatan Penandatangan",
    catatan: "Misalnya Inspektur Kabupaten Lumajang.",
    pilihan: undefined,
  },
  {
    kunci: "kepada",
    judul: "Kepada",
    catatan: "Penerima nota dinas, misalnya Bupati Lumajang.",
    pilihan: undefined,
  },
  {
    kunci: "nomor",
    judul: "Nomor Nota Dinas",
    catatan: "Nomor surat nota dinas rekapitulasi.",
    pilihan: undefined,
    format: "@",
  },
  { kunci: "tempat", judul: "Tempat Penandatanganan", catatan: "Misalnya Lumajang.", pilihan: undefined },
  {
    kunci: "tanggal",
    judul: "Tanggal Rekap",
    catatan: "Tanggal dokumen rekap, misalnya 15 Januari 2024. Kosong: tanggal hari dokumen dibuat.",
    pilihan: undefined,
    format: "@",
  },
  {
    kunci: "folderLaporan",
    judul: "Folder Laporan",
    catatan: "ID atau tautan folder Google Drive.",
    pilihan: undefined,
  },
] as const satisfies readonly {
  kunci: string;
  judul: string;
  catatan: string;
  pilihan: readonly string[] | undefined;
  bawaan?: string;
  /** The value cell's number format: "@" keeps a NIP's 18 digits and a date as typed. */
  format?: string;
}[];

export interface PengaturanRekap {
  kabupaten: string;
  tahun: number | null;
  triwulan: number | null;
  caraIkm: CaraGabungan;
  namaPenandatangan: string;
  nipPenandatangan: string;
  jabatanPenandatangan: string;
  kepada: string;
  nomor: string;
  tempat: string;
  /** As typed (a day, or a date cell): the report formats it. */
  tanggal: unknown;
  folderLaporan: string;
}

/** The settings from Pengaturan Rekap's rows; a bad value is a galat at its cell, its blank meaning kept. */
export function bacaPengaturanRekap(
  baris: readonly (readonly unknown[])[],
  masalah: Masalah[],
): PengaturanRekap {
  const nilai = new Map<string, { v: unknown; baris: number }>();
  baris.forEach((b, i) => {
    const p = PENGATURAN_REKAP.find((x) => kunciTeks(x.judul) === kunciTeks(b[0]));
    if (i > 0 && p && !nilai.has(p.kunci)) nilai.set(p.kunci, { v: b[1], baris: i + 1 });
  });
  const ambil = <T>(kunci: string, baca: (v: unknown) => T, kosong: T): T => {
    const x = nilai.get(kunci);
    if (!x || isKosong(x.v)) return kosong;
    try {
      return baca(x.v);
    } catch (e) {
      const p = PENGATURAN_REKAP.find((q) => q.kunci === kunci)!;
      masalah.push({
        tingkat: "galat",
        lembar: NAMA_PENGATURAN_REKAP,
        baris: x.baris,
        kolom: "Nilai",
        sel: `B${x.baris}`,
        pesan: `${p.judul}: ${pesanGalat(e)}`,
        saran: p.catatan,
      });
      return kosong;
    }
  };
  const t = (k: string) => ambil(k, (v) => teksAman(v).trim(), "");
  return {
    kabupaten: t("kabupaten"),
    tahun: ambil(
      "tahun",
      (v) => {
        const n = Number(teksAman(v).trim());
        if (!Number.isInteger(n) || n < 1900)
          throw new Error(`Tahun harus bilangan bulat, bukan ${teksAman(v)}.`);
        return n;
      },
      null as number | null,
    ),
    triwulan: ambil("triwulan", parseTriwulan, null as number | null),
    caraIkm: ambil("caraIkm", parseCaraGabungan, "RESPONDEN" as CaraGabungan),
    namaPenandatangan: t("namaPenandatangan"),
    nipPenandatangan: t("nipPenandatangan"),
    jabatanPenandatangan: t("jabatanPenandatangan"),
    kepada: t("kepada"),
    nomor: t("nomor"),
    tempat: t("tempat"),
    tanggal: nilai.get("tanggal")?.v ?? "",
    folderLaporan: t("folderLaporan"),
  };
}

/** The unit columns of Rekap Unit; the imported Ringkasan columns follow them. */
export const UNIT_REKAP = lembar("Rekap Unit", [
  kolom("Nama Unit", "nama", teks, {
    wajib: true,
    lebar: 220,
    catatan: "Nama kecamatan atau perangkat daerah, misalnya Kecamatan Klakah.",
  }),
  kolom("Jenis", "jenis", pilihan(parseJenisUnit), {
    pilihan: JENIS_UNIT,
    lebar: 100,
    catatan: "KECAMATAN, OPD, atau KABUPATEN (rekap provinsi atas rekap kabupaten).",
  }),
  kolom("Tautan Buku Kerja", "tautan", teks, {
    lebar: 260,
    catatan:
      "Tautan (URL) buku kerja SAKIP Sheets unit itu. Setelah diisi, jalankan menu Rekap Kabupaten, lalu klik sel kolom Versi Ringkasan baris ini dan pilih Izinkan akses.",
  }),
  kolom("Status", "status", teks, {
    lebar: 260,
    catatan: "Ditulis SAKIP Sheets setiap menu Rekap Kabupaten dijalankan.",
  }),
  kolom("Terakhir Terbaca", "terbaca", tanggal, {
    format: "dd/mm/yyyy",
    lebar: 100,
    catatan: "Tanggal ringkasan unit terakhir terbaca (ditulis SAKIP Sheets).",
  }),
]);

/** 1-based column of the IMPORTRANGE formula (the first imported cell). */
export const KOLOM_IMPOR = UNIT_REKAP.kolom.length + 1;

/** The range each unit's IMPORTRANGE takes: Ringkasan's row 2, every column. */
export function rentangImpor(): string {
  let s = "";
  for (let k = LEBAR_RINGKASAN; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return `${RINGKASAN.nama}!A2:${s}2`;
}

/** The spreadsheet id in a Sheets link (or a bare id); null when the text is neither. */
export function idSpreadsheet(tautan: string): string | null {
  const t = tautan.trim();
  const m = /docs\.google\.com\/spreadsheets\/d\/([\w-]{20,})/.exec(t);
  if (m) return m[1]!;
  return /^[\w-]{25,}$/.test(t) ? t : null;
}

export type StatusUnit =
  | "SIAP"
  | "TANPA_TAUTAN"
  | "TAUTAN_SALAH"
  | "MEMUAT"
  | "MENUNGGU_IZIN"
  | "TIDAK_TERJANGKAU"
  | "VERSI_LAIN"
  | "PERIODE_LAIN"
  | "TANPA_DATA";

export interface UnitRekap {
  /** 1-based row of Rekap Unit. */
  baris: number;
  nama: string;
  jenis: JenisUnit | null;
  tautan: string;
  status: StatusUnit;
  /** The status as the Status column shows it. */
  keterangan: string;
  /** The imported summary when it could be read (SIAP, PERIODE_LAIN, TANPA_DATA). */
  ringkasan: Ringkasan | null;
  /** When the add-on last read this unit's summary. */
  terbaca: Date | null;
}

/** Sheets' error values, as getValues gives them (the text of the error). */
const GALAT_SEL = /^#(REF!|N\/A|VALUE!|ERROR!|NAME\?|DIV\/0!|NUM!|NULL!)$/;

/**
 * Reads one row's imported block by the Ringkasan contract's column readers; a cell that does
 * not read is left blank and named in `catatan`.
 */
export function bacaRingkasanImpor(sel: readonly unknown[], catatan: string[]): Ringkasan {
  const r: Record<string, unknown> = { baris: 2 };
  RINGKASAN.kolom.forEach((k, i) => {
    const v = sel[i];
    let x: unknown = k.pembaca.kosong;
    if (!isKosong(v)) {
      try {
        x = k.pembaca.baca(v, labelDari(k));
      } catch (e) {
        catatan.push(`${k.judul}: ${pesanGalat(e)}`);
      }
    }
    if (k.indeks === undefined) r[k.kunci] = x;
    else {
      const daftar = (r[k.kunci] as unknown[] | undefined) ?? [];
      daftar[k.indeks] = x;
      r[k.kunci] = daftar;
    }
  });
  return r as Ringkasan;
}

const adaData = (r: Ringkasan) =>
  [r.ikm, r.capaian, r.serapan, r.lkeEvaluator, r.lkeMandiri].some((v) => v !== null);

/**
 * A unit's status from its row: its link, what the import shows in the first imported cell (the
 * version), the date it was last read, and the rekap's year and quarter. An import not yet granted
 * and an unreachable workbook both show #REF! (Sheets tells them apart only in the cell's hover
 * text, which a script cannot read): a unit read before has had its grant, so #REF! then means it
 * became unreachable; one never read is waiting for the grant (or its link is wrong: the message
 * says both).
 */
export function statusUnit(
  baris: number,
  isi: { nama: string; jenis: JenisUnit | null; tautan: string; terbaca: Date | null },
  impor: readonly unknown[],
  p: Pick<PengaturanRekap, "tahun" | "triwulan">,
): UnitRekap {
  const dasar = { baris, ...isi, ringkasan: null };
  const jadi = (status: StatusUnit, keterangan: string, r: Ringkasan | null = null): UnitRekap => ({
    ...dasar,
    status,
    keterangan,
    ringkasan: r,
  });
  if (isi.tautan === "") return jadi("TANPA_TAUTAN", "Tautan buku kerja belum diisi.");
  if (idSpreadsheet(isi.tautan) === null) {
    return jadi("TAUTAN_SALAH", "Tidak terjangkau: tautan bukan tautan spreadsheet Google Sheets.");
  }
  const versi = impor[0];
  if (isKosong(versi))
    return jadi("MEMUAT", "Belum terbaca: jalankan menu Rekap Kabupaten lagi sebentar lagi.");
  const galat = GALAT_SEL.exec(teksAman(versi).trim());
  if (galat) {
    if (galat[1] === "REF!" && isi.terbaca === null) {
      return jadi(
        "MENUNGGU_IZIN",
        "Menunggu izin: klik sel kolom Versi Ringkasan baris ini, lalu Izinkan akses. Bila tidak ada tombol itu, tautan salah atau Anda belum diberi akses ke buku kerja unit.",
      );
    }
    return jadi(
      "TIDAK_TERJANGKAU",
      `Tidak terjangkau (${teksAman(versi)}): buku kerja unit terhapus, dipindahkan, atau akses Anda dicabut.`,
    );
  }
  if (Number(versi) !== VERSI_RINGKASAN) {
    return jadi(
      "VERSI_LAIN",
      `Ringkasan versi ${teksAman(versi)}, rekap ini membaca versi ${VERSI_RINGKASAN}: unit perlu memperbarui SAKIP Sheets lalu menjalankan Siapkan Lembar Kerja.`,
    );
  }
  const catatan: string[] = [];
  const r = bacaRingkasanImpor(impor, catatan);
  const twUnit =
    r.triwulan === ""
      ? null
      : (() => {
          try {
            return parseTriwulan(r.triwulan);
          } catch {
            return null;
          }
        })();
  const lain: string[] = [];
  if (p.tahun !== null && r.tahun !== p.tahun) lain.push(`tahun ${r.tahun ?? "kosong"} (rekap ${p.tahun})`);
  if (p.triwulan !== null && twUnit !== p.triwulan) {
    lain.push(
      `triwulan ${twUnit === null ? "kosong" : namaTriwulan(twUnit)} (rekap ${namaTriwulan(p.triwulan)})`,
    );
  }
  if (lain.length > 0) return jadi("PERIODE_LAIN", `Periode lain: ${lain.join(", ")}.`, r);
  if (!adaData(r))
    return jadi("TANPA_DATA", "Terbaca, tetapi belum ada IKM, capaian, serapan, maupun nilai LKE.", r);
  return jadi("SIAP", catatan.length > 0 ? `Terbaca; ${catatan.join("; ")}` : "Terbaca.", r);
}

/** The date a cell holds, else null (Terakhir Terbaca). */
export function tanggalSel(v: unknown): Date | null {
  return esTanggal(v) ? v : null;
}

/** The rekap as read: its settings, every unit with its status, the problems of reading. */
export interface Rekap {
  pengaturan: PengaturanRekap;
  unit: UnitRekap[];
  masalah: Masalah[];
}
