// The survey sheets' rules: the questions in answer order, and the tally IKM is computed from.
import { describe, expect, it } from "vitest";
import { SKM_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { UNSUR_PERMENPANRB_14_2017 } from "../../../src/core/ikm";
import { hitunganJawaban, PERTANYAAN_BAKU, pertanyaanJawaban, rekapSkm } from "../../../src/core/model/skm";
import { bukuKerja, pengaturan, pertanyaan, responden } from "../../rekaman";

it("the standard questionnaire asks one question per unsur of PermenPANRB 14/2017, P1 to P9", () => {
  expect(PERTANYAAN_BAKU.map((p) => p.kode)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"]);
  expect(PERTANYAAN_BAKU.map((p) => p.unsur)).toEqual([...UNSUR_PERMENPANRB_14_2017]);
});

it("hitunganJawaban reads a tally row's counts of 1..4, blanks as 0; null when none is filled", () => {
  expect(hitunganJawaban(pertanyaan({ jumlahJawaban: [null, 10, 100, 78] }))).toEqual([0, 10, 100, 78]);
  expect(hitunganJawaban(pertanyaan())).toBeNull();
});

it("pertanyaanJawaban follows the answer columns, matching codes whatever their case", () => {
  const bk = bukuKerja({
    pertanyaan: [
      pertanyaan({ kode: "P1", unsur: "Persyaratan", pertanyaan: "Syarat?" }),
      pertanyaan({ kode: " p2 ", unsur: "Biaya/Tarif" }),
    ],
    kodeJawaban: ["P2", "P1", "P3"],
  });
  expect(pertanyaanJawaban(bk)).toEqual([
    { kode: "P2", unsur: "Biaya/Tarif", pertanyaan: "" },
    { kode: "P1", unsur: "Persyaratan", pertanyaan: "Syarat?" },
    { kode: "P3", unsur: "", pertanyaan: "" },
  ]);
});

describe("rekapSkm", () => {
  const dua = [
    pertanyaan({ kode: "P1", unsur: "Persyaratan" }),
    pertanyaan({ kode: "P2", unsur: "Biaya/Tarif" }),
  ];

  it("tallies the respondents' answers per question, unanswered not counted", () => {
    const bk = bukuKerja({
      pertanyaan: dua,
      responden: [responden({ jawaban: [4, 3] }), responden({ jawaban: [2, null] })],
    });
    expect(rekapSkm(bk)).toEqual([
      { unsur: "Persyaratan", jumlahNilai: 6, jumlahJawaban: 2 },
      { unsur: "Biaya/Tarif", jumlahNilai: 3, jumlahJawaban: 1 },
    ]);
  });

  it("gives nothing to compute from respondents while a question has no unsur, or nobody answered", () => {
    expect(
      rekapSkm(
        bukuKerja({
          pertanyaan: dua,
          kodeJawaban: ["P1", "P3"],
          responden: [responden({ jawaban: [4, 4] })],
        }),
      ),
    ).toBeNull();
    expect(
      rekapSkm(bukuKerja({ pertanyaan: dua, responden: [responden({ jawaban: [null, null] })] })),
    ).toBeNull();
    expect(rekapSkm(bukuKerja({ pertanyaan: dua }))).toBeNull();
  });

  it("reads seed 003's tally (sum of scores and RTMK per question) with the respondents set in Pengaturan", () => {
    const tally = SKM_LUMAJANG_2021.pertanyaan.map(([unsur, , jumlahNilai], i) =>
      pertanyaan({ kode: `P${i + 1}`, unsur, jumlahNilai, jumlahRtmk: i === 13 ? 2 : null }),
    );
    const rekap = rekapSkm(bukuKerja({ pertanyaan: tally, pengaturan: { respondenRekap: 188 } }))!;
    expect(rekap).toHaveLength(14);
    expect(rekap[0]).toEqual({ unsur: "Persyaratan", jumlahNilai: 632, jumlahJawaban: 188 });
    expect(rekap[13]).toEqual({
      unsur: "Penanganan Pengaduan, Saran dan Masukan",
      jumlahNilai: 605,
      jumlahJawaban: 186,
    });
    // Without the number of respondents a sum of scores says nothing.
    expect(rekapSkm(bukuKerja({ pertanyaan: tally }))).toBeNull();
  });

  it("reads counts of answers 1-4, and refuses a count that is not whole, naming its row", () => {
    const hitung = pertanyaan({
      baris: 3,
      kode: "P1",
      unsur: "Persyaratan",
      jumlahJawaban: [0, 10, 100, 78],
    });
    expect(
      rekapSkm({ pertanyaan: [hitung], kodeJawaban: [], responden: [], pengaturan: pengaturan() }),
    ).toEqual([{ unsur: "Persyaratan", jumlahNilai: 632, jumlahJawaban: 188 }]);
    expect(() =>
      rekapSkm(bukuKerja({ pertanyaan: [{ ...hitung, jumlahJawaban: [0, 10.5, 100, 78] }] })),
    ).toThrow(
      "Lembar SKM Pertanyaan baris 3: kolom 2: banyak jawaban harus bilangan bulat 0 atau lebih, bukan 10,5.",
    );
  });
});
