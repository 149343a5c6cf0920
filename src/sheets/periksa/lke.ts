/**
 * The SAKIP evaluation (LKE): a criterion without an answer or without evidence, an answer
 * outside the scale or not of its criterion's kind, a sub-component whose weights do not add up
 * to its component's, a status not yet logged, and a Final row edited after the lock.
 */
import { formatAngka, kunciTeks } from "../../core/format";
import { jawabanSesuaiJenis, KOMPONEN_LKE, nilaiJawaban, SKALA_LKE_BAWAAN } from "../../core/lke";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import {
  JAWABAN_LKE,
  type JawabanLke,
  KRITERIA_LKE,
  sidikJawaban,
  skalaLke,
  statusTercatat,
} from "../../core/model/lke";
import { di } from "./kode";

const angka = (n: number) => formatAngka(n, 2, { buangNolDesimal: true });

export function periksaLke(bk: BukuKerja): Masalah[] {
  const { kriteria, jawaban } = bk.lke;
  // Not started (setup's Draf rows only): nothing to say yet.
  if (!jawaban.some((j) => j.jawabanMandiri !== "" || j.jawabanEvaluator !== "" || j.buktiDukung.length > 0))
    return [];
  const out: Masalah[] = [];
  const skala = skalaLke(bk.lke.skala, SKALA_LKE_BAWAAN);

  const perKode = new Map<string, number>();
  for (const k of kriteria) {
    const kunci = kunciTeks(k.kode);
    if (kunci === "") continue;
    const lain = perKode.get(kunci);
    if (lain !== undefined) {
      out.push(
        di(
          KRITERIA_LKE,
          k.baris,
          "Kode",
          "galat",
          `Kode ${k.kode} sudah dipakai di baris ${lain}.`,
          "Beri setiap kriteria kode yang berbeda.",
        ),
      );
    } else perKode.set(kunci, k.baris);
  }
  out.push(...periksaBobot(bk));

  const dijawab = new Map<string, JawabanLke>();
  for (const j of jawaban) {
    const kunci = kunciTeks(j.kode);
    if (kunci === "") continue;
    if (!perKode.has(kunci)) {
      out.push(
        di(
          JAWABAN_LKE,
          j.baris,
          "Kode",
          "galat",
          `Kode ${j.kode} tidak ada di lembar Kriteria LKE.`,
          "Perbaiki kodenya, atau tambahkan kriteria itu di Kriteria LKE.",
        ),
      );
      continue;
    }
    if (dijawab.has(kunci)) {
      out.push(
        di(
          JAWABAN_LKE,
          j.baris,
          "Kode",
          "galat",
          `Kriteria ${j.kode} dijawab dua kali (juga di baris ${dijawab.get(kunci)!.baris}).`,
          "Hapus salah satu baris jawaban.",
        ),
      );
      continue;
    }
    dijawab.set(kunci, j);
  }

  for (const k of kriteria) {
    if (k.kode === "") continue;
    const j = dijawab.get(kunciTeks(k.kode));
    if (!j || j.jawabanMandiri === "") {
      out.push(
        j
          ? di(
              JAWABAN_LKE,
              j.baris,
              "Jawaban Mandiri",
              "peringatan",
              `Kriteria ${k.kode} belum dijawab: dihitung bernilai 0.`,
              "Isi jawaban penilaian mandiri beserta bukti dukungnya.",
            )
          : di(
              KRITERIA_LKE,
              k.baris,
              "Kode",
              "peringatan",
              `Kriteria ${k.kode} tidak punya baris di lembar Jawaban LKE: dihitung bernilai 0.`,
              `Tambahkan baris berkode ${k.kode} di Jawaban LKE.`,
            ),
      );
      continue;
    }
    for (const [kolom, nilai] of [
      ["Jawaban Mandiri", j.jawabanMandiri],
      ["Jawaban Evaluator", j.jawabanEvaluator],
    ] as const) {
      if (nilai === "") continue;
      try {
        nilaiJawaban(nilai, skala);
      } catch (e) {
        out.push(
          di(
            JAWABAN_LKE,
            j.baris,
            kolom,
            "galat",
            (e as Error).message,
            "Pakai jawaban yang ada di lembar Skala LKE.",
          ),
        );
        continue;
      }
      if (k.jenisJawaban !== null && !jawabanSesuaiJenis(nilai, k.jenisJawaban)) {
        out.push(
          di(
            JAWABAN_LKE,
            j.baris,
            kolom,
            "galat",
            `Jawaban "${nilai}" tidak sesuai jenis jawaban kriteria ${k.kode} (${k.jenisJawaban}).`,
            `Jawab dengan ${k.jenisJawaban}.`,
          ),
        );
      }
    }
    if (j.buktiDukung.length === 0) {
      out.push(
        di(
          JAWABAN_LKE,
          j.baris,
          "Bukti Dukung",
          "peringatan",
          `Kriteria ${k.kode} dijawab "${j.jawabanMandiri}" tanpa bukti dukung.`,
          "Tempelkan tautan Google Drive bukti dukungnya (Isi Bukti Otomatis mengusulkan dokumen buatan add-on).",
        ),
      );
    }
  }

  // The lock: a status not logged yet, a Final row changed since it was logged.
  const tercatat = statusTercatat(bk.lke.log);
  for (const j of jawaban) {
    if (j.kode === "") continue;
    const log = tercatat.get(kunciTeks(j.kode));
    const status = j.status ?? "";
    if (status === "Final" && log?.status === "Final" && log.sidik !== sidikJawaban(j)) {
      out.push(
        di(
          JAWABAN_LKE,
          j.baris,
          "Status",
          "galat",
          `Baris Final kriteria ${j.kode} diubah setelah dikunci.`,
          "Minta evaluator memeriksa perubahan ini, lalu menjalankan Kunci & Catat Status LKE lagi (atau kembalikan isinya).",
        ),
      );
    } else if (status !== (log?.status ?? "") && !(status === "Draf" && log === undefined)) {
      out.push(
        di(
          JAWABAN_LKE,
          j.baris,
          "Status",
          "peringatan",
          `Status kriteria ${j.kode} "${status || "(kosong)"}" belum dicatat di Log Status LKE.`,
          "Jalankan menu Kunci & Catat Status LKE.",
        ),
      );
    }
  }
  return out;
}

/** Each sub-component one weight; its component's weights add up to the regulation's (30/30/15/25). */
function periksaBobot(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const sub = new Map<string, { komponen: string; nama: string; bobot: number; baris: number }>();
  for (const k of bk.lke.kriteria) {
    if (k.kode === "" || k.bobot === null) continue;
    const kunci = `${kunciTeks(k.komponen)}|${kunciTeks(k.subKomponen)}`;
    const ada = sub.get(kunci);
    if (!ada) sub.set(kunci, { komponen: k.komponen, nama: k.subKomponen, bobot: k.bobot, baris: k.baris });
    else if (ada.bobot !== k.bobot) {
      out.push(
        di(
          KRITERIA_LKE,
          k.baris,
          "Bobot",
          "galat",
          `Bobot ${angka(k.bobot)} berbeda dari bobot sub komponen ${k.komponen} / ${k.subKomponen} di baris ${ada.baris} (${angka(ada.bobot)}).`,
          "Satu sub komponen satu bobot: samakan bobot semua kriterianya.",
        ),
      );
    }
  }
  const perKomponen = new Map<string, { nama: string; jumlah: number; baris: number }>();
  for (const s of sub.values()) {
    const kunci = kunciTeks(s.komponen);
    const ada = perKomponen.get(kunci) ?? { nama: s.komponen, jumlah: 0, baris: s.baris };
    ada.jumlah += s.bobot;
    perKomponen.set(kunci, ada);
  }
  for (const [kunci, k] of perKomponen) {
    const baku = KOMPONEN_LKE.find((x) => kunciTeks(x.nama) === kunci);
    if (!baku) {
      out.push(
        di(
          KRITERIA_LKE,
          k.baris,
          "Komponen",
          "peringatan",
          `Komponen "${k.nama}" bukan salah satu dari empat komponen PermenPANRB 88/2021.`,
          `Pilih ${KOMPONEN_LKE.map((x) => x.nama).join(", ")}.`,
        ),
      );
      continue;
    }
    if (Math.abs(k.jumlah - baku.bobot) > 1e-9) {
      out.push(
        di(
          KRITERIA_LKE,
          k.baris,
          "Bobot",
          "galat",
          `Bobot sub komponen ${baku.nama} berjumlah ${angka(k.jumlah)}, seharusnya ${angka(baku.bobot)}.`,
          `Pemenuhan, kualitas dan implementasi/pemanfaatan: ${baku.sub.map((s) => angka(s.bobot)).join(" / ")}.`,
        ),
      );
    }
  }
  return out;
}
