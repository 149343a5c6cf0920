// dataRka: the RKA-SKPD 2.2.1 form and KAK of one kegiatan (seeds 004, 000).
import { describe, expect, it } from "vitest";
import { CONTOH_RKA_LUMAJANG_2020 } from "../../../src/contoh/rka2020";
import { parsePeriode } from "../../../src/core/skm";
import { dataRka, LAPORAN_KAK, LAPORAN_RKA } from "../../../src/reports/laporan/rka";
import { labelBagian } from "../../../src/reports/laporan/umum";
import { bukuKerja, bukuKerjaDari, kegiatanRka, rincianRka, ttd } from "../../rekaman";

const TANGGAL = ttd("1 September 2019");
const KODE = "3.05.3.05.09.01.021";

describe("Pelayanan Administrasi dan Operasional Perkantoran, Kecamatan Lumajang 2020 (seed 004)", () => {
  const bk = bukuKerjaDari(CONTOH_RKA_LUMAJANG_2020);
  const d = dataRka(bk, KODE, TANGGAL);

  it("prints each year's amount with its terbilang in capitals, n+1 at 110 %: 551.204.390 -> 606.324.829", () => {
    expect(d.nilai).toMatchObject({
      tahunLalu: "2019",
      tahunDepan: "2021",
      kodeKegiatan: KODE,
      kegiatan: "Pelayanan Administrasi dan Operasional Perkantoran",
      jumlahTahunLalu: "479.077.000,00",
      terbilangTahunLalu: "EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH",
      jumlahTahunIni: "551.204.390,00",
      terbilangTahunIni:
        "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH",
      jumlahTahunDepan: "606.324.829,00",
      terbilangTahunDepan:
        "ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH",
      persenMaju: "110",
      masukan: "Tersedianya dana",
      targetMasukan: "Rp 551.204.390,00",
      capaianProgram: "Prosentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran",
      targetCapaianProgram: "78%",
      targetKeluaran: "30 Jenis",
    });
  });

  it("keeps the unit's signing place and the KAK's own time and place apart", () => {
    expect(d.nilai.tempat).toBe("Lumajang");
    expect(d.nilai.tempatPelaksanaan).toBe("Kantor Kecamatan Lumajang");
    expect(d.nilai.waktuPelaksanaan).toContain("12 bulan dalam tahun 2020");
  });

  it("takes the first kegiatan when none is asked; RKA and KAK share the data", () => {
    expect(dataRka(bk, undefined, TANGGAL).nilai.kodeKegiatan).toBe(bk.rka[0]!.kode);
    const k = {
      bk,
      opsi: { jenis: "kak", kegiatan: KODE },
      tw: 3,
      periode: parsePeriode("TW3"),
      ttd: TANGGAL,
    };
    expect(LAPORAN_KAK.data(k)).toEqual(d);
    expect(LAPORAN_RKA.data({ ...k, opsi: { jenis: "rka", kegiatan: KODE } })).toEqual(d);
    expect(LAPORAN_RKA.perKegiatan).toBe(true);
  });
});

describe("from a few records", () => {
  const kegiatan = kegiatanRka({ kode: "1.01.01", kegiatan: "Kegiatan Uji", jumlahTahunIni: 9_000_000 });
  const rincian = [
    rincianRka({
      kodeKegiatan: " 1.01.01 ",
      kodeRekening: "5.2.1.02.02",
      uraian: "Honorarium tenaga kontrak",
      volume: 96,
      satuan: "OB",
      harga: 1_800_000,
    }),
    rincianRka({
      kodeKegiatan: "1.01.01",
      uraian: "Alat tulis kantor",
      volume: 10,
      satuan: "paket",
      harga: 1_000_000,
      jumlahTertulis: 9_000_000,
    }),
    rincianRka({ kodeKegiatan: "1.01.01", uraian: "Lain-lain", jumlahTertulis: 5_000 }),
    rincianRka({ kodeKegiatan: "1.01.02", uraian: "Kegiatan lain", volume: 1, harga: 1 }),
  ];

  it("takes the year's amount from the kegiatan's rincian, volume x harga (as typed only when either is missing)", () => {
    const d = dataRka(bukuKerja({ rka: [kegiatan], rincian }), "1.01.01", TANGGAL);
    // 172.800.000 + 10.000.000 + 5.000
    expect(d.nilai.jumlahTahunIni).toBe("182.805.000,00");
    expect(d.nilai.jumlahRincian).toBe("182.805.000,00");
    expect(d.nilai.jumlahTahunDepan).toBe("201.085.500,00");
    expect(d.daftar.rincian).toEqual([
      {
        no: "1",
        kodeRekening: "5.2.1.02.02",
        uraian: "Honorarium tenaga kontrak",
        volume: "96",
        satuan: "OB",
        harga: "1.800.000",
        jumlah: "172.800.000",
      },
      {
        no: "2",
        kodeRekening: "",
        uraian: "Alat tulis kantor",
        volume: "10",
        satuan: "paket",
        harga: "1.000.000",
        jumlah: "10.000.000",
      },
      { no: "3", kodeRekening: "", uraian: "Lain-lain", volume: "", satuan: "", harga: "", jumlah: "5.000" },
    ]);
  });

  it("estimates n+1 at the kegiatan's own percentage, and prints a missing last year as zero", () => {
    const d = dataRka(bukuKerja({ rka: [{ ...kegiatan, persenMaju: 105.5 }] }), undefined, TANGGAL);
    expect(d.nilai).toMatchObject({
      persenMaju: "105,5",
      jumlahTahunDepan: "9.495.000,00",
      jumlahTahunLalu: "0,00",
      terbilangTahunLalu: "NOL RUPIAH",
      tahunLalu: "",
    });
  });

  it("refuses in Indonesian: no kegiatan, an unknown one, one without this year's amount", () => {
    expect(() => dataRka(bukuKerja(), undefined, TANGGAL)).toThrow("Lembar RKA belum berisi kegiatan.");
    expect(() => dataRka(bukuKerja({ rka: [kegiatan] }), "9.99", TANGGAL)).toThrow(
      "Kegiatan 9.99 tidak ada di lembar RKA.",
    );
    expect(() =>
      dataRka(bukuKerja({ rka: [{ ...kegiatan, jumlahTahunIni: null }] }), "1.01.01", TANGGAL),
    ).toThrow("Kegiatan 1.01.01: jumlah tahun ini belum diisi.");
  });
});

describe("labelBagian: the letters of the sections a document prints", () => {
  it("gives the next letter to the next printed section, none to a left-out one", () => {
    expect(
      labelBagian(
        [
          ["a", true],
          ["b", false],
          ["c", true],
        ],
        "huruf",
      ),
    ).toEqual({ a: "A", b: "", c: "B" });
    expect(
      labelBagian(
        [
          ["x", false],
          ["y", true],
        ],
        "angka",
      ),
    ).toEqual({ x: "", y: "1" });
  });
});
