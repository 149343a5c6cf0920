// The README's Panduan Template lists every placeholder each report offers: keep it true.

import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../src/contoh/jatiroto2020";
import { CONTOH_KLAKAH_2023 } from "../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../src/contoh/lumajang2021";
import { CONTOH_RKA_LUMAJANG_2020 } from "../src/contoh/rka2020";
import { parsePeriode } from "../src/core/skm";
import { dataKertasKerja, dataLhe, dataRencanaPerbaikan } from "../src/reports/laporan/lke";
import { dataLkj } from "../src/reports/laporan/lkj";
import { dataIku, dataPohon, dataRencanaAksi } from "../src/reports/laporan/perencanaan";
import { dataPk, dataPkPerubahan } from "../src/reports/laporan/pk";
import { dataIkmKabupaten, dataNotaSakip, dataRekapCapaian } from "../src/reports/laporan/rekap";
import { dataTc29, dataTc30, dataTc31, dataTc32, dataTc33 } from "../src/reports/laporan/renja";
import { dataRenja } from "../src/reports/laporan/renjaDokumen";
import { dataRka } from "../src/reports/laporan/rka";
import { dataSkm } from "../src/reports/laporan/skm";
import { dataTriwulan } from "../src/reports/laporan/triwulan";
import type { DataLaporan } from "../src/reports/template";
import { bukuKerjaContoh } from "./bantu";
import { ttd } from "./rekaman";
import { rekapBuatan } from "./rekapContoh";

const TTD = ttd("31 Januari 2024");

it("names every placeholder of every report", () => {
  const bk = bukuKerjaContoh(CONTOH_LUMAJANG_2021);
  const panduan = readFileSync("README.md", "utf8").split("## Panduan Template")[1]!.split("### Izin")[0]!;
  const semua: DataLaporan[] = [
    dataTriwulan(bk, 3, TTD),
    dataPk(bk, TTD),
    // No seed holds a PK Perubahan: the sample with one target revised.
    dataPkPerubahan(
      { ...bk, indikator: bk.indikator.map((i, k) => (k === 0 ? { ...i, targetPerubahan: 88 } : i)) },
      TTD,
    ),
    dataLkj(bk, TTD),
    dataSkm(bk, parsePeriode("TW3"), TTD),
  ];
  semua.push(dataRka(bukuKerjaContoh(CONTOH_RKA_LUMAJANG_2020), undefined, TTD));
  const bk2 = bukuKerjaContoh(CONTOH_KLAKAH_2023);
  semua.push(dataIku(bk2, TTD), dataRencanaAksi(bk2, TTD), dataPohon(bk2, TTD));
  const bk3 = bukuKerjaContoh(CONTOH_RENJA_JATIROTO_2020);
  semua.push(
    dataTc29(bk3, TTD),
    dataTc30(bk3, TTD),
    dataTc31(bk3, TTD),
    dataTc32(bk3, TTD),
    dataTc33(bk3, TTD),
    dataRenja(bk3, TTD),
  );
  // The kabupaten's documents, from a rekap of generated units.
  const rekap = rekapBuatan(6);
  const k = { bk, opsi: { jenis: "notaSakip" }, tw: 4, periode: parsePeriode("TW4"), ttd: TTD, rekap };
  semua.push(dataNotaSakip(k), dataIkmKabupaten(k), dataRekapCapaian(k));
  const bk4 = bukuKerjaContoh(CONTOH_KLAKAH_2023);
  semua.push(dataKertasKerja(bk4, TTD), dataLhe(bk4, TTD), dataRencanaPerbaikan(bk4, TTD));
  for (const d of semua) {
    const nama = [
      ...Object.keys(d.nilai),
      ...Object.keys(d.daftar),
      ...Object.values(d.kolomDaftar).flat(),
      ...Object.keys(d.grafik),
    ];
    for (const n of nama) expect(panduan, n).toContain(`\`${n}\``);
  }
});
