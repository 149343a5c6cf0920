// The kabupaten's documents (issue 16), made through the bundle in a rekap spreadsheet of the
// samples and generated units, as a fresh user makes them: Rekap Kabupaten, units pasted, imports
// granted, Buat Laporan. Every figure is checked against the units' own.
import { beforeAll, describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { formatAngka } from "../../../src/core/format";
import { predikatSakip } from "../../../src/core/lke";
import { hasilKabupaten } from "../../../src/core/rekapKabupaten";
import { bacaRekap } from "../../../src/sheets/rekap";
import { muat } from "../../bantu";
import { dialog, fn } from "../../bundle";
import { isiRekap, type UnitContoh, unitContoh } from "../../rekapContoh";

let unit: UnitContoh[];
beforeAll(() => {
  unit = unitContoh([CONTOH_LUMAJANG_2021, CONTOH_KLAKAH_2023], 40);
});

function rekapDengan(n: number) {
  const { g, b } = muat();
  isiRekap(g, () => fn(b, "rekapKabupaten")(), unit.slice(0, 2 + n));
  return { g, b };
}

describe("the kabupaten's documents", () => {
  it("the Buat Laporan dialog of a rekap offers the kabupaten's documents only", () => {
    const { g, b } = rekapDengan(3);
    fn(b, "tampilkanBuatLaporan")();
    const isi = g.ui.lastDialog().content;
    expect(isi).toContain("Nota Dinas Rekapitulasi Evaluasi SAKIP");
    expect(isi).not.toContain("Perjanjian Kinerja");
  });

  it("Nota Dinas: the units ranked by their evaluation, the average as the kabupaten's value with its predikat", () => {
    const { g, b } = rekapDengan(8);
    const h = dialog(b, "buatLaporan")({ jenis: "notaSakip" }, true) as { idDoc: string; nama: string };
    expect(h.nama).toBe("Nota Dinas Rekapitulasi Evaluasi SAKIP 2023 - Kabupaten Lumajang");
    const teks = g.document(h.idDoc).__text();
    const k = hasilKabupaten(bacaRekap(g.spreadsheet).pengaturan, bacaRekap(g.spreadsheet).unit);
    // Klakah (2023, TW IV) is ranked too, on its sample LKE (issue 14: 61,78 by the evaluators).
    expect(k.unit.map((x) => x.unit.nama)).toContain("Kecamatan Klakah");
    expect(teks).toContain(
      `Nilai Akuntabilitas Kinerja Kabupaten Lumajang Tahun 2023 (rata-rata nilai perangkat daerah) adalah ${formatAngka(k.lke!)} dengan predikat ${predikatSakip(k.lke!).kode}`,
    );
    const nilai = [...teks.matchAll(/^\| (\d+) \| Kecamatan Contoh \d+ \| ([\d.,]+) \|/gm)].map(
      (m) => [Number(m[1]), Number(m[2]!.replace(",", "."))] as const,
    );
    expect(nilai).toHaveLength(8);
    for (let i = 1; i < nilai.length; i++) expect(nilai[i]![1]).toBeLessThanOrEqual(nilai[i - 1]![1]);
    const klakah = [...teks.matchAll(/^\| (\d+) \| Kecamatan Klakah \| ([\d.,]+) \|/gm)].map(
      (m) => [Number(m[1]), Number(m[2]!.replace(",", "."))] as const,
    );
    expect(klakah.map((x) => x[1])).toEqual([61.78]);
    expect([...nilai, ...klakah].map((x) => x[0]).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The NIP typed into Pengaturan Rekap keeps its 18 digits (the cell is plain text).
    expect(teks).toContain("NIP 196805121994031007");
    expect(teks).toContain("| CC | Cukup (Memadai) |");
    expect(teks).not.toContain("(Cukup (Memadai))");
  });

  it("Laporan IKM Kabupaten: the respondent-weighted IKM of the units read, Lumajang 2021 left out as another period", () => {
    const { g, b } = rekapDengan(5);
    const h = dialog(b, "buatLaporan")({ jenis: "ikmKabupaten" }, true) as { idDoc: string };
    const teks = g.document(h.idDoc).__text();
    const r = bacaRekap(g.spreadsheet);
    expect(r.unit[0]!.status).toBe("PERIODE_LAIN");
    const dihitung = r.unit.filter((u) => u.status === "SIAP").map((u) => u.ringkasan!);
    const n = dihitung.reduce((a, x) => a + x.responden!, 0);
    const ikm = dihitung.reduce((a, x) => a + x.ikm! * x.responden!, 0) / n;
    expect(teks).toContain(`dari survei 6 unit pelayanan dengan ${formatAngka(n, 0)} responden`);
    expect(teks).toContain(`sebesar ${formatAngka(ikm)} dengan mutu pelayanan`);
    expect(teks).not.toContain("Kecamatan Lumajang");
  });

  it("Periksa Data in a rekap checks the rekap, not a unit workbook", () => {
    const { g, b } = rekapDengan(3);
    fn(b, "periksaData")();
    expect(g.toasts.at(-1)!.message).toBe("Tidak ada galat; 1 peringatan.");
    expect(g.ui.lastDialog().content).toContain(
      "Kecamatan Lumajang: Periode lain: tahun 2021 (rekap 2023), triwulan III (rekap IV).",
    );
  });

  it("service calls per document do not grow with the number of units", () => {
    const hitung = (n: number, jenis: string) => {
      const { g, b } = rekapDengan(n);
      dialog(b, "buatLaporan")({ jenis }, true);
      g.counts.reset();
      dialog(b, "buatLaporan")({ jenis }, true);
      const s = g.counts.snapshot();
      return Object.fromEntries(Object.entries(s).filter(([k]) => /^(Range|Sheet|Spreadsheet)\./.test(k)));
    };
    for (const jenis of ["notaSakip", "ikmKabupaten", "rekapCapaian"]) {
      expect(hitung(40, jenis), jenis).toEqual(hitung(4, jenis));
    }
  });
});
