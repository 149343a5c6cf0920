/**
 * The LKJ, complete, as seed 001 (LKJ Kecamatan Klakah 2023) and PermenPANRB 53/2014 (lampiran
 * II, sistematika Laporan Kinerja) lay it out: Kata Pengantar, Ikhtisar Eksekutif, Bab I-IV,
 * Lampiran. Parts the workbook holds no data for are left out by their `{{#jika}}`, never filled
 * with an instruction: Periksa Data names what is missing.
 */

import type { KunciLkj } from "../laporan/lkj";
import type { Dokumen } from "../model";
import { BAGIAN_NARASI } from "./narasi";
import { tabelRenstraLkj } from "./renstra";
import { halaman, pembuat, TABEL_ANGGARAN, ttdPimpinan } from "./umum";

const { teks, p, bab, subbab, isi, tabel } = pembuat<KunciLkj>();

/** A table that repeats the rows of one list with the given header (the widths in percent). */
const daftar = (tanpaGaris = true) => ({ tanpaGaris, lebar: [6, 94] });

export const TEMPLATE_LKJ: Dokumen = {
  judul: teks("LKJ {{tahun}} - {{unit}}"),
  elemen: [
    p("LAPORAN KINERJA INSTANSI PEMERINTAH", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\nPEMERINTAH {{kabupatenKapital}}\nTAHUN {{tahun}}", {
      gaya: "subjudul",
      rata: "tengah",
    }),
    halaman,

    bab("KATA PENGANTAR"),
    isi(
      "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas segala limpahan rahmat dan karunia-Nya sehingga kami dapat menyelesaikan penyusunan Laporan Kinerja Instansi Pemerintah {{unit}} {{kabupaten}} Tahun {{tahun}}.",
    ),
    isi(
      "Laporan ini disusun untuk memenuhi kewajiban {{unit}} sebagai pertanggungjawaban atas pelaksanaan tugas dan fungsi serta evaluasi atas target kinerja yang telah ditetapkan dalam Perjanjian Kinerja Tahun {{tahun}}, dengan mengacu pada Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
    ),
    isi(
      "Kami menyadari sepenuhnya bahwa laporan ini masih jauh dari sempurna; petunjuk, kritik serta saran untuk perbaikannya senantiasa kami harapkan. Semoga laporan ini bermanfaat sebagai bahan evaluasi guna perbaikan kinerja {{unit}} ke depan.",
    ),
    ttdPimpinan(),
    halaman,

    bab("IKHTISAR EKSEKUTIF"),
    isi(
      "Laporan Kinerja {{unit}} Tahun {{tahun}} menyajikan capaian {{jumlahIndikator}} indikator kinerja tujuan dan sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun {{tahun}}. Dari {{jumlahDinilai}} indikator yang dapat diukur, {{jumlahTercapai}} indikator mencapai atau melampaui target dan {{jumlahBelum}} indikator belum mencapai target, dengan rata-rata capaian {{rataCapaian}} (predikat {{predikatRata}}).",
    ),
    tabel(
      [
        ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN", "PREDIKAT"],
        [
          "{{indikator.no}}",
          "{{indikator.indikator}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
          "{{indikator.predikat}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4], lebar: [6, 44, 12, 12, 12, 14] },
    ),
    isi(
      "Pagu anggaran {{unit}} Tahun {{tahun}} sebesar Rp {{totalPagu}} terealisasi Rp {{totalRealisasi}} atau {{totalSerapan}}, dengan sisa anggaran Rp {{totalSisa}}.",
    ),
    halaman,

    bab("BAB I\nPENDAHULUAN"),
    subbab("1.1. Tugas, Fungsi dan Struktur Organisasi"),
    p("{{#jika tugas}}"),
    isi("{{tugas}}"),
    p("{{/jika}}"),
    p("{{#jika fungsi}}"),
    isi("Dalam menyelenggarakan tugas tersebut, {{unit}} mempunyai fungsi:"),
    tabel([["{{fungsi.no}}", "{{fungsi.uraian}}"]], daftar()),
    p("{{/jika}}"),
    p("{{#jika struktur}}"),
    isi("Susunan organisasi {{unit}} terdiri dari:"),
    tabel([["{{struktur.no}}", "{{struktur.uraian}}"]], daftar()),
    p("{{/jika}}"),
    subbab("1.2. Sumber Daya Perangkat Daerah"),
    p("{{#jika sdm}}"),
    subbab("1.2.1. Sumber Daya Manusia"),
    isi("{{kalimatSdm}}"),
    tabel(
      [
        ["KELOMPOK", "URAIAN", "JUMLAH (ORANG)"],
        ["{{sdm.kelompok}}", "{{sdm.uraian}}", "{{sdm.jumlah}}"],
      ],
      { kepala: 1, kanan: [2], lebar: [30, 50, 20] },
    ),
    p("{{/jika}}"),
    p("{{#jika sarana}}"),
    subbab("1.2.2. Sarana dan Prasarana"),
    tabel(
      [
        ["NO", "BIDANG/JENIS ASET", "JUMLAH", "KETERANGAN"],
        ["{{sarana.no}}", "{{sarana.uraian}}", "{{sarana.jumlah}}", "{{sarana.keterangan}}"],
      ],
      { kepala: 1, kanan: [2], lebar: [6, 40, 14, 40] },
    ),
    p("{{/jika}}"),
    p("{{#jika isu}}"),
    subbab("1.3. Isu Strategis"),
    isi(
      "Berdasarkan identifikasi kondisi internal (kekuatan dan kelemahan) dan eksternal (peluang dan ancaman) {{unit}}, permasalahan yang masih menjadi kendala dalam mencapai tujuan organisasi adalah sebagai berikut:",
    ),
    tabel(
      [
        ["NO", "MASALAH POKOK", "MASALAH", "AKAR MASALAH"],
        ["{{isu.no}}", "{{isu.masalahPokok}}", "{{isu.masalah}}", "{{isu.akarMasalah}}"],
      ],
      { kepala: 1, lebar: [6, 28, 33, 33] },
    ),
    p("{{/jika}}"),
    halaman,

    bab("BAB II\nPERENCANAAN KINERJA"),
    subbab("2.1. Rencana Strategis"),
    isi(
      "Rencana strategis menjadi landasan penyelenggaraan Sistem Akuntabilitas Kinerja Instansi Pemerintah (Peraturan Presiden Nomor 29 Tahun 2014). Tujuan dan sasaran {{unit}} beserta indikator kinerja utama dan targetnya adalah sebagai berikut.",
    ),
    p("{{#jika tujuan}}"),
    p("A. Tujuan", { tebal: true }),
    tabel(
      [
        ["NO", "TUJUAN", "INDIKATOR TUJUAN", "TARGET {{tahun}}", "TARGET AKHIR RENSTRA", "FORMULASI"],
        [
          "{{tujuan.no}}",
          "{{tujuan.uraian}}",
          "{{tujuan.indikator}}",
          "{{tujuan.target}}",
          "{{tujuan.targetRenstra}}",
          "{{tujuan.formulasi}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4], lebar: [5, 22, 25, 11, 11, 26] },
    ),
    p("{{/jika}}"),
    p("{{#jika sasaran}}"),
    p("B. Sasaran", { tebal: true }),
    tabel(
      [
        ["NO", "SASARAN", "INDIKATOR SASARAN", "TARGET {{tahun}}", "TARGET AKHIR RENSTRA", "FORMULASI"],
        [
          "{{sasaran.no}}",
          "{{sasaran.uraian}}",
          "{{sasaran.indikator}}",
          "{{sasaran.target}}",
          "{{sasaran.targetRenstra}}",
          "{{sasaran.formulasi}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4], lebar: [5, 22, 25, 11, 11, 26] },
    ),
    p("{{/jika}}"),
    subbab("2.2. Perjanjian Kinerja"),
    isi(
      "Indikator kinerja sasaran digunakan dalam Perjanjian Kinerja {{jabatanPimpinan}} kepada {{jabatanPihakKedua}} Tahun {{tahun}}, dengan target yang harus dicapai sebagai berikut; anggaran program yang diperjanjikan berjumlah {{totalProgramPk}} (Lampiran 1).",
    ),
    p("{{#jika pkTetap}}"),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["{{pkTetap.no}}", "{{pkTetap.sasaran}}", "{{pkTetap.indikator}}", "{{pkTetap.target}}"],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p("{{/jika}}"),
    p("{{#jika pkUbah}}"),
    isi("{{kalimatPkPerubahan}}"),
    p("Perbandingan Target Indikator Perjanjian Kinerja Sebelum dan Sesudah Perubahan", {
      rata: "tengah",
      tebal: true,
    }),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", ""],
        ["", "", "", "SEBELUM", "SESUDAH"],
        [
          "{{pkUbah.no}}",
          "{{pkUbah.sasaran}}",
          "{{pkUbah.indikator}}",
          "{{pkUbah.target}}",
          "{{pkUbah.targetPerubahan}}",
        ],
      ],
      {
        kepala: 2,
        // Seed 001 table 2.2's header: NO, SASARAN, INDIKATOR over two rows, TARGET over its pair.
        gabung: [
          ...[0, 1, 2].map((kolom) => ({ baris: 0, kolom, barisRentang: 2 })),
          { baris: 0, kolom: 3, kolomRentang: 2 },
        ],
        kanan: [3, 4],
        lebar: [6, 34, 36, 12, 12],
      },
    ),
    p("{{/jika}}"),
    halaman,

    bab("BAB III\nAKUNTABILITAS KINERJA"),
    subbab("3.1. Capaian Kinerja Organisasi"),
    isi(
      "Pengukuran kinerja membandingkan realisasi setiap indikator dengan targetnya. Untuk indikator yang semakin tinggi realisasinya semakin baik, % capaian kinerja = realisasi / target × 100 %. Skala pengukuran dan predikat kinerja: {{skalaPredikat}}.",
    ),
    subbab("3.1.1. Evaluasi Target dan Realisasi Kinerja Tahun {{tahun}}"),
    tabel(
      [
        ["NO", "TUJUAN/SASARAN", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN", "PREDIKAT"],
        [
          "{{indikator.no}}",
          "{{indikator.sasaran}}",
          "{{indikator.indikator}}",
          "{{indikator.satuan}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
          "{{indikator.predikat}}",
        ],
      ],
      { kepala: 1, kanan: [4, 5, 6], lebar: [5, 24, 26, 9, 9, 9, 9, 9] },
    ),
    p("{{#jika kalimatIkm}}"),
    isi("{{kalimatIkm}}"),
    p("{{/jika}}"),
    isi(
      "Rata-rata capaian indikator kinerja {{unit}} Tahun {{tahun}} adalah {{rataCapaian}} dengan predikat {{predikatRata}}.",
    ),
    p("{{grafik:capaian}}", { rata: "tengah" }),
    p("{{#jika program}}"),
    isi("Indikator program yang mendukung sasaran tersebut dan capaiannya adalah sebagai berikut:"),
    tabel(
      [
        ["PROGRAM", "SASARAN PROGRAM", "INDIKATOR PROGRAM", "TARGET", "REALISASI", "CAPAIAN"],
        [
          "{{program.program}}",
          "{{program.sasaranProgram}}",
          "{{program.indikator}}",
          "{{program.target}}",
          "{{program.realisasi}}",
          "{{program.capaian}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4, 5], lebar: [24, 24, 25, 9, 9, 9] },
    ),
    p("{{/jika}}"),
    // One part per indicator, written from the sheet: the comparisons, causes and solutions the
    // unit typed (seed 001 3.1.1 and 3.1.5, seed 003 BAB III items 2-4).
    ...BAGIAN_NARASI,
    subbab("3.1.2. Evaluasi Target Kinerja Tahun Sebelumnya (Renstra)"),
    // Seed 001 lines 373-386: each year of the Renstra up to this one, then the trend.
    p("{{#jika adaRenstraTahunan}}"),
    isi(
      "Perbandingan target dan realisasi kinerja {{unit}} pada tahun-tahun Rencana Strategis (Renstra) sampai dengan Tahun {{tahun}} adalah sebagai berikut:",
    ),
    p("{{/jika}}"),
    ...tabelRenstraLkj(),
    p("{{#jika kalimatTrenRenstra}}"),
    isi("{{kalimatTrenRenstra}}"),
    p("{{/jika}}"),
    isi("Perbandingan realisasi dan capaian Tahun {{tahun}} dengan Tahun {{tahunLalu}}:"),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "TARGET {{tahunLalu}}",
          "REALISASI {{tahunLalu}}",
          "CAPAIAN {{tahunLalu}}",
          "TARGET {{tahun}}",
          "REALISASI {{tahun}}",
          "CAPAIAN {{tahun}}",
        ],
        [
          "{{indikator.no}}",
          "{{indikator.indikator}}",
          "{{indikator.targetLalu}}",
          "{{indikator.realisasiLalu}}",
          "{{indikator.capaianLalu}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5, 6, 7], lebar: [5, 29, 11, 11, 11, 11, 11, 11] },
    ),
    subbab("3.1.3. Perbandingan Realisasi dengan Target Akhir Renstra"),
    tabel(
      [
        ["NO", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA", "REALISASI {{tahun}}", "CAPAIAN"],
        [
          "{{indikator.no}}",
          "{{indikator.indikator}}",
          "{{indikator.targetRenstra}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaianRenstra}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4], lebar: [6, 46, 16, 16, 16] },
    ),
    p("{{#jika banding}}"),
    subbab("{{noBanding}}. Perbandingan Realisasi Kinerja dengan Perangkat Daerah Lain"),
    isi(
      "Realisasi indikator yang juga diukur oleh perangkat daerah lain dengan metode pengumpulan dan penghitungan data yang sama dibandingkan sebagai berikut; peringkat 1 adalah realisasi terbaik.",
    ),
    tabel(
      [
        ["NO", "TUJUAN/SASARAN", "INDIKATOR", "PERANGKAT DAERAH", "REALISASI {{tahun}}", "PERINGKAT"],
        [
          "{{banding.no}}",
          "{{banding.sasaran}}",
          "{{banding.indikator}}",
          "{{banding.unit}}",
          "{{banding.realisasi}}",
          "{{banding.peringkat}}",
        ],
      ],
      { kepala: 1, kanan: [4, 5], lebar: [5, 22, 29, 20, 12, 12] },
    ),
    p("{{#jika sumberBanding}}"),
    isi("{{sumberBanding}}"),
    p("{{/jika}}"),
    p("{{#jika kalimatBanding}}"),
    isi("{{kalimatBanding}}"),
    p("{{/jika}}"),
    p("{{/jika}}"),
    subbab("{{noEfisiensi}}. Efisiensi Penggunaan Sumber Daya"),
    isi("Efisiensi = capaian kinerja program − capaian (serapan) anggaran program."),
    tabel(
      [
        ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "CAPAIAN ANGGARAN", "CAPAIAN KINERJA", "EFISIENSI"],
        [
          "{{efisiensi.no}}",
          "{{efisiensi.program}}",
          "{{efisiensi.pagu}}",
          "{{efisiensi.realisasi}}",
          "{{efisiensi.capaianAnggaran}}",
          "{{efisiensi.capaianKinerja}}",
          "{{efisiensi.efisiensi}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5, 6], lebar: [5, 35, 15, 15, 10, 10, 10] },
    ),
    subbab("3.2. Realisasi Anggaran"),
    isi(
      "Pada Tahun {{tahun}} pagu anggaran {{unit}} sebesar Rp {{totalPagu}} dengan realisasi Rp {{totalRealisasi}}, sehingga capaian penyerapan anggaran sebesar {{totalSerapan}} dan sisa anggaran Rp {{totalSisa}}.",
    ),
    TABEL_ANGGARAN("REALISASI (Rp)"),
    halaman,

    bab("BAB IV\nPENUTUP"),
    isi(
      "Laporan Kinerja {{unit}} Tahun {{tahun}} disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
    ),
    isi(
      "Dari {{jumlahDinilai}} indikator kinerja tujuan dan sasaran yang diukur, {{jumlahTercapai}} indikator mencapai atau melampaui target, dengan rata-rata capaian {{rataCapaian}} (predikat {{predikatRata}}); penyerapan anggaran mencapai {{totalSerapan}}.",
    ),
    p("{{#jika strategi}}"),
    isi(
      "Untuk mencapai tujuan dan sasaran yang ditetapkan, {{unit}} menetapkan strategi dan kebijakan sebagai berikut:",
    ),
    tabel([["{{strategi.no}}", "{{strategi.strategi}}", "{{strategi.kebijakan}}"]], {
      tanpaGaris: true,
      lebar: [6, 34, 60],
    }),
    p("{{/jika}}"),
    isi(
      "Laporan ini diharapkan dapat menjadi bahan pertimbangan dan evaluasi bagi pelaksanaan kegiatan tahun berikutnya. Saran dan masukan demi perbaikan penyusunan laporan di tahun mendatang sangat kami harapkan.",
    ),
    ttdPimpinan(),
    halaman,

    bab("LAMPIRAN"),
    p("Lampiran 1. Perjanjian Kinerja Tahun {{tahun}}", { tebal: true }),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["{{pkSasaran.no}}", "{{pkSasaran.sasaran}}", "{{pkSasaran.indikator}}", "{{pkSasaran.target}}"],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p("{{#jika pkSasaranProgram}}"),
    p(""),
    tabel(
      [
        ["NO", "SASARAN PROGRAM", "INDIKATOR KINERJA", "TARGET"],
        [
          "{{pkSasaranProgram.no}}",
          "{{pkSasaranProgram.sasaran}}",
          "{{pkSasaranProgram.indikator}}",
          "{{pkSasaranProgram.target}}",
        ],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p("{{/jika}}"),
    p(""),
    tabel(
      [
        ["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"],
        ["{{pkProgram.no}}", "{{pkProgram.program}}", "{{pkProgram.anggaran}}", "{{pkProgram.keterangan}}"],
        ["", "JUMLAH", "{{totalProgramPk}}", ""],
      ],
      { kepala: 1, tebal: [2], kanan: [2], lebar: [6, 50, 24, 20] },
    ),
    p("{{#jika skmUnsur}}"),
    p("Lampiran 2. Hasil Survei Kepuasan Masyarakat Tahun {{tahun}}", { tebal: true }),
    isi(
      "Indeks Kepuasan Masyarakat (IKM) {{unit}} Tahun {{tahun}} dari {{skmResponden}} responden adalah {{skmIkm}}, mutu pelayanan {{skmMutu}}.",
    ),
    p("{{#jika skmKalimat}}"),
    isi("{{skmKalimat}}"),
    p("{{/jika}}"),
    tabel(
      [
        ["NO", "UNSUR PELAYANAN", "NRR", "NRR TERTIMBANG", "IKM UNSUR"],
        [
          "{{skmUnsur.no}}",
          "{{skmUnsur.unsur}}",
          "{{skmUnsur.nrr}}",
          "{{skmUnsur.nrrTertimbang}}",
          "{{skmUnsur.ikmUnsur}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4], lebar: [6, 46, 16, 16, 16] },
    ),
    p("{{#jika skmTren}}"),
    p(""),
    tabel(
      [
        ["PERIODE", "RESPONDEN", "IKM", "MUTU PELAYANAN"],
        ["{{skmTren.periode}}", "{{skmTren.responden}}", "{{skmTren.ikm}}", "{{skmTren.mutu}}"],
      ],
      { kepala: 1, kanan: [1, 2], lebar: [25, 20, 20, 35] },
    ),
    p("{{/jika}}"),
    p("{{/jika}}"),
  ],
};
