import { describe, expect, it } from "vitest";
import {
  analisisSkm,
  kelompokUsia,
  labelJawaban,
  parsePeriode,
  profilResponden,
  type Responden,
  respondenPeriode,
} from "../../src/core/skm";

const TANYA = [
  { kode: "P1", unsur: "Persyaratan", pertanyaan: "" },
  { kode: "P2", unsur: "Waktu Penyelesaian", pertanyaan: "" },
];

function r(tanggal: Date | null, jawaban: (number | null)[], lain: Partial<Responden> = {}): Responden {
  return {
    tanggal,
    jenisLayanan: "KTP",
    jenisKelamin: "Laki-laki",
    usia: 30,
    pendidikan: "SMA",
    pekerjaan: "Wiraswasta",
    saran: "",
    jawaban,
    ...lain,
  };
}

const OPSI = { metode: "PERMENPANRB_14_2017", bobot: "UNSUR", tahun: 2024, populasi: 100 } as const;

describe("periods", () => {
  it("reads quarter, semester and year names", () => {
    expect(parsePeriode("TW3").nama).toBe("Triwulan III");
    expect(parsePeriode("semester ii").kode).toBe("S2");
    expect(parsePeriode("").kode).toBe("TAHUN");
    expect(() => parsePeriode("Q5")).toThrow(/Periode survei "Q5" tidak dikenal/);
  });
  it("puts a dated answer in its quarter and an undated one in the year only", () => {
    const semua = [
      r(new Date(2024, 1, 5), [4, 4]),
      r(new Date(2024, 7, 1), [3, 3]),
      r(null, [2, 2]),
      r(new Date(2023, 1, 5), [1, 1]),
    ];
    expect(respondenPeriode(semua, parsePeriode("TW1"), 2024)).toHaveLength(1);
    expect(respondenPeriode(semua, parsePeriode("S2"), 2024)).toHaveLength(1);
    expect(respondenPeriode(semua, parsePeriode("TAHUN"), 2024)).toHaveLength(3);
    const tanpaTanggal = [r(null, [4, 4]), r(null, [3, 3])];
    expect(respondenPeriode(tanpaTanggal, parsePeriode("TW2"), 2024)).toHaveLength(2);
  });
});

describe("analisisSkm", () => {
  const semua = [
    r(new Date(2024, 0, 10), [4, 3], {
      jenisKelamin: "Perempuan",
      jenisLayanan: "KK",
      saran: "Antrean lebih tertib.",
    }),
    r(new Date(2024, 1, 10), [3, 2], { usia: 65 }),
    r(new Date(2024, 4, 10), [4, 4], { usia: 17 }),
  ];
  const a = analisisSkm(semua, TANYA, parsePeriode("TAHUN"), OPSI);
  it("computes IKM, the quarters' trend and the lowest unsur", () => {
    expect(a.jumlahResponden).toBe(3);
    // TW I: NRR 3,5 and 2,5, IKM 75; TW II: 4 and 4, IKM 100. The year (IKM Tahunan's default,
    // seed 001): the mean of the quarters, (75 + 100) / 2 = 87,5.
    expect(a.hasil.ikm).toBe(87.5);
    expect(a.aturanIkm).toBe("RATA_RATA_TRIWULAN");
    expect(a.perTriwulan.map((t) => [t.periode.kode, t.responden])).toEqual([
      ["TW1", 2],
      ["TW2", 1],
    ]);
    expect(a.terendah.unsur).toBe("Waktu Penyelesaian");
    expect(a.sampelMinimal).toBe(80);
    expect(a.saran).toEqual(["Antrean lebih tertib."]);
    expect(a.perLayanan.map((l) => l.layanan)).toEqual(["KK", "KTP"]);
  });
  it("takes all the year's respondents at once when Pengaturan says SELURUH RESPONDEN", () => {
    const b = analisisSkm(semua, TANYA, parsePeriode("TAHUN"), { ...OPSI, ikmTahunan: "SELURUH_RESPONDEN" });
    // NRR Persyaratan 11/3, Waktu 9/3: IKM = (3,667 + 3) / 2 x 25 = 83,33.
    expect(b.hasil.ikm).toBeCloseTo(83.333, 2);
    expect(b.aturanIkm).toBe("SELURUH_RESPONDEN");
    expect(b.perTriwulan.map((t) => t.hasil.ikm)).toEqual(a.perTriwulan.map((t) => t.hasil.ikm));
  });
  it("applies the rule to a semester too, and has none for one quarter", () => {
    expect(analisisSkm(semua, TANYA, parsePeriode("S1"), OPSI).hasil.ikm).toBe(87.5);
    const tw1 = analisisSkm(semua, TANYA, parsePeriode("TW1"), OPSI);
    expect(tw1.hasil.ikm).toBe(75);
    expect(tw1.aturanIkm).toBeNull();
  });
  it("averages the NRR of each unsur over the quarters, so the lowest unsur is the year's by the same rule", () => {
    // Persyaratan (3,5 + 4) / 2 = 3,75; Waktu (2,5 + 4) / 2 = 3,25.
    expect(a.hasil.nrrUnsur.map((u) => u.nrr)).toEqual([3.75, 3.25]);
    expect(a.terendah).toMatchObject({ unsur: "Waktu Penyelesaian", nrr: 3.25 });
  });
  it("cannot split undated answers by quarter: the year is then all its respondents at once", () => {
    const tanpaTanggal = [...semua, r(null, [1, 1])];
    const c = analisisSkm(tanpaTanggal, TANYA, parsePeriode("TAHUN"), OPSI);
    expect(c.aturanIkm).toBe("SELURUH_RESPONDEN");
    expect(c.jumlahResponden).toBe(4);
    // Persyaratan 12/4 = 3, Waktu 10/4 = 2,5: (3 + 2,5) / 2 x 25 = 68,75.
    expect(c.hasil.ikm).toBe(68.75);
  });
  it("counts the profile with percentages and age bands", () => {
    const p = profilResponden(semua);
    expect(p.filter((x) => x.kategori === "Jenis Kelamin").map((x) => [x.uraian, x.jumlah])).toEqual([
      ["Laki-laki", 2],
      ["Perempuan", 1],
    ]);
    expect(p.find((x) => x.uraian === "Perempuan")!.persen).toBeCloseTo(33.333, 2);
    expect([kelompokUsia(17), kelompokUsia(30), kelompokUsia(65), kelompokUsia(null)]).toEqual([
      "< 20 tahun",
      "30-39 tahun",
      "≥ 60 tahun",
      "Tidak diisi",
    ]);
  });
  it("places unsur in IPA quadrants when importance was asked", () => {
    const penting = [
      r(new Date(2024, 0, 1), [3, 4], { kepentingan: [4, 2] }),
      r(new Date(2024, 0, 2), [3, 4], { kepentingan: [4, 2] }),
    ];
    const ipa = analisisSkm(penting, TANYA, parsePeriode("TW1"), OPSI).ipa!;
    expect(ipa.baris.map((b) => [b.unsur, b.kuadran])).toEqual([
      ["Persyaratan", "I"],
      ["Waktu Penyelesaian", "IV"],
    ]);
  });
  it("says so in Indonesian when a period has no answers", () => {
    expect(() => analisisSkm(semua, TANYA, parsePeriode("TW4"), OPSI)).toThrow(
      "Belum ada responden SKM untuk Triwulan IV 2024.",
    );
  });
});

it("labels each unsur's answers as the PermenPANRB 14/2017 questionnaire does", () => {
  expect(labelJawaban("Biaya/Tarif")).toEqual(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]);
  expect(labelJawaban("Penanganan Pengaduan, Saran dan Masukan")[3]).toBe("Dikelola dengan baik");
  expect(labelJawaban("Sistem, Mekanisme dan Prosedur")[2]).toBe("Mudah");
  expect(labelJawaban("Unsur lain")).toEqual(["Tidak baik", "Kurang baik", "Baik", "Sangat baik"]);
});
