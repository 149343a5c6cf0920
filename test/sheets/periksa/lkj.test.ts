// What the LKJ would lack is said by Periksa Data, never printed in the document: a Profil Unit
// part with no row, a PK indicator without last year's realisation or its Renstra end target.
import { expect, it } from "vitest";
import { periksaKinerja } from "../../../src/sheets/periksa/kinerja";
import { periksaPembanding } from "../../../src/sheets/periksa/pembanding";
import { periksaProfil } from "../../../src/sheets/periksa/profil";
import { bukuKerja, indikator } from "../../rekaman";

it("names each Bab I/IV part the Profil Unit sheet lacks, only when there is an LKJ to make", () => {
  expect(periksaProfil(bukuKerja())).toEqual([]);
  const m = periksaProfil(
    bukuKerja({
      indikator: [indikator({ kode: "1.1", tingkat: "Sasaran" })],
      profil: [
        { baris: 2, bagian: "Tugas", kelompok: "", uraian: "Koordinasi", jumlah: null, keterangan: "" },
        { baris: 3, bagian: "SDM", kelompok: "Status", uraian: "ASN", jumlah: 12, keterangan: "" },
      ],
    }),
  );
  expect(m.map((x) => [x.tingkat, x.lembar, x.pesan])).toEqual([
    ["peringatan", "Profil Unit", "Bagian Fungsi belum diisi: Bab I 1.1 LKJ tidak memuatnya."],
    ["peringatan", "Profil Unit", "Bagian Struktur Organisasi belum diisi: Bab I 1.1 LKJ tidak memuatnya."],
    ["peringatan", "Profil Unit", "Bagian Isu Strategis belum diisi: Bab I 1.3 LKJ tidak memuatnya."],
    ["peringatan", "Profil Unit", "Bagian Strategi belum diisi: Bab IV LKJ tidak memuatnya."],
  ]);
});

it("warns of a PK indicator without Realisasi Tahun Lalu or Target Akhir Renstra, at its cell; not of a program's", () => {
  const m = periksaKinerja(
    bukuKerja({
      indikator: [
        indikator({
          baris: 2,
          kode: "1.1",
          tingkat: "Sasaran",
          indikator: "Nilai IKM",
          target: 90,
          targetAkhirRenstra: 90,
        }),
        indikator({ baris: 3, kode: "1.1.1", tingkat: "Program", indikator: "Persentase X", target: 100 }),
      ],
    }),
  );
  expect(m.map((x) => [x.tingkat, x.kolom, x.baris, x.pesan])).toEqual([
    [
      "peringatan",
      "Realisasi Tahun Lalu",
      2,
      "Realisasi Tahun Lalu indikator Nilai IKM kosong: LKJ dan laporan triwulan tidak memuat perbandingan dengan tahun lalu untuk indikator ini.",
    ],
  ]);
});

it("Pembanding: an unknown indicator, the same unit twice for one indicator, the unit itself; each cell named", () => {
  const baris = (b: number, kode: string, unit: string, realisasi: number | null = 90) => ({
    baris: b,
    kode,
    unit,
    realisasi,
    sumber: "",
  });
  const m = periksaPembanding(
    bukuKerja({
      pengaturan: { namaUnit: "Kecamatan Klakah" },
      indikator: [indikator({ kode: "1.1" })],
      pembanding: [
        baris(2, "1.1", "Kecamatan Ranuyoso"),
        baris(3, "1.1", "kecamatan  ranuyoso"),
        baris(4, "1.1", "Kecamatan Tekung"),
        baris(5, "9.9", "Kecamatan Tekung"),
        baris(6, "1.1", "Kecamatan Klakah"),
      ],
    }),
  );
  expect(m.map((x) => [x.tingkat, x.sel, x.pesan])).toEqual([
    ["galat", "A3", "kecamatan  ranuyoso untuk indikator 1.1 sudah ada di baris 2."],
    ["galat", "A5", "Kode indikator 9.9 tidak ada di lembar Kinerja."],
    ["galat", "B6", "Kecamatan Klakah adalah unit buku kerja ini sendiri."],
  ]);
});
