/**
 * The LKJ's comparison with other units (seed 001 3.1.4, Tabel 3.4): each indicator the
 * Pembanding sheet names, this unit's realisation (as the LKJ's table 3.1 computes it) beside the
 * others', ranked best first in the indicator's direction; a sentence per indicator on where the
 * unit stands; the sources typed.
 */
import { kunciTeks } from "../../core/format";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { kunciKode } from "../../core/model/kolom";
import { posisiUnit } from "../../core/model/pembanding";
import { namaIndikator } from "./tandaIku";
import { capaianLaporan, nilaiSatuan } from "./umum";

export const KOLOM_BANDING = ["no", "sasaran", "indikator", "unit", "realisasi", "peringkat"] as const;

export function perbandinganUnit(bk: BukuKerja, tw = 4) {
  const unit = bk.pengaturan.namaUnit;
  const baris: Record<string, string>[] = [];
  const kalimat: string[] = [];
  let no = 0;
  for (const ind of bk.indikator) {
    const lain = bk.pembanding.filter(
      (b) =>
        kunciKode(b.kode) === kunciKode(ind.kode) && b.unit !== "" && kunciTeks(b.unit) !== kunciTeks(unit),
    );
    if (lain.length === 0) continue;
    const posisi = posisiUnit(ind, { unit, nilai: capaianLaporan(bk, ind, tw).realisasi }, lain);
    no++;
    const nama = namaIndikator(bk, ind);
    posisi.forEach((p, i) => {
      baris.push({
        no: i === 0 ? `${no}.` : "",
        sasaran: i === 0 ? ind.sasaran : "",
        indikator: i === 0 ? nama : "",
        unit: p.unit,
        realisasi: nilaiSatuan(p.nilai, ind.satuan),
        peringkat: p.peringkat === null ? "-" : String(p.peringkat),
      });
    });
    const saya = posisi.find((p) => p.sendiri)!;
    if (saya.peringkat === null) continue;
    const dinilai = posisi.filter((p) => p.peringkat !== null).length;
    const arah = ind.arah === "TURUN" ? " (semakin rendah semakin baik)" : "";
    let k = `Pada indikator ${ind.indikator}${arah}, ${unit} dengan realisasi ${nilaiSatuan(saya.nilai, ind.satuan)} berada di peringkat ${saya.peringkat} dari ${dinilai} perangkat daerah`;
    const sama = posisi.filter((p) => !p.sendiri && p.peringkat === saya.peringkat).map((p) => p.unit);
    if (sama.length > 0) k += `, sama dengan ${daftarNama(sama)}`;
    const terbaik = posisi.filter((p) => p.peringkat === 1 && !p.sendiri);
    if (saya.peringkat > 1 && terbaik.length > 0)
      k += `; realisasi terbaik ${terbaik.map((p) => `${p.unit} (${nilaiSatuan(p.nilai, ind.satuan)})`).join(", ")}`;
    kalimat.push(`${k}.`);
  }
  const sumber = [...new Set(bk.pembanding.map((b) => b.sumber.trim()).filter((s) => s !== ""))];
  return {
    baris,
    nilai: {
      kalimatBanding: kalimat.join(" "),
      sumberBanding: sumber.length === 0 ? "" : `Sumber: ${sumber.join("; ")}.`,
    },
  };
}

const daftarNama = (n: string[]) =>
  n.length === 1 ? n[0]! : `${n.slice(0, -1).join(", ")} dan ${n[n.length - 1]}`;
