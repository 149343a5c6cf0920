/**
 * The SAKIP evaluation's documents: the worksheet (landscape), the Inspektur's results letter
 * (LHE, in the shape the kabupaten e-SAKIP installations print it: Nomor/Hal, pendahuluan, the
 * four-component table, notes per component, rekomendasi, signature) and the improvement plan.
 */
import type { KunciKke, KunciLhe, KunciPerbaikan } from "../laporan/lke";
import type { Dokumen } from "../model";
import { halaman, pembuat } from "./umum";

const kke = pembuat<KunciKke>();
const lhe = pembuat<KunciLhe>();
const rp = pembuat<KunciPerbaikan>();

const TABEL_KOMPONEN = [
  ["NO", "KOMPONEN", "BOBOT", "NILAI MANDIRI", "NILAI EVALUATOR", "PREDIKAT"],
  [
    "{{komponen.no}}",
    "{{komponen.komponen}}",
    "{{komponen.bobot}}",
    "{{komponen.mandiri}}",
    "{{komponen.evaluator}}",
    "{{komponen.predikat}}",
  ],
] as const;
const RUPA_KOMPONEN = { kepala: 1, kanan: [2, 3, 4], lebar: [5, 37, 11, 15, 17, 15] };

export const TEMPLATE_KKE: Dokumen = {
  judul: kke.teks("Kertas Kerja Evaluasi SAKIP {{tahun}} - {{unit}}"),
  lanskap: true,
  elemen: [
    kke.p("KERTAS KERJA EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", {
      gaya: "judul",
      rata: "tengah",
    }),
    kke.p("{{unitKapital}} {{kabupatenKapital}}\nTAHUN {{tahun}}", { gaya: "subjudul", rata: "tengah" }),
    kke.isi(
      "Lembar kerja evaluasi menurut PermenPANRB Nomor 88 Tahun 2021. Nilai sub komponen adalah rata-rata nilai kriterianya dikali bobotnya; nilai komponen jumlah sub komponennya. Nilai akhir {{nilaiAkhir}} ({{dasarNilai}}), predikat {{predikat}} ({{namaPredikat}}).",
    ),
    kke.tabel(TABEL_KOMPONEN, RUPA_KOMPONEN),
    kke.p(""),
    kke.tabel(
      [
        [
          "KODE",
          "KOMPONEN / SUB KOMPONEN / KRITERIA",
          "JAWABAN MANDIRI",
          "NILAI",
          "JAWABAN EVALUATOR",
          "NILAI",
          "BUKTI DUKUNG",
          "CATATAN",
        ],
        [
          "{{kriteria.kode}}",
          "{{kriteria.uraian}}",
          "{{kriteria.jawabanMandiri}}",
          "{{kriteria.nilaiMandiri}}",
          "{{kriteria.jawabanEvaluator}}",
          "{{kriteria.nilaiEvaluator}}",
          "{{kriteria.bukti}}",
          "{{kriteria.catatan}}",
        ],
      ],
      { kepala: 1, kanan: [3, 5], lebar: [6, 34, 7, 6, 7, 6, 17, 17] },
    ),
  ],
};

export const TEMPLATE_LHE: Dokumen = {
  judul: lhe.teks("LHE SAKIP {{tahun}} - {{unit}}"),
  elemen: [
    lhe.p("LAPORAN HASIL EVALUASI\nAKUNTABILITAS KINERJA INSTANSI PEMERINTAH TAHUN {{tahun}}", {
      gaya: "judul",
      rata: "tengah",
    }),
    lhe.p("{{tempat}}, {{tanggal}}", { rata: "kanan" }),
    lhe.tabel(
      [
        ["Hal", ": Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun {{tahun}}"],
        ["Kepada Yth.", ": {{jabatanPimpinan}}\n  {{kabupaten}}"],
      ],
      { tanpaGaris: true, lebar: [18, 82] },
    ),
    lhe.p("A. PENDAHULUAN", { gaya: "subbab" }),
    lhe.isi(
      "Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, kami telah mengevaluasi penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) pada {{unit}} tahun {{tahun}}. Evaluasi menilai empat komponen: perencanaan kinerja, pengukuran kinerja, pelaporan kinerja, dan evaluasi akuntabilitas kinerja internal, berdasarkan jawaban lembar kerja evaluasi dan bukti dukungnya.",
    ),
    lhe.p("B. HASIL EVALUASI", { gaya: "subbab" }),
    lhe.isi(
      "{{unit}} memperoleh nilai {{nilaiAkhir}} dengan predikat {{predikat}} ({{namaPredikat}}); nilai penilaian mandiri {{nilaiMandiri}}. Rincian nilai per komponen:",
    ),
    lhe.tabel(TABEL_KOMPONEN, RUPA_KOMPONEN),
    lhe.p(""),
    lhe.p("C. CATATAN PER KOMPONEN", { gaya: "subbab" }),
    lhe.tabel([["{{catatanKomponen.no}}.", "{{catatanKomponen.komponen}}: {{catatanKomponen.catatan}}"]], {
      tanpaGaris: true,
      lebar: [5, 95],
    }),
    lhe.p("D. REKOMENDASI", { gaya: "subbab" }),
    lhe.isi("Untuk meningkatkan akuntabilitas kinerja, kami merekomendasikan:"),
    lhe.tabel([["{{rekomendasi.no}}.", "{{rekomendasi.teks}}"]], { tanpaGaris: true, lebar: [5, 95] }),
    lhe.isi(
      "Kami menghargai upaya {{unit}} dalam menerapkan SAKIP. Rencana aksi atas rekomendasi di atas kami harapkan dalam waktu satu bulan setelah laporan ini diterima.",
    ),
    lhe.tabel([["", "INSPEKTUR {{kabupatenKapital}}\n\n\n\n{{namaInspektur}}\nNIP {{nipInspektur}}"]], {
      tanpaGaris: true,
      tengah: true,
      lebar: [50, 50],
    }),
  ],
};

export const TEMPLATE_PERBAIKAN: Dokumen = {
  judul: rp.teks("Rencana Perbaikan SAKIP {{tahun}} - {{unit}}"),
  lanskap: true,
  elemen: [
    rp.p("RENCANA PERBAIKAN AKUNTABILITAS KINERJA", { gaya: "judul", rata: "tengah" }),
    rp.p("{{unitKapital}} {{kabupatenKapital}}\nHASIL EVALUASI SAKIP TAHUN {{tahun}}", {
      gaya: "subjudul",
      rata: "tengah",
    }),
    rp.isi(
      "Nilai akhir {{nilaiAkhir}} ({{dasarNilai}}), predikat {{predikat}} ({{namaPredikat}}). {{jumlahPerbaikan}} kriteria belum bernilai penuh; bila seluruhnya dipenuhi, nilai dapat bertambah {{potensiNilai}}. Kriteria diurutkan dari yang paling besar pengaruhnya.",
    ),
    rp.tabel(
      [
        ["NO", "KODE", "KRITERIA", "NILAI", "CATATAN", "LANGKAH PERBAIKAN", "TAMBAHAN NILAI"],
        [
          "{{perbaikan.no}}",
          "{{perbaikan.kode}}",
          "{{perbaikan.kriteria}}",
          "{{perbaikan.nilai}}",
          "{{perbaikan.catatan}}",
          "{{perbaikan.langkah}}",
          "{{perbaikan.poin}}",
        ],
      ],
      { kepala: 1, kanan: [3, 6], lebar: [4, 6, 30, 6, 22, 24, 8] },
    ),
    halaman,
    rp.tabel(
      [
        [
          "",
          "{{tempat}}, {{tanggal}}\n{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}",
        ],
      ],
      {
        tanpaGaris: true,
        tengah: true,
        lebar: [50, 50],
      },
    ),
  ],
};
