/**
 * Buat Kuesioner SKM: a Google Form with the questionnaire of PermenPANRB 14/2017 (the workbook's
 * questions and unsur, four labelled answers a-d per unsur), the respondent's profile, the
 * services from Pengaturan, optional importance questions for IPA, and a field for saran. Its
 * responses go to a sheet of this spreadsheet, which Periksa Data and the IKM report read
 * (src/sheets/baca/skm.ts): items are titled "P1. ..." and "K1. ..." and choices "a. ..." to "d. ...".
 * FormApp.create needs the forms scope (developers.google.com/apps-script/reference/forms/form-app#create(String)).
 */

import type { BukuKerja } from "../core/model/bukuKerja";
import type { PengaturanUnit } from "../core/model/pengaturan";
import { PERTANYAAN_BAKU, SKM } from "../core/model/skm";
import { labelJawaban, type Pertanyaan } from "../core/skm";

export interface HasilKuesioner {
  idForm: string;
  urlIsi: string;
  urlUbah: string;
  jumlahPertanyaan: number;
}

const HURUF = ["a", "b", "c", "d"];

const pilihanSkema = (judul: string) => [...(SKM.kolom.find((k) => k.judul === judul)?.pilihan ?? [])];

type Form = GoogleAppsScript.Forms.Form;

export function buatKuesioner(
  bk: BukuKerja,
  idSpreadsheet: string,
  denganKepentingan: boolean,
): HasilKuesioner {
  const pertanyaan = pertanyaanKuesioner(bk);
  const form = formBaru(bk.pengaturan);
  tambahDataResponden(form, bk.pengaturan);
  tambahPenilaian(form, pertanyaan);
  if (denganKepentingan) tambahKepentingan(form, pertanyaan);
  form.addParagraphTextItem().setTitle("Saran").setHelpText("Saran dan masukan untuk perbaikan pelayanan.");
  form.setDestination(FormApp.DestinationType.SPREADSHEET, idSpreadsheet);
  terbitkan(form);
  return {
    idForm: form.getId(),
    urlIsi: form.getPublishedUrl(),
    urlUbah: form.getEditUrl(),
    jumlahPertanyaan: pertanyaan.length,
  };
}

/** The workbook's questions that name their unsur (the standard nine when it has none). */
function pertanyaanKuesioner(bk: BukuKerja): Pertanyaan[] {
  const pertanyaan = (bk.pertanyaan.length > 0 ? bk.pertanyaan : PERTANYAAN_BAKU).filter(
    (q) => q.unsur.trim() !== "",
  );
  if (pertanyaan.length === 0)
    throw new Error("Lembar SKM Pertanyaan belum berisi pertanyaan dengan unsurnya.");
  return pertanyaan;
}

/** The form, titled and introduced in the unit's name. */
function formBaru(p: PengaturanUnit): Form {
  const unit = p.namaUnit || "Unit Pelayanan";
  const form = FormApp.create(`Survei Kepuasan Masyarakat - ${unit}`);
  form.setDescription(
    `Bapak/Ibu yang kami hormati, mohon kesediaannya mengisi survei kepuasan atas pelayanan ${unit}${p.kabupaten ? ` ${p.kabupaten}` : ""}. ` +
      "Jawaban Anda dirahasiakan dan hanya dipakai untuk memperbaiki pelayanan (PermenPANRB Nomor 14 Tahun 2017).",
  );
  form.setConfirmationMessage(
    "Terima kasih atas penilaian Anda. Masukan Anda sangat berarti bagi perbaikan pelayanan kami.",
  );
  return form;
}

/** The respondent's profile, with the choices the SKM sheet's columns accept. */
function tambahDataResponden(form: Form, p: PengaturanUnit): void {
  form.addSectionHeaderItem().setTitle("Data Responden");
  if (p.jenisLayanan.length > 0) {
    form.addListItem().setTitle("Jenis Layanan").setChoiceValues(p.jenisLayanan).setRequired(true);
  } else {
    form.addTextItem().setTitle("Jenis Layanan").setRequired(true);
  }
  form
    .addMultipleChoiceItem()
    .setTitle("Jenis Kelamin")
    .setChoiceValues(pilihanSkema("Jenis Kelamin"))
    .setRequired(true);
  form
    .addTextItem()
    .setTitle("Usia")
    .setHelpText("Usia dalam tahun.")
    .setValidation(
      FormApp.createTextValidation()
        .requireNumberBetween(10, 100)
        .setHelpText("Isi usia 10 sampai 100 tahun.")
        .build(),
    )
    .setRequired(true);
  form.addListItem().setTitle("Pendidikan").setChoiceValues(pilihanSkema("Pendidikan")).setRequired(true);
  form.addListItem().setTitle("Pekerjaan").setChoiceValues(pilihanSkema("Pekerjaan")).setRequired(true);
}

/** One item "P1. ..." per question, its choices "a. ..." to "d. ..." worded for its unsur. */
function tambahPenilaian(form: Form, pertanyaan: readonly Pertanyaan[]): void {
  form.addPageBreakItem().setTitle("Penilaian Pelayanan");
  for (const q of pertanyaan) {
    const label = labelJawaban(q.unsur);
    form
      .addMultipleChoiceItem()
      .setTitle(
        `${q.kode}. ${q.pertanyaan || `Bagaimana pendapat Saudara tentang ${q.unsur.toLowerCase()}?`}`,
      )
      .setHelpText(`Unsur: ${q.unsur}`)
      .setChoiceValues(label.map((l, i) => `${HURUF[i]}. ${l}`));
  }
}

/** The importance of each question's unsur for IPA, titled "K1. ..." to pair with "P1. ...". */
function tambahKepentingan(form: Form, pertanyaan: readonly Pertanyaan[]): void {
  form
    .addPageBreakItem()
    .setTitle("Tingkat Kepentingan")
    .setHelpText(
      "Seberapa penting setiap hal berikut bagi Anda? Dipakai untuk analisis prioritas perbaikan (IPA).",
    );
  for (const q of pertanyaan) {
    form
      .addMultipleChoiceItem()
      .setTitle(`${q.kode.replace(/^P/i, "K")}. Seberapa penting: ${q.unsur}?`)
      .setChoiceValues(["a. Tidak penting", "b. Kurang penting", "c. Penting", "d. Sangat penting"]);
  }
}

/**
 * Forms made through the API after 30 June 2026 start unpublished and take no responses until
 * published (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms);
 * the typings predate setPublished.
 */
function terbitkan(form: Form): void {
  const terbit = form as unknown as { setPublished?: (ya: boolean) => unknown };
  if (typeof terbit.setPublished === "function") terbit.setPublished(true);
}
