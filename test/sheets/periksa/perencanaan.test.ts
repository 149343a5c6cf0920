// Periksa Data on the planning chain (issue 15): Rencana Aksi, IKU, Pohon Kinerja; every check.
import { describe, expect, it } from "vitest";
import { IKU } from "../../../src/core/model/iku";
import { type BarisPohon, POHON_KINERJA } from "../../../src/core/model/pohonKinerja";
import { RENCANA_AKSI } from "../../../src/core/model/rencanaAksi";
import { periksaIku } from "../../../src/sheets/periksa/iku";
import { periksaPohon } from "../../../src/sheets/periksa/pohonKinerja";
import { periksaRencanaAksi } from "../../../src/sheets/periksa/rencanaAksi";
import { barisRenja, bukuKerja, indikator, kegiatanRka, rekamanKosong } from "../../rekaman";

const ra = (baris: number, isi: Partial<ReturnType<typeof rekamanKosong<typeof RENCANA_AKSI>>>) => ({
  ...rekamanKosong(RENCANA_AKSI, baris),
  ...isi,
});
const simpul = (baris: number, isi: Partial<BarisPohon>): BarisPohon => ({
  ...rekamanKosong(POHON_KINERJA, baris),
  ...isi,
});
const pesan = (m: { pesan: string; sel?: string; tingkat: string }[]) =>
  m.map((x) => [x.tingkat, x.sel, x.pesan]);

describe("Rencana Aksi", () => {
  const dokumen = indikator({
    kode: "1.1",
    indikator: "Dokumen",
    target: 4,
    arah: "NAIK",
    realisasi: [1, 1, null, null],
  });
  const ikm = indikator({
    kode: "1.2",
    indikator: "Nilai IKM",
    target: 90,
    arah: "NAIK",
    realisasi: [81, 89, 84, null],
  });

  it("accepts targets that agree with the annual one, each jenis by its rule", () => {
    const bk = bukuKerja({
      indikator: [dokumen, ikm],
      rencanaAksi: [
        ra(2, { kode: "1.1", jenis: "KUMULATIF", target: [1, 1, 1, 1], aksi: "Menyusun dokumen" }),
        ra(3, { aksi: "Mengirim dokumen", anggaran: [100, null, null, null] }),
        ra(4, { kode: "1.2", jenis: "NILAI AKHIR", target: [90, 90, 90, 90] }),
      ],
    });
    expect(periksaRencanaAksi(bk)).toEqual([]);
  });

  it("names a kumulatif sum, a nilai-akhir TW IV, a reported quarter without target, an unknown or repeated code", () => {
    const bk = bukuKerja({
      indikator: [dokumen, ikm],
      rencanaAksi: [
        ra(2, { aksi: "Aksi yatim" }),
        ra(3, { kode: "1.1", jenis: "KUMULATIF", target: [null, 1, 1, 1] }),
        ra(4, { kode: "1.2", jenis: "NILAI AKHIR", target: [90, 90, null, 85] }),
        ra(5, { kode: "1.2", jenis: "NILAI AKHIR", target: [90, 90, 90, 90] }),
        ra(6, { kode: "9.9", target: [1, 1, 1, 1] }),
        ra(7, { kode: "1.1 " }),
      ],
    });
    expect(pesan(periksaRencanaAksi(bk))).toEqual([
      ["peringatan", "A2", "Aksi tanpa indikator."],
      ["galat", "A5", "Indikator 1.2 sudah ada di baris 4."],
      ["galat", "A6", "Kode indikator 9.9 tidak ada di lembar Kinerja."],
      ["galat", "A7", "Indikator 1.1 sudah ada di baris 3."],
      ["peringatan", "F3", "Jumlah target TW I-IV 3 tidak sama dengan target tahunan 4."],
      ["peringatan", "C3", "Realisasi TW I dilaporkan tanpa target."],
      ["peringatan", "F4", "Target TW IV 85 tidak sama dengan target tahunan 90."],
      ["peringatan", "E4", "Realisasi TW III dilaporkan tanpa target."],
    ]);
  });

  it("after a PK Perubahan, measures TW IV against the revised target", () => {
    const naik = { ...ikm, targetPerubahan: 92 };
    const rencana = (tw4: number) => [
      ra(2, { kode: "1.2", jenis: "NILAI AKHIR", target: [90, 90, 90, tw4] }),
    ];
    expect(pesan(periksaRencanaAksi(bukuKerja({ indikator: [naik], rencanaAksi: rencana(92) })))).toEqual([]);
    expect(pesan(periksaRencanaAksi(bukuKerja({ indikator: [naik], rencanaAksi: rencana(90) })))).toEqual([
      ["peringatan", "F2", "Target TW IV 90 tidak sama dengan target tahunan (Target PK Perubahan) 92."],
    ]);
  });

  it("warns that a blank jenis is measured kumulatif", () => {
    const bk = bukuKerja({
      indikator: [dokumen],
      rencanaAksi: [ra(2, { kode: "1.1", target: [1, 1, 1, 1] })],
    });
    expect(pesan(periksaRencanaAksi(bk))).toEqual([
      ["peringatan", "B2", "Jenis kosong: dihitung KUMULATIF."],
    ]);
  });
});

describe("IKU", () => {
  it("names an unknown or repeated indicator", () => {
    const bk = bukuKerja({
      indikator: [indikator({ kode: "1.1" })],
      iku: [
        { ...rekamanKosong(IKU, 2), kode: "1.1", formulasi: "R / T x 100", sumberData: "SKM" },
        { ...rekamanKosong(IKU, 3), kode: "1.1", formulasi: "x", sumberData: "y" },
        { ...rekamanKosong(IKU, 4), kode: "2.1" },
      ],
    });
    expect(pesan(periksaIku(bk))).toEqual([
      ["galat", "A3", "Indikator 1.1 sudah ada di baris 2."],
      ["galat", "A4", "Kode indikator 2.1 tidak ada di lembar Kinerja."],
    ]);
  });
});

describe("Pohon Kinerja", () => {
  const sasaran = indikator({ kode: "1.1", tingkat: "Sasaran", indikator: "Nilai IKM" });
  const program = indikator({ kode: "1.1.1", tingkat: "Program", indikator: "Persentase layanan" });

  it("accepts a tree that carries every Renja/RKA program and kegiatan and every PK indicator", () => {
    const bk = bukuKerja({
      indikator: [sasaran, program],
      renja: [
        barisRenja({ kode: "1", programKegiatan: "Program Pelayanan" }),
        barisRenja({ kode: "", indikator: "x" }),
      ],
      rka: [kegiatanRka({ kode: "7.01.02.2.01", kegiatan: "Koordinasi Pelayanan" })],
      pohon: [
        simpul(2, {
          kode: "S1",
          level: "Sasaran",
          uraian: "Meningkatnya kepuasan",
          kodeIndikator: "1.1",
          indikator: "Nilai IKM",
        }),
        simpul(3, {
          kode: "P1",
          induk: "S1",
          level: "Program",
          uraian: "program pelayanan",
          indikator: "Persentase layanan",
        }),
        simpul(4, {
          kode: "K1",
          induk: "p1",
          level: "Kegiatan",
          uraian: "Koordinasi",
          indikator: "Rapat",
          kodeAnggaran: "7.01.02.2.01",
        }),
      ],
    });
    expect(periksaPohon(bk)).toEqual([]);
  });

  it("names a repeated code, a missing parent, a cycle, a level out of order, a node without indicator", () => {
    const bk = bukuKerja({
      pohon: [
        simpul(2, { indikator: "Indikator yatim" }),
        simpul(3, { kode: "T1", level: "Tujuan", indikator: "a" }),
        simpul(4, { kode: "K1", induk: "T1", level: "Kegiatan", indikator: "b" }),
        simpul(5, { kode: "T1", level: "Tujuan", indikator: "c" }),
        simpul(6, { kode: "P1", induk: "X9", level: "Program", indikator: "d" }),
        simpul(7, { kode: "A", induk: "B", level: "Program", indikator: "e" }),
        simpul(8, { kode: "B", induk: "A", level: "Program", indikator: "f" }),
        simpul(9, { kode: "S1", induk: "T1" }),
      ],
    });
    expect(pesan(periksaPohon(bk))).toEqual([
      ["peringatan", "A2", "Indikator tanpa simpul."],
      ["galat", "A5", "Kode T1 sudah dipakai di baris 3."],
      ["peringatan", "C4", "Kegiatan K1 di bawah Tujuan T1: urutan level salah."],
      ["galat", "B6", "Induk X9 tidak ada di pohon kinerja."],
      ["galat", "B7", "Simpul A berada dalam lingkaran induk."],
      ["galat", "B8", "Simpul B berada dalam lingkaran induk."],
      ["peringatan", "C9", "Level simpul S1 kosong."],
      ["peringatan", "E9", "Simpul S1 tidak punya indikator."],
    ]);
  });

  it("names the Renja and RKA programs and kegiatan and the PK indicators the tree does not carry", () => {
    const bk = bukuKerja({
      indikator: [
        sasaran,
        program,
        indikator({ kode: "1.1.1.1", tingkat: "Kegiatan", indikator: "bukan PK" }),
      ],
      renja: [
        barisRenja({ baris: 5, kode: "A", programKegiatan: "Pemerintahan Umum" }),
        barisRenja({ baris: 6, kode: "1", programKegiatan: "Program Lain" }),
        barisRenja({ baris: 7, kode: "1.1", programKegiatan: "Kegiatan Lain" }),
      ],
      rka: [kegiatanRka({ baris: 3, kode: "7.01.02.2.01", kegiatan: "Koordinasi" })],
      // Renja's program 1 is not Kinerja's indicator 1: codes are compared within their kind.
      pohon: [
        simpul(2, {
          kode: "S1",
          level: "Sasaran",
          uraian: "Sasaran",
          indikator: "Nilai IKM",
          kodeIndikator: "1",
        }),
      ],
    });
    expect(periksaPohon(bk).map((m) => [m.lembar, m.baris, m.pesan])).toEqual([
      [
        "Pohon Kinerja",
        undefined,
        'Program Renja 1 "Program Lain" (lembar Renja, baris 6) tidak ada di pohon kinerja.',
      ],
      [
        "Pohon Kinerja",
        undefined,
        'Kegiatan Renja 1.1 "Kegiatan Lain" (lembar Renja, baris 7) tidak ada di pohon kinerja.',
      ],
      [
        "Pohon Kinerja",
        undefined,
        'Kegiatan RKA 7.01.02.2.01 "Koordinasi" (lembar RKA, baris 3) tidak ada di pohon kinerja.',
      ],
      [
        "Pohon Kinerja",
        undefined,
        'Indikator PK 1.1.1 "Persentase layanan" (lembar Kinerja, baris 2) tidak ada di pohon kinerja.',
      ],
    ]);
  });

  it("says nothing about the chain when the workbook holds no tree", () => {
    const bk = bukuKerja({ indikator: [sasaran], renja: [barisRenja({ kode: "1", programKegiatan: "P" })] });
    expect(periksaPohon(bk)).toEqual([]);
  });
});
