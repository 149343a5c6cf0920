import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kuadranIpa, UNSUR_KEPMENPAN_25_2004, UNSUR_PERMENPANRB_14_2017 } from "../../src/core/ikm";
import { escapeHtml, renderHtml, svgGrafik } from "../../src/reports/html";
import { NAMA_KUADRAN_GRAFIK } from "../../src/reports/laporan/skm";
import { type Dokumen, type Grafik, p, type Tabel } from "../../src/reports/model";
import { adaChromium, bukaChromium } from "../browser";

const SERANGAN = "<img src=x onerror=alert(1)>";
const TUTUP_STYLE = "</style><script>alert(2)</script>";

const hitung = (teks: string, pola: RegExp) => (teks.match(pola) ?? []).length;
const dekode = (s: string) =>
  s
    .replace(/<br>/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

// Seed 003 (Laporan Kinerja TW III Kecamatan Lumajang 2021): the budget table before and after refocusing.
const PAGU: Tabel = {
  jenis: "tabel",
  kepala: 1,
  tebal: [3],
  kanan: [3, 4, 5],
  lebar: [1, 3, 6, 3, 3, 4],
  baris: [
    ["NO", "KODE SUB KEGIATAN", "URAIAN SUB KEGIATAN", "PAGU AWAL", "PAGU REFOKUSING", "PENGURANGAN"],
    ["1", "7.01.01.2.01.02", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "2.620.000", "2.620.000", "-"],
    [
      "2",
      "7.01.01.2.01.06",
      "Koordinasi dan Penyusunan Laporan Capaian Kinerja",
      "1.408.000",
      "772.000",
      "636.000",
    ],
    ["", "", "JUMLAH", "6.420.166.069", "6.255.403.861", "164.762.208"],
  ],
};

// Seed 003, the Perjanjian Kinerja signature block: two parties side by side, names under the gap.
const TANDA_TANGAN: Tabel = {
  jenis: "tabel",
  tanpaGaris: true,
  tengah: true,
  baris: [
    [
      "PIHAK KEDUA\nBUPATI LUMAJANG\n\n\nH. THORIQUL HAQ, M.ML",
      "Lumajang, 11 Januari 2021\nPIHAK PERTAMA\nCAMAT LUMAJANG\n\nDrs. DEDWI SUPRAPTO, M.Si\nNIP. 19701219 199101 1 002",
    ],
  ],
};

const CAPAIAN: Grafik = {
  judul: "Capaian Indikator Kinerja Kecamatan Lumajang Tahun 2021",
  label: ["Indeks Kepuasan Masyarakat (IKM)", "Nilai SAKIP", "Persentase dokumen tepat waktu"],
  nilai: [101.02, 100, 87.5],
  satuan: "Capaian (%)",
  acuan: 100,
};

const LAPORAN: Dokumen = {
  judul: "Laporan Kinerja Triwulan III Kecamatan Lumajang 2021",
  elemen: [
    p("LAPORAN KINERJA TRIWULAN III", { gaya: "judul" }),
    p("KECAMATAN LUMAJANG\nTAHUN 2021", { gaya: "subjudul" }),
    { jenis: "halaman" },
    p("BAB I\nPENDAHULUAN", { gaya: "bab" }),
    p("A. Latar Belakang", { gaya: "subbab" }),
    p("Laporan Kinerja triwulan III adalah ikhtisar yang menjelaskan secara ringkas capaian kinerja."),
    p("Tabel 1.1 Pagu Anggaran", { rata: "tengah", tebal: true }),
    PAGU,
    { jenis: "grafik", grafik: CAPAIAN },
    { jenis: "halaman" },
    p(""),
    TANDA_TANGAN,
  ],
};

/** The bars of a chart: [x, y, width, height] of each rect in the bar colour. */
function batang(svg: string): number[][] {
  return [
    ...svg.matchAll(/<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" fill="#4472c4"\/>/g),
  ].map((m) => m.slice(1, 5).map(Number));
}

/** The y of the zero line: the black line drawn after the bars. */
function garisNol(svg: string): number {
  const semua = [...svg.matchAll(/<line x1="[^"]+" y1="([^"]+)" x2="[^"]+" y2="([^"]+)" stroke="#000"/g)];
  const horizontal = semua.filter((m) => m[1] === m[2]);
  return Number(horizontal[horizontal.length - 1]![1]);
}

describe("renderHtml: the page", () => {
  const html = renderHtml(LAPORAN);

  it("is a complete page titled with the document's judul", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<head>[\s\S]*<\/head>/)![0]).toContain(
      "<title>Laporan Kinerja Triwulan III Kecamatan Lumajang 2021</title>",
    );
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("sets the body in Times New Roman 12pt on A4 sheets, tables in Arial", () => {
    // A4 in points, as the Doc's page (tata.ts).
    expect(html).toMatch(/@page \{ size: 595\.\d+pt 841\.\d+pt;/);
    expect(html).toMatch(/\.halaman \{[^}]*width: 210mm;[^}]*min-height: 297mm;/);
    expect(html).toMatch(/font-family: "Times New Roman"[^;]*serif; font-size: 12pt;/);
    expect(html).toMatch(/table\.tabel \{[^}]*font-family: Arial/);
    expect(html).toMatch(/th \{ background: #d9d9d9; font-weight: bold;/);
    expect(html).toMatch(/border: 1px solid #000;/);
  });

  it("as a fragment: no document shell, its own scoped style", () => {
    const bagian = renderHtml(LAPORAN, { halamanPenuh: false });
    expect(bagian.startsWith('<div class="sakip-dok">\n<style>')).toBe(true);
    expect(bagian).not.toMatch(/<!doctype|<html|<head|<body|<title>Laporan/i);
    expect(bagian).not.toContain("@page");
    // Every rule of the fragment's style is scoped, so the dialog around it keeps its own look.
    const css = bagian.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    for (const aturan of css.replace(/@media print \{/g, "").match(/[^{}]+(?=\{)/g)!) {
      for (const pemilih of aturan.split(",")) expect(pemilih.trim()).toMatch(/^\.sakip-dok\b/);
    }
    // The same sheets as the page.
    expect(hitung(bagian, /<section class="halaman"[^>]*>/g)).toBe(3);
  });

  it("maps the paragraph styles to headings, centred or left, and keeps line breaks", () => {
    expect(html).toContain('<h1 class="judul">LAPORAN KINERJA TRIWULAN III</h1>');
    expect(html).toContain('<p class="subjudul">KECAMATAN LUMAJANG<br>TAHUN 2021</p>');
    expect(html).toContain('<h2 class="bab">BAB I<br>PENDAHULUAN</h2>');
    expect(html).toContain('<h3 class="subbab">A. Latar Belakang</h3>');
    expect(html).toContain("<p>Laporan Kinerja triwulan III adalah");
    expect(html).toContain('<p class="rata-tengah tebal">Tabel 1.1 Pagu Anggaran</p>');
    expect(html).toMatch(
      /h1\.judul \{[^}]*font-weight: bold; text-align: center;\s*text-transform: uppercase;/,
    );
    expect(html).toMatch(/h2\.bab \{[^}]*font-weight: bold; text-align: center;/);
    expect(html).toMatch(/h3\.subbab \{[^}]*font-weight: bold; text-align: left;/);
    expect(html).toMatch(/\.sakip-dok p \{[^}]*text-align: justify;/);
  });

  it("keeps an empty paragraph as a blank line", () => {
    expect(html).toContain("<p><br></p>");
  });

  it("gives each alignment its class", () => {
    const teks = renderHtml({
      judul: "x",
      elemen: [
        p("a", { rata: "kiri" }),
        p("b", { rata: "tengah" }),
        p("c", { rata: "kanan" }),
        p("d", { rata: "rata" }),
      ],
    });
    expect(teks).toContain('<p class="rata-kiri">a</p>');
    expect(teks).toContain('<p class="rata-tengah">b</p>');
    expect(teks).toContain('<p class="rata-kanan">c</p>');
    expect(teks).toContain('<p class="rata-rata">d</p>');
  });

  it("starts a sheet at each page break, broken after in print", () => {
    expect(hitung(html, /<section class="halaman"[^>]*>/g)).toBe(3);
    expect(hitung(html, /<\/section>/g)).toBe(3);
    const [, satu, dua, tiga] = html.split(/<section class="halaman"[^>]*>/);
    expect(satu).toContain("LAPORAN KINERJA TRIWULAN III");
    expect(satu).not.toContain("BAB I");
    expect(dua).toContain("BAB I");
    expect(dua).toContain("<svg");
    expect(tiga).toContain("PIHAK KEDUA");
    expect(html).toMatch(/@media print \{[\s\S]*\.halaman \{[^}]*page-break-after: always;/);
    expect(html).toMatch(/\.halaman:last-child \{ page-break-after: auto;/);
    // On screen the sheets stand apart.
    expect(html).toMatch(/\.halaman \{[^}]*margin: 0 auto 24px;[^}]*box-shadow/);
  });

  it("renders a document without elements as one empty sheet", () => {
    const kosong = renderHtml({ judul: "Kosong", elemen: [] });
    expect(hitung(kosong, /<section class="halaman"[^>]*>/g)).toBe(1);
    expect(kosong).toContain("<title>Kosong</title>");
  });

  it("refuses an element it does not know, naming it", () => {
    const salah = { judul: "x", elemen: [{ jenis: "gambar" }] } as unknown as Dokumen;
    expect(() => renderHtml(salah)).toThrow('Elemen laporan jenis "gambar" tidak dikenal.');
  });

  it("gives the same string for the same document", () => {
    expect(renderHtml(LAPORAN)).toBe(html);
    expect(renderHtml(structuredClone(LAPORAN), { halamanPenuh: false })).toBe(
      renderHtml(LAPORAN, { halamanPenuh: false }),
    );
  });
});

describe("renderHtml: tables", () => {
  const html = renderHtml({ judul: "t", elemen: [PAGU] });
  const tabel = html.match(/<table class="tabel"[^>]*>[\s\S]*?<\/table>/)![0];

  it("has one row per row and one cell per cell, the header rows as th in thead", () => {
    expect(hitung(tabel, /<tr[ >]/g)).toBe(4);
    const thead = tabel.match(/<thead>([\s\S]*)<\/thead>/)![1]!;
    expect(hitung(thead, /<tr>/g)).toBe(1);
    expect(hitung(thead, /<th>/g)).toBe(6);
    const tbody = tabel.match(/<tbody>([\s\S]*)<\/tbody>/)![1]!;
    expect(hitung(tbody, /<tr[ >]/g)).toBe(3);
    expect(hitung(tbody, /<td[ >]/g)).toBe(18);
    expect(thead).toContain("<th>PAGU REFOKUSING</th>");
  });

  it("prints the figures exactly as given, amounts aligned right, totals bold", () => {
    expect(tabel).toContain('<td class="kanan">6.420.166.069</td>');
    expect(tabel).toContain('<td class="kanan">-</td>');
    expect(tabel).toContain("<td>7.01.01.2.01.02</td>");
    expect(tabel).toContain(
      '<tr class="tebal"><td></td><td></td><td>JUMLAH</td><td class="kanan">6.420.166.069</td>',
    );
    expect(hitung(tabel, /<tr class="tebal">/g)).toBe(1);
    expect(hitung(tabel, /<td class="kanan">/g)).toBe(9);
  });

  it("scales relative widths to the page's usable width (A4 between 3 and 2 cm margins), in points", () => {
    const lebar = [...tabel.matchAll(/<col style="width: ([\d.]+)pt">/g)].map((m) => Number(m[1]));
    expect(lebar).toHaveLength(6);
    expect(lebar.reduce((a, b) => a + b, 0)).toBeCloseTo(453.5, 0);
    // The NO column is the narrowest; a code ("7.01.01.2.01.02", one word) gets the room it needs.
    expect(Math.min(...lebar)).toBe(lebar[0]);
    expect(lebar[1]!).toBeGreaterThanOrEqual(15 * 0.55 * 10);
  });

  it("ignores widths it cannot use", () => {
    for (const lebar of [
      [1, 2],
      [0, 0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1, Number.NaN],
      [1, 1, 1, 1, 1, -1],
    ]) {
      const teks = renderHtml({ judul: "t", elemen: [{ ...PAGU, lebar }] });
      // Equal shares instead, each column as wide as its longest word needs.
      expect(hitung(teks, /<col style="width: [\d.]+pt">/g)).toBe(6);
      expect(teks).not.toMatch(/NaN|Infinity/);
    }
  });

  it("draws a signature block without borders, centred, with its line breaks", () => {
    const teks = renderHtml({ judul: "t", elemen: [TANDA_TANGAN] });
    expect(teks).toContain('<table class="tabel tanpa-garis tengah" style="width: ');
    expect(teks).toContain("<td>PIHAK KEDUA<br>BUPATI LUMAJANG<br><br><br>H. THORIQUL HAQ, M.ML</td>");
    expect(teks).toContain("<td>Lumajang, 11 Januari 2021<br>PIHAK PERTAMA<br>CAMAT LUMAJANG<br><br>");
    expect(teks).toMatch(/table\.tanpa-garis td \{ border: none; background: none; \}/);
    expect(teks).toMatch(/table\.tengah td \{ text-align: center; \}/);
    expect(teks).not.toContain("\n\n\n");
  });

  it("takes Windows line ends as line breaks too", () => {
    const teks = renderHtml({
      judul: "t",
      elemen: [{ ...TANDA_TANGAN, baris: [["CAMAT\r\n\r\nNAMA\rNIP"]] }],
    });
    expect(teks).toContain("<td>CAMAT<br><br>NAMA<br>NIP</td>");
  });

  it("pads a short row, clamps the header count, and draws nothing for a table without rows", () => {
    const teks = renderHtml({
      judul: "t",
      elemen: [{ jenis: "tabel", kepala: 5, baris: [["a", "b", "c"], ["d"]] }],
    });
    expect(hitung(teks, /<th>/g)).toBe(6);
    expect(teks).not.toContain("<tbody>");
    expect(renderHtml({ judul: "t", elemen: [{ jenis: "tabel", baris: [] }] })).not.toContain("<table");
  });
});

describe("renderHtml: escaping", () => {
  const serang: Dokumen = {
    judul: `${SERANGAN}${TUTUP_STYLE}`,
    elemen: [
      p(SERANGAN, { gaya: "judul" }),
      p(TUTUP_STYLE, { gaya: "bab" }),
      p(`Tulisan "kutip" & 'petik' ${SERANGAN}`),
      {
        jenis: "tabel",
        kepala: 1,
        baris: [
          [SERANGAN, TUTUP_STYLE],
          [`a & b`, `${SERANGAN}\n${TUTUP_STYLE}`],
        ],
      },
      {
        jenis: "grafik",
        grafik: { judul: SERANGAN, label: [SERANGAN, TUTUP_STYLE], nilai: [1, 2], satuan: TUTUP_STYLE },
      },
    ],
  };

  for (const halamanPenuh of [true, false]) {
    it(`leaves no user markup unescaped (halamanPenuh ${halamanPenuh})`, () => {
      const html = renderHtml(serang, { halamanPenuh });
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<script");
      expect(html).not.toContain("onerror=alert(1)>");
      // The only </style> is the renderer's own.
      expect(hitung(html, /<\/style>/g)).toBe(1);
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(html).toContain("&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
      expect(html).toContain("Tulisan &quot;kutip&quot; &amp; &#39;petik&#39;");
      expect(html).toContain("<td>a &amp; b</td>");
    });
  }

  it("escapes the page title", () => {
    const html = renderHtml(serang);
    expect(html).toContain(
      "<title>&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>",
    );
  });

  it("escapes every text of a chart: title, labels, axis title", () => {
    const svg = svgGrafik({
      judul: SERANGAN,
      label: [SERANGAN, `"x" & 'y'`],
      nilai: [5, -5],
      satuan: TUTUP_STYLE,
      acuan: 1,
    });
    expect(svg).not.toMatch(/<img|<script|<\/style>/);
    expect(svg).toContain("<title>&lt;img src=x onerror=alert(1)&gt;</title>");
    expect(svg).toContain("&quot;x&quot; &amp; &#39;y&#39;");
  });

  it("gives back any text exactly, markup as text, line breaks as <br> (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (teks) => {
        const html = renderHtml({ judul: teks, elemen: [p(`|${teks}|`)] }, { halamanPenuh: false });
        const isi = html.match(/<p>\|([\s\S]*)\|<\/p>/)![1]!;
        expect(isi.replace(/<br>/g, "")).not.toMatch(/[<>"']/);
        expect(isi.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(dekode(isi)).toBe(teks.replace(/\r\n|\r/g, "\n"));
      }),
      { numRuns: 300 },
    );
  });

  it("escapeHtml replaces the five characters and nothing else", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
    expect(escapeHtml("Capaian 101,02 % — Rp 2.104.137.463")).toBe("Capaian 101,02 % — Rp 2.104.137.463");
  });
});

describe("svgGrafik", () => {
  it("draws one bar per label, each value printed the Indonesian way above it", () => {
    const svg = svgGrafik(CAPAIAN);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="340"')).toBe(true);
    expect(batang(svg)).toHaveLength(3);
    for (const teks of ["101,02", "100,00", "87,50"]) expect(svg).toMatch(new RegExp(`>${teks}</text>`));
    expect(svg).not.toMatch(/>101\.02</);
    // Above: the value's baseline is over the top of its bar.
    const [x, yAtas, w] = batang(svg)[0]!;
    const nilai = svg.match(/<text x="([^"]+)" y="([^"]+)" text-anchor="middle"[^>]*>101,02<\/text>/)!;
    expect(Number(nilai[2])).toBeLessThan(yAtas!);
    expect(Number(nilai[1])).toBeCloseTo(x! + w! / 2, 0);
  });

  it("puts the title on top, the unit on the value axis, and the reference line dashed and labelled", () => {
    const svg = svgGrafik(CAPAIAN);
    expect(svg).toContain(`<title>${CAPAIAN.judul}</title>`);
    expect(svg).toMatch(/font-weight="bold">Capaian Indikator Kinerja Kecamatan Lumajang Tahun 2021<\/text>/);
    expect(svg).toMatch(/rotate\(-90\)"[^>]*>Capaian \(%\)<\/text>/);
    expect(svg).toMatch(/stroke="#c00000" stroke-width="1.5" stroke-dasharray="6 4"\/>/);
    expect(svg).toMatch(/>Acuan<\/text>/);
    expect(svg).toMatch(/fill="#c00000">100<\/text>/);
    // The reference line is at 100, level with the top of the bar worth exactly 100.
    const ya = Number(svg.match(/y1="([^"]+)"[^>]*stroke="#c00000"/)![1]);
    expect(ya).toBeCloseTo(batang(svg)[1]![1]!, 0);
  });

  it("draws no reference line without acuan", () => {
    const { acuan: _, ...tanpa } = CAPAIAN;
    const svg = svgGrafik(tanpa);
    expect(svg).not.toContain("stroke-dasharray");
    expect(svg).not.toContain("Acuan");
  });

  it("makes bar heights proportional to the values from a baseline at 0", () => {
    const svg = svgGrafik({ judul: "g", label: ["a", "b", "c"], nilai: [25, 50, 100], satuan: "%" });
    const [a, b, c] = batang(svg).map((r) => r[3]!);
    expect(a! / c!).toBeCloseTo(0.25, 2);
    expect(b! / c!).toBeCloseTo(0.5, 2);
    const nol = garisNol(svg);
    for (const r of batang(svg)) expect(r[1]! + r[3]!).toBeCloseTo(nol, 0);
  });

  it("prints whole numbers without decimals, and thousands with dots", () => {
    const utuh = svgGrafik({ judul: "g", label: ["a", "b"], nilai: [12, 1500], satuan: "dokumen" });
    expect(utuh).toMatch(/>12<\/text>/);
    expect(utuh).toMatch(/>1\.500<\/text>/);
    const campur = svgGrafik({ judul: "g", label: ["a", "b"], nilai: [12, 1234567.5], satuan: "Rp" });
    expect(campur).toMatch(/>12,00<\/text>/);
    expect(campur).toMatch(/>1\.234\.567,50<\/text>/);
  });

  it("says so, in Indonesian, when there is nothing to draw", () => {
    const svg = svgGrafik({ judul: "Capaian", label: [], nilai: [], satuan: "%", acuan: 100 });
    expect(svg).toContain("Tidak ada data untuk grafik.");
    expect(svg).toContain("<title>Capaian</title>");
    expect(batang(svg)).toHaveLength(0);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("draws a single bar", () => {
    const svg = svgGrafik({ judul: "IKM", label: ["IKM Klakah 2023"], nilai: [84.19], satuan: "Nilai" });
    expect(batang(svg)).toHaveLength(1);
    expect(svg).toMatch(/>84,19<\/text>/);
    expect(svg).toContain("<title>IKM Klakah 2023: 84,19</title>");
  });

  it("draws 40 bars side by side, labels turned upright and the full text kept in a <title>", () => {
    const label = Array.from(
      { length: 40 },
      (_, i) => `Persentase indikator kinerja nomor ${i + 1} yang tercapai`,
    );
    const nilai = label.map((_, i) => 50 + i * 1.5);
    const svg = svgGrafik({ judul: "Banyak", label, nilai, satuan: "Capaian (%)", acuan: 100 });
    const r = batang(svg);
    expect(r).toHaveLength(40);
    for (let i = 1; i < r.length; i++) expect(r[i]![0]).toBeGreaterThan(r[i - 1]![0]! + r[i - 1]![2]!);
    const lebar = Number(svg.match(/width="(\d+)"/)![1]);
    expect(r[39]![0]! + r[39]![2]!).toBeLessThan(lebar);
    for (const l of label) expect(svg).toContain(`<title>${l}</title>`);
    expect(hitung(svg, /…<\/text>/g)).toBe(40);
    expect(svg).toMatch(/>108,50<\/text>/);
  });

  it("wraps a long label of a wide bar into lines, the whole name, no word cut", () => {
    const panjang =
      "Persentase Dokumen Perencanaan dan Pelaporan Kinerja Perangkat Daerah yang Disusun Tepat Waktu Sesuai " +
      "Ketentuan Peraturan Bupati Lumajang Nomor 6 Tahun 2018";
    const svg = svgGrafik({ judul: "g", label: [panjang, "IKM"], nilai: [90, 80], satuan: "%" });
    const teks = svg.match(/<text text-anchor="middle" font-size="11">(.*?)<\/text>/)![1]!;
    const baris = [...teks.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!);
    expect(baris.length).toBeGreaterThan(3);
    expect(baris[0]).toBe("Persentase Dokumen Perencanaan dan");
    expect(baris.join(" ")).toBe(panjang);
    expect(svg).toContain(`<title>${panjang}</title>`);
    expect(svg).toMatch(/<tspan[^>]*>IKM<\/tspan>/);
  });

  it("hangs negative values below the zero line", () => {
    const svg = svgGrafik({ judul: "Selisih", label: ["a", "b"], nilai: [-20, 60], satuan: "%" });
    const [neg, pos] = batang(svg);
    const nol = garisNol(svg);
    expect(neg![1]).toBeCloseTo(nol, 0);
    expect(pos![1]! + pos![3]!).toBeCloseTo(nol, 0);
    expect(neg![3]! / pos![3]!).toBeCloseTo(1 / 3, 2);
    expect(svg).toMatch(/>-20<\/text>/);
    // The value of a negative bar is printed under its end.
    const y = Number(svg.match(/<text x="[^"]+" y="([^"]+)"[^>]*>-20<\/text>/)![1]);
    expect(y).toBeGreaterThan(neg![1]! + neg![3]!);
  });

  it("draws all-zero values as flat bars on a usable axis", () => {
    const svg = svgGrafik({ judul: "Nol", label: ["a", "b", "c"], nilai: [0, 0, 0], satuan: "%" });
    expect(batang(svg).map((r) => r[3])).toEqual([0, 0, 0]);
    expect(hitung(svg, />0<\/text>/g)).toBeGreaterThanOrEqual(3);
    expect(svg).toMatch(/>1<\/text>/);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it("gives a value that is not a number no bar and a dash, never NaN", () => {
    const svg = svgGrafik({
      judul: "g",
      label: ["a", "b", "c", "d"],
      nilai: [Number.NaN, Number.POSITIVE_INFINITY, 40, Number.NEGATIVE_INFINITY],
      satuan: "%",
      acuan: Number.NaN,
    });
    expect(batang(svg)).toHaveLength(1);
    expect(svg).toContain("<title>a: -</title>");
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).not.toContain("stroke-dasharray");
  });

  it("keeps bars for values without a label, and labels without a value", () => {
    const svg = svgGrafik({ judul: "g", label: ["a"], nilai: [1, 2], satuan: "" });
    expect(batang(svg)).toHaveLength(2);
    const svg2 = svgGrafik({ judul: "g", label: ["a", "b"], nilai: [1], satuan: "" });
    expect(batang(svg2)).toHaveLength(1);
    expect(svg2).toContain("<title>b: -</title>");
  });

  it("takes its size, and grows when its labels need the room", () => {
    const svg = svgGrafik(CAPAIAN, 800, 400);
    expect(svg).toContain('width="800" height="400" viewBox="0 0 800 400"');
    expect(svgGrafik(CAPAIAN, Number.NaN, Number.NaN)).toContain('width="600" height="340"');
    const sempit = svgGrafik(
      { ...CAPAIAN, label: Array(200).fill("x"), nilai: Array(200).fill(1) },
      300,
      160,
    );
    const [, w, h] = sempit.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(w).toBeGreaterThan(300);
    expect(h).toBeGreaterThan(160);
  });

  it("never prints NaN or Infinity and keeps every bar inside the picture (property)", () => {
    const angkaApaSaja = fc.oneof(
      fc.double(),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -200, max: 200 }),
      fc.constant(0),
    );
    fc.assert(
      fc.property(
        fc.array(angkaApaSaja, { maxLength: 45 }),
        fc.option(angkaApaSaja, { nil: undefined }),
        fc.option(fc.integer({ min: -100, max: 2000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -100, max: 2000 }), { nil: undefined }),
        (nilai, acuan, lebar, tinggi) => {
          const label = nilai.map((_, i) => `Indikator ${i + 1}`);
          const g: Grafik = {
            judul: "Uji",
            label,
            nilai,
            satuan: "Capaian (%)",
            ...(acuan === undefined ? {} : { acuan }),
          };
          const svg = svgGrafik(g, lebar, tinggi);
          expect(svg).not.toMatch(/NaN|Infinity|undefined/);
          const [, W, H] = svg.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
          const r = batang(svg);
          expect(r).toHaveLength(nilai.filter(Number.isFinite).length);
          for (const [x, y, w, h] of r) {
            expect(w).toBeGreaterThan(0);
            expect(h).toBeGreaterThanOrEqual(0);
            expect(x!).toBeGreaterThanOrEqual(0);
            expect(x! + w!).toBeLessThanOrEqual(W! + 0.1);
            expect(y!).toBeGreaterThanOrEqual(0);
            expect(y! + h!).toBeLessThanOrEqual(H! + 0.1);
          }
          expect(svgGrafik(g, lebar, tinggi)).toBe(svg);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// An IPA as the SKM analysis hands it over: the 9 unsur of PermenPANRB 14/2017, kinerja and
// kepentingan as NRR on the 1-4 scale, the means 31,38 / 9 = 3,4867 and 31,5 / 9 = 3,5, each
// unsur's quadrant as core's kuadranIpa gives it.
const UNSUR_9 = [...UNSUR_PERMENPANRB_14_2017];
const KINERJA_9 = [3.41, 3.41, 3.48, 3.73, 3.44, 3.57, 3.44, 3.53, 3.37];
const KEPENTINGAN_9 = [3.6, 3.5, 3.7, 3.2, 3.4, 3.5, 3.6, 3.3, 3.7];
const IPA: Grafik = {
  judul: "Diagram Kartesius IPA Kecamatan Klakah Triwulan III 2023",
  label: UNSUR_9,
  nilai: KINERJA_9,
  satuan: "Kinerja (NRR)",
  sebar: {
    nilaiY: KEPENTINGAN_9,
    satuanY: "Kepentingan (NRR)",
    rataX: 31.38 / 9,
    rataY: 31.5 / 9,
    kuadran: ["I", "I", "I", "IV", "III", "II", "I", "IV", "I"],
    namaKuadran: NAMA_KUADRAN_GRAFIK,
  },
};

// The 14 unsur of KepMenPAN 25/2004, which older units still survey.
const UNSUR_14 = [...UNSUR_KEPMENPAN_25_2004];
const KINERJA_14 = [3.12, 3.25, 3.05, 2.98, 3.2, 3.31, 2.87, 3.4, 3.35, 3.52, 3.48, 3.1, 3.22, 3.28];
const KEPENTINGAN_14 = [3.45, 3.6, 3.3, 3.5, 3.4, 3.55, 3.7, 3.35, 3.3, 3.2, 3.25, 3.5, 3.38, 3.42];
const rerata = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const IPA_14: Grafik = {
  judul: "Analisis Kepentingan-Kinerja 14 Unsur",
  label: UNSUR_14,
  nilai: KINERJA_14,
  satuan: "Kinerja",
  sebar: {
    nilaiY: KEPENTINGAN_14,
    satuanY: "Kepentingan",
    rataX: rerata(KINERJA_14),
    rataY: rerata(KEPENTINGAN_14),
    kuadran: kuadranIpa(KINERJA_14, KEPENTINGAN_14).kuadran,
    namaKuadran: NAMA_KUADRAN_GRAFIK,
  },
};

const sebar = (g: Grafik, ubah: Partial<NonNullable<Grafik["sebar"]>>): Grafik => ({
  ...g,
  sebar: { ...g.sebar!, ...ubah },
});

/** [cx, cy] of every dot. */
const titikDi = (svg: string) =>
  [...svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

/** The dashed mean lines: x of the vertical one, y of the horizontal one. */
function garisRata(svg: string): { x: number | null; y: number | null } {
  const garis = [
    ...svg.matchAll(
      /<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)" stroke="#404040" stroke-width="1.5" stroke-dasharray="6 4"\/>/g,
    ),
  ].map((m) => m.slice(1, 5).map(Number));
  const tegak = garis.find(([x1, , x2]) => x1 === x2);
  const datar = garis.find(([, y1, , y2]) => y1 === y2);
  return { x: tegak ? tegak[0]! : null, y: datar ? datar[1]! : null };
}

function bingkai(svg: string) {
  const m = svg.match(
    /<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" fill="none" stroke="#000"/,
  )!;
  const [x, y, w, h] = m.slice(1, 5).map(Number);
  return { x1: x!, y1: y!, x2: x! + w!, y2: y! + h! };
}

/** Each point's <title>, decoded. */
const judulTitik = (svg: string) =>
  [...svg.matchAll(/<g class="titik"><title>([^<]*)<\/title>/g)].map((m) => dekode(m[1]!));

/** The text beside each dot, with where it is. */
const labelTitik = (svg: string) =>
  [
    ...svg.matchAll(
      /<g class="titik">[\s\S]*?<text x="([^"]+)" y="([^"]+)" text-anchor="([^"]+)"[^>]*>([^<]*)<\/text><\/g>/g,
    ),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3]!, teks: dekode(m[4]!) }));

/** The numbered list under the plot, as "1 Persyaratan". */
const keterangan = (svg: string) =>
  [...svg.matchAll(/<g class="keterangan"><title>([^<]*)<\/title>/g)].map((m) => dekode(m[1]!));

/** The quadrant names, each with the x and y of its first line. */
const namaKuadran = (svg: string) =>
  [...svg.matchAll(/<text text-anchor="[^"]+" [^>]*class="kuadran">(.*?)<\/text>/g)].map((m) => {
    const baris = [...m[1]!.matchAll(/<tspan x="([^"]+)" y="([^"]+)">([^<]*)<\/tspan>/g)];
    return { x: Number(baris[0]![1]), y: Number(baris[0]![2]), teks: baris.map((b) => b[3]).join(" ") };
  });

/** Boxes of the texts beside the dots, measured as the renderer measures Arial (0,56 em). */
function kotakLabel(svg: string) {
  return labelTitik(svg).map((l) => {
    const w = Array.from(l.teks).length * 10 * 0.56;
    const x1 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
    return { x1, y1: l.y - 8, x2: x1 + w, y2: l.y + 2 };
  });
}

const bertabrakan = (
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("svgGrafik: the IPA scatter", () => {
  const svg = svgGrafik(IPA);

  it("draws one dot per unsur where its kinerja (across) and kepentingan (up) put it", () => {
    const titik = titikDi(svg);
    expect(titik).toHaveLength(9);
    // x grows with kinerja and y falls with kepentingan, both linearly.
    const skalaX = (titik[3]![0] - titik[8]![0]) / (3.73 - 3.37);
    const skalaY = (titik[2]![1] - titik[3]![1]) / (3.7 - 3.2);
    expect(skalaX).toBeGreaterThan(0);
    expect(skalaY).toBeLessThan(0);
    titik.forEach(([cx, cy], i) => {
      expect(cx).toBeCloseTo(titik[8]![0] + (KINERJA_9[i]! - 3.37) * skalaX, 0);
      expect(cy).toBeCloseTo(titik[3]![1] + (KEPENTINGAN_9[i]! - 3.2) * skalaY, 0);
    });
    // Inside the plot, which fits in the picture.
    const b = bingkai(svg);
    const [, W, H] = svg.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(b.x2).toBeLessThanOrEqual(W!);
    expect(b.y2).toBeLessThanOrEqual(H!);
    for (const [cx, cy] of titik) {
      expect(cx).toBeGreaterThan(b.x1);
      expect(cx).toBeLessThan(b.x2);
      expect(cy).toBeGreaterThan(b.y1);
      expect(cy).toBeLessThan(b.y2);
    }
  });

  it("has the title, both axis titles, and ticks printed the Indonesian way with 2 decimals", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="')).toBe(true);
    expect(svg).toContain(`<title>${IPA.judul}</title>`);
    expect(svg).toMatch(
      /font-weight="bold">Diagram Kartesius IPA Kecamatan Klakah Triwulan III 2023<\/text>/,
    );
    expect(svg).toMatch(/text-anchor="middle" font-size="10" font-weight="bold">Kinerja \(NRR\)<\/text>/);
    expect(svg).toMatch(/rotate\(-90\)"[^>]*>Kepentingan \(NRR\)<\/text>/);
    const tik = [...svg.matchAll(/font-size="10">(\d+,\d\d)<\/text>/g)].map((m) => m[1]);
    expect(tik).toEqual(expect.arrayContaining(["3,40", "3,50", "3,60", "3,70"]));
    expect(svg).not.toMatch(/>\d+\.\d+</);
    // The ticks sit where their values are: the x tick "3,50" is at kinerja 3,50.
    const titik = titikDi(svg);
    const skalaX = (titik[3]![0] - titik[8]![0]) / (3.73 - 3.37);
    const x350 = Number(
      svg.match(/<text x="([^"]+)" y="[^"]+" text-anchor="middle" font-size="10">3,50<\/text>/)![1],
    );
    expect(x350).toBeCloseTo(titik[8]![0] + (3.5 - 3.37) * skalaX, 0);
  });

  it("pads both axes around the data and the means", () => {
    const b = bingkai(svg);
    const titik = titikDi(svg);
    const { x, y } = garisRata(svg);
    for (const [cx, cy] of titik) {
      expect(Math.min(cx - b.x1, b.x2 - cx)).toBeGreaterThan(10);
      expect(Math.min(cy - b.y1, b.y2 - cy)).toBeGreaterThan(10);
    }
    expect(x! - b.x1).toBeGreaterThan(10);
    expect(b.y2 - y!).toBeGreaterThan(10);
  });

  it("cuts the plot with the two means, dashed and labelled with their values", () => {
    const { x, y } = garisRata(svg);
    const titik = titikDi(svg);
    const skalaX = (titik[3]![0] - titik[8]![0]) / (3.73 - 3.37);
    expect(x).toBeCloseTo(titik[8]![0] + (31.38 / 9 - 3.37) * skalaX, 0);
    // Kepentingan 3,5 is the mean: the dots of unsur 2 and 6 lie on the line.
    expect(y).toBeCloseTo(titik[1]![1], 0);
    expect(y).toBeCloseTo(titik[5]![1], 0);
    expect(svg).toMatch(/>Rata-rata 3,49<\/text>/);
    expect(svg).toMatch(/fill="#404040">Rata-rata<\/text>/);
    expect(svg).toMatch(/fill="#404040">3,50<\/text>/);
  });

  it("names the four quadrants of Martilla and James, each in its corner", () => {
    const { x, y } = garisRata(svg);
    const q = namaKuadran(svg);
    expect(q.map((k) => k.teks)).toEqual([
      "I Prioritas Perbaikan",
      "II Pertahankan Prestasi",
      "III Prioritas Rendah",
      "IV Berlebihan",
    ]);
    expect(q[0]!.x).toBeLessThan(x!);
    expect(q[0]!.y).toBeLessThan(y!);
    expect(q[1]!.x).toBeGreaterThan(x!);
    expect(q[1]!.y).toBeLessThan(y!);
    expect(q[2]!.x).toBeLessThan(x!);
    expect(q[2]!.y).toBeGreaterThan(y!);
    expect(q[3]!.x).toBeGreaterThan(x!);
    expect(q[3]!.y).toBeGreaterThan(y!);
  });

  it("says in each point's <title> its values and its quadrant, a point on a mean on the upper/right side", () => {
    expect(judulTitik(svg)).toEqual([
      "1. Persyaratan: Kinerja (NRR) 3,41; Kepentingan (NRR) 3,60 (kuadran I Prioritas Perbaikan)",
      "2. Sistem, Mekanisme dan Prosedur: Kinerja (NRR) 3,41; Kepentingan (NRR) 3,50 (kuadran I Prioritas Perbaikan)",
      "3. Waktu Penyelesaian: Kinerja (NRR) 3,48; Kepentingan (NRR) 3,70 (kuadran I Prioritas Perbaikan)",
      "4. Biaya/Tarif: Kinerja (NRR) 3,73; Kepentingan (NRR) 3,20 (kuadran IV Berlebihan)",
      "5. Produk Spesifikasi Jenis Pelayanan: Kinerja (NRR) 3,44; Kepentingan (NRR) 3,40 (kuadran III Prioritas Rendah)",
      "6. Kompetensi Pelaksana: Kinerja (NRR) 3,57; Kepentingan (NRR) 3,50 (kuadran II Pertahankan Prestasi)",
      "7. Perilaku Pelaksana: Kinerja (NRR) 3,44; Kepentingan (NRR) 3,60 (kuadran I Prioritas Perbaikan)",
      "8. Penanganan Pengaduan, Saran dan Masukan: Kinerja (NRR) 3,53; Kepentingan (NRR) 3,30 (kuadran IV Berlebihan)",
      "9. Sarana dan Prasarana: Kinerja (NRR) 3,37; Kepentingan (NRR) 3,70 (kuadran I Prioritas Perbaikan)",
    ]);
  });

  it("puts a point whose kinerja equals the mean on the mean line, in the quadrant the model gives it", () => {
    // Core puts a value equal to its mean on the upper/right side: unsur 5 in IV, unsur 7 in II.
    const g = sebar(IPA, { rataX: 3.44, kuadran: ["I", "I", "II", "IV", "IV", "II", "II", "IV", "I"] });
    const s = svgGrafik(g);
    const { x } = garisRata(s);
    expect(titikDi(s)[4]![0]).toBe(x);
    expect(titikDi(s)[6]![0]).toBe(x);
    expect(judulTitik(s)[4]).toMatch(/\(kuadran IV Berlebihan\)$/);
    expect(judulTitik(s)[6]).toMatch(/\(kuadran II Pertahankan Prestasi\)$/);
    expect(s).toMatch(/>Rata-rata 3,44<\/text>/);
  });

  it("numbers long labels next to the dots and lists them under the plot, none colliding (9 unsur)", () => {
    expect(labelTitik(svg).map((l) => l.teks)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(svg).toMatch(/font-weight="bold">Keterangan:<\/text>/);
    expect(keterangan(svg)).toEqual(UNSUR_9.map((u, i) => `${i + 1} ${u}`));
    // The list is under the plot, and the picture grew to hold it.
    const yDaftar = Number(svg.match(/<text x="[^"]+" y="([^"]+)"[^>]*>Keterangan:<\/text>/)![1]);
    expect(yDaftar).toBeGreaterThan(bingkai(svg).y2 + 20);
    const H = Number(svg.match(/height="(\d+)"/)![1]);
    expect(H).toBeGreaterThan(440);
    const ySemua = [...svg.matchAll(/<g class="keterangan">.*?<text x="[^"]+" y="([^"]+)"/g)].map((m) =>
      Number(m[1]),
    );
    for (const y of ySemua) expect(y).toBeLessThan(H);
  });

  for (const [nama, g, n] of [
    ["9 unsur", IPA, 9],
    ["14 unsur", IPA_14, 14],
  ] as const) {
    it(`keeps every number clear of the other numbers, the dots, the mean lines and the plot's edge (${nama})`, () => {
      const s = svgGrafik(g);
      const kotak = kotakLabel(s);
      expect(kotak).toHaveLength(n);
      const titik = titikDi(s);
      const b = bingkai(s);
      const { x, y } = garisRata(s);
      kotak.forEach((k, i) => {
        expect(k.x1).toBeGreaterThanOrEqual(b.x1);
        expect(k.x2).toBeLessThanOrEqual(b.x2);
        expect(k.y1).toBeGreaterThanOrEqual(b.y1);
        expect(k.y2).toBeLessThanOrEqual(b.y2);
        kotak.forEach((l, j) => {
          if (i !== j) expect(bertabrakan(k, l)).toBe(false);
        });
        for (const [cx, cy] of titik)
          expect(bertabrakan(k, { x1: cx - 4, y1: cy - 4, x2: cx + 4, y2: cy + 4 })).toBe(false);
        expect(k.x1 < x! && x! < k.x2).toBe(false);
        expect(k.y1 < y! && y! < k.y2).toBe(false);
      });
      expect(keterangan(s)).toHaveLength(n);
    });
  }

  it("lists 14 unsur in two columns, numbers 1-7 in the first", () => {
    const s = svgGrafik(IPA_14);
    const letak = [...s.matchAll(/<g class="keterangan">.*?<text x="([^"]+)" y="([^"]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(letak).toHaveLength(14);
    expect(new Set(letak.map(([x]) => x)).size).toBe(2);
    expect(letak[0]![0]).toBe(letak[6]![0]);
    expect(letak[7]![0]).toBeGreaterThan(letak[0]![0]!);
    expect(letak[7]![1]).toBe(letak[0]![1]);
    expect(keterangan(s)[13]).toBe("14 Keamanan pelayanan");
    // No entry cut: each fits its column.
    expect(s).not.toMatch(/<g class="keterangan">[\s\S]*?…<\/text>/);
  });

  it("writes short labels beside their dots and needs no list", () => {
    const pendek = { ...IPA, label: UNSUR_9.map((_, i) => `U${i + 1}`) };
    const s = svgGrafik(pendek);
    expect(labelTitik(s).map((l) => l.teks)).toEqual(pendek.label);
    expect(s).not.toContain("Keterangan");
    expect(keterangan(s)).toEqual([]);
    // Each label is next to its own dot.
    labelTitik(s).forEach((_, i) => {
      const [cx, cy] = titikDi(s)[i]!;
      const k = kotakLabel(s)[i]!;
      const jarak = Math.max(k.x1 - cx, cx - k.x2, 0) + Math.max(k.y1 - cy, cy - k.y2, 0);
      expect(jarak).toBeLessThan(12);
    });
  });

  it("draws all-equal values as one dot with all its numbers, on a usable axis, without NaN", () => {
    const g: Grafik = {
      judul: "Sama",
      label: ["Persyaratan", "Biaya/Tarif", "Sarana dan Prasarana"],
      nilai: [3.5, 3.5, 3.5],
      satuan: "Kinerja",
      sebar: {
        nilaiY: [3.5, 3.5, 3.5],
        satuanY: "Kepentingan",
        rataX: 3.5,
        rataY: 3.5,
        kuadran: ["II", "II", "II"],
        namaKuadran: NAMA_KUADRAN_GRAFIK,
      },
    };
    const s = svgGrafik(g);
    expect(s).not.toMatch(/NaN|Infinity|undefined/);
    expect(titikDi(s)).toHaveLength(1);
    expect(labelTitik(s).map((l) => l.teks)).toEqual(["1, 2, 3"]);
    expect(keterangan(s)).toEqual(["1 Persyaratan", "2 Biaya/Tarif", "3 Sarana dan Prasarana"]);
    const { x, y } = garisRata(s);
    expect(titikDi(s)[0]).toEqual([x, y]);
    // Distinct ticks around 3,50 on both axes.
    const tik = [...s.matchAll(/font-size="10">(\d+,\d\d)<\/text>/g)].map((m) => m[1]);
    expect(tik.filter((t) => t === "3,50")).toHaveLength(2);
    expect(new Set(tik).size).toBeGreaterThanOrEqual(3);
    const b = bingkai(s);
    expect(b.x2 - b.x1).toBeGreaterThan(100);
    expect(b.y2 - b.y1).toBeGreaterThan(100);
    // One point, or zeros, too.
    for (const v of [0, 3.5, -2, 1e9]) {
      const satu = svgGrafik({
        ...g,
        label: ["a"],
        nilai: [v],
        sebar: { ...g.sebar!, nilaiY: [v], rataX: v, rataY: v },
      });
      expect(satu).not.toMatch(/NaN|Infinity|undefined/);
      expect(titikDi(satu)).toHaveLength(1);
    }
  });

  it("guards lengths that do not match: a point needs both values, every unsur is listed", () => {
    const g: Grafik = {
      judul: "Timpang",
      label: ["Persyaratan", "Biaya/Tarif", "Sarana dan Prasarana"],
      nilai: [3.41, 3.73],
      satuan: "Kinerja",
      sebar: {
        nilaiY: [3.6, 3.2, 3.7, 3.3],
        satuanY: "Kepentingan",
        rataX: 3.5,
        rataY: 3.5,
        kuadran: ["I", "IV"],
        namaKuadran: NAMA_KUADRAN_GRAFIK,
      },
    };
    const s = svgGrafik(g);
    expect(s).not.toMatch(/NaN|Infinity|undefined/);
    expect(titikDi(s)).toHaveLength(2);
    expect(keterangan(s)).toEqual([
      "1 Persyaratan",
      "2 Biaya/Tarif",
      "3 Sarana dan Prasarana (tanpa nilai)",
      "4  (tanpa nilai)",
    ]);
    // Not arrays at all: nothing to draw, and no throw.
    const rusak = { ...g, nilai: undefined, sebar: { ...g.sebar!, nilaiY: "3,5" } } as unknown as Grafik;
    expect(svgGrafik(rusak)).toContain("Tidak ada data untuk grafik.");
  });

  it("skips values that are not numbers, and draws no mean line for a mean that is not one", () => {
    const s = svgGrafik(
      sebar(
        { ...IPA, nilai: [Number.NaN, ...KINERJA_9.slice(1)] },
        {
          nilaiY: [3.6, Number.POSITIVE_INFINITY, ...KEPENTINGAN_9.slice(2)],
          rataX: Number.NaN,
        },
      ),
    );
    expect(s).not.toMatch(/NaN|Infinity|undefined/);
    expect(titikDi(s)).toHaveLength(7);
    expect(garisRata(s)).toEqual({ x: null, y: expect.any(Number) });
    // Without both means there are no quadrants.
    expect(namaKuadran(s)).toEqual([]);
    expect(judulTitik(s)[0]).toBe("3. Waktu Penyelesaian: Kinerja (NRR) 3,48; Kepentingan (NRR) 3,70");
    expect(keterangan(s).slice(0, 2)).toEqual([
      "1 Persyaratan (tanpa nilai)",
      "2 Sistem, Mekanisme dan Prosedur (tanpa nilai)",
    ]);
    const tanpa = svgGrafik(sebar(IPA, { rataX: Number.POSITIVE_INFINITY, rataY: Number.NaN }));
    expect(garisRata(tanpa)).toEqual({ x: null, y: null });
    expect(tanpa).not.toContain("Rata-rata");
  });

  it("says so when no point has both values", () => {
    const s = svgGrafik(sebar({ ...IPA, nilai: [] }, {}));
    expect(s).toContain("Tidak ada data untuk grafik.");
    expect(s).toContain(`<title>${IPA.judul}</title>`);
    expect(titikDi(s)).toHaveLength(0);
  });

  it("escapes every text: title, labels, both axis titles, the quadrants' captions", () => {
    const s = svgGrafik({
      judul: SERANGAN,
      label: [SERANGAN, `"x" & 'y'`],
      nilai: [3.4, 3.6],
      satuan: TUTUP_STYLE,
      sebar: {
        nilaiY: [3.5, 3.3],
        satuanY: SERANGAN,
        rataX: 3.5,
        rataY: 3.4,
        kuadran: ["I", "III"],
        namaKuadran: { ...NAMA_KUADRAN_GRAFIK, I: SERANGAN },
      },
    });
    expect(s).not.toMatch(/<img|<script|<\/style>/);
    expect(s).toContain("<title>&lt;img src=x onerror=alert(1)&gt;</title>");
    expect(s).toContain("&quot;x&quot; &amp; &#39;y&#39;");
    expect(s).toContain("&lt;/style&gt;&lt;script&gt;");
    const html = renderHtml({
      judul: "x",
      elemen: [{ jenis: "grafik", grafik: { ...IPA, label: [SERANGAN] } }],
    });
    expect(html).not.toContain("<img");
    expect(hitung(html, /<\/style>/g)).toBe(1);
  });

  it("takes its size", () => {
    const s = svgGrafik(IPA, 800, 600);
    expect(s).toMatch(/^<svg[^>]* width="800" height="(\d+)"/);
    expect(Number(s.match(/height="(\d+)"/)![1])).toBeGreaterThanOrEqual(600);
    expect(svgGrafik(IPA, Number.NaN, Number.NaN)).toMatch(/^<svg[^>]* width="600"/);
    const kecil = svgGrafik(IPA, 10, 10);
    const [, w, h] = kecil.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(w).toBeGreaterThanOrEqual(300);
    expect(h).toBeGreaterThanOrEqual(240);
  });

  it("never prints NaN or Infinity and keeps every dot inside its plot (property)", () => {
    const angkaApaSaja = fc.oneof(
      fc.double(),
      fc.double({ min: 1, max: 4, noNaN: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 3.5),
    );
    fc.assert(
      fc.property(
        // Labels are users' text: one reading "NaN" would be printed as typed, not a number gone wrong.
        fc.array(
          fc.string({ maxLength: 30 }).filter((t) => !/NaN|Infinity|undefined/.test(t)),
          { maxLength: 16 },
        ),
        fc.array(angkaApaSaja, { maxLength: 16 }),
        fc.array(angkaApaSaja, { maxLength: 16 }),
        angkaApaSaja,
        angkaApaSaja,
        fc.option(fc.integer({ min: -100, max: 2000 }), { nil: undefined }),
        fc.array(fc.constantFrom(...(["I", "II", "III", "IV"] as const)), { maxLength: 16 }),
        (label, nilai, nilaiY, rataX, rataY, lebar, kuadran) => {
          const g: Grafik = {
            judul: "Uji",
            label,
            nilai,
            satuan: "Kinerja",
            sebar: {
              nilaiY,
              satuanY: "Kepentingan",
              rataX,
              rataY,
              kuadran,
              namaKuadran: NAMA_KUADRAN_GRAFIK,
            },
          };
          const s = svgGrafik(g, lebar);
          expect(s).not.toMatch(/NaN|Infinity|undefined/);
          const terlukis = Array.from(
            { length: Math.max(label.length, nilai.length, nilaiY.length) },
            (_, i) => i,
          ).filter((i) => Number.isFinite(nilai[i]) && Number.isFinite(nilaiY[i]));
          if (terlukis.length === 0) {
            expect(s).toContain("Tidak ada data untuk grafik.");
            return;
          }
          const b = bingkai(s);
          const [, W, H] = s.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
          expect(b.x1).toBeGreaterThanOrEqual(0);
          expect(b.x2).toBeLessThanOrEqual(W! + 0.1);
          expect(b.y2).toBeLessThanOrEqual(H! + 0.1);
          const titik = titikDi(s);
          expect(titik.length).toBeGreaterThanOrEqual(1);
          expect(titik.length).toBeLessThanOrEqual(terlukis.length);
          for (const [cx, cy] of titik) {
            expect(cx).toBeGreaterThanOrEqual(b.x1);
            expect(cx).toBeLessThanOrEqual(b.x2);
            expect(cy).toBeGreaterThanOrEqual(b.y1);
            expect(cy).toBeLessThanOrEqual(b.y2);
          }
          // Every drawn point is named in some dot's <title>, with the quadrant the model gives it.
          const judul = judulTitik(s).join("\n");
          const adaRata = Number.isFinite(rataX) && Number.isFinite(rataY);
          for (const i of terlukis) {
            const k = kuadran[i];
            const q = adaRata && k ? ` \\(kuadran ${NAMA_KUADRAN_GRAFIK[k]}\\)` : "";
            expect(judul).toMatch(new RegExp(`(^|\\n)${i + 1}\\. [^\\n]*; Kepentingan [^\\n;(]*${q}($|\\n)`));
          }
          expect(svgGrafik(g, lebar)).toBe(s);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The one browser function used, declared here: the project's TypeScript has no DOM library. */
interface Jendela {
  getComputedStyle(e: unknown): { fontFamily: string };
}

interface DOMRectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

describe.runIf(adaChromium() || process.env.CI)("renderHtml in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await bukaChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows user markup as text and runs nothing, in the page and in the fragment", async () => {
    const dok: Dokumen = {
      judul: SERANGAN,
      elemen: [
        p(SERANGAN),
        p(`</style><script>window.__diretas = 1</script>`),
        { jenis: "tabel", baris: [[SERANGAN, "</td></tr></table><script>window.__diretas = 2</script>"]] },
        { jenis: "grafik", grafik: { judul: SERANGAN, label: [SERANGAN], nilai: [1], satuan: SERANGAN } },
      ],
    };
    for (const html of [
      renderHtml(dok),
      `<!doctype html><html><body>${renderHtml(dok, { halamanPenuh: false })}</body></html>`,
    ]) {
      const page = await browser.newPage();
      const dialog: string[] = [];
      page.on("dialog", async (d) => {
        dialog.push(d.message());
        await d.dismiss();
      });
      await page.setContent(html, { waitUntil: "load" });
      expect(dialog).toEqual([]);
      expect(await page.evaluate(() => (globalThis as { __diretas?: number }).__diretas)).toBeUndefined();
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.locator("p").first().innerText()).toBe(SERANGAN);
      expect(await page.locator("td").count()).toBe(2);
      await page.close();
    }
  });

  it("lays a page break out as a new A4 sheet, and prints one page per sheet", async () => {
    const page = await browser.newPage();
    await page.setContent(renderHtml(LAPORAN), { waitUntil: "load" });
    const lembar = await page.locator("section.halaman").evaluateAll((s) =>
      s.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          atas: r.top,
          bawah: r.bottom,
          lebar: r.width,
          huruf: (globalThis as unknown as Jendela).getComputedStyle(e).fontFamily,
        };
      }),
    );
    expect(lembar).toHaveLength(3);
    // 210 mm at 96 dpi; the sheets stand apart.
    for (const l of lembar) expect(l.lebar).toBeCloseTo(793.7, 0);
    expect(lembar[1]!.atas).toBeGreaterThan(lembar[0]!.bawah);
    expect(lembar[0]!.huruf).toMatch(/^"Times New Roman"/);
    const ringkas = await browser.newPage();
    await ringkas.setContent(
      renderHtml({
        judul: "x",
        elemen: [p("satu"), { jenis: "halaman" }, p("dua"), { jenis: "halaman" }, p("tiga")],
      }),
    );
    const pdf = (await ringkas.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    expect(hitung(pdf, /\/Type\s*\/Page[^s]/g)).toBe(3);
    await page.close();
    await ringkas.close();
  });

  it("draws the IPA scatter with no text over another, real fonts measured (9 and 14 unsur)", async () => {
    const page = await browser.newPage();
    for (const g of [IPA, IPA_14, { ...IPA, label: UNSUR_9.map((_, i) => `U${i + 1}`) }]) {
      await page.setContent(renderHtml({ judul: "IPA", elemen: [{ jenis: "grafik", grafik: g }] }), {
        waitUntil: "load",
      });
      type K = { x1: number; y1: number; x2: number; y2: number };
      const kotak = (pemilih: string) =>
        page.locator(pemilih).evaluateAll((es) =>
          es.map((e) => {
            const r = (e as unknown as { getBoundingClientRect(): DOMRectLike }).getBoundingClientRect();
            return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
          }),
        );
      const svg = (await kotak("figure.grafik svg"))[0]!;
      const label = await kotak("g.titik text");
      const titik = await kotak("g.titik circle");
      const lain = [...(await kotak("text.kuadran")), ...(await kotak("g.keterangan text"))];
      const tabrak = (a: K, b: K) =>
        a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
      for (const [i, a] of label.entries()) {
        expect(a.x1).toBeGreaterThanOrEqual(svg.x1);
        expect(a.x2).toBeLessThanOrEqual(svg.x2);
        for (const [j, b] of label.entries()) if (i !== j) expect(tabrak(a, b)).toBe(false);
        for (const [j, b] of titik.entries()) if (i !== j) expect(tabrak(a, b)).toBe(false);
        for (const b of lain) expect(tabrak(a, b)).toBe(false);
      }
      // The list's entries stay apart and inside the picture.
      const daftar = await kotak("g.keterangan text");
      for (const a of daftar) expect(a.x2).toBeLessThanOrEqual(svg.x2);
      const baris = await kotak("g.keterangan text:nth-of-type(2)");
      for (const [i, a] of baris.entries())
        for (const [j, b] of baris.entries()) if (i !== j) expect(tabrak(a, b)).toBe(false);
    }
    await page.close();
  });
});
