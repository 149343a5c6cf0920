/* The top-level functions Apps Script sees: the custom functions (with the Indonesian JSDoc
   Sheets shows in autocomplete), the triggers and the menu handlers. Nothing else of the bundle
   is a global function. Appended after the IIFE that defines SakipSheets by scripts/build.mjs. */

/**
 * Capaian kinerja dalam persen (101,02 berarti 101,02 %). Indikator naik: realisasi / target x 100.
 * Indikator turun: (2 x target - realisasi) / target x 100, atau target / realisasi x 100.
 *
 * @param {number|Array<Array<number>>} realisasi Realisasi, satu sel atau satu kolom.
 * @param {number|Array<Array<number>>} target Target, sebesar rentang realisasi.
 * @param {string|Array<Array<string>>} [arah] "NAIK" (bawaan) atau "TURUN".
 * @param {string} [rumus_turun] Untuk indikator turun: "2T-R" (bawaan) atau "T/R".
 * @return Capaian dalam persen; satu kolom bila masukan satu kolom.
 * @customfunction
 */
function CAPAIAN(realisasi, target, arah, rumus_turun) {
  return SakipSheets.CAPAIAN(realisasi, target, arah, rumus_turun);
}

/**
 * Capaian per triwulan (%) terhadap target Rencana Aksi; triwulan tanpa realisasi tetap kosong.
 * KUMULATIF: jumlah realisasi s.d. triwulan itu / jumlah target s.d. triwulan itu. NILAI AKHIR:
 * realisasi triwulan / target triwulan. Indikator TURUN memakai rumus_turun yang sama dengan CAPAIAN,
 * setiap triwulan dan untuk tahunan.
 *
 * @param {Array<Array<number>>} realisasi_tw Realisasi TW I-IV, satu baris per indikator.
 * @param {Array<Array<number>>} target_tw Target TW I-IV, sebesar realisasi_tw.
 * @param {string|Array<Array<string>>} [jenis] "KUMULATIF" (bawaan: s.d. triwulan) atau "NILAI AKHIR".
 * @param {string|Array<Array<string>>} [arah] "NAIK" (bawaan) atau "TURUN".
 * @param {string|Array<Array<string>>} [rumus_turun] "2T-R" (bawaan) atau "T/R", seperti CAPAIAN.
 * @return Capaian TW I-IV, sebesar realisasi_tw.
 * @customfunction
 */
function CAPAIAN_TRIWULAN(realisasi_tw, target_tw, jenis, arah, rumus_turun) {
  return SakipSheets.CAPAIAN_TRIWULAN(realisasi_tw, target_tw, jenis, arah, rumus_turun);
}

/**
 * Predikat capaian kinerja. Skala "LKJ": >= 95 Sangat Berhasil, 80 - < 95 Berhasil, 50 - < 80 Cukup
 * Berhasil, < 50 Tidak Berhasil. Skala "PERMENDAGRI" (86/2017): Sangat Tinggi, Tinggi, Sedang, Rendah,
 * Sangat Rendah.
 *
 * @param {number|Array<Array<number>>} capaian Capaian dalam persen, satu sel atau satu kolom.
 * @param {string|Array<Array<string>>} [skala] "LKJ" (bawaan), "PERMENDAGRI", atau rentang dua kolom skala sendiri (batas bawah dan predikat, boleh dengan baris judul).
 * @return Predikat capaian, sebesar rentang capaian.
 * @customfunction
 */
function PREDIKAT(capaian, skala) {
  return SakipSheets.PREDIKAT(capaian, skala);
}

/**
 * Realisasi tahunan dari nilai triwulan yang sudah dilaporkan (sel kosong tidak dihitung).
 *
 * @param {Array<Array<number>>} nilai_triwulan Nilai TW I-IV, satu baris per indikator.
 * @param {string|Array<Array<string>>} [agregasi] "RATA-RATA" (bawaan, misalnya IKM), "JUMLAH" (misalnya dokumen), atau "TERAKHIR" (persentase kumulatif).
 * @return Realisasi tahunan, satu nilai per baris.
 * @customfunction
 */
function REALISASI_TAHUNAN(nilai_triwulan, agregasi) {
  return SakipSheets.REALISASI_TAHUNAN(nilai_triwulan, agregasi);
}

/**
 * Indeks Kepuasan Masyarakat (skala 25-100) dari jawaban SKM, PermenPANRB 14/2017: rata-rata NRR
 * unsur (bobot 1/jumlah unsur) x 25. Jawaban kosong tidak dihitung.
 *
 * @param {Array<Array<number|string>>} jawaban Satu baris per responden, satu kolom per pertanyaan; nilai 1-4 atau a-d.
 * @param {Array<Array<string>>} [unsur_per_kolom] Unsur tiap pertanyaan (satu baris), bila beberapa pertanyaan untuk satu unsur.
 * @param {string} [metode] "14/2017" (bawaan, 9 unsur) atau "25/2004" (14 unsur).
 * @param {string} [bobot] "UNSUR" (bawaan) atau "PERTANYAAN" (rata-rata semua pertanyaan).
 * @return Nilai IKM.
 * @customfunction
 */
function IKM(jawaban, unsur_per_kolom, metode, bobot) {
  return SakipSheets.IKM(jawaban, unsur_per_kolom, metode, bobot);
}

/**
 * Nilai rata-rata (NRR) tiap unsur pelayanan, satu baris, urut sesuai kemunculan unsur.
 *
 * @param {Array<Array<number|string>>} jawaban Satu baris per responden, satu kolom per pertanyaan; nilai 1-4 atau a-d.
 * @param {Array<Array<string>>} [unsur_per_kolom] Unsur tiap pertanyaan (satu baris).
 * @param {string} [metode] "14/2017" (bawaan) atau "25/2004".
 * @param {string} [bobot] "UNSUR" (bawaan) atau "PERTANYAAN".
 * @return NRR per unsur, skala 1-4.
 * @customfunction
 */
function NRR(jawaban, unsur_per_kolom, metode, bobot) {
  return SakipSheets.NRR(jawaban, unsur_per_kolom, metode, bobot);
}

/**
 * IKM dari rekap jumlah jawaban: satu baris per pertanyaan, empat kolom berisi jumlah jawaban bernilai 1, 2, 3, 4.
 *
 * @param {Array<Array<number>>} jumlah_jawaban Jumlah jawaban bernilai 1, 2, 3, 4 per pertanyaan.
 * @param {Array<Array<string>>} [unsur_per_baris] Unsur tiap pertanyaan (satu kolom).
 * @param {string} [metode] "14/2017" (bawaan) atau "25/2004".
 * @param {string} [bobot] "UNSUR" (bawaan) atau "PERTANYAAN".
 * @return Nilai IKM.
 * @customfunction
 */
function IKM_REKAP(jumlah_jawaban, unsur_per_baris, metode, bobot) {
  return SakipSheets.IKM_REKAP(jumlah_jawaban, unsur_per_baris, metode, bobot);
}

/**
 * Mutu pelayanan dari nilai IKM (dibulatkan dua desimal): A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.
 *
 * @param {number|Array<Array<number>>} nilai Nilai IKM 25-100.
 * @param {string} [bentuk] "HURUF" (bawaan, misalnya A), "LENGKAP" (A (Sangat Baik)), atau "KINERJA" (Sangat Baik).
 * @param {string} [metode] "14/2017" (bawaan) atau "25/2004".
 * @return Mutu pelayanan.
 * @customfunction
 */
function MUTU_IKM(nilai, bentuk, metode) {
  return SakipSheets.MUTU_IKM(nilai, bentuk, metode);
}

/**
 * IKM gabungan beberapa unit (misalnya kabupaten dari kecamatan dan OPD-nya). Cara "RESPONDEN"
 * (bawaan): rata-rata IKM tertimbang jumlah responden, sama dengan IKM seluruh responden digabung
 * bila semua unsur dijawab. Cara "RATA-RATA": rata-rata sederhana IKM unit. Baris yang kedua selnya
 * kosong dilewati; baris yang salah satunya kosong adalah galat.
 *
 * @param {number|Array<Array<number>>} nilai_ikm Nilai IKM tiap unit (25-100), satu kolom.
 * @param {number|Array<Array<number>>} jumlah_responden Jumlah responden tiap unit (bilangan bulat positif), sebanyak sel nilai_ikm.
 * @param {string} [cara] "RESPONDEN" (bawaan) atau "RATA-RATA".
 * @return Nilai IKM gabungan.
 * @customfunction
 */
function IKM_GABUNGAN(nilai_ikm, jumlah_responden, cara) {
  return SakipSheets.IKM_GABUNGAN(nilai_ikm, jumlah_responden, cara);
}

/**
 * Kuadran IPA (Importance-Performance Analysis) tiap unsur di sekitar rata-rata kinerja dan kepentingan:
 * I prioritas perbaikan, II pertahankan, III prioritas rendah, IV berlebihan.
 *
 * @param {Array<Array<number>>} kinerja Nilai kinerja (NRR) tiap unsur.
 * @param {Array<Array<number>>} kepentingan Nilai kepentingan tiap unsur, sebesar rentang kinerja.
 * @return Kuadran (I, II, III, IV) tiap unsur.
 * @customfunction
 */
function KUADRAN_IPA(kinerja, kepentingan) {
  return SakipSheets.KUADRAN_IPA(kinerja, kepentingan);
}

/**
 * Jumlah responden SKM minimal untuk suatu populasi (Krejcie & Morgan, PermenPANRB 14/2017).
 *
 * @param {number|Array<Array<number>>} populasi Jumlah populasi penerima layanan.
 * @return Jumlah sampel minimal.
 * @customfunction
 */
function SAMPEL_SKM(populasi) {
  return SakipSheets.SAMPEL_SKM(populasi);
}

/**
 * Serapan anggaran dalam persen: realisasi / pagu x 100.
 *
 * @param {number|Array<Array<number>>} realisasi Realisasi anggaran, satu sel atau satu kolom.
 * @param {number|Array<Array<number>>} pagu Pagu anggaran, sebesar rentang realisasi.
 * @return Serapan dalam persen.
 * @customfunction
 */
function SERAPAN(realisasi, pagu) {
  return SakipSheets.SERAPAN(realisasi, pagu);
}

/**
 * Angka dalam kata-kata bahasa Indonesia, sampai 999 triliun, dengan desimal ("koma") dan minus.
 * Angka dibulatkan ke 15 angka bermakna (10,1 x 3 dieja tiga puluh koma tiga); dengan akhiran
 * "rupiah" dibulatkan sampai sen (dua desimal).
 *
 * @param {number|Array<Array<number>>} angka Angka yang dieja.
 * @param {string} [akhiran] Kata penutup berupa teks, misalnya "rupiah".
 * @param {string} [huruf] "kecil" (bawaan), "besar" (HURUF BESAR seperti RKA), atau "judul" (Huruf Awal Besar).
 * @return Terbilang.
 * @customfunction
 */
function TERBILANG(angka, akhiran, huruf) {
  return SakipSheets.TERBILANG(angka, akhiran, huruf);
}

/**
 * Membaca angka yang tertulis sebagai teks, misalnya "Rp 2.104.137.463,00", "95,23 %", atau "1,814,088,000".
 *
 * @param {string|Array<Array<string>>} teks Teks angka.
 * @return Angka.
 * @customfunction
 */
function ANGKA(teks) {
  return SakipSheets.ANGKA(teks);
}

/**
 * Nilai jawaban Lembar Kerja Evaluasi SAKIP (PermenPANRB 88/2021), 0 sampai 1. Skala bawaan: Y = 1,
 * T = 0; A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0. Huruf besar/kecil sama; "Ya"/"Tidak" dibaca Y/T.
 * Jawaban kosong tetap kosong; jawaban di luar skala diberi pesan galat.
 *
 * @param {string|Array<Array<string>>} jawaban Jawaban (Y/T atau A-E), satu sel atau satu kolom.
 * @param {string|Array<Array<string|number>>} [skala] "A-E" (bawaan), "A-D" (1 / 0,67 / 0,33 / 0), atau rentang dua kolom (jawaban, nilai), misalnya 'Skala LKE'!A2:B.
 * @return Nilai tiap jawaban, sebesar rentang jawaban.
 * @customfunction
 */
function NILAI_LKE(jawaban, skala) {
  return SakipSheets.NILAI_LKE(jawaban, skala);
}

/**
 * Predikat nilai akuntabilitas kinerja (SAKIP) menurut PermenPANRB 88/2021: AA (> 90-100, Sangat
 * Memuaskan), A (> 80-90, Memuaskan), BB (> 70-80, Sangat Baik), B (> 60-70, Baik), CC (> 50-60,
 * Cukup/Memadai), C (> 30-50, Kurang), D (0-30, Sangat Kurang). Batas bawah tiap predikat tidak
 * termasuk: nilai 90 berpredikat A, 90,01 AA. Dinilai pada nilai dibulatkan dua desimal seperti
 * tercetak (90,004 tercetak 90,00: A). Sel kosong tetap kosong.
 *
 * @param {number|Array<Array<number>>} nilai Nilai 0 sampai 100, satu sel atau satu kolom.
 * @return Kode predikat (AA, A, BB, B, CC, C, D).
 * @customfunction
 */
function PREDIKAT_SAKIP(nilai) {
  return SakipSheets.PREDIKAT_SAKIP(nilai);
}

/**
 * Nilai LKE per komponen, sub komponen ("Komponen / Sub Komponen") atau "Total": bobot, nilai mandiri,
 * nilai evaluator, predikat (empat kolom). Sub komponen = rata-rata nilai kriteria x bobot; kriteria
 * tanpa jawaban bernilai 0. Nilai evaluator kosong sampai ada jawaban evaluator; kriteria yang belum
 * dinilai evaluator memakai nilai mandiri. Predikat dari nilai evaluator (bila ada) atau mandiri;
 * untuk komponen dan sub komponen dari nilainya sebagai persen bobotnya.
 *
 * @param {Array<Array<string>>} baris Nama baris.
 * @param {Array<Array<string|number>>} kriteria Kode, Komponen, Sub Komponen, Bobot (Kriteria LKE).
 * @param {Array<Array<string>>} kode_jawaban Kode di Jawaban LKE.
 * @param {Array<Array<number>>} nilai_mandiri Nilai jawaban mandiri (NILAI_LKE).
 * @param {Array<Array<number>>} nilai_evaluator Nilai jawaban evaluator (NILAI_LKE).
 * @return Bobot, nilai mandiri, nilai evaluator, predikat.
 * @customfunction
 */
function SKOR_LKE(baris, kriteria, kode_jawaban, nilai_mandiri, nilai_evaluator) {
  return SakipSheets.SKOR_LKE(baris, kriteria, kode_jawaban, nilai_mandiri, nilai_evaluator);
}

/** @param {GoogleAppsScript.Events.SheetsOnOpen} e */
function onOpen(e) {
  return SakipSheets.onOpen(e);
}

/** @param {GoogleAppsScript.Events.AddonOnInstall} e */
function onInstall(e) {
  return SakipSheets.onInstall(e);
}

function tampilkanBantuan() {
  return SakipSheets.tampilkanBantuan();
}

function siapkanLembarKerja() {
  return SakipSheets.siapkanLembarKerja();
}

function tampilkanContohData() {
  return SakipSheets.tampilkanContohData();
}

function periksaData() {
  return SakipSheets.periksaData();
}

function tampilkanBuatLaporan() {
  return SakipSheets.tampilkanBuatLaporan();
}

function buatKuesionerSkm() {
  return SakipSheets.buatKuesionerSkm();
}

/** Menyiapkan atau menyegarkan rekap kabupaten di spreadsheet ini (impor ringkasan tiap unit). */
function rekapKabupaten() {
  return SakipSheets.rekapKabupaten();
}

function tampilkanBatchRka() {
  return SakipSheets.tampilkanBatchRka();
}

/** Menu Buat LHE Semua Unit (spreadsheet rekap): satu LHE SAKIP per unit, bertahap. */
function tampilkanBatchLhe() {
  return SakipSheets.tampilkanBatchLhe();
}

function kunciStatusLke() {
  return SakipSheets.kunciStatusLke();
}

function isiBuktiOtomatis() {
  return SakipSheets.isiBuktiOtomatis();
}

/**
 * The one function the dialogs call (google.script.run): the handler they name, answering
 * {ok, hasil} or {ok: false, pesan}. @param {string} nama @param {Array} argumen
 */
function panggilDialog(nama, argumen) {
  return SakipSheets.panggilDialog(nama, argumen);
}
