/**
 * The template syntax, defined once (README, "Panduan Template"):
 * - `{{nama}}` a value, e.g. `{{unit}}`, `{{tahun}}`, `{{triwulan}}`.
 * - A table row holding `{{daftar.kolom}}` placeholders of one list repeats once per record,
 *   e.g. a row `{{indikator.no}} | {{indikator.nama}} | {{indikator.capaian}}`.
 * - `{{#jika nama}}` ... `{{/jika}}`, each on a paragraph of its own: the paragraphs between are
 *   kept only when `nama` is true (a value that is not blank, a list that is not empty).
 * - `{{grafik:nama}}` alone in a paragraph: the chart `nama` goes there.
 * - `{{#ulang daftar}}` ... `{{/ulang}}`, each on a paragraph of its own (not nested): the
 *   elements between are written once per record of `daftar`; inside, `{{daftar.kolom}}` (in a
 *   paragraph or a fixed table row) and `{{#jika daftar.kolom}}` are that record's, and
 *   `{{grafik:g}}` its own chart (`grafikRekaman`) or else the report's.
 * A template naming a placeholder the report does not have is refused before anything is written.
 */
import { pesanGalat } from "../core/galat";
import {
  buangBagianKosong,
  type Dokumen,
  type Elemen,
  type Grafik,
  pisahkanTabel,
  type Tabel,
} from "./model";

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

/** The record a `{{#ulang daftar}}` section is being written for. */
export interface Bagian {
  daftar: string;
  /** 0-based place of the record in its list (its charts in `grafikRekaman`). */
  indeks: number;
  rekaman: Record<string, string>;
}

/**
 * Text with its values filled in, and list fields: a repeated row's from its record, the
 * section's list from the section's record. One pass over the template's text, so a value holding
 * "{{x}}" goes in as text.
 */
export function isiTeks(
  teks: string,
  data: DataLaporan,
  rekaman?: Record<string, string>,
  bagian?: Bagian,
): string {
  return teks.replace(POLA, (mentah, isi: string) => {
    const ph = bacaPlaceholder(isi);
    if (ph.jenis === "nilai") return data.nilai[ph.nama] ?? mentah;
    if (ph.jenis === "daftar" && bagian && ph.daftar === bagian.daftar) return bagian.rekaman[ph.kolom] ?? "";
    if (ph.jenis === "daftar" && rekaman) return rekaman[ph.kolom] ?? "";
    return mentah;
  });
}

/**
 * Whether a `{{#jika nama}}` section is kept: a value not blank or "0", a list not empty; inside
 * a `{{#ulang}}` section, `daftar.kolom` of its list is the record's field, kept when not blank.
 */
export function benar(data: DataLaporan, nama: string, bagian?: Bagian): boolean {
  const titik = nama.indexOf(".");
  if (titik >= 0) {
    if (!bagian || nama.slice(0, titik) !== bagian.daftar) return false;
    return (bagian.rekaman[nama.slice(titik + 1)] ?? "").trim() !== "";
  }
  if (nama in data.daftar) return data.daftar[nama]!.length > 0;
  const v = data.nilai[nama];
  return v !== undefined && v.trim() !== "" && v !== "0";
}

/** The chart `{{grafik:nama}}` draws: the section record's own, else the report's. */
export function grafikDi(data: DataLaporan, nama: string, bagian?: Bagian): Grafik | undefined {
  const milik = bagian ? data.grafikRekaman?.[bagian.daftar]?.[bagian.indeks]?.[nama] : undefined;
  return milik ?? data.grafik[nama];
}

/** Where a template element is, for messages: "paragraf 4", "tabel 2, baris 3". */
export interface Temuan {
  tempat: string;
  pesan: string;
}

/**
 * Every placeholder of a template checked against the report's data, before anything is
 * written: unknown names, a list field outside a table row or its `{{#ulang}}` section,
 * unbalanced or nested sections.
 */
export function periksaTemplate(dok: Dokumen, data: DataLaporan): Temuan[] {
  const temuan: Temuan[] = [];
  let tabelKe = 0;
  let paragrafKe = 0;
  let jikaTerbuka = 0;
  /** The list of the open `{{#ulang}}` section, and how many `{{#jika}}` were open at its start. */
  let ulang: { daftar: string; jika: number } | null = null;
  const kolomDikenal = (daftar: string, kolom: string) => (data.kolomDaftar[daftar] ?? []).includes(kolom);
  const grafikDikenal = (nama: string) => {
    if (nama in data.grafik) return true;
    if (ulang === null) return false;
    // An empty list writes nothing: its records' charts cannot be told, nor drawn.
    const milik = data.grafikRekaman?.[ulang.daftar];
    return milik !== undefined && (milik.length === 0 || milik.some((g) => nama in g));
  };
  const tambah = (tempat: string, pesan: string) => temuan.push({ tempat, pesan });
  const SENDIRI = " harus berdiri sendiri di satu paragraf.";
  const TAK_DIKENAL = " tidak dikenal untuk laporan ini.";
  /** `sendiri`: the placeholder is its paragraph's whole text (where sections and charts must be). */
  const cek = (isi: string, tempat: string, dalamBaris: string | null, sendiri = false) => {
    let ph: Placeholder;
    try {
      ph = bacaPlaceholder(isi);
    } catch (e) {
      temuan.push({ tempat, pesan: pesanGalat(e) });
      return;
    }
    const diTabel = dalamBaris !== null || tempat.startsWith("tabel");
    if (ph.jenis === "nilai" && !(ph.nama in data.nilai)) {
      tambah(tempat, `Placeholder {{${ph.nama}}}${TAK_DIKENAL}`);
    } else if (ph.jenis === "daftar") {
      const d = data.daftar[ph.daftar];
      // Inside its `{{#ulang}}` section a list's field is the record's, in a paragraph or a fixed row.
      const milikBagian = ulang?.daftar === ph.daftar && dalamBaris === null;
      if (d === undefined) {
        tambah(tempat, `Daftar {{${ph.daftar}.…}}${TAK_DIKENAL}`);
      } else if (dalamBaris !== ph.daftar && !milikBagian) {
        temuan.push({
          tempat,
          pesan: `{{${isi}}} hanya boleh dipakai di baris tabel yang berulang atau di dalam {{#ulang ${ph.daftar}}}.`,
        });
      } else if (!kolomDikenal(ph.daftar, ph.kolom)) {
        temuan.push({
          tempat,
          pesan: `Kolom {{${isi}}} tidak dikenal; yang ada: ${(data.kolomDaftar[ph.daftar] ?? []).join(", ")}.`,
        });
      }
    } else if (ph.jenis === "grafik" && !grafikDikenal(ph.nama)) {
      tambah(tempat, `Grafik {{grafik:${ph.nama}}}${TAK_DIKENAL}`);
    } else if (ph.jenis === "grafik" && !sendiri) {
      // Anywhere else the renderers would print the placeholder as it is.
      tambah(tempat, `{{grafik:${ph.nama}}}${SENDIRI}`);
    } else if (ph.jenis === "jika") {
      const titik = ph.nama.indexOf(".");
      if (diTabel) {
        temuan.push({ tempat, pesan: "{{#jika}} harus berdiri sendiri di satu paragraf, bukan di tabel." });
      } else if (!sendiri) {
        tambah(tempat, `{{#jika ${ph.nama}}}${SENDIRI}`);
      } else if (titik >= 0) {
        const daftar = ph.nama.slice(0, titik);
        if (ulang?.daftar !== daftar) {
          temuan.push({
            tempat,
            pesan: `{{#jika ${ph.nama}}} hanya boleh dipakai di dalam {{#ulang ${daftar}}}.`,
          });
        } else if (!kolomDikenal(daftar, ph.nama.slice(titik + 1))) {
          temuan.push({
            tempat,
            pesan: `{{#jika ${ph.nama}}}: kolom tidak dikenal; yang ada: ${(data.kolomDaftar[daftar] ?? []).join(", ")}.`,
          });
        }
      } else if (!(ph.nama in data.nilai) && !(ph.nama in data.daftar)) {
        tambah(tempat, `{{#jika ${ph.nama}}}: nama ${ph.nama}${TAK_DIKENAL}`);
      }
      jikaTerbuka++;
    } else if (ph.jenis === "akhirJika") {
      if (!sendiri) tambah(tempat, `{{/jika}}${SENDIRI}`);
      if (jikaTerbuka === 0 || (ulang !== null && jikaTerbuka === ulang.jika)) {
        temuan.push({
          tempat,
          pesan:
            jikaTerbuka === 0
              ? "{{/jika}} tanpa {{#jika ...}} sebelumnya."
              : "{{/jika}} menutup {{#jika ...}} yang dibuka di luar {{#ulang}} ini.",
        });
      } else jikaTerbuka--;
    } else if (ph.jenis === "ulang") {
      if (diTabel || !sendiri) {
        tambah(tempat, `{{#ulang ${ph.nama}}}${SENDIRI}`);
      } else if (ulang !== null) {
        temuan.push({
          tempat,
          pesan: `{{#ulang ${ph.nama}}} tidak boleh berada di dalam {{#ulang ${ulang.daftar}}}: tutup dulu dengan {{/ulang}}.`,
        });
      } else if (!(ph.nama in data.daftar)) {
        temuan.push({
          tempat,
          pesan: `{{#ulang ${ph.nama}}}: daftar ${ph.nama} tidak dikenal untuk laporan ini.`,
        });
      }
      if (ulang === null) ulang = { daftar: ph.nama, jika: jikaTerbuka };
    } else if (ph.jenis === "akhirUlang") {
      if (diTabel || !sendiri) tambah(tempat, `{{/ulang}}${SENDIRI}`);
      if (ulang === null) temuan.push({ tempat, pesan: "{{/ulang}} tanpa {{#ulang ...}} sebelumnya." });
      else {
        if (jikaTerbuka > ulang.jika) {
          temuan.push({
            tempat,
            pesan: "Ada {{#jika ...}} di dalam {{#ulang}} yang tidak ditutup sebelum {{/ulang}}.",
          });
          jikaTerbuka = ulang.jika;
        }
        ulang = null;
      }
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
        // A row naming only its section's list is filled once, with the section's record.
        if (daftar !== null && daftar === ulang?.daftar) daftar = null;
        for (const t of b)
          for (const { isi } of placeholderDi(t)) cek(isi, `tabel ${tabelKe}, baris ${r + 1}`, daftar);
      });
    }
  }
  if (ulang !== null)
    temuan.push({
      tempat: "akhir dokumen",
      pesan: "Ada {{#ulang ...}} yang tidak ditutup dengan {{/ulang}}.",
    });
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

/**
 * The table a repeated-row table becomes: header rows kept, each list row once per record. Inside
 * a `{{#ulang}}` section, a row naming only the section's list is filled once with its record.
 */
export function isiTabel(t: Tabel, data: DataLaporan, bagian?: Bagian): Tabel {
  const baris: string[][] = [];
  const tebal: number[] = [...(t.tebal ?? [])].filter((i) => i < (t.kepala ?? 0));
  t.baris.forEach((b, r) => {
    let daftar = daftarBaris(b);
    if (daftar !== null && daftar === bagian?.daftar) daftar = null;
    if (daftar === null) {
      if (t.tebal?.includes(r)) tebal.push(baris.length);
      baris.push(b.map((s) => isiTeks(s, data, undefined, bagian)));
      return;
    }
    for (const rekaman of data.daftar[daftar] ?? []) {
      if (rekaman._tebal === "ya") tebal.push(baris.length);
      baris.push(b.map((s) => isiTeks(s, data, rekaman, bagian)));
    }
  });
  return { ...t, baris, ...(tebal.length > 0 ? { tebal } : {}) };
}

/** The placeholder a paragraph holds alone (a section mark, a chart), or null. */
function sendirian(e: Elemen): Placeholder | null {
  if (e.jenis !== "paragraf") return null;
  const semua = placeholderDi(e.teks);
  return semua.length === 1 && e.teks.trim() === semua[0]!.mentah ? bacaPlaceholder(semua[0]!.isi) : null;
}

/**
 * Elements filled in order: `{{#jika}}` sections kept or dropped, charts placed, tables filled;
 * a `{{#ulang daftar}}` section (checked: closed, not nested) written once per record.
 */
function isiUrutan(elemen: readonly Elemen[], data: DataLaporan, bagian?: Bagian): Elemen[] {
  const hasil: Elemen[] = [];
  const tampil: boolean[] = [];
  const terlihat = () => tampil.every(Boolean);
  for (let i = 0; i < elemen.length; i++) {
    const e = elemen[i]!;
    const satu = sendirian(e);
    if (satu?.jenis === "ulang") {
      let j = i + 1;
      while (j < elemen.length && sendirian(elemen[j]!)?.jenis !== "akhirUlang") j++;
      const isi = elemen.slice(i + 1, j);
      i = j;
      if (!terlihat()) continue;
      (data.daftar[satu.nama] ?? []).forEach((rekaman, indeks) => {
        hasil.push(...isiUrutan(isi, data, { daftar: satu.nama, indeks, rekaman }));
      });
      continue;
    }
    if (satu?.jenis === "jika") {
      tampil.push(benar(data, satu.nama, bagian));
      continue;
    }
    if (satu?.jenis === "akhirJika") {
      tampil.pop();
      continue;
    }
    if (!terlihat()) continue;
    if (satu?.jenis === "grafik") {
      const g = grafikDi(data, satu.nama, bagian);
      if (g) hasil.push({ jenis: "grafik", grafik: g });
      continue;
    }
    if (e.jenis === "paragraf") hasil.push({ ...e, teks: isiTeks(e.teks, data, undefined, bagian) });
    else if (e.jenis === "tabel") hasil.push(isiTabel(e, data, bagian));
    else hasil.push(e);
  }
  return hasil;
}

/** The filled document: the model both renderers draw and the Docs writer mirrors. */
export function isiTemplate(dok: Dokumen, data: DataLaporan, namaTemplate = dok.judul): Dokumen {
  pastikanTemplateSah(dok, data, namaTemplate);
  // The rest of the template (its page: lanskap) is the filled document's too.
  return {
    ...dok,
    judul: isiTeks(dok.judul, data),
    elemen: pisahkanTabel(buangBagianKosong(isiUrutan(dok.elemen, data))),
  };
}
