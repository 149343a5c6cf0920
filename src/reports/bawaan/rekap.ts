/**
 * The kabupaten's documents (issue 16): the Inspektur's memo to the Bupati ranking the units' SAKIP
 * evaluation (No / Nama Perangkat Daerah / Nilai / Kategori, the average as the kabupaten's "Nilai
 * Akuntabilitas Kinerja"), the kabupaten's IKM report, and the quarter's capaian and serapan.
 */
import type { KunciIkmKabupaten, KunciNotaSakip, KunciRekapCapaian } from "../laporan/rekap";
import type { Dokumen } from "../model";
import { pembuat } from "./umum";

const ttd = (b: {
  tabel: ReturnType<
    typeof pembuat<
      "tempat" | "tanggal" | "jabatanPenandatanganKapital" | "namaPenandatangan" | "nipPenandatangan"
    >
  >["tabel"];
}) =>
  b.tabel(
    [
      [
        "",
        "{{tempat}}, {{tanggal}}\n{{jabatanPenandatanganKapital}}\n\n\n\n{{namaPenandatangan}}\nNIP {{nipPenandatangan}}",
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

const nota = pembuat<KunciNotaSakip>();
export const TEMPLATE_NOTA_SAKIP: Dokumen = {
  judul: nota.teks("Nota Dinas Rekapitulasi Evaluasi SAKIP {{tahun}} - {{kabupaten}}"),
  elemen: [
    nota.p("NOTA DINAS", { gaya: "judul", rata: "tengah" }),
    nota.tabel(
      [
        ["Kepada Yth.", ": {{kepada}}"],
        ["Dari", ": {{jabatanPenandatangan}}"],
        ["Nomor", ": {{nomor}}"],
        ["Tanggal", ": {{tanggal}}"],
        [
          "Perihal",
          ": Rekapitulasi Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun {{tahun}}",
        ],
      ],
      { tanpaGaris: true, lebar: [20, 80] },
    ),
    nota.isi(
      "Bersama ini kami sampaikan rekapitulasi hasil evaluasi atas implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Tahun {{tahun}} terhadap {{jumlahDinilai}} perangkat daerah di lingkungan {{kabupaten}}, diurutkan dari nilai tertinggi, sebagai berikut:",
    ),
    nota.tabel(
      [
        ["NO", "NAMA PERANGKAT DAERAH", "NILAI", "KATEGORI"],
        ["{{unit.no}}", "{{unit.nama}}", "{{unit.nilai}}", "{{unit.kategori}}"],
        ["", "NILAI AKUNTABILITAS KINERJA (RATA-RATA)", "{{nilaiAkuntabilitas}}", "{{predikatKabupaten}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [2], lebar: [8, 52, 15, 25] },
    ),
    nota.isi(
      "Nilai Akuntabilitas Kinerja {{kabupaten}} Tahun {{tahun}} (rata-rata nilai perangkat daerah) adalah {{nilaiAkuntabilitas}} dengan predikat {{predikatKabupaten}} ({{namaPredikatKabupaten}}). Sebaran perangkat daerah menurut predikat:",
    ),
    nota.tabel(
      [
        ["PREDIKAT", "KATEGORI", "JUMLAH", "PERSENTASE"],
        ["{{sebaran.predikat}}", "{{sebaran.nama}}", "{{sebaran.jumlah}}", "{{sebaran.persen}}"],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [15, 45, 15, 25] },
    ),
    nota.isi("Demikian untuk menjadi periksa dan terima kasih."),
    ttd(nota),
  ],
};

const ikm = pembuat<KunciIkmKabupaten>();
export const TEMPLATE_IKM_KABUPATEN: Dokumen = {
  judul: ikm.teks("Laporan IKM Kabupaten Triwulan {{triwulan}} {{tahun}} - {{kabupaten}}"),
  elemen: [
    ikm.p("LAPORAN INDEKS KEPUASAN MASYARAKAT", { gaya: "judul", rata: "tengah" }),
    ikm.p("{{kabupatenKapital}}\nTRIWULAN {{triwulan}} TAHUN {{tahun}}", {
      gaya: "subjudul",
      rata: "tengah",
    }),
    ikm.isi(
      "Indeks Kepuasan Masyarakat (IKM) {{kabupaten}} Triwulan {{triwulan}} Tahun {{tahun}} dihimpun dari survei {{jumlahUnit}} unit pelayanan dengan {{respondenKabupaten}} responden, dihitung sebagai {{caraGabungan}}, sebesar {{ikmKabupaten}} dengan mutu pelayanan {{mutuKabupaten}}.",
    ),
    ikm.bab("IKM PER UNIT"),
    ikm.tabel(
      [
        ["PERINGKAT", "UNIT PELAYANAN", "RESPONDEN", "IKM", "MUTU PELAYANAN"],
        ["{{unit.no}}", "{{unit.nama}}", "{{unit.responden}}", "{{unit.ikm}}", "{{unit.mutu}}"],
        ["", "{{kabupaten}}", "{{respondenKabupaten}}", "{{ikmKabupaten}}", "{{mutuKabupaten}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [2, 3], lebar: [12, 40, 14, 12, 22] },
    ),
    ikm.p("{{grafik:ikm}}", { rata: "tengah" }),
    ikm.tabel(
      [
        ["MUTU PELAYANAN", "JUMLAH UNIT", "PERSENTASE"],
        ["{{mutu.mutu}}", "{{mutu.jumlah}}", "{{mutu.persen}}"],
      ],
      { kepala: 1, kanan: [1, 2], lebar: [40, 30, 30] },
    ),
    ikm.bab("NILAI PER UNSUR PELAYANAN"),
    ikm.tabel(
      [
        ["NO", "UNSUR PELAYANAN", "NRR", "NILAI (NRR x 25)"],
        ["{{unsur.no}}", "{{unsur.unsur}}", "{{unsur.nrr}}", "{{unsur.nilai}}"],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [8, 52, 20, 20] },
    ),
    ikm.isi(
      "Unsur dengan nilai terendah di tingkat kabupaten adalah {{unsurTerendah}} (NRR {{nrrTerendah}}); unsur ini menjadi prioritas perbaikan pelayanan.",
    ),
    ttd(ikm),
  ],
};

const cap = pembuat<KunciRekapCapaian>();
export const TEMPLATE_REKAP_CAPAIAN: Dokumen = {
  judul: cap.teks("Rekap Capaian dan Serapan Triwulan {{triwulan}} {{tahun}} - {{kabupaten}}"),
  elemen: [
    cap.p("REKAPITULASI CAPAIAN KINERJA DAN SERAPAN ANGGARAN", { gaya: "judul", rata: "tengah" }),
    cap.p("{{kabupatenKapital}}\nTRIWULAN {{triwulan}} TAHUN {{tahun}}", {
      gaya: "subjudul",
      rata: "tengah",
    }),
    cap.isi(
      "Rata-rata capaian kinerja {{jumlahUnit}} unit sampai Triwulan {{triwulan}} Tahun {{tahun}} adalah {{capaianKabupaten}} ({{tercapaiKabupaten}} indikator tercapai); serapan anggaran {{serapanKabupaten}}, realisasi {{realisasiKabupaten}} dari pagu {{paguKabupaten}}.",
    ),
    cap.tabel(
      [
        [
          "PERINGKAT",
          "UNIT",
          "CAPAIAN KINERJA",
          "INDIKATOR TERCAPAI",
          "PAGU (Rp)",
          "REALISASI (Rp)",
          "SERAPAN",
        ],
        [
          "{{unit.no}}",
          "{{unit.nama}}",
          "{{unit.capaian}}",
          "{{unit.tercapai}}",
          "{{unit.pagu}}",
          "{{unit.realisasi}}",
          "{{unit.serapan}}",
        ],
        [
          "",
          "JUMLAH/RATA-RATA",
          "{{capaianKabupaten}}",
          "{{tercapaiKabupaten}}",
          "{{paguKabupaten}}",
          "{{realisasiKabupaten}}",
          "{{serapanKabupaten}}",
        ],
      ],
      { kepala: 1, tebal: [2], kanan: [2, 4, 5, 6], lebar: [9, 25, 12, 12, 15, 15, 12] },
    ),
    cap.p("{{grafik:capaian}}", { rata: "tengah" }),
    ttd(cap),
  ],
};
