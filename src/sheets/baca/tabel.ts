/**
 * One sheet read once (getDataRange().getValues(), whatever its size) and its rows turned into
 * records by the contract's columns: each cell through its column's reader, every unreadable or
 * missing required cell reported with sheet, row, column and cell.
 */
import { isKosong } from "../../core/angka";
import { esTanggal, kunciTeks } from "../../core/format";
import { pesanGalat } from "../../core/galat";
import type { Masalah } from "../../core/masalah";
import { hurufKolom, type KolomIsi, labelDari, type Rekaman, type SkemaLembar } from "../../core/model/kolom";
import { kolomDibacaRumus } from "../rumus";
import { tanggalDalamZona, zonaSpreadsheet } from "../zona";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The workbook's sheets by name, listed once (getSheets, then getName on each): a reader that
 * reads many sheets finds them here instead of asking getSheetByName for each, one call fewer per
 * sheet (issue 13: a report's Google calls are counted).
 */
export type DaftarLembar = ReadonlyMap<string, Sheet>;

export function daftarLembar(ss: Spreadsheet): DaftarLembar {
  return new Map(ss.getSheets().map((s) => [s.getName(), s] as const));
}

export interface TabelLembar {
  nama: string;
  nilai: unknown[][];
  /** Header (trimmed, single spaces, lower case) -> 0-based column. */
  indeks: Map<string, number>;
}

export function bacaLembar(ss: Spreadsheet, nama: string, lembar?: DaftarLembar): TabelLembar | null {
  const sheet = lembar ? (lembar.get(nama) ?? null) : ss.getSheetByName(nama);
  if (sheet === null) return null;
  const nilai = tanggalDalamZona(sheet.getDataRange().getValues(), zonaSpreadsheet(ss));
  const indeks = new Map<string, number>();
  (nilai[0] ?? []).forEach((j, i) => {
    const k = kunciTeks(j);
    if (k !== "" && !indeks.has(k)) indeks.set(k, i);
  });
  return { nama, nilai, indeks };
}

/** Where each of the contract's columns is in the sheet; a typed column that is missing is a galat. */
function posisiKolom(tabel: TabelLembar, skema: SkemaLembar, masalah: Masalah[]): Map<string, number> {
  const posisi = new Map<string, number>();
  for (const k of skema.kolom) {
    const i = tabel.indeks.get(kunciTeks(k.judul));
    if (i !== undefined) posisi.set(k.judul, i);
    else if (k.jenis !== "rumus") {
      masalah.push({
        tingkat: "galat",
        lembar: tabel.nama,
        baris: 1,
        kolom: k.judul,
        pesan: `Kolom "${k.judul}" tidak ditemukan di baris judul.`,
        saran: "Jalankan Siapkan Lembar Kerja, atau kembalikan judul kolom yang terhapus/terganti.",
      });
    }
  }
  return posisi;
}

/**
 * Each non-blank data row of a sheet as its record. A bad cell becomes a problem and its field
 * the column's blank value, so later checks still see the row.
 */
export function bacaBaris<S extends SkemaLembar>(
  tabel: TabelLembar,
  skema: S,
  masalah: Masalah[],
): Rekaman<S>[] {
  const posisi = posisiKolom(tabel, skema, masalah);
  const dibacaRumus = kolomDibacaRumus(skema);
  const isian = skema.kolom.filter((k): k is KolomIsi => k.kunci !== undefined);
  const hasil: Rekaman<S>[] = [];
  for (let r = 1; r < tabel.nilai.length; r++) {
    const baris = tabel.nilai[r]!;
    if (skema.kolom.every((k) => isKosong(baris[posisi.get(k.judul) ?? -1]))) continue;
    const rekaman: Record<string, unknown> = { baris: r + 1 };
    for (const k of isian) {
      const c = posisi.get(k.judul);
      const v = c === undefined ? "" : (baris[c] ?? "");
      let nilai = k.pembaca.kosong;
      const lapor = (pesan: string, saran: string) =>
        masalah.push({
          tingkat: "galat",
          lembar: tabel.nama,
          baris: r + 1,
          kolom: k.judul,
          ...(c === undefined ? {} : { sel: `${hurufKolom(c + 1)}${r + 1}` }),
          pesan,
          saran,
        });
      if (nilaiGalat(v)) {
        const rumus = dibacaRumus.get(k.judul);
        lapor(
          `Sel berisi galat ${String(v)}.${
            rumus
              ? ` Sheets tidak menjalankan rumus kolom ${rumus.join(" dan ")} selama satu sel yang dibacanya berisi galat, sehingga seluruh kolom itu ikut galat.`
              : ""
          }`,
          "Perbaiki atau kosongkan sel ini (misalnya rumus yang merujuk sel yang terhapus, atau hasil pembagian dengan nol).",
        );
      } else if (k.jenis === "kode" && (typeof v === "number" || esTanggal(v))) {
        // Sheets has already changed it: 5.10 is 5.1, "1.1.1" a date. The text read may not be what was typed.
        const tanggal = typeof v !== "number";
        masalah.push({
          tingkat: tanggal ? "galat" : "peringatan",
          lembar: tabel.nama,
          baris: r + 1,
          kolom: k.judul,
          ...(c === undefined ? {} : { sel: `${hurufKolom(c + 1)}${r + 1}` }),
          pesan: tanggal
            ? `${labelDari(k)} terbaca sebagai tanggal, bukan kode: Sheets mengubah kode bertitik seperti 1.1.1 menjadi tanggal.`
            : `${labelDari(k)} ${String(v)} tersimpan sebagai angka, bukan teks: Sheets bisa mengubah 5.10 menjadi 5.1.`,
          saran:
            "Format kolom ini sebagai Teks biasa (Format > Angka > Teks biasa), lalu ketik ulang kodenya.",
        });
        if (!tanggal) nilai = k.pembaca.baca(v, labelDari(k));
      } else if (k.wajib && c !== undefined && isKosong(v)) {
        // A missing column is reported once, at its header (posisiKolom), not as a blank in every row.
        lapor(k.wajib.pesan ?? `${labelDari(k)} kosong.`, k.wajib.saran ?? saranUntuk(k.judul));
      } else {
        try {
          nilai = k.pembaca.baca(v, labelDari(k));
        } catch (e) {
          lapor(pesanGalat(e), saranUntuk(k.judul));
        }
      }
      if (k.indeks === undefined) rekaman[k.kunci] = nilai;
      else {
        if (rekaman[k.kunci] === undefined) rekaman[k.kunci] = [];
        (rekaman[k.kunci] as unknown[])[k.indeks] = nilai;
      }
    }
    hasil.push(rekaman as Rekaman<S>);
  }
  return hasil;
}

/**
 * A cell showing a formula error: getValues gives its text ("#N/A", "#DIV/0!", "#REF!" ...).
 */
export function nilaiGalat(v: unknown): boolean {
  return (
    typeof v === "string" && /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/.test(v)
  );
}

function saranUntuk(judul: string): string {
  if (/^(Target|Realisasi|Pagu|Sisa|Serapan|Jumlah)/.test(judul)) {
    return "Tulis angka seperti 1.234.567,89 atau 95,23 %; kosongkan bila belum ada.";
  }
  if (judul === "Arah") return 'Pilih "NAIK" atau "TURUN" dari daftar.';
  if (judul === "Agregasi Tahunan") return 'Pilih "RATA-RATA", "JUMLAH", atau "TERAKHIR" dari daftar.';
  if (judul === "Tanggal") return "Tulis tanggal seperti 31 Januari 2024 atau 31/01/2024.";
  return "Perbaiki isi sel ini.";
}
