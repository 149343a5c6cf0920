/**
 * The scatter of an IPA (Importance-Performance Analysis, Martilla & James), as the SKM letters
 * of the regional organisation bureau use it (seed 001): kinerja across, kepentingan up, the two
 * means cutting the plane into the quadrants I-IV. Every point is a dot named by its label
 * beside it, or, when the labels would collide, by its number with the numbered labels listed
 * under the plot.
 */
import { formatAngka } from "../../core/format";
import type { Kuadran } from "../../core/ikm";
import type { Grafik, Sebar } from "../model";
import { escapeHtml } from "./escape";
import {
  type Daftar,
  type DataSebar,
  F_DAFTAR,
  F_KUADRAN,
  F_TITIK,
  type Kelompok,
  type LabelTitik,
  type LetakSebar,
  letakDaftar,
  letakKuadran,
  letakLabelTitik,
  letakSebar,
  type NamaKuadran,
  R_TITIK,
  rentangkanSumbuY,
  type Titik,
  teksTik,
  tikSumbu,
} from "./letakSebar";
import {
  angkaSvg,
  bukaSvg,
  F_SUMBU,
  garis,
  geo,
  LEBAR_HURUF,
  lebarTeks,
  persegi,
  potong,
  svgKosong,
  teksSvg,
  teksTegak,
  terhingga,
  ukuran,
  WARNA_BATANG,
} from "./svg";

/**
 * The quadrants in the plot's corners, top-left, top-right, bottom-left, bottom-right (kinerja
 * grows to the right, kepentingan upwards), each with its shade and the colour of its caption.
 */
const POJOK: readonly { kuadran: Kuadran; latar: string; warna: string }[] = [
  { kuadran: "I", latar: "#fbe5e3", warna: "#a50000" },
  { kuadran: "II", latar: "#e5f2e5", warna: "#1e6b24" },
  { kuadran: "III", latar: "#efefef", warna: "#4d4d4d" },
  { kuadran: "IV", latar: "#fdf1d6", warna: "#8a4b00" },
];
const WARNA_RATA = "#404040";

/**
 * The IPA scatter (600 x 440 by default). A point without both values gets no dot and is listed
 * with "(tanpa nilai)". Each point is said to be in the quadrant the model gives it, and the
 * corners carry the model's captions. Without finite means there are no mean lines or quadrants:
 * nothing is computed here.
 */
export function svgSebar(g: Grafik, s: Sebar, lebar?: number, tinggi?: number): string {
  const W = ukuran(lebar, 600, 300);
  const d = dataSebar(g, s);
  if (d.terlukis.length === 0) return svgKosong(d.judul, W);
  const l = letakSebar(d, W, ukuran(tinggi, 440, 240));
  const kuadran = letakKuadran(d, l);
  const kelompok = rentangkanSumbuY(d, l, kuadran);
  const label = letakLabelTitik(d, l, kuadran, kelompok);
  const daftar = letakDaftar(d, l, label.bernomor);
  const H = Math.ceil(l.H + daftar.tinggi);
  return [
    bukaSvg(d.judul, l.W, H),
    l.judulSvg(l.W / 2),
    ...gambarBidangKuadran(d, l),
    ...gambarKisi(d, l),
    ...gambarNamaKuadran(d, kuadran),
    persegi(l.kiri, l.atas, l.kananPlot, l.bawahPlot, ' fill="none" stroke="#000" stroke-width="1"'),
    ...gambarTik(l),
    ...gambarJudulSumbu(d, l),
    ...gambarRata(d, l),
    ...gambarTitik(d, kelompok, label),
    ...gambarDaftar(d, daftar),
    "</svg>",
  ].join("");
}

/** The model's values, cleaned of what cannot be drawn. */
function dataSebar(g: Grafik, s: Sebar): DataSebar {
  const label = Array.isArray(g.label) ? g.label : [];
  const nilaiX = Array.isArray(g.nilai) ? g.nilai : [];
  const nilaiY = Array.isArray(s.nilaiY) ? s.nilaiY : [];
  const n = Math.max(label.length, nilaiX.length, nilaiY.length);
  const rataX = terhingga(s.rataX) ? geo(s.rataX) : null;
  const rataY = terhingga(s.rataY) ? geo(s.rataY) : null;
  const adaKuadran = rataX !== null && rataY !== null;
  const kuadran = Array.isArray(s.kuadran) ? s.kuadran : [];
  const nama = (k: unknown): string => {
    const pojok = POJOK.find((p) => p.kuadran === k);
    const teks = pojok && typeof s.namaKuadran === "object" ? s.namaKuadran?.[pojok.kuadran] : undefined;
    return typeof teks === "string" ? teks.trim() : "";
  };
  const titik: Titik[] = Array.from({ length: n }, (_, i) => {
    const x = nilaiX[i];
    const y = nilaiY[i];
    return {
      nomor: i + 1,
      label: String(label[i] ?? "")
        .replace(/\s+/g, " ")
        .trim(),
      x: terhingga(x) ? geo(x) : null,
      y: terhingga(y) ? geo(y) : null,
      teksX: terhingga(x) ? formatAngka(x, 2) : "-",
      teksY: terhingga(y) ? formatAngka(y, 2) : "-",
      kuadran: adaKuadran && terhingga(x) && terhingga(y) ? nama(kuadran[i]) : "",
    };
  });
  return {
    judul: String(g.judul ?? ""),
    titik,
    terlukis: titik.filter((t) => t.x !== null && t.y !== null),
    rataX,
    rataY,
    adaKuadran,
    namaPojok: POJOK.map((p) => nama(p.kuadran)),
    teksRataX: rataX !== null ? formatAngka(rataX, 2) : "",
    teksRataY: rataY !== null ? formatAngka(rataY, 2) : "",
    satuan: String(g.satuan ?? "").trim(),
    satuanY: String(s.satuanY ?? "").trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing, back to front.

/** Each quadrant shaded in its colour. */
function gambarBidangKuadran(d: DataSebar, l: LetakSebar): string[] {
  if (!d.adaKuadran) return [];
  const mx = l.px(d.rataX!);
  const my = l.py(d.rataY!);
  const sisi = [
    [l.kiri, l.atas, mx, my],
    [mx, l.atas, l.kananPlot, my],
    [l.kiri, my, mx, l.bawahPlot],
    [mx, my, l.kananPlot, l.bawahPlot],
  ] as const;
  return sisi.map(([x1, y1, x2, y2], i) => persegi(x1, y1, x2, y2, ` fill="${POJOK[i]!.latar}"`));
}

/** The grid: white over the shading, grey without it. */
function gambarKisi(d: DataSebar, l: LetakSebar): string[] {
  const warnaKisi = ` stroke="${d.adaKuadran ? "#ffffff" : "#d9d9d9"}" stroke-width="1"`;
  return [
    ...l.tikX.map((t) => garis(l.px(t), l.atas, l.px(t), l.bawahPlot, warnaKisi)),
    ...tikSumbu(l.sumbuY).map((t) => garis(l.kiri, l.py(t), l.kananPlot, l.py(t), warnaKisi)),
  ];
}

function gambarNamaKuadran(d: DataSebar, kuadran: readonly NamaKuadran[]): string[] {
  if (!d.adaKuadran) return [];
  return kuadran.flatMap((q, i) => {
    if (q.baris.length === 0) return [];
    const tspan = q.baris.map(
      (b, j) =>
        `<tspan x="${angkaSvg(q.x)}" y="${angkaSvg(q.y1 + F_KUADRAN * 0.85 + j * (F_KUADRAN + 2))}">${escapeHtml(b)}</tspan>`,
    );
    return `<text text-anchor="${i % 2 === 0 ? "start" : "end"}" font-size="${F_KUADRAN}" font-weight="bold" fill="${POJOK[i]!.warna}" class="kuadran">${tspan.join("")}</text>`;
  });
}

/** Ticks and their values; where the values are too close, every other one (or fewer). */
function gambarTik(l: LetakSebar): string[] {
  const bagian: string[] = [];
  const { tikX, px, py, kiri, bawahPlot } = l;
  const lompatX = Math.max(1, Math.ceil((l.lebarTikX + 6) / (l.lebarPlot / Math.max(1, tikX.length - 1))));
  tikX.forEach((t, i) => {
    bagian.push(garis(px(t), bawahPlot, px(t), bawahPlot + 4, ' stroke="#000" stroke-width="1"'));
    if (i % lompatX === 0) {
      const teks = teksTik(t, l.sumbuX);
      bagian.push(
        teksSvg(px(t), bawahPlot + 6 + F_SUMBU, teks, ` text-anchor="middle" font-size="${F_SUMBU}"`),
      );
    }
  });
  const tikY = tikSumbu(l.sumbuY);
  const lompatY = Math.max(1, Math.ceil((F_SUMBU + 2) / (l.tinggiPlot / Math.max(1, tikY.length - 1))));
  tikY.forEach((t, i) => {
    bagian.push(garis(kiri - 4, py(t), kiri, py(t), ' stroke="#000" stroke-width="1"'));
    if (i % lompatY === 0) {
      const teks = teksTik(t, l.sumbuY);
      bagian.push(
        teksSvg(kiri - 7, py(t) + F_SUMBU * 0.35, teks, ` text-anchor="end" font-size="${F_SUMBU}"`),
      );
    }
  });
  return bagian;
}

/** The units: kinerja under the plot, kepentingan upright beside it, cut to fit, whole on hover. */
function gambarJudulSumbu(d: DataSebar, l: LetakSebar): string[] {
  const gaya = ` text-anchor="middle" font-size="${F_SUMBU}" font-weight="bold"`;
  const bagian: string[] = [];
  if (d.satuan) {
    const y = l.bawahPlot + 6 + F_SUMBU + 6 + F_SUMBU;
    const teks = potong(d.satuan, l.lebarPlot / (F_SUMBU * LEBAR_HURUF));
    bagian.push(
      `<g><title>${escapeHtml(d.satuan)}</title>${teksSvg(l.kiri + l.lebarPlot / 2, y, teks, gaya)}</g>`,
    );
  }
  if (d.satuanY) {
    const y = l.atas + l.tinggiPlot / 2;
    const teks = potong(d.satuanY, l.tinggiPlot / (F_SUMBU * LEBAR_HURUF));
    bagian.push(`<g><title>${escapeHtml(d.satuanY)}</title>${teksTegak(8 + F_SUMBU, y, teks, gaya)}</g>`);
  }
  return bagian;
}

/** The means, dashed, each with its value outside the plot. */
function gambarRata(d: DataSebar, l: LetakSebar): string[] {
  const gayaRata = ` stroke="${WARNA_RATA}" stroke-width="1.5" stroke-dasharray="6 4"`;
  const gayaTeks = ` font-size="${F_SUMBU}" fill="${WARNA_RATA}"`;
  const bagian: string[] = [];
  if (d.rataX !== null) {
    const mx = l.px(d.rataX);
    const teks = `Rata-rata ${d.teksRataX}`;
    const w = lebarTeks(teks, F_SUMBU);
    const x = Math.min(Math.max(mx, w / 2 + 4), l.W - w / 2 - 4);
    bagian.push(
      `<g class="rata-x"><title>${escapeHtml(`Rata-rata ${d.satuan || "x"} ${d.teksRataX}`)}</title>`,
      garis(mx, l.atas, mx, l.bawahPlot, gayaRata),
      teksSvg(x, l.atas - 5, teks, ` text-anchor="middle"${gayaTeks}`),
      "</g>",
    );
  }
  if (d.rataY !== null) {
    const my = l.py(d.rataY);
    bagian.push(
      `<g class="rata-y"><title>${escapeHtml(`Rata-rata ${d.satuanY || "y"} ${d.teksRataY}`)}</title>`,
      garis(l.kiri, my, l.kananPlot, my, gayaRata),
      teksSvg(l.kananPlot + 4, my - 3, "Rata-rata", gayaTeks),
      teksSvg(l.kananPlot + 4, my + F_SUMBU + 1, d.teksRataY, gayaTeks),
      "</g>",
    );
  }
  return bagian;
}

/** The dots, each with what it is in a <title> (hover): values and quadrant. */
function gambarTitik(d: DataSebar, kelompok: readonly Kelompok[], label: LabelTitik): string[] {
  return kelompok.flatMap((k, i) => {
    const judulTitik = k.anggota.map((t) => {
      const q = t.kuadran !== "" ? ` (kuadran ${t.kuadran})` : "";
      return `${t.nomor}. ${t.label || "(tanpa nama)"}: ${d.satuan || "x"} ${t.teksX}; ${d.satuanY || "y"} ${t.teksY}${q}`;
    });
    const p = label.tempat[i]!;
    return [
      `<g class="titik"><title>${escapeHtml(judulTitik.join("\n"))}</title>`,
      `<circle cx="${angkaSvg(k.cx)}" cy="${angkaSvg(k.cy)}" r="${R_TITIK}" fill="${WARNA_BATANG}" stroke="#fff" stroke-width="1"/>`,
      teksSvg(
        p.x,
        p.y,
        label.teks[i]!,
        ` text-anchor="${p.anchor}" font-size="${F_TITIK}"${label.bernomor ? ' font-weight="bold"' : ""} fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke"`,
      ),
      "</g>",
    ];
  });
}

function gambarDaftar(d: DataSebar, daftar: Daftar): string[] {
  if (daftar.tinggi === 0) return [];
  const yDaftar = daftar.atas + 4 + F_SUMBU;
  const bagian = [teksSvg(daftar.x, yDaftar, "Keterangan:", ` font-size="${F_SUMBU}" font-weight="bold"`)];
  const { lebarNomor, lebarKolom, jarakKolom } = daftar;
  const maksKar = (lebarKolom - lebarNomor - 5) / (F_DAFTAR * LEBAR_HURUF);
  d.titik.forEach((t, i) => {
    const x = daftar.x + Math.floor(i / daftar.baris) * (lebarKolom + jarakKolom);
    const y = yDaftar + 4 + (1 + (i % daftar.baris)) * (F_DAFTAR + 4);
    const entri = daftar.entri[i]!;
    bagian.push(
      `<g class="keterangan"><title>${escapeHtml(`${t.nomor} ${entri}`)}</title>`,
      teksSvg(
        x + lebarNomor,
        y,
        String(t.nomor),
        ` text-anchor="end" font-size="${F_DAFTAR}" font-weight="bold"`,
      ),
      teksSvg(x + lebarNomor + 5, y, potong(entri, maksKar), ` font-size="${F_DAFTAR}"`),
      "</g>",
    );
  });
  return bagian;
}
