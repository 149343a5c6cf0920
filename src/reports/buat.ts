/**
 * One click: read the workbook, check it, compute the report, fill the template into a new Doc
 * in the report folder, optionally a PDF beside it. The template and the sheets are only read.
 */

import * as z from "zod/mini";
import { kunciTeks, namaBerkas } from "../core/format";
import { pesanGalat } from "../core/galat";
import { adaGalat, lokasi, type Masalah } from "../core/masalah";
import type { BukuKerja } from "../core/model/bukuKerja";
import type { UkuranKertas } from "../core/model/pengaturan";
import { type Rekap, UNIT_REKAP } from "../core/model/rekap";
import { cariKegiatan, rincianKegiatan } from "../core/model/rka";
import { parsePeriode } from "../core/skm";
import { uraikan } from "../core/uraikan";
import { bukuKerjaDiperiksa } from "../sheets/bukuKerja";
import { periksaRekap } from "../sheets/periksa/rekap";
import { bacaRekap } from "../sheets/rekap";
import { modelBawaan } from "./bacaBawaan";
import {
  buangKeSampah,
  buatDocDiFolder,
  folderLaporan,
  idDariTautan,
  MIME_DOC,
  masihAda,
  namaBaru,
  salinDocKeFolder,
  simpanPdf,
} from "./drive";
import {
  bacaTemplate,
  buatDariTemplate,
  GagalMengisi,
  grafikCharts,
  type IsiTemplate,
  type PembuatGrafik,
  salinDenganDocumentApp,
  tulisDokumen,
} from "./googleDocs";
import { cariLaporan, type JenisLaporan, NAMA_LAPORAN } from "./laporan";
import type { KonteksData, OpsiLaporan } from "./laporan/jenis";
import { bukuKerjaRekap, ttdRekap } from "./laporan/rekap";
import type { Dokumen } from "./model";
import { penandatanganan, peringatanTanggalLaporan } from "./tanggal";
import { type DataLaporan, isiTeks, isiTemplate } from "./template";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export interface HasilLaporan {
  nama: string;
  idDoc: string;
  urlDoc: string;
  urlPdf?: string;
  peringatan: Masalah[];
}

/** Text the dialog sends: trimmed, blank as absent. */
const teksOpsional = z.optional(
  z.pipe(
    z.string(),
    z.transform((t) => (t.trim() === "" ? undefined : t.trim())),
  ),
);

/** The dialog's choice, as google.script.run hands it over (any shape a page could send). */
const SKEMA_OPSI = z.object({
  jenis: z.string(),
  triwulan: z.optional(
    z.pipe(
      z.union([z.number(), z.string()]),
      z.transform((t) => (t === "" ? undefined : Number(t))),
    ),
  ),
  periode: teksOpsional,
  kegiatan: teksOpsional,
  unit: teksOpsional,
  template: teksOpsional,
  pdf: z.optional(z.boolean()),
});

export function parseOpsi(v: unknown): OpsiLaporan<JenisLaporan> {
  const o = uraikan(SKEMA_OPSI, v ?? {}, "Pilihan laporan");
  const { jenis } = cariLaporan(o.jenis);
  const tw = o.triwulan;
  if (tw !== undefined && !(Number.isInteger(tw) && tw >= 1 && tw <= 4))
    throw new Error("Triwulan harus I sampai IV.");
  return {
    jenis,
    ...(tw !== undefined ? { triwulan: tw } : {}),
    ...(o.kegiatan !== undefined ? { kegiatan: o.kegiatan } : {}),
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
    ...(o.template !== undefined ? { template: o.template } : {}),
    ...(o.periode !== undefined ? { periode: parsePeriode(o.periode).kode } : {}),
    pdf: o.pdf === true,
  };
}

/**
 * The problems that concern a report: those of the sheets it reads (the survey's form response
 * sheets count for the SKM reports); for one kegiatan's RKA or KAK, only that kegiatan's rows.
 * A mistake in the survey does not block the PK, nor one kegiatan's the others'.
 */
function masalahLaporan(masalah: Masalah[], opsi: OpsiLaporan<JenisLaporan>, bk: BukuKerja): Masalah[] {
  const { lembar, survei, perKegiatan } = cariLaporan(opsi.jenis);
  const kegiatan = perKegiatan ? cariKegiatan(bk, opsi.kegiatan) : null;
  const barisRincian = new Set(kegiatan ? rincianKegiatan(bk, kegiatan.kode).map((r) => r.baris) : []);
  return masalah.filter((m) => {
    const milik = lembar.includes(m.lembar) || (survei && bk.responden.some((r) => r.lembar === m.lembar));
    if (!milik || !kegiatan || m.baris === undefined || m.baris === 1) return milik;
    if (m.lembar === "RKA") return m.baris === kegiatan.baris;
    if (m.lembar === "RKA Rincian") return barisRincian.has(m.baris);
    return true;
  });
}

/**
 * The workbook read and checked, the problems that concern the report, and its data. `hariIni`
 * (the spreadsheet's today) dates it only when its own date in Pengaturan is blank, and the
 * problems then say so.
 */
export function dataLaporan(ss: Spreadsheet, opsi: OpsiLaporan<JenisLaporan>, hariIni: Date) {
  return cariLaporan(opsi.jenis).rekap
    ? laporanRekapDari(ss, opsi, hariIni)
    : laporanDari(bukuKerjaDiperiksa(ss, cariLaporan(opsi.jenis).lembar), opsi, hariIni);
}

/**
 * A kabupaten's document from the rekap spreadsheet: the rekap read (one getValues per sheet) and
 * checked (Periksa Data's galat block it), its date from Pengaturan Rekap; no unit workbook.
 */
export function laporanRekapDari(
  ss: Spreadsheet,
  opsi: OpsiLaporan<JenisLaporan>,
  hariIni: Date,
  rekap: Rekap = bacaRekap(ss),
) {
  const { ttd, masalah } = ttdRekap(rekap.pengaturan, hariIni);
  const bk = bukuKerjaRekap(rekap.pengaturan);
  const tw = rekap.pengaturan.triwulan ?? 4;
  const konteks: KonteksData = { bk, opsi, tw, periode: parsePeriode(`TW${tw}`), ttd, rekap };
  // One unit's document: another unit's row does not concern it (a duplicate elsewhere blocks the kabupaten's figures, not this LHE).
  const u = opsi.unit ? rekap.unit.find((x) => kunciTeks(x.nama) === kunciTeks(opsi.unit)) : undefined;
  const milik = (m: Masalah) =>
    !u || m.lembar !== UNIT_REKAP.nama || m.baris === undefined || m.baris === u.baris;
  return {
    bk,
    masalah: [...periksaRekap(rekap).filter(milik), ...masalah],
    data: cariLaporan(opsi.jenis).data(konteks),
  };
}

/** The same, from a workbook already read and checked (the batch reads it once per call). */
export function laporanDari(
  dibaca: ReturnType<typeof bukuKerjaDiperiksa>,
  opsi: OpsiLaporan<JenisLaporan>,
  hariIni: Date,
) {
  const bk = dibaca.bk;
  const l = cariLaporan(opsi.jenis);
  const masalah = [...masalahLaporan(dibaca.masalah, opsi, bk), ...peringatanTanggalLaporan(bk, l, hariIni)];
  const tw = opsi.triwulan ?? bk.pengaturan.triwulan ?? 4;
  const periode = parsePeriode(opsi.periode ?? `TW${tw}`);
  const konteks: KonteksData = { bk, opsi, tw, periode, ttd: penandatanganan(bk, l, hariIni) };
  const data = l.data(konteks);
  return { bk, masalah, data };
}

/** A report's file name before versioning, e.g. "Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang". */
export function namaLaporan(opsi: OpsiLaporan<JenisLaporan>, data: DataLaporan): string {
  return namaBerkas(isiTeks(modelBawaan(opsi.jenis).judul, data));
}

/** The galat that block a report, as one Indonesian message. */
function tolakBilaGalat(masalah: Masalah[]): void {
  if (!adaGalat(masalah)) return;
  const galat = masalah.filter((m) => m.tingkat === "galat");
  throw new Error(
    `Laporan belum dapat dibuat: ${galat.length} galat di data. Perbaiki dulu (menu Periksa Data):\n` +
      galat
        .slice(0, 10)
        .map((m) => `- ${lokasi(m)}: ${m.pesan}`)
        .join("\n") +
      (galat.length > 10 ? `\n- ... dan ${galat.length - 10} lainnya.` : ""),
  );
}

/** The template as the model: the unit's own Doc, or the default one on the unit's paper. */
function modelTemplate(opsi: OpsiLaporan<JenisLaporan>, bk: BukuKerja): Dokumen {
  if (opsi.template) return bacaTemplate(idDariTautan(opsi.template));
  return modelBawaan(opsi.jenis, bk.pengaturan.ukuranKertas);
}

/** For the dialog: the same report model, filled, and the data check's findings. */
export function pratinjau(
  ss: Spreadsheet,
  opsi: OpsiLaporan<JenisLaporan>,
  hariIni: Date,
): { dokumen: Dokumen; masalah: Masalah[] } {
  const { bk, masalah, data } = dataLaporan(ss, opsi, hariIni);
  return { dokumen: isiTemplate(modelTemplate(opsi, bk), data), masalah };
}

/**
 * The add-on's template Doc for a report on one paper, written once into the report folder; its
 * id. An A4 one keeps the key it always had; another paper has its own Doc.
 */
export function docTemplateBawaan(
  props: Properties,
  jenis: JenisLaporan,
  folder: string,
  grafik: PembuatGrafik,
  kertas: UkuranKertas = "A4",
): string {
  const kunci = `sakip.template.${jenis}${kertas === "A4" ? "" : `.${kertas}`}`;
  const id = props.getProperty(kunci);
  // Deleted or trashed by the user: written again.
  if (id && masihAda(id)) return id;
  const nama = `Template ${NAMA_LAPORAN[jenis]}${kertas === "A4" ? "" : ` ${kertas}`} (SAKIP Sheets)`;
  const baru = buatDocDiFolder(nama, folder);
  tulisDokumen(baru, modelBawaan(jenis, kertas), grafik);
  props.setProperty(kunci, baru);
  return baru;
}

/** Document property prefix of the latest Doc made per report kind: {url, nama} as JSON. */
export const AWALAN_DOKUMEN_TERAKHIR = "sakip.terakhir.";

export interface Lingkungan {
  /** Today in the spreadsheet's zone: the date of a report whose own date in Pengaturan is blank. */
  tanggal: Date;
  /** The user has read the peringatan (the dialog asks before it calls). */
  terimaPeringatan: boolean;
  grafik?: PembuatGrafik;
  kabar?: (pesan: string) => void;
  /** The file name decided beforehand (the batch); otherwise the next free version. */
  nama?: string;
  /** Told the new Doc's id as soon as it exists, before it is filled (the batch records it). */
  catatId?: (id: string) => void;
  /** The workbook already read and checked in this execution (the batch); otherwise read here. */
  dibaca?: ReturnType<typeof bukuKerjaDiperiksa>;
  /** The report folder already found in this execution (the batch); otherwise found here. */
  folder?: string;
  /** The rekap already read in this execution (the batch of LHE per unit); otherwise read here. */
  rekap?: Rekap;
}

export function tulisLaporan(
  ss: Spreadsheet,
  props: Properties,
  opsi: OpsiLaporan<JenisLaporan>,
  env: Lingkungan,
): HasilLaporan {
  const grafik = env.grafik ?? grafikCharts;
  const kabar = env.kabar ?? (() => {});
  const { bk, masalah, data } = cariLaporan(opsi.jenis).rekap
    ? laporanRekapDari(ss, opsi, env.tanggal, env.rekap)
    : env.dibaca
      ? laporanDari(env.dibaca, opsi, env.tanggal)
      : dataLaporan(ss, opsi, env.tanggal);
  tolakBilaGalat(masalah);
  const peringatan = masalah.filter((m) => m.tingkat === "peringatan");
  if (peringatan.length > 0 && !env.terimaPeringatan) {
    throw new Error(
      `Ada ${peringatan.length} peringatan pada data. Baca daftarnya, lalu centang "Saya sudah membaca peringatan" untuk melanjutkan.`,
    );
  }
  kabar("Menyiapkan folder dan template ...");
  const folder = env.folder ?? folderLaporan(props, bk.pengaturan.folderLaporan, bk.pengaturan.namaUnit);
  const template = opsi.template
    ? idDariTautan(opsi.template)
    : docTemplateBawaan(props, opsi.jenis, folder, grafik, bk.pengaturan.ukuranKertas);
  const nama = env.nama ?? namaBaru(folder, namaLaporan(opsi, data), MIME_DOC);
  kabar(`Menulis "${nama}" ...`);
  // The template copied by Drive in one call; a unit's own template, out of drive.file's reach,
  // through DocumentApp.
  const salin = (isi: IsiTemplate) => {
    const disalin = salinDocKeFolder(template, nama, folder);
    // DocumentApp has no section break: its copy would print the landscape pages portrait.
    if (disalin === null && isi.pemisahBagian > 0) throw new Error(pesanTanpaPemisah(isi));
    const id = disalin ?? buatDocDiFolder(nama, folder);
    env.catatId?.(id);
    if (disalin === null) {
      try {
        salinDenganDocumentApp(template, id);
      } catch (e) {
        throw new GagalMengisi(pesanGalat(e), id);
      }
    }
    return id;
  };
  let idDoc: string;
  try {
    idDoc = buatDariTemplate(
      template,
      data,
      salin,
      grafik,
      opsi.template ? undefined : modelBawaan(opsi.jenis, bk.pengaturan.ukuranKertas),
    );
  } catch (e) {
    if (!(e instanceof GagalMengisi)) throw e;
    throw gagalSetengahJadi(e, e.idDoc, nama);
  }
  try {
    const hasil: HasilLaporan = {
      nama,
      idDoc,
      urlDoc: `https://docs.google.com/document/d/${idDoc}/edit`,
      peringatan,
    };
    // The latest Doc of each kind: Isi Bukti Otomatis proposes it as LKE evidence (src/sheets/lke/bukti.ts).
    props.setProperty(`${AWALAN_DOKUMEN_TERAKHIR}${opsi.jenis}`, JSON.stringify({ url: hasil.urlDoc, nama }));
    if (opsi.pdf) {
      kabar("Menyimpan PDF ...");
      const pdf = simpanPdf(DocumentApp.openById(idDoc), folder, nama);
      hasil.urlPdf = `https://drive.google.com/file/d/${pdf}/view`;
    }
    return hasil;
  } catch (e) {
    throw gagalSetengahJadi(e, idDoc, nama);
  }
}

/** Why a template with section breaks that Drive may not copy is refused, before anything is made. */
export function pesanTanpaPemisah(isi: IsiTemplate): string {
  return (
    `Template "${isi.judul}" memiliki ${isi.pemisahBagian} pemisah bagian (halaman mendatar/tegak), tetapi add-on tidak diizinkan menyalin berkas ini lewat Drive, dan salinan dengan cara lain kehilangan pemisah bagian itu. Belum ada dokumen yang dibuat. ` +
    "Pakai template bawaan yang ditulis add-on di folder laporan (boleh diubah isinya), atau hapus pemisah bagian dari template ini."
  );
}

/** A failure after the Doc was created: trash the half-made Doc and say so, or say where it is. */
function gagalSetengahJadi(e: unknown, id: string, nama: string): Error {
  const dibuang = buangKeSampah(id);
  return new Error(
    `${pesanGalat(e)}\nDokumen "${nama}" yang belum selesai ${dibuang ? "sudah dipindahkan ke Sampah" : "tertinggal di Drive Anda; hapus secara manual"}.`,
  );
}
