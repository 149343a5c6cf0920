/** Menu "Buat Kuesioner SKM": asks about importance questions, makes the form, says where it is. */
import { buatKuesioner } from "../forms/kuesioner";
import { bacaBukuKerja } from "../sheets/baca";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

const KUNCI_FORM = "sakip.form";
const KUNCI_WAKTU = "sakip.form.waktu";
/** A click within this time of the last form is the same request twice. */
const SELANG_MS = 60_000;

export function buatKuesionerSkm(): void {
  tampilkanGalat("Buat Kuesioner SKM", () => {
    const ui = SpreadsheetApp.getUi();
    const jawab = ui.alert(
      "Buat Kuesioner SKM",
      "Sertakan pertanyaan tingkat kepentingan untuk analisis prioritas perbaikan (IPA)?",
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (jawab === ui.Button.CANCEL || jawab === ui.Button.CLOSE) return;
    const ss = SpreadsheetApp.getActive();
    const props = PropertiesService.getDocumentProperties();
    const hasil = denganKunci(() => {
      // A second click while the first was making the form: show that one, do not make another.
      const waktu = Number(props.getProperty(KUNCI_WAKTU) ?? "0");
      if (Date.now() - waktu < SELANG_MS) return null;
      const h = buatKuesioner(bacaBukuKerja(ss), ss.getId(), jawab === ui.Button.YES);
      props.setProperties({ [KUNCI_FORM]: h.idForm, [KUNCI_WAKTU]: String(Date.now()) });
      return h;
    }, "Kuesioner SKM sedang dibuat di jendela lain. Tunggu sebentar, lalu lihat hasilnya.");
    if (hasil === null) {
      ui.alert(
        "Kuesioner SKM baru saja dibuat",
        "Kuesioner SKM sudah dibuat kurang dari satu menit yang lalu, jadi tidak dibuat lagi. Tautannya ada di pesan sebelumnya dan di Google Drive Anda. Untuk membuat kuesioner baru, jalankan menu ini lagi sesudah satu menit.",
        ui.ButtonSet.OK,
      );
      return;
    }
    ui.alert(
      "Kuesioner SKM siap",
      `Google Form dengan ${hasil.jumlahPertanyaan} pertanyaan sudah dibuat.\n\n` +
        `Tautan untuk responden:\n${hasil.urlIsi}\n\nUntuk mengubah formulir:\n${hasil.urlUbah}\n\n` +
        "Jawaban masuk ke lembar baru di spreadsheet ini (Jawaban Formulir) dan langsung dihitung oleh Periksa Data dan Laporan SKM/IKM.",
      ui.ButtonSet.OK,
    );
  });
}
