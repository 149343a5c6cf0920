/**
 * The template syntax, defined once (README, "Panduan Template"):
 * - `{{nama}}` a value, e.g. `{{unit}}`, `{{tahun}}`, `{{triwulan}}`.
 * - A table row holding `{{daftar.kolom}}` placeholders of one list repeats once per record,
 *   e.g. a row `{{indikator.no}} | {{indikator.nama}} | {{indikator.capaian}}`.
 * - `{{#jika nama}}` ... `{{/jika}}`, each on a paragraph of its own: the paragraphs between are
 *   kept only when `nama` is true (a value that is not blank, a list that is not empty).
 * - `{{grafik:nama}}` alone in a paragraph: the chart `nama` goes there.
 * A template naming a placeholder the report does not have is refused before anything is written.
 */
import { pesanGalat } from "../core/galat";
import { type Dokumen, type Elemen, type Grafik, pisahkanTabel, type Tabel } from "./model";

export interface DataLaporan {
  /** Values, already formatted the Indonesian way. */
  nilai: Record<string, string>;
  /** Lists for repeating table rows; a record's `_tebal: "ya"` prints its row bold (totals). */
  daftar: Record<string, Record<string, string>[]>;
  /** The fields each list offers (a template may use them even when the list is empty). */
  kolomDaftar: Record<string, readonly string[]>;
  grafik: Record<string, Grafik>;
  /** Charts of each record of a list, for `{{grafik:nama}}` inside `{{#ulang daftar}}`. */
  grafikRekaman?: Record<string, Record<string, Grafik>[]>;
}

const POLA = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type Placeholder =
  | { jenis: "nilai"; nama: string }
  | { jenis: "daftar"; daftar: string; kolom: string }
  | { jenis: "grafik"; nama: string }
  | { jenis: "jika"; nama: string }
  | { jenis: "akhirJika" }
  | { jenis: "ulang"; nama: string }
  | { jenis: "akhirUlang" };

export function bacaPlaceholder(isi: string): Placeholder {
  const t = isi.trim();
  let m = /^#jika\s+([\w.]+)$/i.exec(t);
  if (m) return { jenis: "jika", nama: m[1]! };
  if (/^\/jika$/i.test(t)) return { jenis: "akhirJika" };
  m = /^#ulang\s+(\w+)$/i.exec(t);
  if (m) return { jenis: "ulang", nama: m[1]! };
  if (/^\/ulang$/i.test(t)) return { jenis: "akhirUlang" };
  m = /^grafik:\s*(\w+)$/i.exec(t);
  if (m) return { jenis: "grafik", nama: m[1]! };
  m = /^(\w+)\.(\w+)$/.exec(t);
  if (m) return { jenis: "daftar", daftar: m[1]!, kolom: m[2]! };
  if (/^\w+$/.test(t)) return { jenis: "nilai", nama: t };
  throw new Error(`Placeholder {{${isi}}} tidak sah.`);
}

/** Every `{{...}}` in a text, in order. */
export function placeholderDi(teks: string): { mentah: string; isi: string }[] {
  return [...teks.matchAll(POLA)].map((m) => ({ mentah: m[0], isi: m[1]! }));
}

/** The list a table row repeats over, or null; a row naming two lists is an error. */
export function daftarBaris(sel: readonly string[]): string | null {
  const nama = new Set<string>();
  for (const t of sel) {
    for (const { isi } of placeholderDi(t)) {
      const ph = bacaPlaceholder(isi);
      if (ph.jenis === "daftar") nama.add(ph.daftar);
    }
  }
  if (nama.size > 1) {
    throw new Error(`Satu baris tabel hanya boleh mengulang satu daftar, bukan ${[...nama].join(" dan ")}.`);
  }
  return nama.size === 1 ? [...nama][0]! : null;
}

/** Text with its values and (for a repeated row) its record's fields filled in. */
export function isiTeks(teks: string, data: DataLaporan, rekaman?: Record<string, string>): string {
  return teks.replace(POLA, (mentah, isi: string) => {
    const ph = bacaPlaceholder(isi);
    if (ph.jenis === "nilai") return data.nilai[ph.nama] ?? mentah;
    if (ph.jenis === "daftar" && rekaman) return rekaman[ph.kolom] ?? "";
    return mentah;
  });
}

export function benar(data: DataLaporan, nama: string): boolean {
  if (nama in data.daftar) return data.daftar[nama]!.length > 0;
  const v = data.nilai[nama];
  return v !== undefined && v.trim() !== "" && v !== "0";
}

/** Where a template element is, for messages: "paragraf 4", "tabel 2, baris 3". */
export interface Temuan {
  tempat: string;
  pesan: string;
}

/**
 * Every placeholder of a template checked against the report's data, before anything is
 * written: unknown names, a list field outside a table row, unbalanced sections.
 */
export function periksaTemplate(dok: Dokumen, data: DataLaporan): Temuan[] {
  const temuan: Temuan[] = [];
  let tabelKe = 0;
  let paragrafKe = 0;
  let jikaTerbuka = 0;
  /** `sendiri`: the placeholder is its paragraph's whole text (where sections and charts must be). */
  const cek = (isi: string, tempat: string, dalamBaris: string | null, sendiri = false) => {
    let ph: Placeholder;
    try {
      ph = bacaPlaceholder(isi);
    } catch (e) {
      temuan.push({ tempat, pesan: pesanGalat(e) });
      return;
    }
    if (ph.jenis === "nilai" && !(ph.nama in data.nilai)) {
      temuan.push({ tempat, pesan: `Placeholder {{${ph.nama}}} tidak dikenal untuk laporan ini.` });
    } else if (ph.jenis === "daftar") {
      const d = data.daftar[ph.daftar];
      if (d === undefined) {
        temuan.push({ tempat, pesan: `Daftar {{${ph.daftar}.…}} tidak dikenal untuk laporan ini.` });
      } else if (dalamBaris !== ph.daftar) {
        temuan.push({ tempat, pesan: `{{${isi}}} hanya boleh dipakai di baris tabel yang berulang.` });
      } else if (!(data.kolomDaftar[ph.daftar] ?? []).includes(ph.kolom)) {
        temuan.push({
          tempat,
          pesan: `Kolom {{${isi}}} tidak dikenal; yang ada: ${(data.kolomDaftar[ph.daftar] ?? []).join(", ")}.`,
        });
      }
    } else if (ph.jenis === "grafik" && !(ph.nama in data.grafik)) {
      temuan.push({ tempat, pesan: `Grafik {{grafik:${ph.nama}}} tidak dikenal untuk laporan ini.` });
    } else if (ph.jenis === "grafik" && !sendiri) {
      // Anywhere else the renderers would print the placeholder as it is.
      temuan.push({ tempat, pesan: `{{grafik:${ph.nama}}} harus berdiri sendiri di satu paragraf.` });
    } else if (ph.jenis === "jika") {
      if (dalamBaris !== null || tempat.startsWith("tabel")) {
        temuan.push({ tempat, pesan: "{{#jika}} harus berdiri sendiri di satu paragraf, bukan di tabel." });
      } else if (!sendiri) {
        temuan.push({ tempat, pesan: `{{#jika ${ph.nama}}} harus berdiri sendiri di satu paragraf.` });
      } else if (!(ph.nama in data.nilai) && !(ph.nama in data.daftar)) {
        temuan.push({
          tempat,
          pesan: `{{#jika ${ph.nama}}}: nama ${ph.nama} tidak dikenal untuk laporan ini.`,
        });
      }
      jikaTerbuka++;
    } else if (ph.jenis === "akhirJika") {
      if (!sendiri) temuan.push({ tempat, pesan: "{{/jika}} harus berdiri sendiri di satu paragraf." });
      if (jikaTerbuka === 0) temuan.push({ tempat, pesan: "{{/jika}} tanpa {{#jika ...}} sebelumnya." });
      else jikaTerbuka--;
    }
  };
  for (const e of dok.elemen) {
    if (e.jenis === "paragraf") {
      paragrafKe++;
      const semua = placeholderDi(e.teks);
      const sendiri = semua.length === 1 && e.teks.trim() === semua[0]!.mentah;
      for (const { isi } of semua) cek(isi, `paragraf ${paragrafKe} ("${ringkas(e.teks)}")`, null, sendiri);
    } else if (e.jenis === "tabel") {
      tabelKe++;
      e.baris.forEach((b, r) => {
        let daftar: string | null = null;
        try {
          daftar = daftarBaris(b);
        } catch (err) {
          temuan.push({ tempat: `tabel ${tabelKe}, baris ${r + 1}`, pesan: pesanGalat(err) });
        }
        for (const t of b)
          for (const { isi } of placeholderDi(t)) cek(isi, `tabel ${tabelKe}, baris ${r + 1}`, daftar);
      });
    }
  }
  if (jikaTerbuka > 0)
    temuan.push({ tempat: "akhir dokumen", pesan: "Ada {{#jika ...}} yang tidak ditutup dengan {{/jika}}." });
  return temuan;
}

function ringkas(t: string): string {
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

/** Throws one Indonesian Error listing every problem of the template, or does nothing. */
export function pastikanTemplateSah(dok: Dokumen, data: DataLaporan, namaTemplate: string): void {
  const temuan = periksaTemplate(dok, data);
  if (temuan.length === 0) return;
  throw new Error(
    `Template "${namaTemplate}" tidak dapat dipakai; belum ada yang ditulis:\n` +
      temuan.map((t) => `- ${t.tempat}: ${t.pesan}`).join("\n"),
  );
}

/** The table a repeated-row table becomes: header rows kept, each list row once per record. */
export function isiTabel(t: Tabel, data: DataLaporan): Tabel {
  const baris: string[][] = [];
  const tebal: number[] = [...(t.tebal ?? [])].filter((i) => i < (t.kepala ?? 0));
  t.baris.forEach((b, r) => {
    const daftar = daftarBaris(b);
    if (daftar === null) {
      if (t.tebal?.includes(r)) tebal.push(baris.length);
      baris.push(b.map((s) => isiTeks(s, data)));
      return;
    }
    for (const rekaman of data.daftar[daftar] ?? []) {
      if (rekaman._tebal === "ya") tebal.push(baris.length);
      baris.push(b.map((s) => isiTeks(s, data, rekaman)));
    }
  });
  return { ...t, baris, ...(tebal.length > 0 ? { tebal } : {}) };
}

/** The filled document: the model both renderers draw and the Docs writer mirrors. */
export function isiTemplate(dok: Dokumen, data: DataLaporan, namaTemplate = dok.judul): Dokumen {
  pastikanTemplateSah(dok, data, namaTemplate);
  const elemen: Elemen[] = [];
  const tampil: boolean[] = [];
  const terlihat = () => tampil.every(Boolean);
  for (const e of dok.elemen) {
    if (e.jenis === "paragraf") {
      const tunggal = placeholderDi(e.teks);
      const satu =
        tunggal.length === 1 && e.teks.trim() === tunggal[0]!.mentah
          ? bacaPlaceholder(tunggal[0]!.isi)
          : null;
      if (satu?.jenis === "jika") {
        tampil.push(benar(data, satu.nama));
        continue;
      }
      if (satu?.jenis === "akhirJika") {
        tampil.pop();
        continue;
      }
      if (!terlihat()) continue;
      if (satu?.jenis === "grafik") {
        elemen.push({ jenis: "grafik", grafik: data.grafik[satu.nama]! });
        continue;
      }
      elemen.push({ ...e, teks: isiTeks(e.teks, data) });
    } else if (!terlihat()) {
    } else if (e.jenis === "tabel") {
      elemen.push(isiTabel(e, data));
    } else elemen.push(e);
  }
  // The rest of the template (its page: lanskap) is the filled document's too.
  return { ...dok, judul: isiTeks(dok.judul, data), elemen: pisahkanTabel(elemen) };
}
