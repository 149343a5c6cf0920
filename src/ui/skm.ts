/** Menu "Buat Kuesioner SKM": asks about importance questions, makes the form, says where it is. */
import { buatKuesioner } from "../forms/kuesioner";
import { bacaBukuKerja } from "../sheets/baca";

export function buatKuesionerSkm(): void {
  const ui = SpreadsheetApp.getUi();
  const jawab = ui.alert(
    "Buat Kuesioner SKM",
    "Sertakan pertanyaan tingkat kepentingan untuk analisis prioritas perbaikan (IPA)?",
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (jawab === ui.Button.CANCEL || jawab === ui.Button.CLOSE) return;
  const ss = SpreadsheetApp.getActive();
  const hasil = buatKuesioner(bacaBukuKerja(ss), ss.getId(), jawab === ui.Button.YES);
  PropertiesService.getDocumentProperties().setProperty("sakip.form", hasil.idForm);
  ui.alert(
    "Kuesioner SKM siap",
    `Google Form dengan ${hasil.jumlahPertanyaan} pertanyaan sudah dibuat.\n\n` +
      `Tautan untuk responden:\n${hasil.urlIsi}\n\nUntuk mengubah formulir:\n${hasil.urlUbah}\n\n` +
      "Jawaban masuk ke lembar baru di spreadsheet ini (Jawaban Formulir) dan langsung dihitung oleh Periksa Data dan Laporan SKM/IKM.",
    ui.ButtonSet.OK,
  );
}
