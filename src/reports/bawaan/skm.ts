/** Laporan SKM/IKM and the IKM poster (PermenPANRB 14/2017). */

import type { KunciSkm } from "../laporan/skm";
import type { Dokumen } from "../model";
import { pembuat, ttdPimpinan } from "./umum";

const { teks, p, bab, subbab, isi, tabel } = pembuat<KunciSkm>();

export const TEMPLATE_SKM: Dokumen = {
  judul: teks("Laporan SKM {{periode}} - {{unit}}"),
  elemen: [
    p("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{periodeKapital}}", { gaya: "subjudul", rata: "tengah" }),
    bab("BAB I\nPENDAHULUAN"),
    isi(
      "Survei Kepuasan Masyarakat (SKM) dilaksanakan untuk mengukur tingkat kepuasan masyarakat atas pelayanan {{unit}}, sebagaimana diwajibkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik. Hasilnya menjadi bahan perbaikan kualitas pelayanan.",
    ),
    isi("Jenis layanan yang disurvei: {{jenisLayanan}}."),
    bab("BAB II\nMETODE SURVEI"),
    isi(
      "Survei memakai kuesioner {{jumlahPertanyaan}} pertanyaan untuk {{jumlahUnsur}} unsur pelayanan, dengan empat pilihan jawaban bernilai 1 sampai 4. Nilai Indeks Kepuasan Masyarakat (IKM) dihitung menurut {{metode}}: nilai rata-rata (NRR) setiap unsur dengan {{bobot}}, dikalikan 25 sehingga berada pada skala 25 sampai 100.",
    ),
    p("{{#jika kalimatIkmTahunan}}"),
    isi("{{kalimatIkmTahunan}}"),
    p("{{/jika}}"),
    isi("Survei dilaksanakan {{periodeSurvei}} terhadap {{jumlahResponden}} responden."),
    p("{{#jika kalimatSampel}}"),
    isi("{{kalimatSampel}}"),
    p("{{/jika}}"),
    bab("BAB III\nHASIL SURVEI"),
    subbab("3.1. Profil Responden"),
    p("{{#jika profil}}"),
    tabel(
      [
        ["KARAKTERISTIK", "URAIAN", "JUMLAH", "PERSENTASE"],
        ["{{profil.kategori}}", "{{profil.uraian}}", "{{profil.jumlah}}", "{{profil.persen}}"],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [28, 36, 16, 20] },
    ),
    p("{{/jika}}"),
    subbab("3.2. Nilai per Unsur Pelayanan dan IKM"),
    tabel(
      [
        ["NO", "UNSUR PELAYANAN", "NRR", "NRR TERTIMBANG", "NILAI UNSUR (× 25)"],
        ["{{unsur.no}}", "{{unsur.unsur}}", "{{unsur.nrr}}", "{{unsur.nrrTertimbang}}", "{{unsur.ikmUnsur}}"],
        ["NILAI IKM", "", "", "", "{{ikm}}"],
      ],
      {
        kepala: 1,
        tebal: [2],
        kanan: [2, 3, 4],
        lebar: [6, 46, 14, 16, 18],
        gabung: [{ baris: -1, kolom: 0, kolomRentang: 4 }],
      },
    ),
    isi("Nilai IKM {{unit}} {{periode}} adalah {{ikm}}, dengan mutu pelayanan {{mutu}} ({{kinerjaMutu}})."),
    p("{{grafik:nrr}}", { rata: "tengah" }),
    // Seed 003's rekap form: each question's tally, its unsur's value beside it, the IKM below.
    subbab("3.3. Rekapitulasi Nilai per Pertanyaan"),
    tabel(
      [
        ["NO", "UNSUR", "PERTANYAAN", "JUMLAH NILAI", "JUMLAH RTMK", "NRR", "NILAI UNSUR PELAYANAN"],
        [
          "{{pertanyaan.no}}",
          "{{pertanyaan.unsur}}",
          "{{pertanyaan.pertanyaan}}",
          "{{pertanyaan.jumlahNilai}}",
          "{{pertanyaan.rtmk}}",
          "{{pertanyaan.nrr}}",
          "{{pertanyaan.nrrUnsur}}",
        ],
        ["NILAI HASIL SURVEI (IKM)", "", "", "", "", "", "{{ikm}}"],
      ],
      // An unsur's cell, and its value, span its questions, as the rekap prints them.
      {
        kepala: 1,
        tebal: [2],
        kanan: [3, 4, 5, 6],
        lebar: [5, 18, 37, 10, 9, 9, 12],
        gabungSama: [1],
        gabungIkut: [{ kolom: 6, acuan: 1 }],
        gabung: [{ baris: -1, kolom: 0, kolomRentang: 6 }],
      },
    ),
    p("Keterangan:", { tebal: true }),
    isi(
      "Jumlah nilai: jumlah nilai jawaban seluruh responden atas pertanyaan itu (jawaban a = 1, b = 2, c = 3, d = 4). Jumlah RTMK: jumlah responden yang tidak menjawab pertanyaan itu. NRR: jumlah nilai dibagi jumlah jawaban pertanyaan itu. Nilai unsur pelayanan: jumlah nilai seluruh pertanyaan unsur itu dibagi jumlah jawabannya.",
    ),
    p("{{#jika rekapLain}}"),
    p("Rekapitulasi lain-lain:", { tebal: true }),
    tabel([["{{rekapLain.uraian}}", ": {{rekapLain.nilai}}"]], { tanpaGaris: true, lebar: [40, 60] }),
    p("{{/jika}}"),
    p("{{#jika layanan}}"),
    subbab("3.4. IKM per Jenis Layanan"),
    tabel(
      [
        ["NO", "JENIS LAYANAN", "RESPONDEN", "IKM", "MUTU"],
        [
          "{{layanan.no}}",
          "{{layanan.layanan}}",
          "{{layanan.responden}}",
          "{{layanan.ikm}}",
          "{{layanan.mutu}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [6, 44, 14, 14, 22] },
    ),
    p("{{/jika}}"),
    p("{{#jika tren}}"),
    subbab("3.5. Perkembangan IKM per Triwulan"),
    tabel(
      [
        ["PERIODE", "RESPONDEN", "IKM", "MUTU"],
        ["{{tren.periode}}", "{{tren.responden}}", "{{tren.ikm}}", "{{tren.mutu}}"],
      ],
      { kepala: 1, kanan: [1, 2], lebar: [30, 20, 20, 30] },
    ),
    p("{{/jika}}"),
    p("{{#jika adaIpa}}"),
    subbab("3.6. Importance-Performance Analysis (IPA)"),
    isi(
      "Setiap unsur dipetakan menurut nilai kinerja (NRR) dan kepentingannya, di sekitar rata-rata kinerja {{rataKinerja}} dan rata-rata kepentingan {{rataKepentingan}} (Martilla dan James). Kuadran I adalah prioritas perbaikan.",
    ),
    tabel(
      [
        ["NO", "UNSUR", "KINERJA", "KEPENTINGAN", "KUADRAN", "KETERANGAN"],
        [
          "{{ipa.no}}",
          "{{ipa.unsur}}",
          "{{ipa.kinerja}}",
          "{{ipa.kepentingan}}",
          "{{ipa.kuadran}}",
          "{{ipa.keterangan}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [6, 34, 13, 15, 12, 20] },
    ),
    p("{{grafik:ipa}}", { rata: "tengah" }),
    p("{{/jika}}"),
    bab("BAB IV\nANALISIS DAN TINDAK LANJUT"),
    isi(
      "Unsur dengan nilai terendah adalah {{unsurTerendah}} (NRR {{nrrTerendah}}), terutama pada pertanyaan: {{pertanyaanTerendah}}.",
    ),
    p("{{#jika saran}}"),
    subbab("4.1. Saran dan Masukan Responden"),
    tabel(
      [
        ["NO", "SARAN", "JUMLAH"],
        ["{{saran.no}}", "{{saran.saran}}", "{{saran.jumlah}}"],
      ],
      { kepala: 1, kanan: [2], lebar: [6, 80, 14] },
    ),
    p("{{/jika}}"),
    p("{{#jika tindakLanjut}}"),
    subbab("4.2. Rencana Tindak Lanjut"),
    tabel(
      [
        ["NO", "UNSUR", "RENCANA TINDAK LANJUT", "WAKTU", "PENANGGUNG JAWAB"],
        [
          "{{tindakLanjut.no}}",
          "{{tindakLanjut.unsur}}",
          "{{tindakLanjut.rencana}}",
          "{{tindakLanjut.waktu}}",
          "{{tindakLanjut.penanggungJawab}}",
        ],
      ],
      { kepala: 1, lebar: [5, 22, 43, 13, 17] },
    ),
    p("{{/jika}}"),
    ttdPimpinan(),
  ],
};

/** The one-page poster units publish at the service counter (seed 003's last page). */
export const TEMPLATE_POSTER: Dokumen = {
  judul: teks("Poster IKM {{periode}} - {{unit}}"),
  elemen: [
    p("INDEKS KEPUASAN MASYARAKAT (IKM)", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{kabupatenKapital}}\n{{periodeKapital}}", { gaya: "subjudul", rata: "tengah" }),
    p("NILAI IKM", { rata: "tengah", tebal: true }),
    p("{{ikm}}", { gaya: "judul", rata: "tengah", ukuran: 48 }),
    p("MUTU PELAYANAN: {{mutu}} ({{kinerjaMutuKapital}})", { gaya: "subbab", rata: "tengah", ukuran: 16 }),
    tabel(
      [
        ["Jenis layanan", ": {{jenisLayanan}}"],
        ["Jumlah responden", ": {{jumlahResponden}} orang"],
        ["Periode survei", ": {{periodeSurvei}}"],
      ],
      { tanpaGaris: true, lebar: [35, 65] },
    ),
    // Seed 003's poster: the respondents by gender and by education.
    p("{{#jika adaProfil}}"),
    tabel([["Jenis kelamin", ": L {{jumlahLaki}} orang, P {{jumlahPerempuan}} orang"]], {
      tanpaGaris: true,
      lebar: [35, 65],
    }),
    tabel(
      [
        ["PENDIDIKAN", "JUMLAH"],
        ["{{pendidikan.uraian}}", "{{pendidikan.jumlah}}"],
      ],
      { kepala: 1, kanan: [1], lebar: [50, 50] },
    ),
    p("{{/jika}}"),
    p("{{grafik:nrr}}", { rata: "tengah" }),
    p(
      "TERIMA KASIH ATAS PENILAIAN YANG ANDA BERIKAN. MASUKAN ANDA SANGAT BERMANFAAT UNTUK KEMAJUAN UNIT KAMI AGAR TERUS MEMPERBAIKI DAN MENINGKATKAN KUALITAS PELAYANAN BAGI MASYARAKAT.",
      { rata: "tengah", tebal: true },
    ),
  ],
};
