/**
 * The default criteria of the Lembar Kerja Evaluasi of a Perangkat Daerah (PermenPANRB 88/2021,
 * Lampiran: Pedoman Evaluasi Akuntabilitas Kinerja Instansi Pemerintah). Static data: NOT part of
 * Code.js. scripts/build.mjs writes it as JSON into build/kriteria-lke.html; setup reads it there
 * with HtmlService (src/sheets/lke/kriteriaBawaan.ts) and writes it into the Kriteria LKE sheet,
 * where every text is the unit's to change. Never import this module from src/main.ts's graph
 * (test/sheets/lke.test.ts checks that Code.js holds none of these texts).
 *
 * Sources (also written into the sheet's note):
 * - PermenPANRB 88/2021 on Evaluasi AKIP: four components and their weights (30/30/15/25), each
 *   split 20 % pemenuhan, 30 % kualitas, 50 % implementasi/pemanfaatan; the predikat table.
 * - The criteria as the LKE worksheet of 88/2021 lists them (80 criteria), as transcribed from the
 *   official LKE workbook in github.com/workspacericky-dot/t-SEMAR, src/lib/data/criteria.ts; here
 *   rephrased for a Perangkat Daerah (Renstra PD, Renja PD, PK, rencana aksi, LKjIP) and given a
 *   short explanation of the evidence expected.
 * - Answer kinds: pemenuhan Y/T, kualitas and implementasi/pemanfaatan A-E, as the LKE of 88/2021
 *   and the kabupaten e-SAKIP installations (e.g. github.com/Rayhanyl/esakip-app) use them.
 */

export interface KriteriaBawaan {
  kode: string;
  komponen: string;
  subKomponen: string;
  bobot: number;
  kriteria: string;
  jenisJawaban: "Y/T" | "A-E";
  penjelasan: string;
  dokumen: "" | "PK" | "LKJ" | "TRIWULAN" | "SKM";
}

export const SUMBER_KRITERIA_LKE =
  "Sumber: PermenPANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (Lampiran: komponen, bobot, kriteria LKE, kategori predikat); " +
  "daftar kriteria LKE 88/2021 sebagaimana ditranskripsikan dari lembar kerja resmi di github.com/workspacericky-dot/t-SEMAR (src/lib/data/criteria.ts), " +
  "disesuaikan untuk Perangkat Daerah. Jenis jawaban: pemenuhan Y/T, kualitas dan implementasi A-E. Setiap teks boleh diubah unit.";

type Baris = readonly [kriteria: string, penjelasan: string, dokumen?: KriteriaBawaan["dokumen"]];
interface Sub {
  nama: string;
  bobot: number;
  jenis: "Y/T" | "A-E";
  kriteria: readonly Baris[];
}

const KOMPONEN: readonly { nama: string; sub: readonly Sub[] }[] = [
  {
    nama: "Perencanaan Kinerja",
    sub: [
      {
        nama: "Pemenuhan",
        bobot: 6,
        jenis: "Y/T",
        kriteria: [
          [
            "Terdapat pedoman teknis perencanaan kinerja.",
            "Peraturan/pedoman kabupaten atau SOP penyusunan Renstra, Renja, PK dan rencana aksi.",
          ],
          [
            "Terdapat dokumen perencanaan kinerja jangka panjang.",
            "RPJPD yang menjadi acuan perangkat daerah.",
          ],
          [
            "Terdapat dokumen perencanaan kinerja jangka menengah (Renstra Perangkat Daerah).",
            "Renstra PD yang telah ditetapkan.",
          ],
          [
            "Terdapat dokumen perencanaan kinerja jangka pendek (Renja Perangkat Daerah).",
            "Renja PD tahun berjalan yang telah ditetapkan.",
          ],
          [
            "Terdapat dokumen perencanaan aktivitas yang mendukung kinerja (rencana aksi).",
            "Rencana aksi kinerja dengan target triwulanan.",
          ],
          [
            "Terdapat dokumen perencanaan anggaran yang mendukung kinerja.",
            "RKA/DPA yang memuat indikator kinerja kegiatan dan sub kegiatan.",
          ],
          [
            "Perangkat daerah dan unit di bawahnya merumuskan dan menetapkan perjanjian kinerja.",
            "Perjanjian Kinerja kepala perangkat daerah dan pejabat di bawahnya.",
            "PK",
          ],
        ],
      },
      {
        nama: "Kualitas",
        bobot: 9,
        jenis: "A-E",
        kriteria: [
          [
            "Dokumen perencanaan kinerja telah ditetapkan secara formal.",
            "Renstra, Renja dan PK ditandatangani/ditetapkan pejabat berwenang.",
            "PK",
          ],
          [
            "Dokumen perencanaan kinerja dipublikasikan tepat waktu.",
            "Tautan publikasi di laman resmi atau e-SAKIP beserta tanggalnya.",
          ],
          [
            "Dokumen perencanaan kinerja menggambarkan kinerja yang sebenarnya perlu dicapai.",
            "Tujuan dan sasaran berorientasi hasil (outcome), bukan kegiatan.",
          ],
          [
            "Rumusan tujuan dan sasaran jelas menggambarkan kondisi kinerja yang akan dicapai.",
            "Pohon kinerja dan rumusan sasaran yang terukur.",
          ],
          [
            "Indikator kinerja memenuhi kriteria SMART.",
            "Manual indikator kinerja (definisi, rumus, sumber data).",
          ],
          [
            "Indikator Kinerja Utama menggambarkan kinerja utama dan tidak sering berganti dalam satu periode Renstra.",
            "Penetapan IKU perangkat daerah.",
          ],
          [
            "Target kinerja dapat dicapai, menantang dan realistis.",
            "Perbandingan target dengan capaian tahun-tahun sebelumnya.",
          ],
          [
            "Dokumen perencanaan kinerja selaras dari level pimpinan sampai pelaksana (cascading).",
            "Cascading kinerja dan PK berjenjang.",
          ],
          [
            "Perencanaan kinerja memberi informasi hubungan kinerja dengan bidang atau perangkat daerah lain (crosscutting).",
            "Matriks crosscutting kinerja.",
          ],
          [
            "Setiap pegawai merumuskan dan menetapkan rencana kinerjanya.",
            "SKP pegawai yang selaras dengan PK.",
          ],
        ],
      },
      {
        nama: "Implementasi",
        bobot: 15,
        jenis: "A-E",
        kriteria: [
          [
            "Anggaran yang ditetapkan mengacu pada kinerja yang ingin dicapai.",
            "Keterkaitan program/kegiatan dan pagunya dengan sasaran Renstra.",
          ],
          [
            "Aktivitas yang dilaksanakan mendukung kinerja yang ingin dicapai.",
            "Kesesuaian kegiatan dalam DPA dengan indikator kinerja.",
          ],
          [
            "Target kinerja tercapai dengan baik, atau setidaknya sesuai jalurnya.",
            "Capaian indikator dalam laporan kinerja.",
            "LKJ",
          ],
          [
            "Rencana aksi berjalan dinamis karena capaian kinerja dipantau secara berkala.",
            "Laporan kinerja triwulanan dan tindak lanjut pemantauannya.",
            "TRIWULAN",
          ],
          [
            "Dokumen perencanaan kinerja diperbaiki berdasarkan analisis kinerja sebelumnya.",
            "Reviu Renstra/Renja yang memuat perbaikan dari evaluasi.",
          ],
          [
            "Perbaikan dokumen perencanaan kinerja mewujudkan kondisi yang lebih baik.",
            "Perbandingan kinerja sebelum dan sesudah perbaikan.",
          ],
          [
            "Setiap unit kerja memahami, peduli dan berkomitmen mencapai kinerja yang direncanakan.",
            "Notulen rapat kinerja dan komitmen unit.",
          ],
          [
            "Setiap pegawai memahami, peduli dan berkomitmen mencapai kinerja yang direncanakan.",
            "Hasil wawancara/survei pemahaman pegawai.",
          ],
        ],
      },
    ],
  },
  {
    nama: "Pengukuran Kinerja",
    sub: [
      {
        nama: "Pemenuhan",
        bobot: 6,
        jenis: "Y/T",
        kriteria: [
          [
            "Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.",
            "SOP pengukuran dan pengumpulan data kinerja.",
          ],
          [
            "Terdapat definisi operasional yang jelas atas kinerja dan cara mengukur indikatornya.",
            "Manual indikator kinerja.",
          ],
          [
            "Terdapat mekanisme pengumpulan data kinerja yang dapat diandalkan.",
            "Mekanisme pengumpulan data, misalnya survei kepuasan masyarakat dan laporannya.",
            "SKM",
          ],
        ],
      },
      {
        nama: "Kualitas",
        bobot: 9,
        jenis: "A-E",
        kriteria: [
          [
            "Pimpinan terlibat sebagai pengambil keputusan dalam mengukur capaian kinerja.",
            "Notulen rapat evaluasi kinerja yang dipimpin kepala perangkat daerah.",
          ],
          [
            "Data kinerja yang dikumpulkan relevan untuk mengukur capaian kinerja.",
            "Kesesuaian data dengan definisi operasional indikator.",
          ],
          [
            "Data kinerja yang dikumpulkan mendukung capaian kinerja yang diharapkan.",
            "Data dukung realisasi indikator.",
          ],
          ["Pengukuran kinerja dilakukan secara berkala.", "Laporan kinerja triwulanan.", "TRIWULAN"],
          [
            "Setiap level organisasi memantau pengukuran capaian kinerja unit di bawahnya secara berjenjang.",
            "Laporan pemantauan berjenjang.",
          ],
          [
            "Pengumpulan data kinerja memanfaatkan teknologi informasi.",
            "Aplikasi atau lembar kerja bersama pengumpulan data.",
          ],
          [
            "Pengukuran capaian kinerja memanfaatkan teknologi informasi.",
            "Aplikasi e-SAKIP atau lembar kerja pengukuran.",
          ],
        ],
      },
      {
        nama: "Implementasi",
        bobot: 15,
        jenis: "A-E",
        kriteria: [
          [
            "Pengukuran kinerja menjadi dasar penyesuaian tunjangan kinerja/penghasilan.",
            "Keputusan pemberian TPP berdasarkan capaian kinerja.",
          ],
          [
            "Pengukuran kinerja menjadi dasar penempatan atau penghapusan jabatan.",
            "Keputusan mutasi/promosi yang merujuk capaian kinerja.",
          ],
          [
            "Pengukuran kinerja memengaruhi penyesuaian (refocusing) organisasi.",
            "Usulan perubahan organisasi berdasarkan kinerja.",
          ],
          [
            "Pengukuran kinerja memengaruhi penyesuaian strategi untuk mencapai kinerja.",
            "Perubahan strategi dalam Renja/rencana aksi.",
          ],
          [
            "Pengukuran kinerja memengaruhi penyesuaian kebijakan untuk mencapai kinerja.",
            "Kebijakan yang diubah berdasarkan hasil pengukuran.",
          ],
          [
            "Pengukuran kinerja memengaruhi penyesuaian aktivitas untuk mencapai kinerja.",
            "Perubahan kegiatan berdasarkan hasil pengukuran.",
          ],
          [
            "Pengukuran kinerja memengaruhi penyesuaian anggaran untuk mencapai kinerja.",
            "Pergeseran/perubahan anggaran berdasarkan hasil pengukuran.",
          ],
          [
            "Terdapat efisiensi penggunaan anggaran dalam mencapai kinerja.",
            "Analisis efisiensi dalam laporan kinerja.",
            "LKJ",
          ],
          [
            "Setiap unit kerja memahami dan peduli atas hasil pengukuran kinerja.",
            "Tindak lanjut unit atas hasil pengukuran.",
          ],
          [
            "Setiap pegawai memahami dan peduli atas hasil pengukuran kinerja.",
            "Hasil wawancara/survei pemahaman pegawai.",
          ],
        ],
      },
    ],
  },
  {
    nama: "Pelaporan Kinerja",
    sub: [
      {
        nama: "Pemenuhan",
        bobot: 3,
        jenis: "Y/T",
        kriteria: [
          ["Laporan kinerja (LKjIP) telah disusun.", "LKjIP perangkat daerah tahun lalu.", "LKJ"],
          ["Laporan kinerja disusun secara berkala.", "Laporan kinerja triwulanan.", "TRIWULAN"],
          [
            "Laporan kinerja telah ditetapkan secara formal.",
            "LKjIP yang ditandatangani kepala perangkat daerah.",
            "LKJ",
          ],
          ["Laporan kinerja telah direviu.", "Laporan hasil reviu LKjIP oleh APIP."],
          ["Laporan kinerja telah dipublikasikan.", "Tautan publikasi LKjIP di laman resmi atau e-SAKIP."],
          ["Laporan kinerja disampaikan tepat waktu.", "Bukti penyampaian beserta tanggalnya."],
        ],
      },
      {
        nama: "Kualitas",
        bobot: 4.5,
        jenis: "A-E",
        kriteria: [
          ["Laporan kinerja disusun berkualitas sesuai standar.", "Sistematika LKjIP sesuai pedoman."],
          [
            "Laporan kinerja mengungkap seluruh informasi pencapaian kinerja.",
            "Seluruh indikator PK dilaporkan.",
            "LKJ",
          ],
          [
            "Laporan kinerja membandingkan realisasi kinerja dengan target tahunan.",
            "Tabel capaian terhadap target tahun ini.",
            "LKJ",
          ],
          [
            "Laporan kinerja membandingkan realisasi kinerja dengan target jangka menengah.",
            "Perbandingan dengan target akhir Renstra.",
            "LKJ",
          ],
          [
            "Laporan kinerja membandingkan realisasi kinerja dengan tahun-tahun sebelumnya.",
            "Perbandingan dengan realisasi tahun lalu.",
            "LKJ",
          ],
          [
            "Laporan kinerja membandingkan realisasi kinerja dengan standar nasional/daerah lain (benchmark).",
            "Perbandingan dengan perangkat daerah sejenis atau standar nasional.",
          ],
          [
            "Laporan kinerja menginformasikan kualitas capaian beserta upaya nyata dan hambatannya.",
            "Analisis penyebab keberhasilan/kegagalan dan solusinya.",
          ],
          [
            "Laporan kinerja menginformasikan efisiensi penggunaan sumber daya.",
            "Analisis efisiensi anggaran.",
          ],
          [
            "Laporan kinerja menginformasikan upaya perbaikan kinerja ke depan.",
            "Rekomendasi perbaikan dalam penutup laporan.",
          ],
        ],
      },
      {
        nama: "Pemanfaatan",
        bobot: 7.5,
        jenis: "A-E",
        kriteria: [
          [
            "Informasi laporan kinerja menjadi perhatian utama pimpinan.",
            "Disposisi/notulen pimpinan atas laporan kinerja.",
          ],
          [
            "Penyajian informasi laporan kinerja menjadi kepedulian seluruh pegawai.",
            "Sosialisasi laporan kinerja kepada pegawai.",
          ],
          [
            "Informasi laporan kinerja berkala digunakan untuk menyesuaikan aktivitas.",
            "Perubahan kegiatan setelah laporan triwulan.",
          ],
          [
            "Informasi laporan kinerja berkala digunakan untuk menyesuaikan penggunaan anggaran.",
            "Pergeseran anggaran setelah laporan triwulan.",
          ],
          [
            "Informasi laporan kinerja digunakan dalam evaluasi pencapaian kinerja.",
            "Rapat evaluasi yang memakai laporan kinerja.",
          ],
          [
            "Informasi laporan kinerja digunakan untuk menyesuaikan perencanaan kinerja berikutnya.",
            "Renja tahun berikutnya yang merujuk laporan kinerja.",
          ],
          [
            "Informasi laporan kinerja memengaruhi perubahan budaya kinerja organisasi.",
            "Inovasi atau perubahan tata kerja yang dipicu laporan kinerja.",
          ],
        ],
      },
    ],
  },
  {
    nama: "Evaluasi Akuntabilitas Kinerja Internal",
    sub: [
      {
        nama: "Pemenuhan",
        bobot: 5,
        jenis: "Y/T",
        kriteria: [
          [
            "Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal.",
            "Pedoman evaluasi AKIP internal kabupaten atau perangkat daerah.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal dilaksanakan pada seluruh unit kerja.",
            "Laporan evaluasi internal tiap unit kerja.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal dilaksanakan secara berjenjang.",
            "Laporan evaluasi berjenjang.",
          ],
        ],
      },
      {
        nama: "Kualitas",
        bobot: 7.5,
        jenis: "A-E",
        kriteria: [
          [
            "Evaluasi akuntabilitas kinerja internal dilaksanakan sesuai standar.",
            "Kertas kerja evaluasi sesuai pedoman.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal dilaksanakan oleh SDM yang memadai.",
            "Surat tugas tim evaluator dan kompetensinya.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal dilaksanakan dengan pendalaman yang memadai.",
            "Kertas kerja yang memuat pendalaman dan wawancara.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal menjangkau seluruh unit kerja.",
            "Daftar unit kerja yang dievaluasi.",
          ],
          [
            "Evaluasi akuntabilitas kinerja internal memanfaatkan teknologi informasi.",
            "Aplikasi atau lembar kerja evaluasi bersama.",
          ],
        ],
      },
      {
        nama: "Pemanfaatan",
        bobot: 12.5,
        jenis: "A-E",
        kriteria: [
          [
            "Seluruh rekomendasi hasil evaluasi akuntabilitas kinerja internal telah ditindaklanjuti.",
            "Rencana dan laporan tindak lanjut rekomendasi.",
          ],
          [
            "Implementasi SAKIP meningkat dengan tindak lanjut rekomendasi evaluasi internal.",
            "Perbandingan nilai evaluasi tahun-tahun terakhir.",
          ],
          [
            "Hasil evaluasi internal dimanfaatkan untuk memperbaiki akuntabilitas kinerja.",
            "Perbaikan dokumen SAKIP setelah evaluasi.",
          ],
          [
            "Hasil evaluasi internal dimanfaatkan untuk mendukung efektivitas dan efisiensi kinerja.",
            "Kebijakan efisiensi yang merujuk hasil evaluasi.",
          ],
          [
            "Kinerja membaik dengan memanfaatkan hasil evaluasi internal.",
            "Capaian kinerja sebelum dan sesudah tindak lanjut.",
          ],
        ],
      },
    ],
  },
];

const HURUF = "abc";

/** The 80 default criteria, coded komponen.sub.nomor (1.a.1 ... 4.c.5). */
export const KRITERIA_LKE_BAWAAN: readonly KriteriaBawaan[] = KOMPONEN.flatMap((k, ik) =>
  k.sub.flatMap((s, is) =>
    s.kriteria.map(([kriteria, penjelasan, dokumen = ""], i) => ({
      kode: `${ik + 1}.${HURUF[is]}.${i + 1}`,
      komponen: k.nama,
      subKomponen: s.nama,
      bobot: s.bobot,
      kriteria,
      jenisJawaban: s.jenis,
      penjelasan,
      dokumen,
    })),
  ),
);

/** The default answer scale (Skala LKE): answer, value, meaning (issue 14's defaults). */
export const SKALA_LKE_BAWAAN_BARIS: readonly (readonly [string, number, string])[] = [
  ["Y", 1, "Ya: kriteria terpenuhi dengan bukti dukung."],
  ["T", 0, "Tidak terpenuhi."],
  ["A", 1, "Sangat baik/terpenuhi seluruhnya (100 %)."],
  ["B", 0.75, "Baik/sebagian besar terpenuhi (75 %)."],
  ["C", 0.5, "Cukup/sebagian terpenuhi (50 %)."],
  ["D", 0.25, "Kurang/sedikit terpenuhi (25 %)."],
  ["E", 0, "Tidak ada/belum terpenuhi."],
];

/** The note on Nilai LKE's A1. */
export const CATATAN_NILAI_LKE =
  "Dihitung otomatis dengan SKOR_LKE dari lembar Kriteria LKE dan Jawaban LKE (PermenPANRB 88/2021): nilai sub komponen = rata-rata nilai kriterianya x bobot; komponen = jumlah sub komponen; total = jumlah komponen. Predikat dari nilai evaluator bila sudah ada, bila belum dari nilai mandiri. Jangan mengetik di kolom B-E.";
