// The generic reader: a sheet's rows into records by the contract's columns, every unreadable or
// missing cell reported where it is. Properties over a small contract of each kind of column, then
// the real contract's messages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArah } from "../../../src/core/capaian";
import { kunciTeks } from "../../../src/core/format";
import type { Masalah } from "../../../src/core/masalah";
import { ANGGARAN } from "../../../src/core/model/anggaran";
import { KINERJA } from "../../../src/core/model/kinerja";
import {
  angka,
  hurufKolom,
  kolom,
  lembar,
  pilihan,
  type Rekaman,
  rumus,
  tanggal,
  teks,
} from "../../../src/core/model/kolom";
import { TRIWULAN } from "../../../src/core/triwulan";
import { bacaBaris, bacaLembar } from "../../../src/sheets/baca/tabel";
import { spreadsheetMini } from "../../bantu";
import { barisAnggaran, indikator, rekamanKosong } from "../../rekaman";

/** A contract with one column of each kind: required text, text, required choice, number, a group, a formula, a date. */
const UJI = lembar("Uji", [
  kolom("Kode", "kode", teks, { jenis: "kode", wajib: true, catatan: "" }),
  kolom("Uraian", "uraian", teks, { catatan: "" }),
  kolom("Arah", "arah", pilihan(parseArah), {
    wajib: { pesan: "Arah indikator kosong.", saran: "Pilih NAIK atau TURUN." },
    catatan: "",
  }),
  kolom("Target", "target", angka, { catatan: "" }),
  ...TRIWULAN.map((tw, i) => kolom(`Realisasi TW ${tw}`, "realisasi", angka, { indeks: i, catatan: "" })),
  rumus("Capaian (%)", { catatan: "" }),
  kolom("Tanggal", "tanggal", tanggal, { catatan: "" }),
]);
type Uji = Rekaman<typeof UJI>;
const JUDUL = UJI.kolom.map((k) => k.judul);
/** Column (0-based) of each header in the contract's own order. */
const KOL = Object.fromEntries(JUDUL.map((j, i) => [j, i])) as Record<string, number>;

/** A sheet's values read into a TabelLembar the way bacaBukuKerja does (through bacaLembar). */
function tabel(nilai: unknown[][], nama = UJI.nama) {
  return bacaLembar(spreadsheetMini({ [nama]: nilai }).ss, nama)!;
}
function baca(nilai: unknown[][]): { rekaman: Uji[]; masalah: Masalah[] } {
  const masalah: Masalah[] = [];
  return { rekaman: bacaBaris(tabel(nilai), UJI, masalah), masalah };
}

const kosong = fc.constantFrom<unknown>("", "   ", null, undefined);
const angkaSah = fc
  .oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    // -0 is read as 0, as Sheets shows it.
  )
  .map((x) => x + 0);
const kata = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/);
/** A text no number reader accepts. */
const bukanAngka = fc.oneof(
  fc.stringMatching(/^x[a-z]{0,8}$/),
  fc.constant(true),
  fc.constant("satu koma lima"),
);

/** A row with data: the cells of the contract's columns, in its order. */
const barisSah = fc.record({
  kode: fc.stringMatching(/^[1-9](\.[1-9]){0,3}$/),
  uraian: fc.oneof(fc.constant(""), kata),
  arah: fc.constantFrom("NAIK", "TURUN", "naik", "Turun"),
  target: fc.oneof(kosong, angkaSah),
  realisasi: fc.array(fc.oneof(kosong, angkaSah), { minLength: 4, maxLength: 4 }),
});
type BarisSah = typeof barisSah extends fc.Arbitrary<infer T> ? T : never;
const sel = (b: BarisSah): unknown[] => [b.kode, b.uraian, b.arah, b.target, ...b.realisasi, "", ""];
const angkaAtauNull = (v: unknown) => (typeof v === "number" ? v : null);
const rekamanDari = (b: BarisSah, baris: number): Uji => ({
  ...rekamanKosong(UJI, baris),
  kode: b.kode,
  uraian: b.uraian,
  arah: parseArah(b.arah),
  target: angkaAtauNull(b.target),
  realisasi: b.realisasi.map(angkaAtauNull),
});

describe("bacaBaris (properties)", () => {
  it("skips every row blank in all the contract's columns, and keeps each other row with its sheet row", () => {
    const baris = fc.oneof(
      barisSah.map((b) => ({ b })),
      fc
        .tuple(fc.array(kosong, { minLength: 11, maxLength: 11 }), fc.oneof(kosong, kata))
        // A note in a column the contract does not know does not make a record.
        .map(([c, lain]) => ({ kosong: [...c, lain] })),
    );
    fc.assert(
      fc.property(fc.array(baris, { maxLength: 30 }), (daftar) => {
        const nilai = [
          [...JUDUL, "Catatan Lain"],
          ...daftar.map((x) => ("b" in x ? [...sel(x.b), ""] : x.kosong)),
        ];
        const { rekaman, masalah } = baca(nilai);
        expect(masalah).toEqual([]);
        expect(rekaman).toEqual(daftar.flatMap((x, i) => ("b" in x ? [rekamanDari(x.b, i + 2)] : [])));
      }),
      { numRuns: 300 },
    );
  });

  it("reports each unreadable cell once, with sheet, row, header and A1 cell, and reads the rest of its row", () => {
    const buruk = fc.array(
      fc.tuple(barisSah, fc.array(fc.option(bukanAngka, { nil: undefined }), { minLength: 5, maxLength: 5 })),
      {
        minLength: 1,
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(buruk, (daftar) => {
        const nilai: unknown[][] = [JUDUL];
        const harap: Masalah[] = [];
        const rekaman: Uji[] = [];
        daftar.forEach(([b, rusak], i) => {
          const r = i + 2;
          const cells = sel(b);
          const rek = rekamanDari(b, r);
          rusak.forEach((x, j) => {
            if (x === undefined) return;
            const judul = j === 0 ? "Target" : `Realisasi TW ${TRIWULAN[j - 1]}`;
            const c = KOL[judul]!;
            cells[c] = x;
            if (j === 0) rek.target = null;
            else rek.realisasi[j - 1] = null;
            harap.push({
              tingkat: "galat",
              lembar: "Uji",
              baris: r,
              kolom: judul,
              sel: `${hurufKolom(c + 1)}${r}`,
              pesan:
                x === true
                  ? `${j === 0 ? "Target" : `Realisasi TW ${TRIWULAN[j - 1]}`} berisi nilai benar/salah (TRUE), bukan angka.`
                  : `${j === 0 ? "Target" : `Realisasi TW ${TRIWULAN[j - 1]}`} "${x}" bukan angka yang dapat dibaca. Tulis angka seperti 1.234.567,89 atau 95,23 %.`,
              saran: "Tulis angka seperti 1.234.567,89 atau 95,23 %; kosongkan bila belum ada.",
            });
          });
          nilai.push(cells);
          rekaman.push(rek);
        });
        const hasil = baca(nilai);
        expect(hasil.masalah).toEqual(harap);
        expect(hasil.rekaman).toEqual(rekaman);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a required blank its own message (or '<label> kosong.'), at its cell", () => {
    fc.assert(
      fc.property(
        barisSah,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 2, max: 500 }),
        (b, tanpaKode, tanpaArah, r) => {
          const cells = sel({ ...b, uraian: "ada isinya" });
          if (tanpaKode) cells[KOL.Kode!] = "";
          if (tanpaArah) cells[KOL.Arah!] = " ";
          const nilai = [JUDUL, ...Array.from({ length: r - 2 }, () => []), cells];
          const harap: Masalah[] = [];
          if (tanpaKode)
            harap.push({
              tingkat: "galat",
              lembar: "Uji",
              baris: r,
              kolom: "Kode",
              sel: `A${r}`,
              pesan: "Kode kosong.",
              saran: "Perbaiki isi sel ini.",
            });
          if (tanpaArah)
            harap.push({
              tingkat: "galat",
              lembar: "Uji",
              baris: r,
              kolom: "Arah",
              sel: `C${r}`,
              pesan: "Arah indikator kosong.",
              saran: "Pilih NAIK atau TURUN.",
            });
          const { rekaman, masalah } = baca(nilai);
          expect(masalah).toEqual(harap);
          expect(rekaman).toHaveLength(1);
          expect(rekaman[0]!.kode).toBe(tanpaKode ? "" : b.kode);
          expect(rekaman[0]!.arah).toBe(tanpaArah ? null : parseArah(b.arah));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("finds each column by its header in any order, case and spacing; a group fills its array in TW order", () => {
    const tataan = fc.shuffledSubarray(JUDUL, { minLength: JUDUL.length, maxLength: JUDUL.length });
    const tulisan = fc.constantFrom(
      (j: string) => j,
      (j: string) => j.toUpperCase(),
      (j: string) => `  ${j.toLowerCase().replace(/ /g, "   ")} `,
    );
    fc.assert(
      fc.property(
        tataan,
        tulisan,
        fc.array(barisSah, { minLength: 1, maxLength: 8 }),
        (urut, ubah, daftar) => {
          const kolomDi = urut.map((j) => KOL[j]!);
          const nilai = [urut.map(ubah), ...daftar.map((b) => kolomDi.map((c) => sel(b)[c]))];
          const { rekaman, masalah } = baca(nilai);
          expect(masalah).toEqual([]);
          expect(rekaman).toEqual(daftar.map((b, i) => rekamanDari(b, i + 2)));
          // A bad cell is named at its own place in this order.
          const t = urut.indexOf("Realisasi TW III");
          nilai[1]![t] = "xyz";
          expect(baca(nilai).masalah.map((m) => m.sel)).toEqual([`${hurufKolom(t + 1)}2`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports a missing header once, whatever the number of rows; a missing formula column is no problem", () => {
    const dapatHilang = JUDUL.filter((j) => j !== "Capaian (%)");
    fc.assert(
      fc.property(
        fc.subarray(dapatHilang, { minLength: 1 }),
        fc.boolean(),
        fc.array(barisSah, { maxLength: 20 }),
        (hilang, tanpaRumus, daftar) => {
          const ada = JUDUL.filter((j) => !hilang.includes(j) && !(tanpaRumus && j === "Capaian (%)"));
          const nilai = [ada, ...daftar.map((b) => ada.map((j) => sel(b)[KOL[j]!]))];
          const { rekaman, masalah } = baca(nilai);
          expect(masalah).toEqual(
            JUDUL.filter((j) => hilang.includes(j)).map((j) => ({
              tingkat: "galat",
              lembar: "Uji",
              baris: 1,
              kolom: j,
              pesan: `Kolom "${j}" tidak ditemukan di baris judul.`,
              saran: "Jalankan Siapkan Lembar Kerja, atau kembalikan judul kolom yang terhapus/terganti.",
            })),
          );
          // The rows are still read, the missing columns' fields blank.
          const tampak = (b: BarisSah) => ada.some((j) => JUDUL.indexOf(j) < 8 && !isBlank(sel(b)[KOL[j]!]));
          expect(rekaman.map((r) => r.baris)).toEqual(daftar.flatMap((b, i) => (tampak(b) ? [i + 2] : [])));
        },
      ),
      { numRuns: 300 },
    );
  });
});

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

describe("bacaLembar and kunciTeks", () => {
  it("gives null for a sheet that is not there", () => {
    expect(bacaLembar(spreadsheetMini({}).ss, "Kinerja")).toBeNull();
  });

  it("indexes each header by its key, the first of two equal headers winning, blank headers skipped", () => {
    const t = tabel([["Kode", " Uraian  Singkat ", "", "KODE", 5]]);
    expect([...t.indeks]).toEqual([
      ["kode", 0],
      ["uraian singkat", 1],
      ["5", 4],
    ]);
    expect(kunciTeks("  Realisasi   TW\tI ")).toBe("realisasi tw i");
    expect(kunciTeks(null)).toBe("");
  });

  it("reads an empty sheet (no header row) as no records, every typed column missing", () => {
    const masalah: Masalah[] = [];
    expect(bacaBaris(tabel([]), UJI, masalah)).toEqual([]);
    expect(masalah.map((m) => m.kolom)).toEqual(JUDUL.filter((j) => j !== "Capaian (%)"));
  });
});

describe("bacaBaris on the contract's sheets", () => {
  const judulKinerja = KINERJA.kolom.map((k) => k.judul);
  /** A Kinerja row from its cells by header. */
  const barisKinerja = (isi: Record<string, unknown>) => judulKinerja.map((j) => isi[j] ?? "");

  it("reads seed 003's IKM indicator into its record", () => {
    const masalah: Masalah[] = [];
    const t = tabel(
      [
        judulKinerja,
        barisKinerja({
          Kode: "1.1",
          Tingkat: "sasaran",
          Indikator: " Nilai IKM Kecamatan ",
          Satuan: "indeks",
          Arah: "Naik",
          "Agregasi Tahunan": "rata-rata",
          Target: "86,40",
          "Realisasi TW III": 87.28,
        }),
      ],
      KINERJA.nama,
    );
    expect(bacaBaris(t, KINERJA, masalah)).toEqual([
      indikator({
        kode: "1.1",
        tingkat: "Sasaran",
        indikator: "Nilai IKM Kecamatan",
        satuan: "indeks",
        arah: "NAIK",
        agregasi: "RATA-RATA",
        target: 86.4,
        realisasi: [null, null, 87.28, null],
      }),
    ]);
    expect(masalah).toEqual([]);
  });

  it("gives Kinerja's required columns their messages and advice", () => {
    const masalah: Masalah[] = [];
    const t = tabel(
      [judulKinerja, barisKinerja({ Indikator: "Nilai IKM", Tingkat: "Bagian" })],
      KINERJA.nama,
    );
    bacaBaris(t, KINERJA, masalah);
    expect(masalah.map((m) => [m.sel, m.pesan, m.saran])).toEqual([
      ["A2", "Kode kosong.", "Perbaiki isi sel ini."],
      [
        "B2",
        'Tingkat "Bagian" tidak dikenal. Pilihan: Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan.',
        "Perbaiki isi sel ini.",
      ],
      ["F2", "Arah indikator kosong.", 'Pilih "NAIK" (makin tinggi makin baik) atau "TURUN".'],
      [
        "G2",
        "Agregasi tahunan kosong: realisasi tahunan tidak dapat dihitung.",
        'Pilih "RATA-RATA" (misalnya IKM), "JUMLAH" (dokumen, orang), atau "TERAKHIR" (persentase kumulatif).',
      ],
      ["H2", "Target kosong.", "Isi target tahun ini sesuai Perjanjian Kinerja."],
    ]);
  });

  it("reads Anggaran's computed Sisa and Serapan back, a rupiah text as its amount", () => {
    const masalah: Masalah[] = [];
    const judul = ANGGARAN.kolom.map((k) => k.judul);
    const t = tabel(
      [
        judul,
        judul.map(
          (j) =>
            ({
              "Kode Rekening": "7.01.01.2.02.01",
              Uraian: "Penyediaan Gaji dan Tunjangan ASN",
              "Pagu Awal": "Rp 5.651.946.797,00",
              "Realisasi s.d. TW III": 3_696_694_186,
              Sisa: 1_955_252_611,
              "Serapan (%)": "65,41 %",
            })[j] ?? "",
        ),
      ],
      ANGGARAN.nama,
    );
    expect(bacaBaris(t, ANGGARAN, masalah)).toEqual([
      barisAnggaran({
        kode: "7.01.01.2.02.01",
        uraian: "Penyediaan Gaji dan Tunjangan ASN",
        paguAwal: 5_651_946_797,
        realisasi: [null, null, 3_696_694_186, null],
        sisaTertulis: 1_955_252_611,
        serapanTertulis: 65.41,
      }),
    ]);
    expect(masalah).toEqual([]);
  });
});

describe("a code Sheets already turned into a number or a date", () => {
  const baca = (kode: unknown) => {
    const { ss } = spreadsheetMini({
      Uji: [JUDUL, [kode, "x", "NAIK", 1, "", "", "", "", "", ""]],
    });
    const masalah: Masalah[] = [];
    const [r] = bacaBaris(bacaLembar(ss, "Uji")!, UJI, masalah);
    return { r: r!, masalah };
  };

  it("5.1 (typed 5.10) is a peringatan naming the cell; the row still reads", () => {
    const { r, masalah } = baca(5.1);
    expect(r.kode).toBe("5.1");
    expect(masalah).toEqual([expect.objectContaining({ tingkat: "peringatan", sel: "A2", kolom: "Kode" })]);
    expect(masalah[0]!.pesan).toBe(
      "Kode 5.1 tersimpan sebagai angka, bukan teks: Sheets bisa mengubah 5.10 menjadi 5.1.",
    );
  });

  it("a date (typed 1.1.1) is a galat: the code is lost", () => {
    const { r, masalah } = baca(new Date(2001, 0, 1));
    expect(r.kode).toBe("");
    expect(masalah.map((m) => [m.tingkat, m.sel])).toEqual([["galat", "A2"]]);
    expect(masalah[0]!.pesan).toContain("terbaca sebagai tanggal");
  });

  it("text codes pass", () => {
    expect(baca("5.10").masalah).toEqual([]);
  });
});
