/** RKA-SKPD 2.2.1 and KAK of one kegiatan, modelled on seeds 004 and 000. */

import type { KunciRka } from "../laporan/rka";
import type { Dokumen, Elemen } from "../model";
import { pembuat, ttdPimpinan } from "./umum";

const { teks, p, subbab, isi, tabel } = pembuat<KunciRka>();

const KOP_RKA = (): Elemen[] => [
  tabel(
    [
      ["RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH", "FORMULIR\nRKA - SKPD 2.2.1"],
      ["{{kabupatenKapital}}\nTAHUN ANGGARAN {{tahun}}", ""],
    ],
    { tebal: [0], tengah: true, lebar: [70, 30] },
  ),
];

/** RKA-SKPD 2.2.1 of one kegiatan, as seed 004 prints it. */
export const TEMPLATE_RKA: Dokumen = {
  judul: teks("RKA-SKPD 2.2.1 {{tahun}} - {{kegiatan}}"),
  elemen: [
    ...KOP_RKA(),
    tabel(
      [
        ["Urusan Pemerintahan", ": {{urusan}}"],
        ["Organisasi", ": {{organisasi}}"],
        ["Program", ": {{program}}"],
        ["Kegiatan", ": {{kodeKegiatan}} {{kegiatan}}"],
        ["Lokasi Kegiatan", ": {{lokasi}}"],
        ["Jumlah Tahun {{tahunLalu}}", ": Rp {{jumlahTahunLalu}} ({{terbilangTahunLalu}})"],
        ["Jumlah Tahun {{tahun}}", ": Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
        ["Jumlah Tahun {{tahunDepan}}", ": Rp {{jumlahTahunDepan}} ({{terbilangTahunDepan}})"],
      ],
      { tanpaGaris: true, lebar: [25, 75] },
    ),
    subbab("Indikator & Tolak Ukur Kinerja Belanja Langsung"),
    tabel(
      [
        ["INDIKATOR", "TOLAK UKUR KINERJA", "TARGET KINERJA"],
        ["Capaian Program", "{{capaianProgram}}", "{{targetCapaianProgram}}"],
        ["Masukan", "{{masukan}}", "{{targetMasukan}}"],
        ["Keluaran", "{{keluaran}}", "{{targetKeluaran}}"],
        ["Hasil", "{{hasil}}", "{{targetHasil}}"],
      ],
      { kepala: 1, lebar: [20, 55, 25] },
    ),
    isi("Kelompok Sasaran Kegiatan: {{kelompokSasaran}}"),
    p("{{#jika rincian}}"),
    subbab("Rincian Anggaran Belanja Langsung"),
    tabel(
      [
        ["NO", "KODE REKENING", "URAIAN", "RINCIAN PERHITUNGAN", "", "", "JUMLAH (Rp)"],
        ["", "", "", "VOLUME", "SATUAN", "HARGA SATUAN (Rp)", ""],
        [
          "{{rincian.no}}",
          "{{rincian.kodeRekening}}",
          "{{rincian.uraian}}",
          "{{rincian.volume}}",
          "{{rincian.satuan}}",
          "{{rincian.harga}}",
          "{{rincian.jumlah}}",
        ],
        ["JUMLAH", "", "", "", "", "", "{{jumlahRincian}}"],
      ],
      {
        kepala: 2,
        tebal: [3],
        kanan: [3, 5, 6],
        lebar: [5, 15, 34, 9, 9, 14, 14],
        // The form's grouped header: Rincian Perhitungan over volume, satuan and harga.
        gabung: [
          ...[0, 1, 2, 6].map((kolom) => ({ baris: 0, kolom, barisRentang: 2 })),
          { baris: 0, kolom: 3, kolomRentang: 3 },
          { baris: -1, kolom: 0, kolomRentang: 6 },
        ],
      },
    ),
    p("{{/jika}}"),
    isi("Prakiraan maju tahun {{tahunDepan}} sebesar {{persenMaju}} % dari tahun {{tahun}}."),
    ttdPimpinan(),
  ],
};

/** A labelled part of the KAK kept only when the unit filled it: its label in bold, then its text. */
const bagian = (jika: KunciRka, judul: string, teksIsi: `{{${KunciRka}}}`): Elemen[] => [
  p<string>(`{{#jika ${jika}}}`),
  p<string>(judul, { tebal: true }),
  p<string>(teksIsi, { rata: "rata" }),
  p("{{/jika}}"),
];

/**
 * KAK/TOR of one kegiatan, laid out as seed 000 (Kecamatan Yosowilangun) with the fields of seed
 * 004's KAK where they belong. Every section is printed only when the unit filled it; the letters
 * and numbers come from the data, so none is skipped.
 */
export const TEMPLATE_KAK: Dokumen = {
  judul: teks("KAK {{tahun}} - {{kegiatan}}"),
  elemen: [
    // The unit's letterhead, as seed 000 prints it, when the unit typed its address.
    p("{{#jika alamatKantor}}"),
    p("PEMERINTAH {{kabupatenKapital}}", { rata: "tengah", tebal: true }),
    p("{{unitKapital}}", { rata: "tengah", tebal: true, ukuran: 14 }),
    p("{{alamatKantor}}", { rata: "tengah" }),
    p("{{#jika kotaKantor}}"),
    p("{{kotaKantor}}", { rata: "tengah", tebal: true }),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("KERANGKA ACUAN KERJA (KAK)\nTERM OF REFERENCE (TOR)", { gaya: "judul", rata: "tengah" }),
    tabel(
      [
        ["Nama Program", ":", "{{program}}"],
        ["Indikator Program", ":", "{{indikatorProgram}}"],
        ["Nama Kegiatan", ":", "{{kodeKegiatan}} {{kegiatan}}"],
        ["Indikator Keluaran", ":", "{{indikatorKeluaran}}"],
        ["Indikator Hasil", ":", "{{indikatorHasil}}"],
        ["Anggaran Tahun {{tahun}}", ":", "Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
      ],
      { tanpaGaris: true, lebar: [25, 3, 72] },
    ),
    p("{{#jika hurufLatarBelakang}}"),
    subbab("{{hurufLatarBelakang}}. Latar Belakang Kegiatan"),
    p("{{#jika latarBelakang}}"),
    isi("{{latarBelakang}}"),
    p("{{/jika}}"),
    ...bagian("dasarHukum", "{{nomorDasarHukum}}. Dasar Hukum", "{{dasarHukum}}"),
    ...bagian("gambaranUmum", "{{nomorGambaranUmum}}. Gambaran Umum", "{{gambaranUmum}}"),
    p("{{#jika adaFenomena}}"),
    p("{{nomorFenomena}}. Fenomena dan Data Detail", { tebal: true }),
    ...bagian("fenomena", "{{hurufFenomenaDetail}}. Permasalahan/fenomena secara detail:", "{{fenomena}}"),
    ...bagian(
      "prioritasMasalah",
      "{{hurufPrioritasMasalah}}. Prioritas masalah/penggalian potensi:",
      "{{prioritasMasalah}}",
    ),
    ...bagian(
      "faktorSdm",
      "{{hurufFaktorSdm}}. Faktor-faktor yang mempengaruhi terkait SDM:",
      "{{faktorSdm}}",
    ),
    ...bagian("upayaTersedia", "{{hurufUpayaTersedia}}. Upaya yang sudah disediakan:", "{{upayaTersedia}}"),
    ...bagian("inovasi", "{{hurufInovasi}}. Inovasi/alternatif yang sudah dilaksanakan:", "{{inovasi}}"),
    ...bagian(
      "permasalahan",
      "{{hurufPermasalahan}}. Permasalahan yang terjadi pada penyelenggaraan kegiatan:",
      "{{permasalahan}}",
    ),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika maksudTujuan}}"),
    subbab("{{hurufMaksudTujuan}}. Maksud dan Tujuan"),
    isi("{{maksudTujuan}}"),
    p("{{/jika}}"),
    p("{{#jika hurufManfaat}}"),
    subbab("{{hurufManfaat}}. Manfaat"),
    p("{{#jika manfaat}}"),
    isi("{{manfaat}}"),
    p("{{/jika}}"),
    ...bagian("dampak", "Dampak pada target hasil jika keluaran kegiatan tidak tersedia:", "{{dampak}}"),
    p("{{/jika}}"),
    p("{{#jika hurufBentukKegiatan}}"),
    subbab("{{hurufBentukKegiatan}}. Bentuk dan Konsep Kegiatan"),
    p("{{#jika bentukKegiatan}}"),
    isi("{{bentukKegiatan}}"),
    p("{{/jika}}"),
    p("{{#jika konsepKegiatan}}"),
    isi("{{konsepKegiatan}}"),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika strategi}}"),
    subbab("{{hurufStrategi}}. Strategi Pencapaian Keluaran"),
    isi("{{strategi}}"),
    p("{{/jika}}"),
    p("{{#jika hurufPelaksanaan}}"),
    subbab("{{hurufPelaksanaan}}. Tahapan dan Waktu Pelaksanaan"),
    ...bagian("mekanisme", "Mekanisme dan Prosedur:", "{{mekanisme}}"),
    ...bagian("waktuPelaksanaan", "Waktu:", "{{waktuPelaksanaan}}"),
    ...bagian("tempatPelaksanaan", "Tempat:", "{{tempatPelaksanaan}}"),
    ...bagian("pelaksana", "Pelaksana:", "{{pelaksana}}"),
    ...bagian("peserta", "Peserta:", "{{peserta}}"),
    p("{{/jika}}"),
    subbab("{{hurufBiaya}}. Biaya yang Diperlukan"),
    p("{{#jika rincian}}"),
    tabel(
      [
        ["- {{rincian.uraian}}", "= Rp", "{{rincian.jumlah}}"],
        ["Total", "= Rp", "{{totalBiaya}}"],
      ],
      { tanpaGaris: true, tebal: [1], kanan: [2], lebar: [62, 10, 28] },
    ),
    p("{{/jika}}"),
    isi(
      "Kegiatan ini dibiayai APBD Tahun {{tahun}} sebesar Rp {{jumlahTahunIni}} ({{terbilangTahunIni}}), dengan prakiraan maju tahun {{tahunDepan}} Rp {{jumlahTahunDepan}}.",
    ),
    p("{{#jika kelompokSasaran}}"),
    subbab("{{hurufKelompokSasaran}}. Kelompok Sasaran"),
    isi("{{kelompokSasaran}}"),
    p("{{/jika}}"),
    ttdPimpinan(),
  ],
};
