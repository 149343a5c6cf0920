/** Penetapan IKU, Rencana Aksi and Pohon Kinerja (issue 15). */

import type { KunciIku, KunciPohon, KunciRencanaAksi } from "../laporan/perencanaan";
import type { Dokumen } from "../model";
import { pembuat, ttdPimpinan } from "./umum";

const I = pembuat<KunciIku>();
const R = pembuat<KunciRencanaAksi>();
const P = pembuat<KunciPohon>();

/** The table PermenPAN 09/2007 prescribes for the Penetapan IKU. */
export const TEMPLATE_IKU: Dokumen = {
  judul: I.teks("Penetapan IKU {{tahun}} - {{unit}}"),
  lanskap: true,
  elemen: [
    I.p("PENETAPAN INDIKATOR KINERJA UTAMA (IKU)\n{{unitKapital}} {{kabupatenKapital}}\nTAHUN {{tahun}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    I.tabel(
      [
        [
          "NO",
          "SASARAN STRATEGIS",
          "INDIKATOR KINERJA UTAMA",
          "DEFINISI/FORMULASI",
          "ALASAN",
          "PENANGGUNG JAWAB",
          "SUMBER DATA",
        ],
        [
          "{{iku.no}}",
          "{{iku.sasaran}}",
          "{{iku.indikator}}",
          "{{iku.formulasi}}",
          "{{iku.alasan}}",
          "{{iku.penanggungJawab}}",
          "{{iku.sumberData}}",
        ],
      ],
      { kepala: 1, lebar: [5, 20, 20, 22, 13, 10, 10] },
    ),
    ttdPimpinan(),
  ],
};

export const TEMPLATE_RENCANA_AKSI: Dokumen = {
  judul: R.teks("Rencana Aksi {{tahun}} - {{unit}}"),
  lanskap: true,
  elemen: [
    R.p("RENCANA AKSI KINERJA TAHUN {{tahun}}\n{{unitKapital}} {{kabupatenKapital}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    R.tabel(
      [
        [
          "NO",
          "INDIKATOR",
          "TARGET",
          "JENIS",
          "TW I",
          "TW II",
          "TW III",
          "TW IV",
          "RENCANA AKSI",
          "PENANGGUNG JAWAB",
          "WAKTU",
          "ANGGARAN TW I (Rp)",
          "TW II (Rp)",
          "TW III (Rp)",
          "TW IV (Rp)",
        ],
        [
          "{{aksi.no}}",
          "{{aksi.indikator}}",
          "{{aksi.target}}",
          "{{aksi.jenis}}",
          "{{aksi.tw1}}",
          "{{aksi.tw2}}",
          "{{aksi.tw3}}",
          "{{aksi.tw4}}",
          "{{aksi.aksi}}",
          "{{aksi.penanggungJawab}}",
          "{{aksi.waktu}}",
          "{{aksi.ang1}}",
          "{{aksi.ang2}}",
          "{{aksi.ang3}}",
          "{{aksi.ang4}}",
        ],
        [
          "",
          "JUMLAH",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "{{jumlah1}}",
          "{{jumlah2}}",
          "{{jumlah3}}",
          "{{jumlah4}}",
        ],
      ],
      {
        kepala: 1,
        tebal: [2],
        kanan: [2, 4, 5, 6, 7, 11, 12, 13, 14],
        lebar: [3, 14, 5, 6, 5, 5, 5, 5, 14, 8, 7, 6, 6, 6, 6],
      },
    ),
    ttdPimpinan(),
  ],
};

export const TEMPLATE_POHON: Dokumen = {
  judul: P.teks("Pohon Kinerja {{tahun}} - {{unit}}"),
  lanskap: true,
  elemen: [
    P.p("POHON KINERJA TAHUN {{tahun}}\n{{unitKapital}} {{kabupatenKapital}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    P.p("{{grafik:pohon}}", { rata: "tengah" }),
    P.p("Tabel Cascading ({{jumlahSimpul}} simpul)", { tebal: true }),
    P.tabel(
      [
        [
          "KODE",
          "INDUK",
          "LEVEL",
          "KONDISI/SASARAN/PROGRAM/KEGIATAN",
          "INDIKATOR",
          "TARGET",
          "KODE INDIKATOR",
          "KODE RENJA/RKA",
        ],
        [
          "{{kaskade.kode}}",
          "{{kaskade.induk}}",
          "{{kaskade.level}}",
          "{{kaskade.uraian}}",
          "{{kaskade.indikator}}",
          "{{kaskade.target}}",
          "{{kaskade.kodeKinerja}}",
          "{{kaskade.kodeAnggaran}}",
        ],
      ],
      { kepala: 1, kanan: [5], lebar: [6, 6, 9, 27, 27, 8, 8, 9] },
    ),
    ttdPimpinan(),
  ],
};
