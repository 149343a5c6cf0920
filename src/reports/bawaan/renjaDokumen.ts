/**
 * The whole Renja as seed 002 (Renja Kecamatan Jatiroto 2020) lays it out: cover, Pengantar, Bab I
 * to V with the tables T-C.29 to T-C.33 where the seed places them (the table documents' own
 * elements, ./renja.ts, without their signature). Standard text every Renja carries (the
 * definition of the Renja per Permendagri 86/2017, how it is drawn up, the sistematika) is written
 * here; the unit's own prose comes from Profil Unit, each section inside its `{{#jika}}`, numbered
 * by the data (labelBagian) so a missing one leaves no gap.
 *
 * Portrait, as the kecamatan prints it, with each T-C table (its title and note) on landscape
 * pages of its own (a section break before and after: the T-C tables have up to 25 columns); a
 * chapter ending on a T-C table returns to portrait with the section break that starts the next
 * chapter, in place of its page break, so a hidden table leaves neither a landscape page nor an
 * empty one.
 */

import type { KunciRenja } from "../laporan/renjaDokumen";
import type { Dokumen, Elemen } from "../model";
import { TEMPLATE_TC29, TEMPLATE_TC30, TEMPLATE_TC31, TEMPLATE_TC32, TEMPLATE_TC33 } from "./renja";
import { halaman, pembuat, ttdPimpinan } from "./umum";

const { teks, p, bab, subbab, isi, tabel } = pembuat<KunciRenja>();

/** A table document's elements without its signature block (the Renja signs once, at its end). */
const tanpaTtd = (d: Dokumen): Elemen[] => d.elemen.slice(0, -1);

/** From here landscape pages, from here portrait: section breaks. */
const lanskap: Elemen = { jenis: "bagian", lanskap: true };
const potret: Elemen = { jenis: "bagian", lanskap: false };

/**
 * A T-C table on landscape pages, after `pembuka` (its subsection's heading and sentence, so a
 * section that is only the table does not leave them alone on a portrait page); `kembali`: back
 * to portrait after it (mid-chapter).
 */
const halamanLanskap = (d: Dokumen, kembali = true, ...pembuka: Elemen[]): Elemen[] => [
  lanskap,
  ...pembuka,
  ...tanpaTtd(d),
  ...(kembali ? [potret] : []),
];

/** A list without borders: number, text. */
const LIST = { tanpaGaris: true, lebar: [5, 95] };

export const TEMPLATE_RENJA: Dokumen = {
  judul: teks("Renja {{tahun}} - {{unit}}"),
  elemen: [
    p("RENJA", { gaya: "judul", rata: "tengah" }),
    p("(RENCANA KERJA)\n{{unitKapital}}\n{{tahun}}", { gaya: "subjudul", rata: "tengah" }),
    halaman,

    bab("PENGANTAR"),
    isi(
      "Puji dan syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas perkenan-Nya Rencana Kerja {{unit}} Tahun {{tahun}} dapat diselesaikan sebagaimana yang diharapkan. Rencana Kerja ini disusun berpedoman pada Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah.",
    ),
    isi(
      "Sesuai dengan peraturan perundang-undangan yang berlaku, setiap perangkat daerah wajib menyusun Renja dengan mengacu kepada Renstra perangkat daerah serta hasil evaluasi pelaksanaan program dan kegiatan. Rencana Kerja {{unit}} Tahun {{tahun}} ini disusun dalam rangka menentukan rencana kebijakan, program dan kegiatan {{unit}} guna mendukung pencapaian visi dan misi Pemerintah {{kabupaten}}.",
    ),
    isi(
      "Dengan tersusunnya Rencana Kerja ini, semoga dapat menjadi pedoman dalam pelaksanaan program dan kegiatan Tahun {{tahun}} pada {{unit}} dan berguna bagi peningkatan kinerja {{unit}}.",
    ),
    ttdPimpinan(),
    halaman,

    bab("BAB I\nPENDAHULUAN"),
    subbab("1.{{babLatar}}. Latar Belakang"),
    p("{{#ulang latarBelakang}}"),
    isi("{{latarBelakang.uraian}}"),
    p("{{/ulang}}"),
    p("1.{{babLatar}}.1. Pengertian Renja", { tebal: true }),
    isi(
      "Rencana Kerja Perangkat Daerah (Renja) adalah dokumen perencanaan perangkat daerah untuk periode satu tahun (Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017). Renja merupakan penjabaran lebih lanjut dari sasaran dan program yang telah ditetapkan dalam Rencana Strategis (Renstra): Renja {{unit}} menggambarkan kinerja tahunan yang akan diwujudkan beserta target yang ingin dicapai berdasarkan program, kebijakan dan sasaran Renstra.",
    ),
    p("1.{{babLatar}}.2. Proses Penyusunan Renja", { tebal: true }),
    isi(
      "Penyusunan rancangan Renja perangkat daerah mengacu pada kerangka arahan yang dirumuskan dalam rancangan awal RKPD, sehingga dapat dikerjakan secara simultan dengan penyusunan rancangan awal RKPD, evaluasi pelaksanaan Renja tahun-tahun sebelumnya dan evaluasi kinerja terhadap pencapaian Renstra. Rancangan akhir Renja ditetapkan setelah pengesahan oleh kepala daerah; selanjutnya kepala perangkat daerah menetapkan Renja sebagai pedoman dalam menyusun program dan kegiatan prioritas pada tahun anggaran berkenaan.",
    ),
    p("1.{{babLatar}}.3. Keterkaitan Renja dengan Dokumen Perencanaan Lainnya", { tebal: true }),
    isi(
      "Renja sebagai dokumen perencanaan tahunan perangkat daerah merupakan penjabaran dari Renstra perangkat daerah yang berjangka lima tahun, selaras dengan RPJMD dan RKPD {{kabupaten}}. Karena sistem perencanaan pembangunan merupakan proses yang sistematis dan terpadu, seluruh tahapan dan dokumen yang dihasilkan harus menunjukkan keterkaitan yang erat satu dengan yang lainnya.",
    ),
    p("{{#jika landasanHukum}}"),
    subbab("1.{{babLandasan}}. Landasan Hukum"),
    isi("Landasan hukum penyusunan Rencana Kerja {{unit}} {{kabupaten}} adalah:"),
    tabel([["{{landasanHukum.no}}", "{{landasanHukum.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika maksudTujuan}}"),
    subbab("1.{{babMaksud}}. Maksud dan Tujuan"),
    p("{{#ulang maksudTujuan}}"),
    isi("{{maksudTujuan.uraian}}"),
    p("{{/ulang}}"),
    p("{{/jika}}"),
    subbab("1.{{babSistematika}}. Sistematika Penulisan"),
    isi(
      "Rencana Kerja {{unit}} Tahun {{tahun}} terdiri dari 5 (lima) bab dengan sistematika sebagai berikut:",
    ),
    tabel(
      [
        [
          "BAB I",
          "PENDAHULUAN: latar belakang, landasan hukum, maksud dan tujuan, serta sistematika penulisan.",
        ],
        [
          "BAB II",
          "HASIL EVALUASI RENJA TAHUN LALU: evaluasi pelaksanaan Renja tahun {{tahunN1}} dan capaian Renstra, analisis kinerja pelayanan, isu-isu penting penyelenggaraan tugas dan fungsi, review terhadap rancangan awal RKPD, serta penelaahan usulan program dan kegiatan masyarakat.",
        ],
        [
          "BAB III",
          "TUJUAN, SASARAN, PROGRAM DAN KEGIATAN: telaahan terhadap kebijakan nasional dan daerah, tujuan dan sasaran Renja, serta program dan kegiatan.",
        ],
        [
          "BAB IV",
          "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH: program utama, sasaran dan indikator kinerja, serta alokasi anggaran.",
        ],
        ["BAB V", "PENUTUP."],
      ],
      { tanpaGaris: true, lebar: [12, 88] },
    ),
    halaman,

    bab("BAB II\nHASIL EVALUASI RENJA TAHUN LALU"),
    p("{{#jika evaluasi}}"),
    subbab("2.{{babEvaluasi}}. Evaluasi Pelaksanaan Renja Tahun {{tahunN1}} dan Capaian Renstra {{unit}}"),
    isi(
      "Hasil evaluasi terhadap pelaksanaan Renja tahun lalu berdasarkan target indikator kinerja program ({{dasarEvaluasi}}) adalah sebagai berikut:",
    ),
    p("{{#jika adaEvaluasiProgram}}"),
    p("a. Realisasi program yang tidak memenuhi keluaran yang direncanakan:"),
    p("{{#jika programTidakMemenuhi}}"),
    tabel([["{{programTidakMemenuhi.no}}", "{{programTidakMemenuhi.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika tanpaTidakMemenuhi}}"),
    isi("{{tanpaTidakMemenuhi}}"),
    p("{{/jika}}"),
    p("b. Realisasi program yang telah memenuhi keluaran yang direncanakan:"),
    p("{{#jika programMemenuhi}}"),
    tabel([["{{programMemenuhi.no}}", "{{programMemenuhi.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika tanpaMemenuhi}}"),
    isi("{{tanpaMemenuhi}}"),
    p("{{/jika}}"),
    p("c. Realisasi program yang melebihi keluaran yang direncanakan:"),
    p("{{#jika programMelebihi}}"),
    tabel([["{{programMelebihi.no}}", "{{programMelebihi.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika tanpaMelebihi}}"),
    isi("{{tanpaMelebihi}}"),
    p("{{/jika}}"),
    p("{{/jika}}"),
    ...halamanLanskap(TEMPLATE_TC29),
    p("{{/jika}}"),
    p("{{#jika pelayanan}}"),
    ...halamanLanskap(
      TEMPLATE_TC30,
      true,
      subbab("2.{{babPelayanan}}. Analisis Kinerja Pelayanan {{unit}}"),
      isi(
        "Kajian terhadap capaian kinerja pelayanan {{unit}} dilakukan berdasarkan indikator kinerja yang sesuai dengan tugas dan fungsi {{unit}} sebagaimana tertuang dalam Renstra, disajikan dengan format tabel T-C.30 sebagai berikut:",
      ),
    ),
    p("{{/jika}}"),
    p("{{#jika isu}}"),
    subbab("2.{{babIsu}}. Isu-isu Penting Penyelenggaraan Tugas dan Fungsi {{unit}}"),
    isi(
      "Berdasarkan pengamatan terhadap kondisi internal {{unit}} berupa kekuatan dan kelemahan serta kondisi eksternal berupa peluang dan ancaman, permasalahan yang saat ini masih menjadi kendala dapat dilihat pada tabel berikut:",
    ),
    p("Identifikasi Permasalahan Berdasarkan Tugas dan Fungsi", { rata: "tengah", tebal: true }),
    tabel(
      [
        ["NO", "MASALAH POKOK", "MASALAH", "AKAR MASALAH"],
        ["{{isu.no}}", "{{isu.masalahPokok}}", "{{isu.masalah}}", "{{isu.akarMasalah}}"],
      ],
      { kepala: 1, lebar: [5, 30, 32, 33] },
    ),
    p("{{/jika}}"),
    p("{{#jika review}}"),
    ...halamanLanskap(
      TEMPLATE_TC31,
      true,
      subbab("2.{{babReview}}. Review terhadap Rancangan Awal RKPD"),
      isi(
        "Review terhadap rancangan awal RKPD Tahun {{tahun}} membandingkan program dan kegiatan, indikator, target dan pagu indikatif rancangan awal RKPD dengan hasil analisis kebutuhan {{unit}}, sebagaimana tabel T-C.31 berikut:",
      ),
    ),
    p("{{/jika}}"),
    p("{{#jika usulan}}"),
    ...halamanLanskap(
      TEMPLATE_TC32,
      false,
      subbab("2.{{babUsulan}}. Penelaahan Usulan Program dan Kegiatan Masyarakat"),
      isi(
        "Usulan program dan kegiatan dari para pemangku kepentingan, hasil musyawarah perencanaan pembangunan dan forum perangkat daerah, yang ditujukan kepada {{unit}} dan disesuaikan dengan prioritas program dan kegiatan {{unit}}, tersaji dalam tabel T-C.32 berikut:",
      ),
    ),
    p("{{/jika}}"),
    potret,

    bab("BAB III\nTUJUAN, SASARAN, PROGRAM DAN KEGIATAN"),
    p("{{#jika babTelaah}}"),
    subbab("3.{{babTelaah}}. Telaahan terhadap Kebijakan Nasional dan Daerah"),
    p("{{#jika visi}}"),
    p("A. Visi", { tebal: true }),
    isi("Visi Kepala Daerah dalam Rencana Pembangunan Jangka Menengah Daerah (RPJMD) {{kabupaten}} adalah:"),
    p("“{{visi}}”", { rata: "tengah", tebal: true }),
    p("{{/jika}}"),
    p("{{#jika misi}}"),
    p("B. Misi", { tebal: true }),
    isi("Dalam rangka mencapai visi tersebut, {{kabupaten}} menetapkan misi sebagai berikut:"),
    tabel(
      [
        ["NO", "MISI", "PENJELASAN MISI"],
        ["{{misi.no}}", "{{misi.misi}}", "{{misi.penjelasan}}"],
      ],
      { kepala: 1, lebar: [5, 40, 55] },
    ),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika babTujuanSasaran}}"),
    subbab("3.{{babTujuanSasaran}}. Tujuan dan Sasaran Renja {{unit}}"),
    p("{{#jika tujuanUnit}}"),
    p("3.{{babTujuanSasaran}}.{{babTujuan}}. Tujuan", { tebal: true }),
    isi("{{unit}} untuk lima tahun ke depan menetapkan tujuan yakni {{tujuanUnit}}."),
    p("{{/jika}}"),
    p("{{#jika sasaranIndikator}}"),
    p("3.{{babTujuanSasaran}}.{{babSasaran}}. Sasaran", { tebal: true }),
    isi(
      "Sasaran merupakan penjabaran dari tujuan; setiap sasaran memiliki indikator kinerja sebagai alat untuk mengukur keberhasilan pencapaiannya. {{unit}} menetapkan {{jumlahSasaran}} sasaran dengan {{jumlahIndikatorSasaran}} indikator sasaran sebagai berikut:",
    ),
    tabel([["{{sasaranIndikator.no}}", "{{sasaranIndikator.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika babStrategi}}"),
    p("3.{{babTujuanSasaran}}.{{babStrategi}}. Strategi dan Arah Kebijakan", { tebal: true }),
    p("{{#jika strategi}}"),
    isi("Strategi yang ditetapkan untuk pencapaian tujuan dan sasaran adalah sebagai berikut:"),
    tabel([["{{strategi.no}}", "{{strategi.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika arahKebijakan}}"),
    isi("Arah kebijakan {{unit}} antara lain:"),
    tabel([["{{arahKebijakan.no}}", "{{arahKebijakan.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika faktorKunci}}"),
    p("3.{{babTujuanSasaran}}.{{babFaktor}}. Faktor-faktor Kunci Keberhasilan", { tebal: true }),
    isi(
      "Faktor kunci keberhasilan yang turut mendukung pencapaian visi, misi dan nilai-nilai organisasi {{unit}} adalah sebagai berikut:",
    ),
    tabel([["{{faktorKunci.no}}", "{{faktorKunci.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika program}}"),
    p("3.{{babTujuanSasaran}}.{{babDaftarProgram}}. Program", { tebal: true }),
    isi("Program {{unit}} Tahun {{tahun}} adalah sebagai berikut:"),
    tabel([["{{program.no}}", "{{program.uraian}}"]], LIST),
    p("{{/jika}}"),
    p("{{#jika tujuanSasaran}}"),
    p("Tabel 3.1\nTujuan dan Sasaran {{unit}} {{kabupaten}} Tahun {{tahun}}", {
      rata: "tengah",
      tebal: true,
    }),
    tabel(
      [
        ["NO", "TUJUAN/SASARAN", "INDIKATOR", "FORMULA", "TARGET KINERJA {{tahun}}"],
        [
          "{{tujuanSasaran.no}}",
          "{{tujuanSasaran.uraian}}",
          "{{tujuanSasaran.indikator}}",
          "{{tujuanSasaran.formulasi}}",
          "{{tujuanSasaran.target}}",
        ],
      ],
      { kepala: 1, kanan: [4], lebar: [5, 30, 28, 25, 12] },
    ),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika programKegiatan}}"),
    subbab("3.{{babProgram}}. Program dan Kegiatan"),
    isi(
      "Keseluruhan program yang akan diselenggarakan oleh {{unit}} diarahkan untuk mendukung tercapainya visi, misi dan tujuan kepala daerah sebagaimana tercantum dalam RPJMD {{kabupaten}}. Program dan kegiatan tersebut adalah:",
    ),
    tabel([["{{programKegiatan.no}}", "{{programKegiatan.uraian}}"]], LIST),
    ...halamanLanskap(TEMPLATE_TC33, false),
    p("{{/jika}}"),
    potret,

    bab("BAB IV\nRENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH"),
    p("{{#jika programUtama}}"),
    subbab("4.1. Program Utama"),
    isi(
      "Rencana Kerja {{unit}} Tahun {{tahun}} terdiri dari {{jumlahProgram}} program utama, sedangkan untuk mencapai sasaran dilaksanakan melalui kegiatan-kegiatan sebagaimana terurai di bawah ini:",
    ),
    tabel(
      [
        ["NO", "PROGRAM", "KEGIATAN"],
        ["{{programUtama.no}}", "{{programUtama.program}}", "{{programUtama.kegiatan}}"],
      ],
      { kepala: 1, lebar: [5, 40, 55] },
    ),
    subbab("4.2. Sasaran dan Indikator Kinerja"),
    isi(
      "Sasaran yang ingin dicapai dari Rencana Kerja ini berjangka waktu satu tahun, dengan indikator kinerja program (outcome) dan kegiatan (output) serta targetnya sebagai berikut:",
    ),
    tabel(
      [
        ["NO", "PROGRAM DAN INDIKATOR KINERJA", "TARGET KINERJA {{tahun}}"],
        ["{{sasaranProgram.no}}", "{{sasaranProgram.uraian}}", "{{sasaranProgram.target}}"],
      ],
      { kepala: 1, kanan: [2], lebar: [5, 80, 15] },
    ),
    subbab("4.3. Alokasi Anggaran"),
    isi(
      "Jumlah pagu indikatif yang dialokasikan untuk mendukung pelaksanaan program dan kegiatan {{unit}} Tahun {{tahun}} direncanakan sebesar Rp {{totalPaguN}}, dengan prakiraan maju Tahun {{tahunDepan}} sebesar Rp {{totalPaguN1}}, sebagaimana rincian pada Tabel T-C.33.",
    ),
    p("{{/jika}}"),
    halaman,

    bab("BAB V\nPENUTUP"),
    p("{{#ulang penutup}}"),
    isi("{{penutup.uraian}}"),
    p("{{/ulang}}"),
    ttdPimpinan(),
  ],
};
