/**
 * The workbook contract: every sheet the add-on reads, its Indonesian headers, what each column
 * holds, the dropdowns, the number formats and the computed columns. This is the single
 * definition used by setup (Siapkan Lembar Kerja), the sample writer (Isi Contoh Data), the
 * reader and the data check (Periksa Data); reports read the records it yields.
 */

export type JenisKolom =
  | "teks"
  | "kode"
  | "angka"
  | "rupiah"
  | "pilihan"
  | "tanggal"
  | "jawaban"
  /** A computed column: one array formula in the first data row fills the column. */
  | "rumus";

export interface Kolom {
  /** Header exactly as the sheet shows it. */
  judul: string;
  jenis: JenisKolom;
  /** The value is needed for a row to be usable (Periksa Data reports it missing). */
  wajib?: boolean;
  /** Dropdown values (jenis "pilihan"); the first is what a blank means where a default exists. */
  pilihan?: readonly string[];
  /** Sheets number format (locale-independent pattern: "#,##0" shows 1.234.567 in id_ID). */
  format?: string;
  /** Column width in pixels. */
  lebar?: number;
  /** Note on the header cell: what to type here. */
  catatan: string;
}

export interface SkemaLembar {
  nama: string;
  kolom: readonly Kolom[];
  /** A column whose header may appear several times (SKM answers P1, P2 ...): its prefix. */
  kolomBerulang?: { awalan: string; jenis: JenisKolom; catatan: string };
}

export const TINGKAT = ["Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"] as const;
export const ARAH = ["NAIK", "TURUN"] as const;
export const AGREGASI = ["RATA-RATA", "JUMLAH", "TERAKHIR"] as const;
export const TRIWULAN = ["I", "II", "III", "IV"] as const;

const FORMAT_ANGKA = "#,##0.00";
const FORMAT_RUPIAH = "#,##0";
const FORMAT_PERSEN = '#,##0.00" %"';

export const KINERJA: SkemaLembar = {
  nama: "Kinerja",
  kolom: [
    {
      judul: "Kode",
      jenis: "kode",
      wajib: true,
      lebar: 70,
      catatan: "Nomor indikator, misalnya 1.1 (unik).",
    },
    {
      judul: "Tingkat",
      jenis: "pilihan",
      pilihan: TINGKAT,
      lebar: 100,
      catatan: "Tujuan, Sasaran, Program, Kegiatan, atau Sub Kegiatan.",
    },
    {
      judul: "Sasaran/Program",
      jenis: "teks",
      wajib: true,
      lebar: 260,
      catatan: "Uraian sasaran strategis, program, atau kegiatan yang diukur indikator ini.",
    },
    { judul: "Indikator", jenis: "teks", wajib: true, lebar: 300, catatan: "Nama indikator kinerja." },
    { judul: "Satuan", jenis: "teks", wajib: true, lebar: 80, catatan: "Misalnya %, indeks, dokumen, desa." },
    {
      judul: "Arah",
      jenis: "pilihan",
      pilihan: ARAH,
      wajib: true,
      lebar: 70,
      catatan:
        "NAIK bila makin tinggi makin baik; TURUN bila makin rendah makin baik (misalnya jumlah pengaduan).",
    },
    {
      judul: "Agregasi Tahunan",
      jenis: "pilihan",
      pilihan: AGREGASI,
      wajib: true,
      lebar: 110,
      catatan:
        "Cara menghitung realisasi tahunan dari triwulan: RATA-RATA (misalnya IKM), JUMLAH (dokumen, orang), TERAKHIR (persentase kumulatif).",
    },
    {
      judul: "Target",
      jenis: "angka",
      wajib: true,
      format: FORMAT_ANGKA,
      lebar: 80,
      catatan: "Target tahun ini (PK).",
    },
    {
      judul: "Target Akhir Renstra",
      jenis: "angka",
      format: FORMAT_ANGKA,
      lebar: 90,
      catatan: "Target pada tahun akhir Renstra.",
    },
    ...TRIWULAN.map(
      (tw): Kolom => ({
        judul: `Realisasi TW ${tw}`,
        jenis: "angka",
        format: FORMAT_ANGKA,
        lebar: 90,
        catatan: `Realisasi triwulan ${tw}. Biarkan kosong bila belum dilaporkan.`,
      }),
    ),
    {
      judul: "Realisasi Tahunan",
      jenis: "rumus",
      format: FORMAT_ANGKA,
      lebar: 90,
      catatan: "Dihitung otomatis dari realisasi triwulan menurut Agregasi Tahunan.",
    },
    {
      judul: "Capaian (%)",
      jenis: "rumus",
      format: FORMAT_PERSEN,
      lebar: 90,
      catatan: "Dihitung otomatis: realisasi tahunan dibanding target, menurut Arah.",
    },
    {
      judul: "Predikat",
      jenis: "rumus",
      lebar: 120,
      catatan: "Dihitung otomatis menurut Skala Predikat di Pengaturan.",
    },
    {
      judul: "Target Tahun Lalu",
      jenis: "angka",
      format: FORMAT_ANGKA,
      lebar: 90,
      catatan: "Target indikator ini tahun lalu (untuk perbandingan di LKJ).",
    },
    {
      judul: "Realisasi Tahun Lalu",
      jenis: "angka",
      format: FORMAT_ANGKA,
      lebar: 90,
      catatan: "Realisasi indikator ini tahun lalu (untuk perbandingan di LKJ).",
    },
    {
      judul: "Penjelasan",
      jenis: "teks",
      lebar: 300,
      catatan: "Penjelasan atau analisis capaian; dikutip apa adanya di laporan.",
    },
  ],
};

export const ANGGARAN: SkemaLembar = {
  nama: "Anggaran",
  kolom: [
    {
      judul: "Kode Rekening",
      jenis: "kode",
      wajib: true,
      lebar: 130,
      catatan:
        "Kode program/kegiatan/sub kegiatan, misalnya 7.01.01.2.02.01. Baris induk (program, kegiatan) adalah jumlah anak-anaknya.",
    },
    {
      judul: "Uraian",
      jenis: "teks",
      wajib: true,
      lebar: 320,
      catatan: "Nama program, kegiatan, atau sub kegiatan.",
    },
    {
      judul: "Pagu Awal",
      jenis: "rupiah",
      format: FORMAT_RUPIAH,
      lebar: 120,
      catatan: "Pagu anggaran murni. Pada baris induk boleh dikosongkan (dijumlahkan otomatis).",
    },
    {
      judul: "Pagu Perubahan",
      jenis: "rupiah",
      format: FORMAT_RUPIAH,
      lebar: 120,
      catatan: "Pagu setelah perubahan/refocusing; kosong bila tidak berubah.",
    },
    ...TRIWULAN.map(
      (tw): Kolom => ({
        judul: `Realisasi s.d. TW ${tw}`,
        jenis: "rupiah",
        format: FORMAT_RUPIAH,
        lebar: 120,
        catatan: `Realisasi keuangan kumulatif sampai akhir triwulan ${tw}.`,
      }),
    ),
    {
      judul: "Realisasi",
      jenis: "rumus",
      format: FORMAT_RUPIAH,
      lebar: 120,
      catatan: "Dihitung otomatis: realisasi kumulatif triwulan terakhir yang diisi.",
    },
    {
      judul: "Sisa",
      jenis: "rumus",
      format: FORMAT_RUPIAH,
      lebar: 120,
      catatan: "Dihitung otomatis: pagu (perubahan bila ada) dikurangi realisasi.",
    },
    {
      judul: "Serapan (%)",
      jenis: "rumus",
      format: FORMAT_PERSEN,
      lebar: 90,
      catatan: "Dihitung otomatis: realisasi dibagi pagu.",
    },
    { judul: "Sumber Dana", jenis: "teks", lebar: 100, catatan: "Misalnya DAU." },
  ],
};

export const SKM: SkemaLembar = {
  nama: "SKM",
  kolom: [
    {
      judul: "Tanggal",
      jenis: "tanggal",
      format: "d mmmm yyyy",
      lebar: 110,
      catatan: "Tanggal pengisian survei.",
    },
    { judul: "Jenis Layanan", jenis: "teks", lebar: 160, catatan: "Layanan yang diterima responden." },
    {
      judul: "Jenis Kelamin",
      jenis: "pilihan",
      pilihan: ["Laki-laki", "Perempuan"],
      lebar: 100,
      catatan: "Laki-laki atau Perempuan.",
    },
    { judul: "Usia", jenis: "angka", format: "0", lebar: 60, catatan: "Usia responden dalam tahun." },
    {
      judul: "Pendidikan",
      jenis: "pilihan",
      pilihan: ["SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"],
      lebar: 90,
      catatan: "Pendidikan terakhir.",
    },
    {
      judul: "Pekerjaan",
      jenis: "pilihan",
      pilihan: ["PNS", "TNI/POLRI", "Pegawai Swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya"],
      lebar: 120,
      catatan: "Pekerjaan utama.",
    },
    { judul: "Saran", jenis: "teks", lebar: 240, catatan: "Saran dan masukan responden." },
  ],
  kolomBerulang: {
    awalan: "P",
    jenis: "jawaban",
    catatan:
      "Jawaban pertanyaan dengan kode yang sama di lembar SKM Pertanyaan: 1-4 atau a-d. Kosong bila tidak dijawab.",
  },
};

export const SKM_PERTANYAAN: SkemaLembar = {
  nama: "SKM Pertanyaan",
  kolom: [
    {
      judul: "Kode",
      jenis: "kode",
      wajib: true,
      lebar: 60,
      catatan: "Kode pertanyaan, sama dengan judul kolom di lembar SKM: P1, P2, ...",
    },
    {
      judul: "Unsur",
      jenis: "teks",
      wajib: true,
      lebar: 220,
      catatan: "Unsur pelayanan yang diukur pertanyaan ini (PermenPANRB 14/2017: 9 unsur).",
    },
    { judul: "Pertanyaan", jenis: "teks", lebar: 360, catatan: "Teks pertanyaan kuesioner." },
    ...[1, 2, 3, 4].map(
      (n): Kolom => ({
        judul: `Jumlah Jawaban ${n}`,
        jenis: "angka",
        format: "0",
        lebar: 90,
        catatan: `Rekap: banyaknya responden yang menjawab bernilai ${n}. Isi hanya bila data per responden tidak ada.`,
      }),
    ),
    {
      judul: "Jumlah Nilai",
      jenis: "angka",
      format: "0",
      lebar: 90,
      catatan: "Rekap: jumlah nilai semua jawaban pertanyaan ini (bentuk rekap lain), beserta Jumlah RTMK.",
    },
    {
      judul: "Jumlah RTMK",
      jenis: "angka",
      format: "0",
      lebar: 90,
      catatan: "Rekap: banyaknya responden yang tidak menjawab pertanyaan ini.",
    },
  ],
};

export const SKM_TINDAK_LANJUT: SkemaLembar = {
  nama: "SKM Tindak Lanjut",
  kolom: [
    {
      judul: "Periode",
      jenis: "teks",
      lebar: 120,
      catatan: "Periode survei yang ditindaklanjuti, misalnya Triwulan III 2021.",
    },
    { judul: "Unsur", jenis: "teks", wajib: true, lebar: 220, catatan: "Unsur pelayanan yang diperbaiki." },
    {
      judul: "Rencana Tindak Lanjut",
      jenis: "teks",
      wajib: true,
      lebar: 360,
      catatan: "Apa yang akan dilakukan untuk memperbaiki unsur ini; dikutip di Laporan SKM.",
    },
    { judul: "Waktu", jenis: "teks", lebar: 120, catatan: "Kapan dilaksanakan." },
    {
      judul: "Penanggung Jawab",
      jenis: "teks",
      lebar: 180,
      catatan: "Bagian atau pejabat yang melaksanakan.",
    },
  ],
};

const teksRka = (judul: string, catatan: string, lebar = 240): Kolom => ({
  judul,
  jenis: "teks",
  lebar,
  catatan,
});

/** One row per kegiatan: what the RKA-SKPD 2.2.1 form and its KAK say (seeds 004, 000). */
export const RKA: SkemaLembar = {
  nama: "RKA",
  kolom: [
    {
      judul: "Kode Kegiatan",
      jenis: "kode",
      wajib: true,
      lebar: 150,
      catatan: "Kode kegiatan lengkap, misalnya 3.05.3.05.09.01.021.",
    },
    teksRka("Urusan", "Kode dan nama urusan, misalnya 3.05 PEMERINTAHAN UMUM."),
    teksRka("Organisasi", "Kode dan nama organisasi, misalnya 3.05.09 KECAMATAN LUMAJANG."),
    teksRka("Program", "Kode dan nama program."),
    teksRka("Kegiatan", "Nama kegiatan.", 280),
    teksRka("Lokasi", "Lokasi kegiatan.", 160),
    {
      judul: "Jumlah Tahun Lalu",
      jenis: "rupiah",
      format: "#,##0",
      lebar: 130,
      catatan: "Anggaran kegiatan tahun n-1.",
    },
    {
      judul: "Jumlah Tahun Ini",
      jenis: "rupiah",
      format: "#,##0",
      lebar: 130,
      catatan:
        "Anggaran kegiatan tahun n. Bila ada rincian belanja di lembar RKA Rincian, harus sama dengan jumlahnya.",
    },
    {
      judul: "Prakiraan Maju (%)",
      jenis: "angka",
      format: "0",
      lebar: 90,
      catatan: "Prakiraan maju tahun n+1 sebagai persen dari tahun n; kosong berarti 110.",
    },
    {
      judul: "Terbilang Tertulis",
      jenis: "teks",
      lebar: 280,
      catatan:
        "Bila terbilang prakiraan maju sudah diketik di dokumen lama, salin di sini: Periksa Data mencocokkannya.",
    },
    teksRka("Capaian Program", "Tolak ukur capaian program."),
    teksRka("Target Capaian Program", "Target capaian program, misalnya 78%.", 110),
    teksRka("Keluaran", "Tolak ukur keluaran (output)."),
    teksRka("Target Keluaran", "Target keluaran, misalnya 30 Jenis.", 110),
    teksRka("Hasil", "Tolak ukur hasil (outcome)."),
    teksRka("Target Hasil", "Target hasil.", 110),
    teksRka("Kelompok Sasaran", "Kelompok sasaran kegiatan."),
    teksRka("Latar Belakang", "KAK: latar belakang.", 320),
    teksRka("Dasar Hukum", "KAK: dasar hukum.", 320),
    teksRka("Maksud dan Tujuan", "KAK: maksud dan tujuan.", 320),
    teksRka("Bentuk Kegiatan", "KAK: bentuk kegiatan.", 320),
    teksRka("Konsep Kegiatan", "KAK: konsep kegiatan.", 320),
    teksRka("Mekanisme", "KAK: mekanisme dan prosedur.", 320),
    teksRka("Waktu", "KAK: waktu pelaksanaan.", 160),
    teksRka("Tempat", "KAK: tempat pelaksanaan.", 160),
    teksRka("Manfaat", "KAK: manfaat.", 320),
  ],
};

/** Rincian belanja of a kegiatan: its lines sum to the kegiatan's Jumlah Tahun Ini. */
export const RKA_RINCIAN: SkemaLembar = {
  nama: "RKA Rincian",
  kolom: [
    { judul: "Kode Kegiatan", jenis: "kode", wajib: true, lebar: 150, catatan: "Kegiatan di lembar RKA." },
    {
      judul: "Kode Rekening",
      jenis: "kode",
      lebar: 130,
      catatan: "Kode rekening belanja, misalnya 5.2.2.01.01.",
    },
    { judul: "Uraian", jenis: "teks", wajib: true, lebar: 300, catatan: "Uraian belanja." },
    { judul: "Volume", jenis: "angka", format: "#,##0.##", lebar: 80, catatan: "Banyaknya." },
    { judul: "Satuan", jenis: "teks", lebar: 90, catatan: "Satuan volume, misalnya OB (orang bulan)." },
    { judul: "Harga Satuan", jenis: "rupiah", format: "#,##0", lebar: 120, catatan: "Harga per satuan." },
    {
      judul: "Jumlah",
      jenis: "rupiah",
      format: "#,##0",
      lebar: 130,
      catatan: "Volume × harga satuan; bila diketik, Periksa Data mencocokkannya.",
    },
  ],
};

const angkaRenja = (judul: string, catatan: string): Kolom => ({
  judul,
  jenis: judul.endsWith("(Rp)") || judul.startsWith("Pagu") ? "rupiah" : "angka",
  format: judul.endsWith("(Rp)") || judul.startsWith("Pagu") ? "#,##0" : "#,##0.##",
  lebar: 110,
  catatan,
});

/**
 * The Renja: one row per program or kegiatan (a row without kode is a further indicator of the
 * row above), with the Renstra target, the realisation up to n-2, year n-1's target and
 * cumulative quarterly realisation (T-C.29), and the plan for n and n+1 (T-C.33). K = kinerja in
 * the indicator's satuan, Rp = anggaran.
 */
export const RENJA: SkemaLembar = {
  nama: "Renja",
  kolom: [
    {
      judul: "Kode",
      jenis: "kode",
      lebar: 80,
      catatan:
        "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya. Kosong: indikator tambahan baris di atasnya.",
    },
    { judul: "Sasaran", jenis: "teks", lebar: 180, catatan: "Sasaran program/kegiatan." },
    { judul: "Program/Kegiatan", jenis: "teks", lebar: 260, catatan: "Nama program atau kegiatan." },
    {
      judul: "Indikator",
      jenis: "teks",
      wajib: true,
      lebar: 260,
      catatan: "Indikator kinerja program (outcome) atau kegiatan (output).",
    },
    { judul: "Satuan", jenis: "teks", lebar: 80, catatan: "Satuan indikator, misalnya %, Jenis, Desa." },
    {
      judul: "Agregasi",
      jenis: "pilihan",
      pilihan: ["RATA-RATA", "JUMLAH", "TERAKHIR"],
      lebar: 100,
      catatan: "Cara menggabung realisasi s.d. n-2 dengan realisasi n-1 (kolom 13 T-C.29).",
    },
    angkaRenja("Target Renstra (K)", "Target kinerja akhir Renstra/RPJMD."),
    angkaRenja("Target Renstra (Rp)", "Pagu akhir Renstra/RPJMD."),
    angkaRenja("Realisasi s.d. n-2 (K)", "Realisasi kinerja Renstra sampai tahun n-2."),
    angkaRenja("Realisasi s.d. n-2 (Rp)", "Realisasi anggaran Renstra sampai tahun n-2."),
    angkaRenja("Target n-1 (K)", "Target kinerja tahun n-1."),
    angkaRenja("Target n-1 (Rp)", "Pagu tahun n-1."),
    ...TRIWULAN.flatMap((tw) => [
      angkaRenja(
        `Realisasi TW ${tw} (K)`,
        `Realisasi kinerja kumulatif sampai akhir triwulan ${tw} tahun n-1.`,
      ),
      angkaRenja(
        `Realisasi TW ${tw} (Rp)`,
        `Realisasi anggaran kumulatif sampai akhir triwulan ${tw} tahun n-1.`,
      ),
    ]),
    { judul: "Lokasi", jenis: "teks", lebar: 120, catatan: "Lokasi rencana tahun n." },
    angkaRenja("Target n", "Target kinerja rencana tahun n."),
    angkaRenja("Pagu n", "Pagu indikatif tahun n."),
    { judul: "Sumber Dana", jenis: "teks", lebar: 90, catatan: "Misalnya DAU." },
    angkaRenja("Target n+1", "Target prakiraan maju tahun n+1."),
    angkaRenja("Pagu n+1", "Pagu prakiraan maju tahun n+1; kosong berarti 110 % pagu tahun n."),
    { judul: "Catatan", jenis: "teks", lebar: 200, catatan: "Catatan penting." },
  ],
};

/** T-C.30: pencapaian kinerja pelayanan. */
export const KINERJA_PELAYANAN: SkemaLembar = {
  nama: "Kinerja Pelayanan",
  kolom: [
    { judul: "Indikator", jenis: "teks", wajib: true, lebar: 300, catatan: "Indikator kinerja pelayanan." },
    { judul: "Satuan", jenis: "teks", lebar: 80, catatan: "Satuan indikator." },
    ...[5, 4, 3, 2].map((k) => angkaRenja(`Target n-${k}`, `Target tahun n-${k}.`)),
    angkaRenja("Realisasi n-2", "Realisasi tahun n-2."),
    angkaRenja("Realisasi n-1", "Realisasi tahun n-1 (perkiraan)."),
    angkaRenja("Proyeksi n", "Proyeksi tahun n."),
    angkaRenja("Proyeksi n+1", "Proyeksi tahun n+1."),
    { judul: "Catatan Analisis", jenis: "teks", lebar: 240, catatan: "Catatan analisis." },
  ],
};

/** Pengaturan is key/value: one row per setting, the key in column A, the value in column B. */
export interface Pengaturan {
  kunci: string;
  judul: string;
  jenis: "teks" | "angka" | "pilihan";
  pilihan?: readonly string[];
  bawaan?: string;
  catatan: string;
}

export const PENGATURAN_KOLOM = ["Pengaturan", "Nilai", "Keterangan"] as const;

export const PENGATURAN: readonly Pengaturan[] = [
  { kunci: "namaUnit", judul: "Nama Unit Kerja", jenis: "teks", catatan: "Misalnya Kecamatan Lumajang." },
  { kunci: "kabupaten", judul: "Kabupaten/Kota", jenis: "teks", catatan: "Misalnya Kabupaten Lumajang." },
  { kunci: "tahun", judul: "Tahun", jenis: "angka", catatan: "Tahun anggaran yang dilaporkan." },
  {
    kunci: "triwulan",
    judul: "Triwulan Dilaporkan",
    jenis: "pilihan",
    pilihan: TRIWULAN,
    catatan: "Triwulan terakhir yang dilaporkan (I-IV).",
  },
  { kunci: "namaPimpinan", judul: "Nama Pimpinan", jenis: "teks", catatan: "Pihak pertama, misalnya camat." },
  {
    kunci: "nipPimpinan",
    judul: "NIP Pimpinan",
    jenis: "teks",
    catatan: "NIP ditulis seperti di dokumen resmi.",
  },
  { kunci: "jabatanPimpinan", judul: "Jabatan Pimpinan", jenis: "teks", catatan: "Misalnya Camat Lumajang." },
  {
    kunci: "namaPihakKedua",
    judul: "Nama Pihak Kedua",
    jenis: "teks",
    catatan: "Atasan pihak pertama (Perjanjian Kinerja).",
  },
  {
    kunci: "jabatanPihakKedua",
    judul: "Jabatan Pihak Kedua",
    jenis: "teks",
    catatan: "Misalnya Bupati Lumajang.",
  },
  {
    kunci: "tempat",
    judul: "Tempat Penandatanganan",
    jenis: "teks",
    catatan: "Kota tempat dokumen ditandatangani.",
  },
  {
    kunci: "tanggalLaporan",
    judul: "Tanggal Laporan",
    jenis: "teks",
    catatan:
      "Tanggal penandatanganan laporan, misalnya 8 Oktober 2021. Kosongkan untuk memakai tanggal hari pembuatan.",
  },
  {
    kunci: "skalaPredikat",
    judul: "Skala Predikat",
    jenis: "pilihan",
    pilihan: ["LKJ", "PERMENDAGRI"],
    bawaan: "LKJ",
    catatan:
      "LKJ: Sangat Berhasil/Berhasil/Cukup Berhasil/Tidak Berhasil. PERMENDAGRI 86/2017: Sangat Tinggi ... Sangat Rendah.",
  },
  {
    kunci: "rumusTurun",
    judul: "Rumus Capaian Indikator Turun",
    jenis: "pilihan",
    pilihan: ["2T-R", "T/R"],
    bawaan: "2T-R",
    catatan: "2T-R: (2 × target − realisasi) / target × 100. T/R: target / realisasi × 100.",
  },
  {
    kunci: "metodeIkm",
    judul: "Metode IKM",
    jenis: "pilihan",
    pilihan: ["14/2017", "25/2004"],
    bawaan: "14/2017",
    catatan: "PermenPANRB 14/2017 (9 unsur) atau KepMenPAN 25/2004 (14 unsur).",
  },
  {
    kunci: "bobotIkm",
    judul: "Bobot IKM",
    jenis: "pilihan",
    pilihan: ["UNSUR", "PERTANYAAN"],
    bawaan: "UNSUR",
    catatan: "UNSUR: tiap unsur berbobot sama (peraturan). PERTANYAAN: rata-rata semua pertanyaan.",
  },
  {
    kunci: "populasiSkm",
    judul: "Populasi Penerima Layanan",
    jenis: "angka",
    catatan: "Jumlah penerima layanan dalam periode survei, untuk memeriksa jumlah responden minimal.",
  },
  {
    kunci: "respondenRekap",
    judul: "Jumlah Responden (Rekap)",
    jenis: "angka",
    catatan: "Bila SKM diisi sebagai rekap di lembar SKM Pertanyaan: jumlah responden survei.",
  },
  {
    kunci: "jenisLayanan",
    judul: "Jenis Layanan",
    jenis: "teks",
    catatan: "Daftar layanan yang disurvei, dipisah koma.",
  },
  {
    kunci: "folderLaporan",
    judul: "Folder Laporan",
    jenis: "teks",
    catatan: "ID atau tautan folder Google Drive untuk laporan.",
  },
];

/** A 1-based column number as its letters: 1 -> A, 27 -> AA. */
export function hurufKolom(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The column number (1-based) of a header in a schema. */
export function nomorKolom(skema: SkemaLembar, judul: string): number {
  const i = skema.kolom.findIndex((k) => k.judul === judul);
  if (i < 0) throw new Error(`Kolom "${judul}" tidak ada di skema lembar ${skema.nama}.`);
  return i + 1;
}

/**
 * The standard questionnaire of PermenPANRB 14/2017 (one question per unsur), the default content
 * of SKM Pertanyaan; units with more questions per unsur add rows and map them.
 */
export const PERTANYAAN_BAKU: readonly { kode: string; unsur: string; pertanyaan: string }[] = [
  [
    "Persyaratan",
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
  ],
  [
    "Sistem, Mekanisme dan Prosedur",
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
  ],
  ["Waktu Penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"],
  ["Biaya/Tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"],
  [
    "Produk Spesifikasi Jenis Pelayanan",
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
  ],
  [
    "Kompetensi Pelaksana",
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
  ],
  [
    "Perilaku Pelaksana",
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
  ],
  [
    "Penanganan Pengaduan, Saran dan Masukan",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
  ],
  ["Sarana dan Prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"],
].map(([unsur, pertanyaan], i) => ({ kode: `P${i + 1}`, unsur: unsur!, pertanyaan: pertanyaan! }));
