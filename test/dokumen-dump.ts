// A recorded fake Google Doc back into the report model, so reports/html can draw what the Doc really
// holds (the demo's out/*.html): headings, alignment, bold, tables, charts, page breaks.
import { kuadranIpa } from "../src/core/ikm";
import { NAMA_KUADRAN_GRAFIK } from "../src/reports/laporan/skm";
import type { Dokumen, Elemen, Gaya, Rata } from "../src/reports/model";
import type { BlockDump, DokumenDump, ParagraphDump, TableDump } from "./fakes/docs";

const GAYA: Record<string, Gaya> = {
  TITLE: "judul",
  SUBTITLE: "subjudul",
  HEADING1: "bab",
  HEADING2: "subbab",
};
const RATA: Record<string, Rata> = { LEFT: "kiri", CENTER: "tengah", RIGHT: "kanan", JUSTIFY: "rata" };

function tebalSemua(p: ParagraphDump): boolean {
  const teks = p.content.filter((c) => c.type === "text" && c.text.trim() !== "");
  return teks.length > 0 && teks.every((c) => c.type === "text" && c.bold === true);
}

/** The font size all of a paragraph's text shares, if one was set. */
function ukuranSemua(p: ParagraphDump): number | null {
  const ukuran = new Set(
    p.content.flatMap((c) => (c.type === "text" && c.text.trim() !== "" ? [c.fontSize ?? null] : [])),
  );
  const [u] = [...ukuran];
  return ukuran.size === 1 && typeof u === "number" ? u : null;
}

function paragraf(p: ParagraphDump): Elemen[] {
  const out: Elemen[] = [];
  let teks = "";
  const tutup = () => {
    if (teks !== "" || out.length === 0) {
      out.push({
        jenis: "paragraf",
        teks: teks.replace(/\r/g, "\n"),
        ...(GAYA[p.heading] ? { gaya: GAYA[p.heading] } : {}),
        ...(p.alignment && RATA[p.alignment] ? { rata: RATA[p.alignment] } : {}),
        ...(tebalSemua(p) ? { tebal: true } : {}),
        ...(ukuranSemua(p) !== null ? { ukuran: ukuranSemua(p)! } : {}),
      });
    }
    teks = "";
  };
  for (const c of p.content) {
    if (c.type === "text") teks += c.text;
    else if (c.type === "pageBreak") {
      tutup();
      out.push({ jenis: "halaman" });
    } else if (c.chart) {
      tutup();
      const ch = c.chart;
      if (ch.kind === "scatter") {
        // The Charts scatter holds the points; the means are in its title (Charts draws no lines),
        // and the quadrants are core's, of the points as the chart holds them.
        const rata = /kinerja ([\d.,]+); kepentingan ([\d.,]+)/.exec(ch.title ?? "");
        const angka = (s: string | undefined) => Number((s ?? "").replace(/\./g, "").replace(",", "."));
        const x = ch.rows.map((r) => Number(r[0] ?? 0));
        const y = ch.rows.map((r) => Number(r[1] ?? 0));
        out.push({
          jenis: "grafik",
          grafik: {
            judul: ch.title ?? "",
            label: ch.rows.map((_, i) => `Unsur ${i + 1}`),
            nilai: x,
            satuan: ch.xAxisTitle ?? "",
            sebar: {
              nilaiY: y,
              satuanY: ch.yAxisTitle ?? "",
              rataX: rata ? angka(rata[1]) : x.reduce((a, b) => a + b, 0) / Math.max(1, x.length),
              rataY: rata ? angka(rata[2]) : y.reduce((a, b) => a + b, 0) / Math.max(1, y.length),
              kuadran: x.length >= 2 ? kuadranIpa(x, y).kuadran : [],
              namaKuadran: { ...NAMA_KUADRAN_GRAFIK },
            },
          },
        });
        continue;
      }
      out.push({
        jenis: "grafik",
        grafik: {
          judul: ch.title ?? "",
          label: ch.rows.map((r) => String(r[0] ?? "")),
          nilai: ch.rows.map((r) => Number(r[1] ?? 0)),
          satuan: ch.yAxisTitle ?? "",
        },
      });
    }
  }
  if (teks !== "" || !out.some((e) => e.jenis !== "paragraf")) tutup();
  return out;
}

function tabel(t: TableDump): Elemen {
  const baris = t.rows.map((r) => r.cells.map((c) => c.text.replace(/\r/g, "\n")));
  let kepala = t.headerRows ?? 0;
  if (kepala === 0)
    while (kepala < t.rows.length && t.rows[kepala]!.cells.every((c) => c.background !== null)) kepala++;
  const tebal = t.rows
    .map((r, i) =>
      r.cells.some((c) => c.content.some((b) => b.type === "paragraph" && tebalSemua(b))) ? i : -1,
    )
    .filter((i) => i >= kepala);
  const lebar = t.columnWidths.every((w): w is number => typeof w === "number" && w > 0)
    ? [...t.columnWidths]
    : null;
  // Merged cells as the Docs API made them; right-aligned body columns; the cells' font size.
  const gabung = t.rows.flatMap((r, i) =>
    r.cells.flatMap((c, j) =>
      (c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1
        ? [{ baris: i, kolom: j, barisRentang: c.rowSpan ?? 1, kolomRentang: c.colSpan ?? 1 }]
        : [],
    ),
  );
  const badan = t.rows.slice(kepala);
  const kanan = (t.rows[0]?.cells ?? []).flatMap((_, j) =>
    badan.length > 0 &&
    badan.every((r) => r.cells[j]?.content.every((b) => b.type !== "paragraph" || b.alignment === "RIGHT"))
      ? [j]
      : [],
  );
  const ukuran = t.rows
    .flatMap((r) => r.cells.flatMap((c) => c.content))
    .flatMap((b) => (b.type === "paragraph" ? [ukuranSemua(b)] : []))
    .find((u) => u !== null);
  return {
    jenis: "tabel",
    baris,
    kepala,
    ...(lebar && lebar.length > 0 ? { lebar } : {}),
    ...(tebal.length > 0 ? { tebal } : {}),
    ...(gabung.length > 0 ? { gabung } : {}),
    ...(kanan.length > 0 ? { kanan } : {}),
    ...(ukuran ? { ukuran } : {}),
    ...(t.borderWidth === 0 ? { tanpaGaris: true } : {}),
    ...(t.rows.every((r) =>
      r.cells.every((c) => c.content.every((b) => b.type !== "paragraph" || b.alignment === "CENTER")),
    )
      ? { tengah: true }
      : {}),
  };
}

export function dumpKeDokumen(d: DokumenDump): Dokumen {
  const lanskap = d.page.width !== null && d.page.height !== null && d.page.width > d.page.height;
  // A section break after a paragraph: its section turned when it flips the document's page.
  const bagian = (b: BlockDump): Elemen[] =>
    b.type !== "table" && b.sectionBreak
      ? [{ jenis: "bagian", lanskap: lanskap !== b.sectionBreak.flipPageOrientation }]
      : [];
  const blok = (b: BlockDump): Elemen[] => [
    ...(b.type === "table"
      ? [tabel(b)]
      : b.type === "paragraph"
        ? paragraf(b)
        : [{ jenis: "paragraf" as const, teks: `• ${b.text}` }]),
    ...bagian(b),
  ];
  const p = d.page;
  const halaman =
    p.width && p.height
      ? {
          lebar: p.width,
          tinggi: p.height,
          atas: p.marginTop ?? 72,
          bawah: p.marginBottom ?? 72,
          kiri: p.marginLeft ?? 72,
          kanan: p.marginRight ?? 72,
        }
      : null;
  return {
    judul: d.name,
    ...(lanskap ? { lanskap: true } : {}),
    ...(halaman ? { halaman } : {}),
    elemen: [...(d.header ?? []).flatMap(blok), ...d.body.flatMap(blok), ...(d.footer ?? []).flatMap(blok)],
  };
}

/** Each section break's orientation in order (landscape: true), of a model or of a Doc read back. */
export function urutanBagian(d: Dokumen): boolean[] {
  return d.elemen.flatMap((e) => (e.jenis === "bagian" ? [e.lanskap] : []));
}
