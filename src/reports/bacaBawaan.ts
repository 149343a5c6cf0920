/**
 * The default templates as the server reads them: from build/templat-bawaan.html, a project file
 * beside Code.js that scripts/build.mjs writes from src/reports/bawaan/ as JSON inside a
 * <script type="application/json">. An HTML file counts toward no script size, and
 * HtmlOutput.getContent() returns the file as written
 * (developers.google.com/apps-script/reference/html/html-output#getContent()).
 */

import * as z from "zod/mini";
import type { UkuranKertas } from "../core/model/pengaturan";
import { uraikan } from "../core/uraikan";
import type { JenisLaporan } from "./laporan";
import type { Dokumen } from "./model";

const RATA = z.optional(z.enum(["kiri", "tengah", "kanan", "rata"]));
const ANGKA = z.optional(z.array(z.number()));

/** A template as written in src/reports/bawaan: paragraphs, tables, page and section breaks. */
const SKEMA_TEMPLATE = z.object({
  judul: z.string(),
  lanskap: z.optional(z.boolean()),
  kertas: z.optional(z.enum(["A4", "F4"])),
  elemen: z.array(
    z.union([
      z.object({
        jenis: z.literal("paragraf"),
        teks: z.string(),
        gaya: z.optional(z.enum(["normal", "judul", "subjudul", "bab", "subbab"])),
        rata: RATA,
        tebal: z.optional(z.boolean()),
        ukuran: z.optional(z.number()),
      }),
      z.object({
        jenis: z.literal("tabel"),
        baris: z.array(z.array(z.string())),
        kepala: z.optional(z.number()),
        tebal: ANGKA,
        kanan: ANGKA,
        tanpaGaris: z.optional(z.boolean()),
        tengah: z.optional(z.boolean()),
        lebar: ANGKA,
        gabung: z.optional(
          z.array(
            z.object({
              baris: z.number(),
              kolom: z.number(),
              barisRentang: z.optional(z.number()),
              kolomRentang: z.optional(z.number()),
            }),
          ),
        ),
        gabungSama: ANGKA,
        gabungIkut: z.optional(z.array(z.object({ kolom: z.number(), acuan: z.number() }))),
        ukuran: z.optional(z.number()),
      }),
      z.object({ jenis: z.literal("halaman") }),
      z.object({ jenis: z.literal("bagian"), lanskap: z.boolean() }),
    ]),
  ),
});

let tersimpan: Map<string, Dokumen> | null = null;

/** The default template of a report, on the unit's paper (Pengaturan Ukuran Kertas). */
export function modelBawaan(jenis: JenisLaporan, kertas: UkuranKertas = "A4"): Dokumen {
  if (tersimpan === null) {
    const isi = HtmlService.createHtmlOutputFromFile("templat-bawaan").getContent();
    const m = /<script type="application\/json" id="templat">([\s\S]*)<\/script>/.exec(isi);
    if (!m) throw new Error("Berkas templat-bawaan rusak; pasang ulang add-on (npm run deploy).");
    let json: unknown;
    try {
      json = JSON.parse(m[1]!);
    } catch {
      throw new Error("Berkas templat-bawaan rusak; pasang ulang add-on (npm run deploy).");
    }
    tersimpan = new Map(
      Object.entries(uraikan(z.record(z.string(), SKEMA_TEMPLATE), json, "Berkas templat-bawaan")),
    ) as Map<string, Dokumen>;
  }
  const t = tersimpan.get(jenis);
  if (!t) throw new Error(`Template bawaan "${jenis}" tidak ada; pasang ulang add-on.`);
  return kertas === (t.kertas ?? "A4") ? t : { ...t, kertas };
}
