import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Dokumen, type Grafik, p, type Tabel } from "../../src/reports/dokumen";
import { escapeHtml, renderHtml, svgGrafik } from "../../src/reports/html";
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
    expect(html).toContain("@page { size: A4;");
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
    expect(hitung(bagian, /<section class="halaman">/g)).toBe(3);
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
    expect(hitung(html, /<section class="halaman">/g)).toBe(3);
    expect(hitung(html, /<\/section>/g)).toBe(3);
    const [, satu, dua, tiga] = html.split('<section class="halaman">');
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
    expect(hitung(kosong, /<section class="halaman">/g)).toBe(1);
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
  const tabel = html.match(/<table class="tabel">[\s\S]*?<\/table>/)![0];

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

  it("turns relative widths into percentages", () => {
    const lebar = [...tabel.matchAll(/<col style="width: ([\d.]+)%">/g)].map((m) => Number(m[1]));
    expect(lebar).toEqual([5, 15, 30, 15, 15, 20]);
  });

  it("ignores widths it cannot use", () => {
    for (const lebar of [
      [1, 2],
      [0, 0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1, Number.NaN],
      [1, 1, 1, 1, 1, -1],
    ]) {
      const teks = renderHtml({ judul: "t", elemen: [{ ...PAGU, lebar }] });
      expect(teks).not.toContain("<colgroup>");
      expect(teks).not.toMatch(/NaN|Infinity/);
    }
  });

  it("draws a signature block without borders, centred, with its line breaks", () => {
    const teks = renderHtml({ judul: "t", elemen: [TANDA_TANGAN] });
    expect(teks).toContain('<table class="tabel tanpa-garis tengah">');
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

  it("wraps a long label of a wide bar into lines, cutting what does not fit", () => {
    const panjang =
      "Persentase Dokumen Perencanaan dan Pelaporan Kinerja Perangkat Daerah yang Disusun Tepat Waktu Sesuai " +
      "Ketentuan Peraturan Bupati Lumajang Nomor 6 Tahun 2018";
    const svg = svgGrafik({ judul: "g", label: [panjang, "IKM"], nilai: [90, 80], satuan: "%" });
    const teks = svg.match(/<text text-anchor="middle" font-size="11">(.*?)<\/text>/)![1]!;
    const baris = [...teks.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!);
    expect(baris).toHaveLength(3);
    expect(baris[0]).toBe("Persentase Dokumen Perencanaan dan");
    expect(baris[2]!.endsWith("…")).toBe(true);
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

/** The one browser function used, declared here: the project's TypeScript has no DOM library. */
interface Jendela {
  getComputedStyle(e: unknown): { fontFamily: string };
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
});
