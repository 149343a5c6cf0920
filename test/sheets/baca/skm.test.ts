// The SKM answers: the SKM sheet's typed rows and the add-on's form response sheets.
import { describe, expect, it } from "vitest";
import type { Masalah } from "../../../src/core/masalah";
import { SKM } from "../../../src/core/model/skm";
import { bacaSkm } from "../../../src/sheets/baca/skm";
import { bacaLembar } from "../../../src/sheets/baca/tabel";
import { spreadsheetMini } from "../../bantu";
import { responden } from "../../rekaman";

const PROFIL = SKM.kolom.map((k) => k.judul);

function baca(lembar: Record<string, unknown[][]>) {
  const { ss } = spreadsheetMini(lembar);
  const masalah: Masalah[] = [];
  return { ...bacaSkm(ss, bacaLembar(ss, "SKM"), masalah), masalah };
}

describe("bacaSkm on the SKM sheet", () => {
  it("reads each respondent's profile, answers (1-4 or a-d) and importance (K columns), blank rows skipped", () => {
    const hasil = baca({
      SKM: [
        [...PROFIL, "P1", "P2", "P3", "K1", "K3"],
        [
          new Date(2021, 6, 5),
          "Perizinan",
          "Laki-laki",
          34,
          "SMA",
          "Wiraswasta",
          "Lebih cepat",
          4,
          "c",
          "",
          4,
          "D",
        ],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", " 2 ", "a", 3, "", ""],
      ],
    });
    expect(hasil.masalah).toEqual([]);
    expect(hasil.kodeJawaban).toEqual(["P1", "P2", "P3"]);
    expect(hasil.kolomJawaban).toEqual([8, 9, 10]);
    expect(hasil.responden).toEqual([
      responden({
        baris: 2,
        tanggal: new Date(2021, 6, 5),
        jenisLayanan: "Perizinan",
        jenisKelamin: "Laki-laki",
        usia: 34,
        pendidikan: "SMA",
        pekerjaan: "Wiraswasta",
        saran: "Lebih cepat",
        jawaban: [4, 3, null],
        kepentingan: [4, null, 4],
      }),
      responden({ baris: 4, jawaban: [2, 1, 3] }),
    ]);
  });

  it("reports an answer that is not 1-4 or a-d at its cell, under its header, and counts it as unanswered", () => {
    const hasil = baca({
      SKM: [
        [...PROFIL, "P1", "P2"],
        ["", "KTP", "", "", "", "", "", 5, 4],
        ["", "KTP", "", "", "", "", "", 3, "e"],
      ],
    });
    expect(hasil.masalah).toEqual([
      {
        tingkat: "galat",
        lembar: "SKM",
        baris: 2,
        kolom: "P1",
        sel: "H2",
        pesan: "Jawaban 5 tidak sah: harus 1 sampai 4, huruf a sampai d, atau kosong (RTMK).",
        saran: "Isi 1-4 atau a-d (a=1, b=2, c=3, d=4); kosongkan bila tidak dijawab.",
      },
      expect.objectContaining({
        baris: 3,
        kolom: "P2",
        sel: "I3",
        pesan: expect.stringMatching(/^Jawaban "e" tidak sah/),
      }),
    ]);
    expect(hasil.responden.map((r) => r.jawaban)).toEqual([
      [null, 4],
      [3, null],
    ]);
  });

  it("lists the first 200 unreadable answers and says how many there are", () => {
    const baris = Array.from({ length: 120 }, () => ["", "", "", "", "", "", "", "x", "y", 4]);
    const hasil = baca({ SKM: [[...PROFIL, "P1", "P2", "P3"], ...baris] });
    expect(hasil.masalah).toHaveLength(201);
    expect(hasil.masalah.at(-2)).toMatchObject({ baris: 101, sel: "I101" });
    expect(hasil.masalah.at(-1)).toEqual({
      tingkat: "galat",
      lembar: "SKM",
      pesan: "Ada 240 jawaban tidak sah; 200 yang pertama ditampilkan.",
      saran: "Periksa kolom jawaban: hanya 1-4 atau a-d.",
    });
    expect(hasil.responden).toHaveLength(120);
  });
});

describe("bacaSkm on the questionnaire's response sheets", () => {
  const FORM = [
    "Stempel waktu",
    "Jenis Layanan",
    "Jenis Kelamin",
    "Usia",
    "Pendidikan",
    "Pekerjaan",
    "Saran",
  ];

  it("reads items 'P1. ...' and 'K1. ...', the labelled choices and the timestamp as the date", () => {
    const hasil = baca({
      SKM: [[...PROFIL, "P1", "P2"]],
      "Jawaban Formulir 1": [
        [
          ...FORM,
          "P1. Bagaimana pendapat Saudara ...?",
          "K1. Seberapa penting: Persyaratan?",
          "P3. Kecepatan?",
        ],
        [
          new Date(2024, 1, 10),
          "KTP",
          "Perempuan",
          31,
          "SMA",
          "Wiraswasta",
          "",
          "d. Sangat sesuai",
          "c. Penting",
          "b. Kurang cepat",
        ],
      ],
    });
    expect(hasil.masalah).toEqual([]);
    // P3 comes only from the form: its column in the SKM sheet is 0 (none).
    expect(hasil.kodeJawaban).toEqual(["P1", "P2", "P3"]);
    expect(hasil.kolomJawaban).toEqual([8, 9, 0]);
    expect(hasil.responden).toEqual([
      responden({
        baris: 2,
        lembar: "Jawaban Formulir 1",
        tanggal: new Date(2024, 1, 10),
        jenisLayanan: "KTP",
        jenisKelamin: "Perempuan",
        usia: 31,
        pendidikan: "SMA",
        pekerjaan: "Wiraswasta",
        jawaban: [4, null, 2],
        kepentingan: [3, null, null],
      }),
    ]);
  });

  it("knows the response sheets by the names Sheets gives them, in English or Indonesian", () => {
    const satu = (nama: string) =>
      baca({
        SKM: [[...PROFIL, "P1"]],
        [nama]: [
          [...FORM, "P1. Persyaratan"],
          [new Date(2024, 0, 2), "", "", "", "", "", "", 4],
        ],
      }).responden.length;
    expect(satu("Form Responses 2")).toBe(1);
    expect(satu("Respons Formulir 1")).toBe(1);
    expect(satu("Tanggapan formulir 3")).toBe(1);
    expect(satu("jawaban formulir 1")).toBe(1);
    expect(satu("Formulir Lama")).toBe(0);
  });

  it("reads answers from a response sheet even when the SKM sheet is missing", () => {
    const { ss } = spreadsheetMini({
      "Form Responses 1": [
        ["Timestamp", ...FORM.slice(1), "P1. x"],
        [new Date(2024, 0, 2), "", "", "", "", "", "", "a"],
      ],
    });
    const masalah: Masalah[] = [];
    const hasil = bacaSkm(ss, null, masalah);
    expect(hasil.kodeJawaban).toEqual(["P1"]);
    expect(hasil.responden.map((r) => [r.lembar, r.jawaban, r.tanggal])).toEqual([
      ["Form Responses 1", [1], new Date(2024, 0, 2)],
    ]);
  });
});
