/**
 * Periksa Data on a rekap (issue 16): units listed twice (a galat: they would count twice), every
 * unit the rekap cannot count and why (its status), a unit with no data, a survey with fewer
 * respondents than its minimum sample, a year or quarter other than the rekap's.
 */
import { kunciTeks } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import { idSpreadsheet, NAMA_PENGATURAN_REKAP, type Rekap, UNIT_REKAP } from "../../core/model/rekap";

export function periksaRekap(rekap: Rekap): Masalah[] {
  const m: Masalah[] = [...rekap.masalah];
  const lembar = UNIT_REKAP.nama;
  if (rekap.pengaturan.tahun === null || rekap.pengaturan.triwulan === null) {
    m.push({
      tingkat: "peringatan",
      lembar: NAMA_PENGATURAN_REKAP,
      pesan: "Tahun atau Triwulan rekap kosong: periode unit tidak dapat dicocokkan.",
      saran: "Isi Tahun dan Triwulan di Pengaturan Rekap.",
    });
  }
  if (rekap.unit.length === 0) {
    m.push({
      tingkat: "peringatan",
      lembar,
      pesan: "Belum ada unit di lembar Rekap Unit.",
      saran: "Isi nama, jenis dan tautan buku kerja tiap unit.",
    });
  }
  const namaDi = new Map<string, number>();
  const idDi = new Map<string, number>();
  for (const u of rekap.unit) {
    const di = { lembar, baris: u.baris };
    const n = kunciTeks(u.nama);
    const id = idSpreadsheet(u.tautan);
    const kembar = namaDi.get(n) ?? (id ? idDi.get(id) : undefined);
    if (kembar !== undefined) {
      m.push({
        tingkat: "galat",
        ...di,
        kolom: namaDi.has(n) ? "Nama Unit" : "Tautan Buku Kerja",
        sel: `${namaDi.has(n) ? "A" : "C"}${u.baris}`,
        pesan: `Unit ini sama dengan baris ${kembar} (${namaDi.has(n) ? "namanya" : "buku kerjanya"}): akan terhitung dua kali.`,
        saran: "Hapus salah satu baris.",
      });
    }
    if (!namaDi.has(n)) namaDi.set(n, u.baris);
    if (id && !idDi.has(id)) idDi.set(id, u.baris);
    if (u.nama === "")
      m.push({ tingkat: "galat", ...di, kolom: "Nama Unit", sel: `A${u.baris}`, pesan: "Nama unit kosong." });
    if (u.status !== "SIAP") {
      m.push({
        tingkat: "peringatan",
        ...di,
        kolom: "Status",
        sel: `D${u.baris}`,
        pesan: `${u.nama}: ${u.keterangan}`,
        saran: "Unit ini tidak dihitung dalam rekap.",
      });
      continue;
    }
    const r = u.ringkasan!;
    if (r.responden !== null && r.sampelMinimal !== null && r.responden < r.sampelMinimal) {
      m.push({
        tingkat: "peringatan",
        ...di,
        kolom: "Responden SKM",
        pesan: `${u.nama}: responden SKM ${r.responden}, kurang dari sampel minimal ${r.sampelMinimal}.`,
        saran: "IKM unit ini tetap dihitung; unit perlu menambah responden.",
      });
    }
  }
  return m;
}
