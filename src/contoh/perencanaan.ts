/**
 * The planning chain of the built-in samples (issue 15), built from what their seeds say: the
 * tujuan, sasaran and program indicators of the PK (Kinerja), the programs and kegiatan of the
 * budget table. The seeds give annual targets only: each quarter's Rencana Aksi target is the
 * annual one, measured as NILAI AKHIR, which is how seed 003 measures its TW III (87,28 against
 * the year's 86,40: 101,02 %). The seeds give each kegiatan's annual pagu only: the sample plans
 * it evenly over the quarters (anggaran kas), the rupiah left over in TW IV.
 */
import { kunciTeks } from "../core/format";
import type { AnggaranContoh, ContohUnit, IndikatorContoh } from "../core/model/contoh";

type Perencanaan = Pick<ContohUnit, "rencanaAksi" | "iku" | "pohon">;
type BarisPohon = NonNullable<ContohUnit["pohon"]>[number];
type BarisRa = NonNullable<ContohUnit["rencanaAksi"]>[number];

const paguKegiatan = (anggaran: readonly AnggaranContoh[], kode: string) =>
  anggaran
    .filter((b) => b.kode.startsWith(`${kode}.`))
    .reduce((a, b) => a + (b.paguPerubahan ?? b.paguAwal ?? 0), 0);

function perTriwulan(pagu: number): (number | null)[] {
  const tw = Math.floor(pagu / 4);
  return [tw, tw, tw, pagu - 3 * tw];
}

function simpul(
  kode: string,
  induk: string,
  level: BarisPohon["level"],
  uraian: string,
  ind?: IndikatorContoh,
): BarisPohon {
  return {
    kode,
    induk,
    level,
    uraian,
    indikator: ind?.indikator ?? "",
    satuan: ind?.satuan ?? "",
    target: ind?.target ?? null,
    penanggungJawab: "",
    kodeIndikator: ind?.kode ?? "",
    kodeAnggaran: "",
  };
}

/** Further indicators of a node: rows without Kode. */
const indikatorLain = (ind: IndikatorContoh): BarisPohon => simpul("", "", null, "", ind);

/**
 * Tujuan > sasaran > program nodes from the PK's indicators (one node per distinct text, its
 * indicators under it); a program hangs under the sasaran whose Kinerja code prefixes its
 * indicator's (1.1.2 under 1.1), and names its budget code. `program` adds budget programs the
 * PK measures no indicator for, under the first sasaran.
 */
export function pohonDari(
  indikator: readonly IndikatorContoh[],
  induk: readonly (readonly [string, string, ...unknown[]])[],
  tujuanTanpaIndikator = "",
): BarisPohon[] {
  const kodeProgram = new Map(
    induk.filter(([k]) => k.split(".").length === 3).map(([k, u]) => [kunciTeks(u), k]),
  );
  const node: BarisPohon[][] = [];
  const tingkat = (
    t: string,
    awalan: string,
    level: BarisPohon["level"],
    induk: (i: IndikatorContoh) => string,
  ) => {
    const kode = new Map<string, BarisPohon[]>();
    for (const i of indikator.filter((x) => x.tingkat === t)) {
      const k = kunciTeks(i.sasaran);
      const ada = kode.get(k);
      if (ada !== undefined) {
        ada.push(indikatorLain(i));
        continue;
      }
      const baru = [
        {
          ...simpul(`${awalan}${kode.size + 1}`, induk(i), level, i.sasaran, i),
          kodeAnggaran: kodeProgram.get(k) ?? "",
        },
      ];
      kode.set(k, baru);
      node.push(baru);
    }
    return new Map([...kode].map(([k, b]) => [k, b[0]!.kode]));
  };
  if (tujuanTanpaIndikator !== "") node.push([simpul("T1", "", "Tujuan", tujuanTanpaIndikator)]);
  const tujuan = tingkat("Tujuan", "T", "Tujuan", () => "");
  const akarTujuan = tujuanTanpaIndikator !== "" ? "T1" : ([...tujuan.values()][0] ?? "");
  const sasaran = tingkat("Sasaran", "S", "Sasaran", () => akarTujuan);
  const kodeKinerjaSasaran = new Map(
    indikator.filter((x) => x.tingkat === "Sasaran").map((i) => [i.kode, sasaran.get(kunciTeks(i.sasaran))!]),
  );
  const sasaranPertama = [...sasaran.values()][0] ?? "";
  const indukProgram = (i: IndikatorContoh) => {
    const awalan = [...kodeKinerjaSasaran.keys()].find((k) => i.kode.startsWith(`${k}.`));
    return awalan === undefined ? sasaranPertama : kodeKinerjaSasaran.get(awalan)!;
  };
  const program = tingkat("Program", "P", "Program", indukProgram);
  for (const [k, u] of induk) {
    if (k.split(".").length !== 3 || program.has(kunciTeks(u))) continue;
    const kode = `P${program.size + 1}`;
    program.set(kunciTeks(u), kode);
    node.push([{ ...simpul(kode, sasaranPertama, "Program", u), kodeAnggaran: k }]);
  }
  return node.flat();
}

/**
 * One Rencana Aksi per indicator with a target: the annual target each quarter (NILAI AKHIR),
 * TW IV the PK Perubahan's where it revised one (Klakah's, signed in October: TW I-III stay);
 * under a program's first indicator, the program's kegiatan with their pagu planned per quarter.
 */
export function rencanaAksiDari(
  indikator: readonly IndikatorContoh[],
  induk: readonly (readonly [string, string, ...unknown[]])[],
  anggaran: readonly AnggaranContoh[],
): BarisRa[] {
  const hasil: BarisRa[] = [];
  const sudah = new Set<string>();
  for (const i of indikator) {
    if (i.target === null) continue;
    const baris: BarisRa = {
      kode: i.kode,
      jenis: "NILAI AKHIR",
      target: [i.target, i.target, i.target, i.targetPerubahan ?? i.target],
      aksi: "",
      penanggungJawab: "",
      waktu: "",
      anggaran: [null, null, null, null],
    };
    const program =
      i.tingkat === "Program"
        ? induk.find(([k, u]) => k.split(".").length === 3 && kunciTeks(u) === kunciTeks(i.sasaran))
        : undefined;
    const kegiatan =
      program === undefined || sudah.has(program[0])
        ? []
        : induk.filter(([k]) => k.startsWith(`${program[0]}.`) && k.split(".").length === 5);
    if (program !== undefined) sudah.add(program[0]);
    const lain: BarisRa[] = [];
    kegiatan.forEach(([k, u], n) => {
      const aksi = { aksi: u, waktu: "Januari - Desember", anggaran: perTriwulan(paguKegiatan(anggaran, k)) };
      if (n === 0) Object.assign(baris, aksi);
      else lain.push({ ...baris, ...aksi, kode: "", jenis: null, target: [null, null, null, null] });
    });
    hasil.push(baris, ...lain);
  }
  return hasil;
}

const IKM = "Survei Kepuasan Masyarakat (SKM) triwulanan, PermenPANRB 14/2017";
const FASKOR =
  "Jumlah hasil fasilitasi dan koordinasi yang ditindaklanjuti / jumlah hasil fasilitasi dan koordinasi x 100";
const DESA = "(RKPDes + APBDes + LPPDes yang disusun tepat waktu) / (jumlah desa x 3) x 100";

/** Seed 003's IKU (its table 3.1 heads the three sasaran indicators "Indikator Kinerja Utama (IKU)"). */
export function perencanaanLumajang2021(
  indikator: readonly IndikatorContoh[],
  induk: readonly (readonly [string, string])[],
  anggaran: readonly AnggaranContoh[],
): Perencanaan {
  return {
    // Seed 003 section 2.2: the unit's tujuan, which it gives no indicator.
    pohon: pohonDari(
      indikator,
      induk,
      "Meningkatnya penyelenggaraan Reformasi birokrasi dan Kapasitas Aparatur Daerah",
    ),
    rencanaAksi: rencanaAksiDari(indikator, induk, anggaran),
    iku: [
      {
        kode: "1.1",
        formulasi: IKM,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Hasil SKM Kecamatan Lumajang",
      },
      {
        kode: "1.2",
        formulasi: FASKOR,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Rekap fasilitasi dan koordinasi kecamatan",
      },
      {
        kode: "1.3",
        formulasi: DESA,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Rekap dokumen administrasi pemerintahan desa",
      },
    ],
  };
}

/** Seed 001: its tujuan indicator (table 2.1, RUMUS/FORMULASI "Survey kepuasan masyarakat (SKM)") and two sasaran. */
export function perencanaanKlakah2023(
  indikator: readonly IndikatorContoh[],
  induk: readonly (readonly [string, string, ...unknown[]])[],
  anggaran: readonly AnggaranContoh[],
): Perencanaan {
  return {
    pohon: pohonDari(indikator, induk),
    rencanaAksi: rencanaAksiDari(indikator, induk, anggaran),
    iku: [
      {
        kode: "1",
        formulasi: IKM,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Hasil SKM Kecamatan Klakah, rata-rata TW I-IV",
      },
      {
        kode: "1.1",
        formulasi: FASKOR,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Rekap fasilitasi dan koordinasi kecamatan",
      },
      {
        kode: "1.2",
        formulasi: DESA,
        alasan: "",
        penanggungJawab: "Camat",
        sumberData: "Rekap dokumen administrasi pemerintahan desa",
      },
    ],
  };
}
