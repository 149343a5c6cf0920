/**
 * The SKM answers: typed rows of the SKM sheet, and the response sheets of the questionnaire the
 * add-on made (Buat Kuesioner SKM), whose items are titled "P1. ..." (answer) and "K1. ..."
 * (importance of P1) with choices "a. ..." to "d. ...". Each sheet is read once.
 */
import { isKosong } from "../../core/angka";
import { kunciTeks } from "../../core/format";
import { pesanGalat } from "../../core/galat";
import { skorJawaban } from "../../core/ikm";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { hurufKolom } from "../../core/model/kolom";
import { SKM } from "../../core/model/skm";
import { bacaBaris, bacaLembar, type DaftarLembar, daftarLembar, type TabelLembar } from "./tabel";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A Google Form's response sheet, as Sheets names it in English or Indonesian. */
const LEMBAR_FORMULIR = /^(form responses|jawaban formulir|respons formulir|tanggapan formulir)\b/i;

/** At most this many unreadable answers are listed; a count says how many more. */
const BATAS_GALAT_JAWABAN = 200;

interface KolomSkm {
  /** 0-based column in its sheet. */
  kolom: number;
  kode: string;
  jenis: "jawaban" | "kepentingan";
}

interface Sumber {
  tabel: TabelLembar;
  kolom: KolomSkm[];
}

type Survei = Pick<BukuKerja, "kodeJawaban" | "kolomJawaban" | "responden">;

export function bacaSkm(
  ss: Spreadsheet,
  tSkm: TabelLembar | null,
  masalah: Masalah[],
  kodePertanyaan: readonly string[] = [],
  lembar: DaftarLembar = daftarLembar(ss),
): Survei {
  const hasil: Survei = { kodeJawaban: [], kolomJawaban: [], responden: [] };
  const daftarkan = (kode: string, kolom: number) => {
    if (!hasil.kodeJawaban.includes(kode)) {
      hasil.kodeJawaban.push(kode);
      hasil.kolomJawaban.push(kolom);
    }
  };
  const sumber: Sumber[] = [];
  const kode = new Set(kodePertanyaan.map((k) => k.trim().toUpperCase()));
  if (tSkm) sumber.push(kolomLembarSkm(tSkm, daftarkan, kode));
  for (const nama of lembar.keys()) {
    if (!LEMBAR_FORMULIR.test(nama)) continue;
    const t = bacaLembar(ss, nama, lembar);
    if (t === null || t.nilai.length === 0) continue;
    const s = kolomFormulir(t, daftarkan);
    if (s.kolom.length > 0) sumber.push(s);
  }
  let galat = 0;
  for (const s of sumber) galat += bacaResponden(s, hasil, masalah, galat);
  if (galat > BATAS_GALAT_JAWABAN) {
    masalah.push({
      tingkat: "galat",
      lembar: SKM.nama,
      pesan: `Ada ${galat} jawaban tidak sah; ${BATAS_GALAT_JAWABAN} yang pertama ditampilkan.`,
      saran: "Periksa kolom jawaban: hanya 1-4 atau a-d.",
    });
  }
  return hasil;
}

/**
 * The SKM sheet: a column beyond the profile is an answer when its header is a question's code
 * or looks like one (P1, U3, P12a), importance when it is K1, K2 ...; a column a user added for
 * their own notes ("Kelurahan") is theirs and is not read.
 */
function kolomLembarSkm(
  t: TabelLembar,
  daftarkan: (kode: string, kolom: number) => void,
  kodePertanyaan: ReadonlySet<string>,
): Sumber {
  const tetap = new Set(SKM.kolom.map((k) => kunciTeks(k.judul)));
  const kolom: KolomSkm[] = [];
  (t.nilai[0] ?? []).forEach((j, i) => {
    const judul = String(j).trim();
    if (judul === "" || tetap.has(judul.toLowerCase())) return;
    const penting = /^K(\d+)$/i.exec(judul);
    if (penting) kolom.push({ kolom: i, kode: `P${penting[1]}`, jenis: "kepentingan" });
    else if (kodePertanyaan.has(judul.toUpperCase()) || /^[A-Z]{1,3}\s*\d+[A-Z]?$/i.test(judul)) {
      kolom.push({ kolom: i, kode: judul, jenis: "jawaban" });
      daftarkan(judul, i + 1);
    }
  });
  return { tabel: t, kolom };
}

/** A form's response sheet: items "P1. ..." and "K1. ...", the timestamp first. */
function kolomFormulir(t: TabelLembar, daftarkan: (kode: string, kolom: number) => void): Sumber {
  const kolom: KolomSkm[] = [];
  (t.nilai[0] ?? []).forEach((j, i) => {
    const m = /^([PK])(\d+)\b/i.exec(String(j).trim());
    if (m) {
      const kode = `P${m[2]}`;
      const penting = m[1]!.toUpperCase() === "K";
      kolom.push({ kolom: i, kode, jenis: penting ? "kepentingan" : "jawaban" });
      if (!penting) daftarkan(kode, 0);
    } else if (i === 0) {
      // The form's timestamp is the date of the answer.
      t.indeks.set("tanggal", 0);
    }
  });
  return { tabel: t, kolom };
}

/** The respondents of one source sheet; returns how many answers could not be read. */
function bacaResponden(
  { tabel: t, kolom }: Sumber,
  hasil: Survei,
  masalah: Masalah[],
  galatSebelum: number,
): number {
  let galat = 0;
  const profil = new Map(bacaBaris(t, SKM, masalah).map((p) => [p.baris, p]));
  for (let r = 1; r < t.nilai.length; r++) {
    const b = t.nilai[r]!;
    const d = profil.get(r + 1);
    if (!d && kolom.every((k) => isKosong(b[k.kolom]))) continue;
    const jawaban: (number | null)[] = hasil.kodeJawaban.map(() => null);
    const kepentingan: (number | null)[] = hasil.kodeJawaban.map(() => null);
    for (const k of kolom) {
      const i = hasil.kodeJawaban.indexOf(k.kode);
      if (i < 0) continue;
      try {
        (k.jenis === "jawaban" ? jawaban : kepentingan)[i] = skorJawaban(b[k.kolom]);
      } catch (e) {
        galat++;
        if (galatSebelum + galat <= BATAS_GALAT_JAWABAN) {
          masalah.push({
            tingkat: "galat",
            lembar: t.nama,
            baris: r + 1,
            kolom: String(t.nilai[0]![k.kolom] ?? k.kode),
            sel: `${hurufKolom(k.kolom + 1)}${r + 1}`,
            pesan: pesanGalat(e),
            saran: "Isi 1-4 atau a-d (a=1, b=2, c=3, d=4); kosongkan bila tidak dijawab.",
          });
        }
      }
    }
    hasil.responden.push({
      baris: r + 1,
      tanggal: d?.tanggal ?? null,
      jenisLayanan: d?.jenisLayanan ?? "",
      jenisKelamin: d?.jenisKelamin ?? "",
      usia: d?.usia ?? null,
      pendidikan: d?.pendidikan ?? "",
      pekerjaan: d?.pekerjaan ?? "",
      saran: d?.saran ?? "",
      jawaban,
      kepentingan,
      lembar: t.nama,
    });
  }
  return galat;
}
