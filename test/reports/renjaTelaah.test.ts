// Renja T-C.31 (Review terhadap Rancangan Awal RKPD) and T-C.32 (Usulan Pemangku Kepentingan) of
// seed 002 (Kecamatan Jatiroto 2020): the sample as printed, Periksa Data, the data and the Docs.
import { describe, expect, it } from "vitest";
import {
  CONTOH_RENJA_JATIROTO_2020,
  REVIEW_RKPD_JATIROTO_2020,
  USULAN_JATIROTO_2020,
} from "../../src/contoh/jatiroto2020";
import { hurufKolom, nomorKolom } from "../../src/core/model/kolom";
import { REVIEW_RKPD, USULAN_PEMANGKU } from "../../src/core/model/renja";
import { dataTc31, dataTc32 } from "../../src/reports/laporan/renja";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { periksaBukuKerja } from "../../src/sheets/periksa";
import { periksaReviewRkpd, periksaUsulan } from "../../src/sheets/periksa/renjaTelaah";
import { bukuKerjaContoh, googleContoh, muat } from "../bantu";
import { dialog } from "../bundle";
import { barisReview, bukuKerja, ttd, usulan } from "../rekaman";

const TTD = ttd("Juli 2019");
const sel = (judul: string, baris: number) => `${hurufKolom(nomorKolom(REVIEW_RKPD, judul))}${baris}`;

describe("the Jatiroto sample holds every row of T-C.31 and T-C.32 as printed", () => {
  it("T-C.31: 17 items (4 programs, 13 kegiatan) and 5 further indicators", () => {
    const kode = REVIEW_RKPD_JATIROTO_2020.map((b) => b.kode);
    expect(kode.filter((k) => k !== "")).toHaveLength(17);
    expect(kode.filter((k) => /^\d+$/.test(k))).toEqual(["1", "2", "3", "4"]);
    expect(kode.filter((k) => k === "")).toHaveLength(5);
  });

  it("T-C.32: 13 items and 5 further indicators, the program on its first kegiatan only", () => {
    expect(USULAN_JATIROTO_2020.filter((u) => u.kegiatan !== "")).toHaveLength(13);
    expect(USULAN_JATIROTO_2020.filter((u) => u.kegiatan === "")).toHaveLength(5);
    expect(USULAN_JATIROTO_2020.filter((u) => u.program !== "")).toHaveLength(4);
  });

  it("reads back from the sheets as typed, the pagu '23 Jenis' kept as text", () => {
    const bk = bacaBukuKerja(googleContoh(CONTOH_RENJA_JATIROTO_2020).spreadsheet);
    expect(bk.reviewRkpd).toEqual(bukuKerjaContoh(CONTOH_RENJA_JATIROTO_2020).reviewRkpd);
    expect(bk.usulan).toEqual(bukuKerjaContoh(CONTOH_RENJA_JATIROTO_2020).usulan);
    expect(bk.reviewRkpd[0]!.paguHasil).toBe("23 Jenis");
    expect(bk.reviewRkpd[1]!.paguHasil).toBe(334_336_000);
  });
});

describe("Periksa Data on Review RKPD and Usulan Pemangku Kepentingan", () => {
  it("names the seed's two slips of row 1 (a pagu '23 Jenis', one indicator in % and in Jenis) and nothing else", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    const m = periksaBukuKerja(bacaBukuKerja(g.spreadsheet)).filter((x) =>
      [REVIEW_RKPD.nama, USULAN_PEMANGKU.nama].includes(x.lembar),
    );
    expect(m.map((x) => [x.tingkat, x.lembar, x.sel])).toEqual([
      ["peringatan", "Review RKPD", sel("Pagu Indikatif (Hasil Analisis)", 2)],
      ["peringatan", "Review RKPD", sel("Satuan (Hasil Analisis)", 2)],
    ]);
    expect(m[0]!.pesan).toBe(
      'Pagu indikatif hasil analisis kebutuhan Program Pelayanan administrasi dan Operasional Perkantoran berisi "23 Jenis", bukan jumlah rupiah: Tabel T-C.31 mencetak "-" di sel ini.',
    );
    expect(m[1]!.pesan).toMatch(
      /dalam % menurut rancangan awal RKPD tetapi dalam Jenis menurut hasil analisis/,
    );
  });

  it("a program's pagu must be the sum of its kegiatan's on each side; a kegiatan without an amount suspends it", () => {
    const baris = [
      barisReview({ baris: 2, kode: "1", programAwal: "P", programHasil: "P", paguAwal: 100, paguHasil: 90 }),
      barisReview({
        baris: 3,
        kode: "1.1",
        programAwal: "K",
        programHasil: "K",
        paguAwal: 60,
        paguHasil: 50,
      }),
      barisReview({
        baris: 4,
        kode: "1.2",
        programAwal: "L",
        programHasil: "L",
        paguAwal: 30,
        paguHasil: "lima",
      }),
    ];
    const m = periksaReviewRkpd(bukuKerja({ reviewRkpd: baris }));
    expect(m.map((x) => [x.tingkat, x.sel])).toEqual([
      ["peringatan", sel("Pagu Indikatif (Hasil Analisis)", 4)],
      ["galat", sel("Pagu Indikatif (Rancangan Awal)", 2)],
    ]);
    expect(m[1]!.pesan).toBe(
      "Pagu indikatif rancangan awal RKPD P tertulis Rp 100, padahal jumlah kegiatannya Rp 90.",
    );
  });

  it("a first row without Kode, a letter Kode, a repeated Kode and a pagu on a further indicator", () => {
    const baris = [
      barisReview({ baris: 2, kode: "", indikatorAwal: "X" }),
      barisReview({ baris: 3, kode: "A", programAwal: "P", programHasil: "P" }),
      barisReview({ baris: 4, kode: "1", programAwal: "P", programHasil: "P" }),
      barisReview({ baris: 5, kode: "1", programAwal: "Q", programHasil: "Q" }),
      barisReview({ baris: 6, kode: "", indikatorAwal: "Y", paguAwal: 5 }),
    ];
    const m = periksaReviewRkpd(bukuKerja({ reviewRkpd: baris }));
    expect(m.map((x) => [x.tingkat, x.sel])).toEqual([
      ["galat", sel("Kode", 2)],
      ["galat", sel("Kode", 3)],
      ["peringatan", sel("Pagu Indikatif (Rancangan Awal)", 6)],
      ["galat", sel("Kode", 5)],
    ]);
  });

  it("T-C.32: an indicator before any item, a kegiatan without program, a target without indicator", () => {
    const m = periksaUsulan(
      bukuKerja({
        usulan: [
          usulan({ baris: 2, indikator: "X", target: 1 }),
          usulan({ baris: 3, kegiatan: "K", indikator: "Y" }),
          usulan({ baris: 4, program: "P", kegiatan: "L", target: 5 }),
          usulan({ baris: 5, kegiatan: "M", indikator: "Z" }),
        ],
      }),
    );
    const s = (j: string, b: number) => `${hurufKolom(nomorKolom(USULAN_PEMANGKU, j))}${b}`;
    expect(m.map((x) => [x.tingkat, x.sel])).toEqual([
      ["galat", s("Kegiatan", 2)],
      ["galat", s("Program", 3)],
      ["peringatan", s("Indikator", 4)],
    ]);
  });
});

describe("the data of T-C.31 and T-C.32", () => {
  const bk = bukuKerjaContoh(CONTOH_RENJA_JATIROTO_2020);

  it("T-C.31 numbers the 17 items, prints '-' for the pagu that is no amount and targets with their unit", () => {
    const r = dataTc31(bk, TTD).daftar.review;
    expect(r).toHaveLength(22);
    expect(r.map((b) => b.no).filter((n) => n !== "")).toEqual(
      Array.from({ length: 17 }, (_, i) => String(i + 1)),
    );
    expect(r[0]).toMatchObject({
      no: "1",
      targetAwal: "87 %",
      paguAwal: "350.000.000",
      targetHasil: "23 Jenis",
      paguHasil: "-",
      _tebal: "ya",
    });
    expect(r[1]).toMatchObject({ no: "2", targetAwal: "23 Jenis", paguHasil: "334.336.000" });
    expect(r[1]).not.toHaveProperty("_tebal");
    // Kegiatan 4.3's second indicator: only indicators and targets, as the seed prints it.
    expect(r[14]).toEqual({
      no: "",
      programAwal: "",
      lokasiAwal: "",
      indikatorAwal: "Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)",
      targetAwal: "200 Orang",
      paguAwal: "",
      programHasil: "",
      lokasiHasil: "",
      indikatorHasil: "Jumlah audiensi bersama FORKOMPIMKA",
      targetHasil: "90 Orang",
      paguHasil: "",
      catatan: "",
    });
  });

  it("T-C.32 numbers the 13 items and prints a program once, typed once or on every row", () => {
    const u = dataTc32(bk, TTD).daftar.usulan;
    expect(u.map((b) => b.no).filter((n) => n !== "")).toHaveLength(13);
    expect(u.filter((b) => b.program !== "")).toHaveLength(4);
    expect(u[0]).toMatchObject({ no: "1", target: "28 Jenis", lokasi: "Kec. Jatiroto" });
    const berulang = bukuKerja({
      usulan: [
        usulan({ program: "P", kegiatan: "K1", indikator: "a", target: 1, satuan: "dok" }),
        usulan({ program: "P", kegiatan: "K2", indikator: "b" }),
        usulan({ indikator: "c", target: 86, satuan: "%" }),
        usulan({ program: "Q", kegiatan: "K3" }),
      ],
    });
    expect(dataTc32(berulang, TTD).daftar.usulan.map((b) => [b.no, b.program, b.target])).toEqual([
      ["1", "P", "1 dok"],
      ["2", "", "-"],
      ["", "", "86 %"],
      ["3", "Q", "-"],
    ]);
  });
});

describe("the Docs, through the built bundle", () => {
  const { g, b } = muat("renja-jatiroto-2020");

  it("T-C.31: the two groups over their five columns, landscape, 17 items", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc31" }, true);
    const doc = g.document(h.idDoc);
    const t = doc.__text();
    expect(h.nama).toBe("Renja T-C.31 2020 - Kecamatan Jatiroto");
    expect(t).toContain("Review terhadap Rancangan Awal RKPD Tahun 2020");
    expect(t).toMatch(/\| NO \| RANCANGAN AWAL RKPD \|( +\|){4} HASIL ANALISIS KEBUTUHAN \|/);
    expect(t).toMatch(/\| 17 \| Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan \|/);
    expect(t).toMatch(
      /\| 12 \| Program Penyelenggaraan Pemerintahan Kecamatan \|[^\n]*515\.000\.000[^\n]*516\.762\.000/,
    );
    expect(t).not.toContain("JUMLAH");
    expect(doc.__dump().page.width).toBeCloseTo(841.89, 1);
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("T-C.32: the stakeholders' proposals", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc32" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("Usulan Program/Kegiatan dari Pemangku Kepentingan Tahun 2020");
    expect(t).toMatch(/\| 13 \| {2}\| Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan \|/);
    expect(t).toContain("Jatiroto, Juli 2019");
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });
});
