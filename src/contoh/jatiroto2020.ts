/**
 * The Renja 2020 of Kecamatan Jatiroto, taken from seed 002 (Rencana Kerja Kecamatan Jatiroto
 * 2020, signed July 2019): the evaluation of the Renja up to 2019 (Tabel T-C.29), the service
 * indicators (T-C.30) and the plan for 2020 with the forward estimate for 2021 (T-C.33). Year n is
 * 2020, n-1 2019, n-2 2018. Figures are the seed's; it prints them English-style ("1,814,088,000",
 * "342,181,137.68", kept with its decimals). Where the seed contradicts itself the choice is noted.
 *
 * Rows:
 * - T-C.29 opens with a group row, "A" in NO and "Pemerintahan Umum" in the program column (the
 *   urusan), with nothing else: the sample's first row, Kode "A". T-C.33 prints no group row.
 * - One row per program and kegiatan, each with its first indicator, and the further indicators
 *   (empty kode) right after, in T-C.29's order. The rows are the union of T-C.29 (37 rows) and
 *   T-C.33 (17 rows): T-C.33 has no item of its own, and the 20 T-C.29 items the 2020 plan drops
 *   (programs 5 and 6, kegiatan 4.1 and 4.2) have no plan (blank / null).
 * - The seed prints no codes. Programs are numbered 1-6 and kegiatan 1.1, 2.1, 2.2, ... under
 *   their program in T-C.29's order: the sheet reads a kegiatan's program from the code's prefix.
 * - Names and indicator texts are T-C.33's (the 2020 plan; T-C.31 and T-C.32 agree with it) for
 *   items in the plan and T-C.29's for the rest, without the "Kegiatan " that T-C.29 puts before
 *   some kegiatan and not others. T-C.29 and T-C.33 items were matched by meaning where the names
 *   differ: "Program Pelayanan Administrasi Perkantoran" = "Program Pelayanan administrasi dan
 *   Operasional Perkantoran"; "... Bidang Perencanaan dan Pembangunan" = "... Bidang Perekonomian
 *   dan Pembangunan"; "Peningkatan Pelayanan Administrasi pada Masyarakat" (also BAB III 3.3 and
 *   4.1) = "Fasilitasi Pelayanan Administrasi pada Masyarakat", which T-C.33 lists first in
 *   program 4 and T-C.29 last (T-C.29's order kept); indicators such as "Persentase pemenuhan
 *   capaian kinerja dan keuangan" = "Persentase pemenuhan pelaporan capaian kinerja dan keuangan".
 * - sasaran is T-C.29's SASARAN column, printed on a program's or kegiatan's first row only.
 *
 * Values:
 * - K is the number without its unit ("23 Jenis" -> 23, "99.34 %" -> 99.34); "-" and blank are
 *   null. The satuan is that of the target; T-C.29 and T-C.33 spell it dok / Dok / Dokumen /
 *   dokumen, jenis / Jenis / item, kelp / kelompok, orang / Orang: stored as Dok, Jenis,
 *   kelompok, orang. The reports print it back beside each K ("23 Jenis"). Satuan Realisasi is
 *   blank (the realisation in the target's unit) except on the count rows T-C.29 realises in
 *   percent (see below): "%". Rp is null on further-indicator rows: the amounts belong to the
 *   kegiatan.
 * - realisasiTw: T-C.29's TW I-IV columns of 2019 as printed, cumulative (the realisation of 2019,
 *   column 12, is the last reported quarter in every clean row). The Renja was written in July
 *   2019, so TW III and IV are "-" everywhere.
 * - agregasi says how column 13 (realisation s.d. 2019) follows from column 6 (s.d. 2018) and
 *   column 12 (2019). The seed's column 13 K is the mean of columns 6 and 12 ((99,34 + 41,59) / 2
 *   = 70,47): realisations in percent are RATA-RATA, also those of the count rows realised in
 *   percent (rows 2 and 5 then give the seed's 70,47 % and 70,69 %). Counts are TERAKHIR, where
 *   the seed's own rows 15-17, which print counts, agree (column 13 = column 12: 6 Desa, 195
 *   orang, 5 kelompok), except where the Renstra target is the sum of the yearly ones, JUMLAH:
 *   the audiensi (490 orang = 90 + 200 + 200, the targets of 2019-2021) and the people trained in
 *   pemberdayaan (1476 orang = 276 + 4 x 300). The documents would be JUMLAH too (5 Dok in the
 *   RPJMD against 1 Dok a year; 4 Dok for LAKIP and IKM), had the seed realised them in Dok. The
 *   LINMAS count (360 orang in the RPJMD against 195, 250 and 300 a year) is TERAKHIR.
 * - Plan (T-C.33): lokasi is printed on a kegiatan's first row only, sumber dana (DAU) on every
 *   row; "Catatan Penting" is empty throughout. T-C.31 and T-C.32 have their own sheets (Review
 *   RKPD, Usulan Pemangku Kepentingan), sampled below as printed.
 *
 * Where T-C.29 contradicts itself (row numbers are T-C.29's "NO"):
 * - Its header says "13 = 7+12" and "14 = 13/6 X 100%". The figures follow 13 = 6 + 12 (342.181.137,68
 *   + 126.461.076 = 468.642.213,68, printed 468.642.214) and, for Rp, 14 = 13 / 5 x 100 (468.642.214
 *   / 1.814.088.000 = 25,83 %): against the RPJMD target, not column 6. Every row with an RPJMD
 *   amount follows both; rows 13, 14 and 20-37 have none (column 5 "-") and print 0,00 % (rows
 *   13, 14, 20-34) or "-" (35-37) in column 14, a division by nothing.
 * - Column 13 K is (column 6 + column 12) / 2 with "-" counted as 0, so an indicator without a
 *   2019 realisation is halved (100 % -> 50,00 %: rows 4, 6-11, 13, 14, 20-37). Row 3 prints
 *   69,67 % where (95 + 44,01) / 2 = 69,51; row 19 prints 2087,50 %: its TW K are printed without
 *   "%" (15.86, 41.75) and (0 + 41,75) / 2 = 20,875 was shown x 100. Rows 15-17 (counts) print
 *   column 12 instead (see agregasi).
 * - Column 14 K follows no kinerja formula: in rows 1-11, 15 and 19 it is column 14 Rp rounded to a
 *   whole percent (25,83 -> 26,00 %); rows 12 and 18 repeat column 13 (86 %, 75 %); rows 16 and
 *   17 print a count (195 orang, 5 kelompok); row 13 prints 25,00 % where Rp gives 0,00 %.
 * - Count indicators (rows 2, 4, 5, 7-11) print their realisations (columns 6, 12, 13) as
 *   percentages, a capaian, not a count: "23 Jenis" target, "99.34 %" realised. They are kept as
 *   printed, with Satuan Realisasi "%": the reports print them with "%" and compute no tingkat
 *   capaian K from them (the seed's own arithmetic would give 99,34 / 23 = 432 % and 100 / 4 Dok =
 *   2.500 %); Periksa Data warns on each of these eight rows. The rows
 *   without an RPJMD target (13, 14, 20-37) print only such percentages, whatever the indicator
 *   ("Jumlah peserta lomba": 100 %): their satuan is %.
 * - The quarterly K of rows 1-3, 5 and 19 are budget absorption against the 2019 pagu, not
 *   kinerja: 66.779.395 / 304.088.000 = 21,96 %; 6.540.000 / 68.490.000 (kegiatan 2.2's pagu,
 *   also on program 2) = 9,55 %; 7.297.000 / 46.020.000 = 15,86. Kept as printed.
 * - Rows 15-19 are shifted. Row 15 prints TW I and II as Rp then K (25,475,000 | 6 Desa |
 *   64,850,000 | 6 Desa) and columns 12-14 one column left; row 16 likewise with TW II's K
 *   missing, and "195 orang" three times further on (columns 12, 13 and 14): TW II's K is taken
 *   as its column 12, as in every clean row. The quarterly Rp are confirmed by program 4's TW
 *   sums (60.737.000 = 25.475.000 + 18.115.000 + 7.050.000 + 2.800.000 + 7.297.000; 122.193.000 =
 *   64.850.000 + 20.580.000 + 14.750.000 + 2.800.000 + 19.213.000). Rows 17-19 carry one cell
 *   too many and row 17 leaves column 12 K blank; row 19 moves columns 12-14 one column right.
 *   The Pilkades indicator of row 15 and the desa indicator of row 16 end with a stray "6 Desa"
 *   after column 14 (not taken). Row 17's second indicator reports 30 orang at TW II but 50 orang
 *   in columns 13 and 14 (and once more after them): TW II is stored as printed.
 * - Rows 20-23 print one "-" fewer than the other rows; their figures are read from the row's end.
 * - Row 18 reports a realisation s.d. 2018 of 75 % with no amount ("-").
 * - Row 4's 2019 target is "5 item" for an indicator counted in Jenis; rows 7 and 9 have no 2019
 *   target ("-") though T-C.33 plans one document a year.
 * - The title says "s/d Tahun 2018" and BAB II "Hasil Evaluasi Renja 2018", yet the table holds
 *   the 2019 target and TW I-II.
 *
 * Where T-C.33 contradicts itself or the rest of the seed:
 * - Kegiatan 4.3 prints its 2021 target "6 Des": read as 6 Desa. Its Pilkades indicator has a 2021
 *   target (2 Desa) and none for 2020.
 * - Program 4's indicator reads "desayang": written "desa yang".
 * - The program pagu for 2020 add up to 350.000.000 + 3.295.000.000 + 15.000.000 + 515.000.000 =
 *   4.175.000.000, exactly half the Belanja Langsung of "Alokasi Anggaran" (8.350.000.000):
 *   programs and kegiatan were apparently summed together. Each program equals the sum of its
 *   kegiatan, for 2020 and 2021.
 * - BAB IV 4.2 prints as 2020 targets several of T-C.33's 2021 targets (88 %, 300 orang LINMAS,
 *   80 %) and "Nilai IKM 86%", where Tabel 3.1 and T-C.30 plan 87 for 2020.
 */

import type {
  BarisRenjaContoh,
  ContohUnit,
  IndikatorContoh,
  KinerjaPelayananContoh,
  ProfilContoh,
} from "../core/model/contoh";
import type { KRp } from "../core/model/renja";
import { PERTANYAAN_BAKU } from "../core/model/skm";

type Agregasi = BarisRenjaContoh["agregasi"];
type Triwulan = readonly [KRp, KRp, KRp, KRp];

const KOSONG: KRp = [null, null];

/** TW I and II of 2019; III and IV were not reported when the Renja was written (July 2019). */
const tw = (i: KRp, ii: KRp): Triwulan => [i, ii, KOSONG, KOSONG];

/** T-C.29's part of a row: sasaran, columns 5, 6, 7 and 8-11. */
interface Evaluasi {
  sasaran: string;
  targetRenstra: KRp;
  realisasiSampaiN2: KRp;
  targetN1: KRp;
  realisasiTw: Triwulan;
}

/** T-C.33's part of a row. */
type Rencana = Pick<
  BarisRenjaContoh,
  "lokasi" | "targetN" | "paguN" | "sumberDana" | "targetN1Maju" | "paguN1Maju" | "catatan"
>;

function evaluasi(
  sasaran: string,
  targetRenstra: KRp,
  realisasiSampaiN2: KRp,
  targetN1: KRp,
  realisasiTw: Triwulan = tw(KOSONG, KOSONG),
): Evaluasi {
  return { sasaran, targetRenstra, realisasiSampaiN2, targetN1, realisasiTw };
}

/** A T-C.33 row; further indicators print no lokasi and no pagu, but DAU as sumber dana. */
function rencana(
  targetN: number | null,
  paguN: number | null,
  targetN1Maju: number | null,
  paguN1Maju: number | null,
  lokasi = "Kec. Jatiroto",
): Rencana {
  return { lokasi, targetN, paguN, sumberDana: "DAU", targetN1Maju, paguN1Maju, catatan: "" };
}

/** Items of T-C.29 the 2020 plan drops. */
const TANPA_RENCANA: Rencana = {
  lokasi: "",
  targetN: null,
  paguN: null,
  sumberDana: "",
  targetN1Maju: null,
  paguN1Maju: null,
  catatan: "",
};

function baris(
  kode: string,
  programKegiatan: string,
  indikator: string,
  satuan: string,
  agregasi: Agregasi,
  e: Evaluasi,
  r: Rencana,
): BarisRenjaContoh {
  // The seed prints T-C.29 as K | Rp pairs; the sheet has a column for each.
  return {
    satuanRealisasi: "",
    kode,
    sasaran: e.sasaran,
    programKegiatan,
    indikator,
    satuan,
    agregasi,
    targetRenstraK: e.targetRenstra[0],
    targetRenstraRp: e.targetRenstra[1],
    realisasiSampaiN2K: e.realisasiSampaiN2[0],
    realisasiSampaiN2Rp: e.realisasiSampaiN2[1],
    targetN1K: e.targetN1[0],
    targetN1Rp: e.targetN1[1],
    realisasiTwK: e.realisasiTw.map((q) => q[0]),
    realisasiTwRp: e.realisasiTw.map((q) => q[1]),
    ...r,
  };
}

/**
 * A count row whose realisations T-C.29 prints in percent (rows 2, 4, 5, 7-11: "23 Jenis" target,
 * "99.34 %" realised): Satuan Realisasi %, and no tingkat capaian K.
 */
function realisasiPersen(b: BarisRenjaContoh): BarisRenjaContoh {
  return { ...b, satuanRealisasi: "%" };
}

/** A further indicator of the program or kegiatan above. */
function indikatorLain(
  indikator: string,
  satuan: string,
  agregasi: Agregasi,
  e: Evaluasi,
  r: Rencana,
): BarisRenjaContoh {
  return baris("", "", indikator, satuan, agregasi, e, r);
}

/**
 * A T-C.29 item without RPJMD target, 2019 target or realisation (rows 13, 14, 20-37): only its
 * realisation s.d. 2018, a percentage whatever the indicator, and no 2020 plan.
 */
function hanyaRealisasi(
  kode: string,
  sasaran: string,
  programKegiatan: string,
  indikator: string,
  realisasiSampaiN2: KRp,
): BarisRenjaContoh {
  return baris(
    kode,
    programKegiatan,
    indikator,
    "%",
    "RATA-RATA",
    evaluasi(sasaran, KOSONG, realisasiSampaiN2, KOSONG),
    TANPA_RENCANA,
  );
}

const KEC = "Kecamatan Jatiroto";

export const RENJA_JATIROTO_2020: readonly BarisRenjaContoh[] = [
  // T-C.29's group row "A  Pemerintahan Umum" (the urusan) above all its items; T-C.33 has none.
  baris("A", "Pemerintahan Umum", "", "", null, evaluasi("", KOSONG, KOSONG, KOSONG), TANPA_RENCANA),
  // T-C.29 row 1 (there "Program Pelayanan Administrasi Perkantoran") / T-C.33 row 1.
  baris(
    "1",
    "Program Pelayanan administrasi dan Operasional Perkantoran",
    "Persentase pemenuhan pelayanan dan operasional perkantoran",
    "%",
    "RATA-RATA",
    evaluasi(
      KEC,
      [90, 1_814_088_000],
      [99.34, 342_181_137.68],
      [100, 304_088_000],
      tw([21.96, 66_779_395], [41.59, 126_461_076]),
    ),
    rencana(87, 350_000_000, 88, 375_000_000),
  ),
  // Row 2 repeats row 1's figures, realisations in % (see the file comment).
  realisasiPersen(
    baris(
      "1.1",
      "Pelayanan administrasi dan operasional perkantoran",
      "Jumlah jenis pelayanan administrasi dan operasional perkantoran",
      "Jenis",
      "RATA-RATA",
      evaluasi(
        KEC,
        [23, 1_814_088_000],
        [99.34, 342_181_137.68],
        [23, 304_088_000],
        tw([21.96, 66_779_395], [41.59, 126_461_076]),
      ),
      rencana(23, 350_000_000, 23, 375_000_000),
    ),
  ),
  baris(
    "2",
    "Program Peningkatan Sarana dan Prasarana Aparatur",
    "Persentase pemenuhan sarana dan prasarana aparatur",
    "%",
    "RATA-RATA",
    evaluasi(
      KEC,
      [90, 5_626_990_000],
      [95, 315_929_900],
      [65, 91_990_000],
      tw([9.55, 6_540_000], [44.01, 30_139_725]),
    ),
    rencana(75, 3_295_000_000, 80, 260_000_000),
  ),
  // 2019 target "5 item" in T-C.29.
  realisasiPersen(
    baris(
      "2.1",
      "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
      "Jumlah sarana dan prasarana aparatur yang disediakan",
      "Jenis",
      "RATA-RATA",
      evaluasi(KEC, [10, 5_073_500_000], [93.28, 245_304_000], [5, 23_500_000]),
      rencana(10, 3_200_000_000, 10, 150_000_000),
    ),
  ),
  // T-C.29: "Jumlah sarana dan prasarana yang terpelihara" (without "aparatur").
  realisasiPersen(
    baris(
      "2.2",
      "Pemeliharaan rutin/berkala Sarana dan Prasarana Aparatur",
      "Jumlah sarana dan prasarana aparatur yang terpelihara",
      "Jenis",
      "RATA-RATA",
      evaluasi(
        KEC,
        [30, 553_490_000],
        [97.37, 70_625_900],
        [8, 68_490_000],
        tw([9.55, 6_540_000], [44.01, 30_139_725]),
      ),
      rencana(20, 95_000_000, 30, 110_000_000),
    ),
  ),
  // T-C.29: "Persentase pemenuhan capaian kinerja dan keuangan".
  baris(
    "3",
    "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
    "Persentase pemenuhan pelaporan capaian kinerja dan keuangan",
    "%",
    "RATA-RATA",
    evaluasi(KEC, [100, 70_322_000], [100, 7_168_000], [100, 2_822_000]),
    rencana(100, 15_000_000, 100, 17_500_000),
  ),
  realisasiPersen(
    baris(
      "3.1",
      "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD/LAKIP",
      "Jumlah Dokumen LAKIP yang tersusun",
      "Dok",
      "RATA-RATA",
      evaluasi(KEC, [4, 9_000_000], [100, 547_000], KOSONG),
      rencana(1, 1_500_000, 1, 2_000_000),
    ),
  ),
  realisasiPersen(
    baris(
      "3.2",
      "Penyusunan Laporan Keuangan Akhir Tahun",
      "Jumlah dokumen Laporan Keuangan Akhir Tahun yang tersusun",
      "Dok",
      "RATA-RATA",
      evaluasi(KEC, [5, 16_419_000], [100, 919_000], [1, 919_000]),
      rencana(1, 2_500_000, 1, 3_000_000),
    ),
  ),
  realisasiPersen(
    baris(
      "3.3",
      "Penyusunan Laporan Indeks Kepuasan Masyarakat",
      "Jumlah dokumen Laporan Indeks Kepuasan Masyarakat yang tersusun",
      "Dok",
      "RATA-RATA",
      evaluasi(KEC, [4, 15_500_000], [99.35, 613_000], KOSONG),
      rencana(1, 2_500_000, 1, 3_000_000),
    ),
  ),
  realisasiPersen(
    baris(
      "3.4",
      "Penyusunan Rencana Kerja",
      "Jumlah dokumen Rencana Kerja yang tersusun",
      "Dok",
      "RATA-RATA",
      evaluasi(KEC, [5, 11_745_000], [100, 745_000], [1, 745_000]),
      rencana(1, 1_500_000, 1, 2_000_000),
    ),
  ),
  realisasiPersen(
    baris(
      "3.5",
      "Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD",
      "Jumlah dokumen Rencana Kerja dan Anggaran (RKA) SKPD yang tersusun",
      "Dok",
      "RATA-RATA",
      evaluasi(KEC, [5, 17_658_000], [100, 4_344_000], [1, 1_158_000]),
      rencana(1, 7_000_000, 1, 7_500_000),
    ),
  ),
  baris(
    "4",
    "Program Penyelenggaraan Pemerintahan Kecamatan",
    "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti dan presentase desa yang menyusun dokumen keuangan desa yang tepat waktu",
    "%",
    "RATA-RATA",
    evaluasi(
      KEC,
      [90, 3_246_140_000],
      [86, 43_284_000],
      [86, 421_140_000],
      tw([86, 60_737_000], [86, 122_193_000]),
    ),
    rencana(87, 515_000_000, 88, 665_000_000),
  ),
  hanyaRealisasi(
    "4.1",
    "Aparatur Kecamatan Jatiroto",
    "Implementasi Sistem Administrasi Kependudukan (Membangun, Updating, dan Pemeliharaan)",
    "Jumlah pembayaran honor petugas SIAK dan tenaga upah bulanan",
    [99.99, 41_934_000],
  ),
  hanyaRealisasi(
    "4.2",
    "Aparatur Kecamatan Jatiroto",
    "Pembinaan Pelayanan Publik",
    "Jumlah peserta pelayanan publik",
    [100, 1_350_000],
  ),
  // Row 15, shifted: TW I and II printed Rp before K (see the file comment).
  baris(
    "4.3",
    "Fasilitasi dan Koordinasi Bidang Pemerintahan",
    "Jumlah desa yang menyusun administrasi pemerintahan dan keuangan desa",
    "Desa",
    "TERAKHIR",
    evaluasi(
      "Desa Se Kecamatan Jatiroto",
      [6, 1_272_450_000],
      KOSONG,
      [6, 172_450_000],
      tw([6, 25_475_000], [6, 64_850_000]),
    ),
    // 2021: "6 Des".
    rencana(6, 200_000_000, 6, 250_000_000),
  ),
  // T-C.29 "Pilikades"; T-C.33 plans no 2020 target.
  indikatorLain(
    "Jumlah Desa Yang Melaksanakan Pilkades",
    "Desa",
    "TERAKHIR",
    evaluasi("", [4, null], KOSONG, [4, null]),
    rencana(null, null, 2, null, ""),
  ),
  indikatorLain(
    "Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)",
    "orang",
    "JUMLAH",
    evaluasi("", [490, null], KOSONG, [90, null]),
    rencana(200, null, 200, null, ""),
  ),
  // Row 16, shifted: TW II's K is its column 12 (195 orang).
  baris(
    "4.4",
    "Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat",
    "Jumlah LINMAS terfasilitasi pembinaan ketentraman dan ketertiban",
    "orang",
    "TERAKHIR",
    evaluasi(
      "Keamanan di wilayah Kecamatan Jatiroto",
      [360, 328_115_000],
      KOSONG,
      [195, 28_115_000],
      tw([195, 18_115_000], [195, 20_580_000]),
    ),
    rencana(250, 40_000_000, 300, 75_000_000),
  ),
  indikatorLain(
    "Jumlah Desa terpantau ketentraman dan ketertiban",
    "Desa",
    "TERAKHIR",
    evaluasi("", [6, null], KOSONG, [6, null]),
    rencana(6, null, 6, null, ""),
  ),
  // T-C.29 "5 kelompok", T-C.33 "5 kelp".
  baris(
    "4.5",
    "Fasilitasi dan Koordinasi Pemberdayaan Masyarakat",
    "Jumlah kelompok masyarakat terfasilitasi pembinaan pemberdayaan",
    "kelompok",
    "TERAKHIR",
    evaluasi(
      "Pemberdayaan Masyarakat",
      [5, 1_196_455_000],
      KOSONG,
      [5, 171_455_000],
      tw([5, 7_050_000], [5, 14_750_000]),
    ),
    rencana(5, 210_000_000, 5, 250_000_000),
  ),
  // TW II 30 orang, yet 50 orang in T-C.29's columns 13 and 14.
  indikatorLain(
    "Jumlah masyarakat terfasilitasi pembinaan pemberdayaan",
    "orang",
    "JUMLAH",
    evaluasi("", [1476, null], KOSONG, [276, null], tw(KOSONG, [30, null])),
    rencana(300, null, 300, null, ""),
  ),
  // T-C.29: "... Bidang Perencanaan dan Pembangunan"; s.d. 2018 75 % with no amount.
  baris(
    "4.6",
    "Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan",
    "Presentase keterpenuhan unsur dalam Musrenbang",
    "%",
    "RATA-RATA",
    evaluasi(
      "Masyarakat Kecamatan Jatiroto",
      [75, 128_100_000],
      [75, null],
      [75, 3_100_000],
      tw([75, 2_800_000], [75, 2_800_000]),
    ),
    rencana(78, 15_000_000, 80, 25_000_000),
  ),
  indikatorLain(
    "Persentase Usulan yang difasilitasi",
    "%",
    "RATA-RATA",
    evaluasi("", [75, null], KOSONG, [75, null], tw([75, null], [75, null])),
    rencana(78, null, 80, null, ""),
  ),
  indikatorLain(
    "Jumlah desa yang melaksanakan tahapan verifikasi dan penyaluran bantuan sosial",
    "Desa",
    "TERAKHIR",
    evaluasi("", [6, null], KOSONG, [6, null], tw([6, null], [6, null])),
    rencana(6, null, 6, null, ""),
  ),
  // T-C.29 row 19 "Peningkatan Pelayanan Administrasi pada Masyarakat"; TW K printed without "%".
  baris(
    "4.7",
    "Fasilitasi Pelayanan Administrasi pada Masyarakat",
    "Persentase pelayanan administrasi Terpadu Kecamatan yang ditindak lanjuti",
    "%",
    "RATA-RATA",
    evaluasi(
      "Masyarakat Kecamatan Jatiroto",
      [86, 321_020_000],
      KOSONG,
      [86, 46_020_000],
      tw([15.86, 7_297_000], [41.75, 19_213_000]),
    ),
    rencana(87, 50_000_000, 88, 65_000_000),
  ),
  hanyaRealisasi(
    "5",
    KEC,
    "Program Fasilitasi dan Koordinasi Pemerintahan Umum",
    "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    [100, 313_238_000],
  ),
  hanyaRealisasi(
    "5.1",
    KEC,
    "Fasilitasi Partisipasi Kegiatan Tingkat Kabupaten/ Propinsi/ Nasional",
    "Jumlah kegiatan yang diikuti",
    [100, 51_565_000],
  ),
  hanyaRealisasi(
    "5.2",
    KEC,
    "Pengendalian Keamanan Lingkungan",
    "Jumlah patroli keamanan lingkungan",
    [99.83, 15_015_000],
  ),
  hanyaRealisasi(
    "5.3",
    KEC,
    "Fasilitasi Kegiatan Sosial Keagamaan",
    "Jumlah peserta lomba",
    [100, 15_850_000],
  ),
  hanyaRealisasi(
    "5.4",
    KEC,
    "Peningkatan Kapasitas dan Pemberdayaan Lembaga RT/ RW",
    "Jumlah RT/ RW yang dibina",
    [100, 6_150_000],
  ),
  hanyaRealisasi(
    "5.5",
    KEC,
    "Monitoring dan Pembinaan Posyandu Gerbangmas",
    "Jumlah Posyandu Gerbangmas yang terbina",
    [100, 4_425_000],
  ),
  hanyaRealisasi(
    "5.6",
    KEC,
    "Bulan Bhakti Gotong Royong Masyarakat (BBGRM)",
    "Jumlah kegiatan Bulan Bhakti Gotong Royong Masyarakat (BBGRM)",
    [100, 2_550_000],
  ),
  hanyaRealisasi(
    "5.7",
    KEC,
    "Pemberdayaan Kesejahteraan Keluarga (PKK)",
    "Jumlah Kader PKK yang diberdayakan",
    [100, 35_895_000],
  ),
  hanyaRealisasi(
    "5.8",
    KEC,
    "Fasilitasi Paskibra Kecamatan",
    "Jumlah Paskibra yang tefasilitasi",
    [99.81, 84_038_000],
  ),
  hanyaRealisasi(
    "5.9",
    KEC,
    "Penyelenggaraan Musrenbang Kecamatan, Desa dan Kelurahan",
    "Jumlah peserta Musrenbang yang difasilitasi",
    [100, 8_350_000],
  ),
  hanyaRealisasi(
    "5.10",
    KEC,
    "Pembinaan dan Pelatihan Pengendalian Keamanan dan Kenyamanan Lingkungan",
    "Jumlah peserta yang dilatih",
    [100, 15_375_000],
  ),
  hanyaRealisasi(
    "5.11",
    KEC,
    "Koordinasi dan Audiensi Unsur Muspika dengan Tokoh Masyarakat",
    "Jumlah peserta audiensi",
    [100, 60_000_000],
  ),
  hanyaRealisasi(
    "5.12",
    KEC,
    "Pembinaan dan Evaluasi Desa Berhasil",
    "Jumlah Desa yang dibina",
    [100, 11_075_000],
  ),
  hanyaRealisasi("5.13", KEC, "Pembinaan Karang Taruna", "Jumlah anggota Karang Taruna", [100, 2_950_000]),
  hanyaRealisasi(
    "6",
    KEC,
    "Program Peningkatan Administrasi Pemerintahan Desa",
    "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
    [99, 125_300_000],
  ),
  hanyaRealisasi(
    "6.1",
    KEC,
    "Fasilitasi dan Pendampingan Pengelolaan Keuangan Desa",
    "Jumlah Pembayaran Upah",
    [98.8, 99_000_000],
  ),
  hanyaRealisasi(
    "6.2",
    KEC,
    "Verifikasi, Monitoring dan Evaluasi Dana Bantuan Keuangan kepada Desa",
    "Jumlah Desa yang diverifikasi",
    [100, 19_600_000],
  ),
  hanyaRealisasi(
    "6.3",
    KEC,
    "Pemantapan Administrasi Desa dan Kelurahan",
    "Jumlah desa yang dibina",
    [100, 6_700_000],
  ),
];

/**
 * T-C.30. The seed prints the targets of 2015-2018 (n-5 to n-2: the text cites the Renstra
 * 2015-2019, while the Renja elsewhere follows the Renstra 2018-2023), so `target` holds those
 * four years in order, not 2016-2019. The 2019 realisation is "-". The seed gives no satuan: the
 * IKM is an index (25-100), the other two percentages. The desa indicator's target is 100 every
 * year, its projection 88 for 2020; "Catatan Analisis" is empty.
 */
export const KINERJA_PELAYANAN_JATIROTO_2020: readonly KinerjaPelayananContoh[] = [
  {
    indikator: "Nilai IKM Kecamatan",
    satuan: "indeks",
    target: [75, 80, 83, 85],
    realisasiN2: 85,
    realisasiN1: null,
    proyeksiN: 87,
    proyeksiN1: 88,
    catatan: "",
  },
  {
    indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    satuan: "%",
    target: [44, 56, 78, 89],
    realisasiN2: 89,
    realisasiN1: null,
    proyeksiN: 88,
    proyeksiN1: 90,
    catatan: "",
  },
  {
    indikator: "Persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    satuan: "%",
    target: [100, 100, 100, 100],
    realisasiN2: 100,
    realisasiN1: null,
    proyeksiN: 88,
    proyeksiN1: 90,
    catatan: "",
  },
];

type BarisReviewContoh = NonNullable<ContohUnit["reviewRkpd"]>[number];
type UsulanContoh = NonNullable<ContohUnit["usulan"]>[number];
/** One side of a T-C.31 row: program/kegiatan, lokasi, indikator, target and its satuan, pagu. */
type SisiReview = [
  program: string,
  lokasi: string,
  indikator: string,
  target: number,
  satuan: string,
  pagu: number | string | null,
];
const LOK = "Kec. Jatiroto";

function review(kode: string, awal: SisiReview, hasil: SisiReview): BarisReviewContoh {
  const sisi = <A extends string>(a: A, [program, lokasi, indikator, target, satuan, pagu]: SisiReview) =>
    ({
      [`program${a}`]: program,
      [`lokasi${a}`]: lokasi,
      [`indikator${a}`]: indikator,
      [`target${a}`]: target,
      [`satuan${a}`]: satuan,
      [`pagu${a}`]: pagu,
    }) as Record<`${"program" | "lokasi" | "indikator" | "satuan"}${A}`, string> &
      Record<`target${A}`, number> &
      Record<`pagu${A}`, number | string | null>;
  return { kode, ...sisi("Awal", awal), ...sisi("Hasil", hasil), catatan: "" };
}
/** A program or kegiatan of T-C.31 whose two sides name the same item at Kec. Jatiroto. */
function item(
  kode: string,
  nama: string,
  indikator: string,
  awal: [number, string, number],
  hasil: [number, string, number | string],
  indikatorHasil = indikator,
): BarisReviewContoh {
  return review(kode, [nama, LOK, indikator, ...awal], [nama, LOK, indikatorHasil, ...hasil]);
}
/** A further indicator of the item above: only indikator and target on each side. */
function lanjutan(
  indikatorAwal: string,
  awal: [number, string],
  indikatorHasil: string,
  hasil: [number, string],
): BarisReviewContoh {
  return review("", ["", "", indikatorAwal, ...awal, null], ["", "", indikatorHasil, ...hasil, null]);
}

/**
 * T-C.31 (seed lines ~298-322), all 17 items and their further indicators, in the seed's order.
 * Kode: the item's Kode in the Renja sheet (the seed numbers them 1-17), so kegiatan 4.7 comes
 * first in program 4 as T-C.31 and T-C.33 list it. Names, indicators, targets and pagu as printed
 * (the seed writes amounts English-style: "350,000,000"); "87%" is 87 with satuan %. The seed
 * prints no JUMLAH, and the sample adds none. Where the seed is wrong it is kept, for Periksa
 * Data to name:
 * - Row 1's Hasil Analisis Kebutuhan prints "23 Jenis" as target (of a "Persentase" indicator,
 *   87 % on the Rancangan Awal side) and "23 Jenis" again as pagu indikatif, kegiatan 1.1's
 *   target slid into the program's row: the pagu is typed as the text "23 Jenis" (Periksa Data:
 *   a pagu that is not an amount; the report prints "-"), the target as 23 Jenis (Periksa Data:
 *   the same indicator in % on one side and in Jenis on the other).
 * - Program 4's Hasil Analisis names another indicator ("Persentase pelayanan administrasi
 *   Terpadu Kecamatan"), and kegiatan 4.3's second indicator differs between the sides
 *   ("Jumlah audiensi bersama FORKOMPIMKA", 90 against 200 orang): as printed, a choice of the
 *   analysis, not a mistake.
 * - Every program's pagu is the sum of its kegiatan's on both sides (program 2: 3.295.000.000 =
 *   3.200.000.000 + 95.000.000 and 186.250.000 = 138.000.000 + 48.250.000; program 4:
 *   515.000.000 and 516.762.000), which Periksa Data holds the sheet to as in Renja, except row
 *   1's Hasil side, which has no amount.
 */
export const REVIEW_RKPD_JATIROTO_2020: readonly BarisReviewContoh[] = [
  item(
    "1",
    "Program Pelayanan administrasi dan Operasional Perkantoran",
    "Persentase pemenuhan pelayanan dan operasional perkantoran",
    [87, "%", 350_000_000],
    [23, "Jenis", "23 Jenis"],
  ),
  item(
    "1.1",
    "Pelayanan administrasi dan operasional perkantoran",
    "Jumlah jenis pelayanan administrasi dan operasional perkantoran",
    [23, "Jenis", 350_000_000],
    [23, "Jenis", 334_336_000],
  ),
  item(
    "2",
    "Program Peningkatan Sarana dan Prasarana Aparatur",
    "Persentase pemenuhan sarana dan prasarana aparatur",
    [75, "%", 3_295_000_000],
    [75, "%", 186_250_000],
  ),
  item(
    "2.1",
    "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
    "Jumlah sarana dan prasarana aparatur yang disediakan",
    [10, "Jenis", 3_200_000_000],
    [7, "Jenis", 138_000_000],
  ),
  item(
    "2.2",
    "Pemeliharaan rutin/berkala Sarana dan Prasarana Aparatur",
    "Jumlah sarana dan prasarana aparatur yang terpelihara",
    [20, "Jenis", 95_000_000],
    [6, "Jenis", 48_250_000],
  ),
  item(
    "3",
    "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
    "Persentase pemenuhan pelaporan capaian kinerja dan keuangan",
    [100, "%", 15_000_000],
    [100, "%", 12_652_000],
  ),
  item(
    "3.1",
    "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD/LAKIP",
    "Jumlah Dokumen LAKIP yang tersusun",
    [1, "dok", 1_500_000],
    [1, "dok", 1_348_000],
  ),
  item(
    "3.2",
    "Penyusunan Laporan Keuangan Akhir Tahun",
    "Jumlah dokumen Laporan Keuangan Akhir Tahun yang tersusun",
    [1, "dok", 2_500_000],
    [1, "dok", 1_108_000],
  ),
  item(
    "3.3",
    "Penyusunan Laporan Indeks Kepuasan Masyarakat",
    "Jumlah dokumen Laporan Indeks Kepuasan Masyarakat yang tersusun",
    [1, "dok", 2_500_000],
    [1, "dok", 1_108_000],
  ),
  item(
    "3.4",
    "Penyusunan Rencana Kerja",
    "Jumlah dokumen Rencana Kerja yang tersusun",
    [1, "dok", 1_500_000],
    [1, "dok", 1_348_000],
  ),
  item(
    "3.5",
    "Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD",
    "Jumlah dokumen Rencana Kerja dan Anggaran (RKA) SKPD yang tersusun",
    [1, "dok", 7_000_000],
    [1, "dok", 7_740_000],
  ),
  item(
    "4",
    "Program Penyelenggaraan Pemerintahan Kecamatan",
    "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti dan presentase desa yang menyusun dokumen keuangan desa yang tepat waktu",
    [87, "%", 515_000_000],
    [87, "%", 516_762_000],
    "Persentase pelayanan administrasi Terpadu Kecamatan",
  ),
  item(
    "4.7",
    "Fasilitasi Pelayanan Administrasi pada Masyarakat",
    "Persentase pelayanan administrasi Terpadu Kecamatan yang ditindak lanjuti",
    [87, "%", 50_000_000],
    [86, "%", 50_178_000],
  ),
  item(
    "4.3",
    "Fasilitasi dan Koordinasi Bidang Pemerintahan",
    "Jumlah desa yang menyusun administrasi pemerintahan dan keuangan desa",
    [6, "Desa", 200_000_000],
    [6, "Desa", 169_950_000],
  ),
  lanjutan(
    "Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)",
    [200, "Orang"],
    "Jumlah audiensi bersama FORKOMPIMKA",
    [90, "Orang"],
  ),
  item(
    "4.4",
    "Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat",
    "Jumlah LINMAS terfasilitasi pembinaan ketentraman dan ketertiban",
    [250, "orang", 40_000_000],
    [180, "Orang", 31_300_000],
    "Jumlah LINMAS terbina ketentraman dan ketertiban",
  ),
  lanjutan(
    "Jumlah Desa terpantau ketentraman dan ketertiban",
    [6, "Desa"],
    "Jumlah Desa terpantau ketentraman dan ketertiban",
    [6, "Desa"],
  ),
  item(
    "4.5",
    "Fasilitasi dan Koordinasi Pemberdayaan Masyarakat",
    "Jumlah kelompok masyarakat terfasilitasi pembinaan pemmbudayaan",
    [5, "kelp", 210_000_000],
    [9, "kelp", 250_334_000],
    "Jumlah Kelompok masyarakat yang dibina pemberdayaan",
  ),
  lanjutan(
    "Jumlah masyarakat terfasilitasi pembinaan pemmbudayaan",
    [300, "orang"],
    "Jumlah orang yang dibina pemberdayaan",
    [480, "orang"],
  ),
  item(
    "4.6",
    "Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan",
    "Presentase keterpenuhan unsur dalam Musrenbang",
    [78, "%", 15_000_000],
    [75, "%", 15_000_000],
  ),
  lanjutan("Persentase Usulan yang difasilitasi", [78, "%"], "Persentase Usulan yang difasilitasi", [
    75,
    "%",
  ]),
  lanjutan(
    "Jumlah desa yang melaksanakan tahapan verifikasi dan penyaluran bantuan sosial",
    [6, "Desa"],
    "Jumlah desa yang melaksanakan tahapan verifikasi dan penyaluran bantuan sosial",
    [6, "Desa"],
  ),
];

/** A T-C.32 row: program (blank: the one above), kegiatan (both blank: a further indicator). */
function usulan(
  program: string,
  kegiatan: string,
  indikator: string,
  target: number,
  satuan: string,
): UsulanContoh {
  const lokasi = kegiatan === "" ? "" : LOK;
  return { program, kegiatan, lokasi, indikator, target, satuan, catatan: "" };
}

/**
 * T-C.32 (seed lines ~333-352), all 13 items and their further indicators as printed: the
 * program on its first kegiatan only, lokasi on each kegiatan, "Keterbiban" and the empty
 * Catatan as printed.
 */
export const USULAN_JATIROTO_2020: readonly UsulanContoh[] = [
  usulan(
    "Program Pelayanan administrasi dan Operasional Perkantoran",
    "Pelayanan administrasi dan operasional perkantoran",
    "Jumlah jenis pelayanan administrasi dan operasional perkantoran",
    28,
    "Jenis",
  ),
  usulan(
    "Program Peningkatan Sarana dan Prasarana Aparatur",
    "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur",
    "Jumlah sarana dan prasarana aparatur yang disediakan",
    7,
    "Jenis",
  ),
  usulan(
    "",
    "Pemeliharaan rutin/berkala Sarana dan Prasarana Aparatur",
    "Jumlah sarana dan prasarana aparatur yang terpelihara",
    6,
    "Jenis",
  ),
  usulan(
    "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
    "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD/LAKIP",
    "Jumlah Dokumen LAKIP yang tersusun",
    1,
    "dok",
  ),
  usulan(
    "",
    "Penyusunan Laporan Keuangan Akhir Tahun",
    "Jumlah dokumen Laporan Keuangan Akhir Tahun yang tersusun",
    1,
    "dok",
  ),
  usulan(
    "",
    "Penyusunan Laporan Indeks Kepuasan Masyarakat",
    "Jumlah dokumen Laporan Indeks Kepuasan Masyarakat yang tersusun",
    1,
    "dok",
  ),
  usulan("", "Penyusunan Rencana Kerja", "Jumlah dokumen Rencana Kerja yang tersusun", 1, "dok"),
  usulan(
    "",
    "Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD",
    "Jumlah dokumen Rencana Kerja dan Anggaran (RKA) SKPD yang tersusun",
    1,
    "dok",
  ),
  usulan(
    "Program Penyelenggaraan Pemerintahan Kecamatan",
    "Fasilitasi Pelayanan Administrasi pada Masyarakat",
    "Persentase pelayanan administrasi Terpadu Kecamatan yang ditindak lanjuti",
    86,
    "%",
  ),
  usulan(
    "",
    "Fasilitasi dan Koordinasi Bidang Pemerintahan",
    "Jumlah desa yang menyusun administrasi pemerintahan dan keuangan desa",
    6,
    "Desa",
  ),
  usulan("", "", "Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)", 90, "Orang"),
  usulan(
    "",
    "Fasilitasi dan Koordinasi Ketentraman dan Keterbiban Masyarakat",
    "Jumlah LINMAS terfasilitasi pembinaan ketentraman dan ketertiban",
    180,
    "orang",
  ),
  usulan("", "", "Jumlah desa terpantau ketentraman dan ketertiban", 6, "Desa"),
  usulan(
    "",
    "Fasilitasi dan Koordinasi Pemberdayaan Masyarakat",
    "Jumlah kelompok masyarakat terfasilitasi pembinaan pemberdayaan",
    9,
    "kelp",
  ),
  usulan("", "", "Jumlah masyarakat terfasilitasi pembinaan pemberdayaan", 480, "orang"),
  usulan(
    "",
    "Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan",
    "Presentase keterpenuhan unsur dalam Musrenbang",
    75,
    "%",
  ),
  usulan("", "", "Persentase Usulan yang difasilitasi", 75, "%"),
  usulan("", "", "Jumlah desa yang melaksanakan tahapan verifikasi dan penyaluran bantuan sosial", 6, "Desa"),
];

/** A row of Profil Unit. */
const profil = (
  bagian: ProfilContoh["bagian"],
  uraian: string,
  lain: Partial<Omit<ProfilContoh, "bagian" | "uraian">> = {},
): ProfilContoh => ({ bagian, kelompok: "", uraian, jumlah: null, keterangan: "", ...lain });

/**
 * The Renja's own prose and lists, from seed 002 as written (its typing slips mended: "realiasi",
 * "tehnis", "Starategis"): latar belakang (lines 59-61), landasan hukum (lines 92-116, the 23
 * items), maksud dan tujuan (lines 120-122), the issues of Tabel 2.5 (lines 275-287), the visi
 * (lines 382-383), the three misi with their penjelasan (lines 392-394), the strategy and its
 * four items (lines 439-444), the arah kebijakan (lines 450-461), the faktor kunci keberhasilan
 * (lines 469-475) and the penutup (lines 628-634). The standard text every Renja carries (1.1.1-
 * 1.1.3, the sistematika) is the default template's.
 */
export const PROFIL_JATIROTO_2020: readonly ProfilContoh[] = [
  profil(
    "Latar Belakang",
    "Mendukung terwujudnya good governance, dalam hal ini pertanggungjawaban pemerintah dalam mewujudkan tata pengelolaan pemerintahan yang baik salah satunya adalah mewujudkan pemerintahan yang berorientasi pada hasil. Dengan kata lain pemerintah lebih berfokus pada pencapaian kinerja yang lebih baik. Oleh karena itu Pemerintah Daerah Kabupaten Lumajang dalam menjamin penyelenggaraan pemerintahan dan pembangunan daerah dalam periode satu tahun berjalan dengan efektif, efisien, dan tepat sasaran maka seluruh Organisasi Perangkat Daerah (OPD) dituntut guna ikut berperan sesuai dengan tugas, pokok dan fungsi.",
  ),
  profil(
    "Latar Belakang",
    "Berangkat dari latar belakang tersebut maka untuk setiap tahun Kecamatan Jatiroto Kabupaten Lumajang membuat Renja yang merupakan rencana kegiatan tahunan yang digunakan sebagai pedoman dalam kegiatan tahun tersebut. Sehubungan dengan hal tersebut, berdasarkan pada Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tatacara Perencanaan, Pengendalian, dan Evaluasi Pembangunan Daerah, Instansi Kecamatan Jatiroto Kabupaten Lumajang menyusun Dokumen Renja 2020 yang ditetapkan dengan Surat Keputusan.",
  ),
  ...[
    "Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia Nomor XI/MPR/1998 Tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi dan Nepotisme;",
    "Undang Undang Nomor 28 Tahun 1999 Tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi dan Nepotisme;",
    "Undang Undang Nomor 17 Tahun 2003 tentang Keuangan Negara (Lembaran Negara Republik Indonesia Tahun 2003 Nomor 47, Tambahan Lembaran Negara Republik Indonesia Nomor 4286);",
    "Undang Undang Nomor 1 Tahun 2004 tentang Perbendaharaan Negara;",
    "Undang Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional (SPPN);",
    "Undang Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "Undang Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah;",
    "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;",
    "Peraturan Pemerintah Nomor 38 Tahun 2007 Tentang Pembagian Urusan Pemerintahan Antara Pemerintah, Pemerintahan Daerah Provinsi, dan Pemerintahan Daerah Kabupaten/Kota;",
    "Peraturan Pemerintah Nomor 41 tahun 2007 tentang Pedoman Organisasi Perangkat Daerah;",
    "PP Nomor 3 Tahun 2007 tentang Laporan Penyelenggaraan Pemerintahan Daerah Kepada Pemerintah, Laporan Keterangan Pertanggungjawaban Kepala Daerah Kepada Dewan Perwakilan Rakyat Daerah, dan Informasi Laporan Penyelenggaraan Pemerintahan Daerah Kepada Masyarakat;",
    "PP Nomor 6 Tahun 2008 tentang Pedoman Evaluasi Penyelenggaraan Pemerintahan Daerah;",
    "Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah;",
    "Peraturan Daerah Nomor 15 Tahun 2006 tentang Pembentukan dan Susunan Perangkat Daerah;",
    "Peraturan Bupati Lumajang Nomor: 86 Tahun 2016 tanggal 10 November 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan;",
    "Instruksi Presiden RI Nomor 7 Tahun 1999 tentang Kinerja Pemerintah;",
    "Instruksi Presiden RI Nomor 5 Tahun 2004 tentang Percepatan Pemberantasan Korupsi;",
    "Keputusan Kepala Lembaga Administrasi Negara Nomor 239/IX/6/8/2003 tentang Perbaikan Pedoman Penyusunan Pelaporan Kinerja Pemerintah (sebagaimana Keputusan Kepala Lembaga Administrasi Negara Nomor 589/IX/6/Y/99 tentang Pedoman Penyusunan Pelaporan Kinerja Pemerintah); yang telah disempurnakan sebagaimana Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 29 Tahun 2010 tanggal 31 Desember 2010 tentang Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Kinerja Pemerintah;",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor 53 tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja Pelaporan kinerja dan Tata cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Dalam Negeri Nomor 59 Tahun 2007 tentang Perubahan Atas Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah;",
    // Line 114 leaves the Perda's number blank ("Nomor Tahun 2019"): kept as printed.
    "Peraturan Daerah Kabupaten Lumajang Nomor Tahun 2019 tentang Rencana Pembangunan Jangka Menengah (RPJM) Daerah Kabupaten Lumajang Tahun 2018-2023;",
    "Peraturan Daerah Nomor 15 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;",
    "Peraturan Bupati Lumajang Nomor: 86 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan.",
  ].map((u) => profil("Landasan Hukum", u)),
  profil(
    "Maksud dan Tujuan",
    "Maksud disusunnya Rencana Kerja adalah menjaga konsistensi dan keterpaduan dalam perencanaan, pelaksanaan, penganggaran maupun pengawasan. Adapun tujuan penyusunan Rencana Kerja adalah sebagai salah satu acuan bagi Kecamatan Jatiroto Kabupaten Lumajang dalam menyusun dokumen pelaksanaan anggaran.",
  ),
  profil(
    "Maksud dan Tujuan",
    "Tujuan pembangunan kecamatan yang akan dicapai dalam kurun waktu lima tahun ke depan ditetapkan untuk memberikan arah terhadap program pembangunan kecamatan secara umum. Kecamatan Jatiroto untuk lima tahun ke depan menetapkan tujuan yakni Meningkatnya tata kelola pemerintahan yang baik.",
  ),
  // Tabel 2.5 (lines 275-287): one masalah pokok, five masalah; a masalah's akar masalah (one
  // per line in the seed) joined by "; " in its one cell, as the Klakah sample does.
  ...(
    [
      [
        "Kurang terpenuhi kualitas pelayanan publik",
        "Kualitas dan kuantitas sarana dan prasarana pendukung pelayanan publik dan operasional perkantoran kurang optimal; sarana dan prasarana pelayanan publik dan aparatur belum terpenuhi; belum tertib administrasi kependudukan baik warga masyarakat maupun petugas; kemampuan petugas pelayanan publik baik desa dan Kecamatan kurang terlatih dan terbina",
      ],
      [
        "Administrasi Pemerintahan Desa belum sesuai ketentuan",
        "Pendampingan dan pengawasan terhadap pengelolaan pemerintahan desa kurang optimal; penyelesaian Administrasi Keuangan Desa tidak tepat waktu",
      ],
      [
        "Koordinasi peningkatan keamanan, ketentraman dan ketertiban masyarakat tidak dilaksanakan dengan optimal",
        "SDM Personil LINMAS belum terbina dan terlatih; sinergitas kinerja FORKOMPIMKA belum memadai",
      ],
      [
        "Belum optimalnya peran kelompok masyarakat dan warga dalam pemberdayaan masyarakat",
        "Pembinaan tentang pemberdayaan terhadap Kelompok masyarakat kurang terfasilitasi dan terkoordinasi; pemberdayaan masyarakat kurang terfasilitasi dan terkoordinasi",
      ],
      [
        "Belum optimalnya perencanaan pembangunan partisipatif",
        "Kurang Sinkronisasi Usulan dari masyarakat dengan Rencana Kerja Pembangunan Daerah; penggunaan anggaran Desa untuk pembangunan belum sesuai usulan",
      ],
    ] as const
  ).map(([masalah, akar]) =>
    profil("Isu Strategis", masalah, {
      kelompok:
        "Kurang terpenuhinya kualitas pelayanan, fasilitasi dan koordinasi kecamatan serta akuntabilitas keuangan dan pemerintahan desa",
      keterangan: akar,
    }),
  ),
  profil("Visi", "TERWUJUDNYA MASYARAKAT LUMAJANG YANG MAKMUR, BERDAYA SAING, DAN BERMARTABAT"),
  profil("Misi", "Pemenuhan kebutuhan dasar untuk mewujudkan masyarakat yang lebih sejahtera dan mandiri", {
    keterangan:
      "Bermakna bahwa Pemerintah dan Masyarakat berusaha untuk meningkatkan kesejahteraan dan kemandiriannya melalui pemenuhan enam kebutuhan wajib dasar (Pendidikan, kesehatan, infrastruktur/PU, permukiman, ketentraman dan ketertiban serta sosial)",
  }),
  profil(
    "Misi",
    "Mewujudkan perekonomian daerah berkelanjutan yang berbasis pada pertanian, usaha mikro, dan pariwisata",
    {
      keterangan:
        "Bermakna bahwa Pemerintah dan masyarakat bersama-sama meningkatkan perekonomian daerah melalui pengembangan pertanian, usaha mikro dan pariwisata",
    },
  ),
  profil(
    "Misi",
    "Reformasi birokrasi yang efektif, profesional, akuntabel, dan transparan untuk mewujudkan pemerintahan yang baik, benar, dan bersih (good and clean governance)",
    {
      keterangan:
        "Bermakna bahwa Pemerintah Kabupaten Lumajang berupaya untuk meningkatkan penyelenggaraan tata kelola pemerintahan yang baik, benar, dan bersih (good and clean governance) yang didukung dengan teknologi informasi",
    },
  ),
  ...[
    "Pemenuhan administrasi pemerintahan desa yang sesuai dengan ketentuan",
    "Mengoptimalkan koordinasi peningkatan keamanan, ketentraman dan ketertiban masyarakat",
    "Mengoptimalkan peran kelompok masyarakat dan warga dalam pemberdayaan masyarakat",
    "Mengoptimalkan perencanaan pembangunan partisipatif",
  ].map((u) => profil("Strategi", u, { kelompok: "Meningkatkan kualitas pelayanan publik" })),
  ...[
    "Mengoptimalkan kualitas dan kuantitas sarana dan prasarana",
    "Menyediakan sarana dan prasarana pelayanan publik dan aparatur",
    "Meningkatkan ketertiban administrasi kependudukan baik warga masyarakat maupun petugas",
    "Mengoptimalkan pendampingan dan pengawasan terhadap pengelolaan pemerintahan desa",
    "Menyelesaikan administrasi keuangan desa dengan tepat waktu",
    "Pembinaan dan pelatihan SDM personil LINMAS",
    "Mewujudkan sinergitas kinerja FORKOMPIMKA",
    "Memfasilitasi pembinaan tentang pemberdayaan terhadap kelompok masyarakat",
    "Memfasilitasi pemberdayaan masyarakat",
    "Meningkatkan sinkronisasi usulan dari masyarakat dengan Rencana Kerja Pembangunan Daerah",
    "Meningkatkan pembinaan dan evaluasi penggunaan anggaran desa untuk pembangunan",
  ].map((u) => profil("Arah Kebijakan", u)),
  ...[
    "Komitmen pimpinan dan staf dalam menjalankan tugas dan fungsi masing-masing;",
    "Tersedianya mekanisme koordinasi yang sesuai dengan sistem kerja yang ada;",
    "Tersedianya aparatur yang profesional dan berkualitas;",
    "Tersedianya sarana ketentraman dan ketertiban yang memadai;",
    "Adanya kesadaran terhadap pentingnya ketentraman dan ketertiban;",
    "Tersedianya perangkat pelayanan administrasi yang memadai;",
    "Tersedianya mekanisme proses pelayanan yang efektif.",
  ].map((u) => profil("Faktor Kunci Keberhasilan", u)),
  ...[
    "Rencana Kerja OPD Kecamatan Jatiroto Tahun 2020 merupakan pelaksanaan Rencana Strategis (Renstra) Kecamatan Jatiroto 2018-2023 yang memuat visi dan misi, kebijakan umum dan rencana kerja dan pendanaannya yang bersifat indikatif. Sesuai amanat Permendagri No. 86 tahun 2017 tentang tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, tata cara Evaluasi Rancangan Peraturan daerah tentang Rencana Pembangunan Jangka Panjang Daerah, rencana Jangka Menengah daerah dan Rencana Kerja Pemerintah, yang menyatakan Rencana Kerja OPD merupakan pedoman untuk penyusunan rancangan Dokumen Pelaksanaan Anggaran tahun berikutnya.",
    "Dokumen Rencana Kerja Kecamatan Jatiroto ini dimaksudkan sebagai acuan resmi bagi OPD dalam rangka menyusun Rencana Kerja Anggaran Satuan Kerja Perangkat daerah dan juga sebagai acuan dan pedoman bagi Satuan Kerja Perangkat daerah (OPD) dalam melaksanakan tugas – tugas pemerintahan. Disamping itu, usulan kegiatan yang diajukan telah mempertimbangkan kemampuan keuangan daerah.",
    "Setiap Satuan Kerja Perangkat Daerah perlu membuat Rencana Kerja Satuan Kerja Perangkat Daerah (Renja OPD) Tahun 2020 sebagai penjabaran dari Rencana Strategis Satuan Kerja Perangkat Daerah (Renstra – OPD).",
    "Dengan harapan Rencana Kerja (Renja) Tahun 2020 yang telah disusun dapat dilaksanakan dengan baik dan memenuhi target yang telah ditetapkan sehingga tujuan dan sasaran Kecamatan Jatiroto Kabupaten Lumajang dapat tercapai.",
  ].map((u) => profil("Penutup", u)),
];

/** An indicator of Tabel 3.1 for 2020 (the Renja's year n): planned, nothing realised yet. */
const indikatorRenja = (
  kode: string,
  tingkat: "Tujuan" | "Sasaran",
  sasaran: string,
  indikator: string,
  satuan: string,
  target: number,
  formulasi: string,
): IndikatorContoh => ({
  kode,
  tingkat,
  sasaran,
  indikator,
  satuan,
  arah: "NAIK",
  agregasi: satuan === "indeks" ? "RATA-RATA" : "TERAKHIR",
  target,
  targetAkhirRenstra: null,
  targetPerubahan: null,
  realisasi: [null, null, null, null],
  targetTahunLalu: null,
  realisasiTahunLalu: null,
  penjelasan: "",
  sasaranProgram: "",
  penyebab: "",
  solusi: "",
  programPenunjang: "",
  programPenghambat: "",
  formulasi,
});

const SASARAN_JATIROTO =
  "Meningkatnya kualitas pelayanan, fasilitasi dan koordinasi kecamatan serta akuntabilitas keuangan dan pemerintahan desa";

/**
 * Tabel 3.1 (lines 490-494) and 3.2.1-3.2.2 (lines 416-433): the tujuan "Meningkatnya Kepuasan
 * Masyarakat" measured by the IKM (87 in 2020, as T-C.30 projects), and its one sasaran with the
 * three indicators of 3.2.2, targets 87, 88 % and 88 %. The table writes the percentages' formula
 * as "x / 100 x y %" (a slip for x / y x 100 %, as Tabel 2.1, lines 263-265, writes it): Tabel 2.1's.
 */
export const INDIKATOR_JATIROTO_2020: readonly IndikatorContoh[] = [
  indikatorRenja(
    "1",
    "Tujuan",
    "Meningkatnya Kepuasan Masyarakat",
    "Nilai IKM Kecamatan",
    "indeks",
    87,
    "Nilai IKM Kecamatan",
  ),
  indikatorRenja(
    "1.1",
    "Sasaran",
    SASARAN_JATIROTO,
    "Nilai IKM Kecamatan",
    "indeks",
    87,
    "Nilai IKM Kecamatan",
  ),
  indikatorRenja(
    "1.2",
    "Sasaran",
    SASARAN_JATIROTO,
    "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
    "%",
    88,
    "Jumlah desa yang sudah menyusun dokumen administrasi tepat waktu / jumlah seluruh desa di Kecamatan × 100 %",
  ),
  indikatorRenja(
    "1.3",
    "Sasaran",
    SASARAN_JATIROTO,
    "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    "%",
    88,
    "Jumlah hasil fasilitasi dan koordinasi yang ditindaklanjuti / jumlah fasilitasi dan koordinasi yang dilakukan dengan instansi/lembaga lain yang terkait × 100 %",
  ),
];

/**
 * The fourth sample: the Renja 2020 of Kecamatan Jatiroto (seed 002), for the whole Renja and
 * its tables T-C.29 to T-C.33. The seed signs with Drs. PUJIANTO, Camat Jatiroto, "Jatiroto, Juli 2019"
 * (lines 20, 636), without a day: Tanggal Renja is that month, printed as the seed prints it.
 */
export const CONTOH_RENJA_JATIROTO_2020: ContohUnit = {
  id: "renja-jatiroto-2020",
  judul: "Kecamatan Jatiroto 2020, Renja",
  pengaturan: {
    namaUnit: "Kecamatan Jatiroto",
    kabupaten: "Kabupaten Lumajang",
    tahun: 2020,
    triwulan: "I",
    namaPimpinan: "Drs. PUJIANTO",
    nipPimpinan: "19681114 199003 1 004",
    jabatanPimpinan: "Camat Jatiroto",
    namaPihakKedua: "H. THORIQUL HAQ, M.ML",
    jabatanPihakKedua: "Bupati Lumajang",
    tempat: "Jatiroto",
    tanggalRenja: "Juli 2019",
    skalaPredikat: "PERMENDAGRI",
    rumusTurun: "2T-R",
    metodeIkm: "14/2017",
    bobotIkm: "UNSUR",
  },
  indikator: INDIKATOR_JATIROTO_2020,
  anggaran: [],
  pertanyaan: PERTANYAAN_BAKU,
  responden: () => [],
  renja: RENJA_JATIROTO_2020,
  kinerjaPelayanan: KINERJA_PELAYANAN_JATIROTO_2020,
  reviewRkpd: REVIEW_RKPD_JATIROTO_2020,
  usulan: USULAN_JATIROTO_2020,
  profil: PROFIL_JATIROTO_2020,
};
