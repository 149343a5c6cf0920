/**
 * The chart: vertical bars, the value above each bar the Indonesian way, as the LKJ's "grafik
 * capaian indikator kinerja" is drawn; with `sebar`, the IPA scatter (sebar.ts). Only the
 * chart's geometry is computed here; the figures come from the report model as they are.
 */
import { formatAngka } from "../../core/format";
import type { Grafik } from "../model";
import { escapeHtml } from "./escape";
import { svgPohon } from "./pohon";
import { svgSebar } from "./sebar";
import {
  angkaSvg,
  bukaSvg,
  bungkus,
  F_LABEL,
  F_NILAI,
  F_SUMBU,
  garis,
  geo,
  judulGrafik,
  LEBAR_HURUF,
  langkahSumbu,
  lebarTeks,
  potong,
  svgKosong,
  teksSvg,
  teksTegak,
  ukuran,
  WARNA_BATANG,
} from "./svg";

const WARNA_ACUAN = "#c00000";
/** Below this the bars of a many-labelled chart are too flat to compare: the chart grows instead. */
const TINGGI_PLOT_MIN = 160;

/**
 * The chart as inline SVG (`lebar` x `tinggi` px, 600 x 340 by default; the height grows when
 * the labels need it). Bars start at 0, so negative values hang below it; a value that is not a
 * finite number gets no bar and prints "-". Labels too long for their bar are wrapped or cut,
 * with the full text in a <title> (hover). Values print with 2 decimals unless all are whole.
 * With `sebar` it is the IPA scatter instead (svgSebar; 600 x 440 by default, taller with its
 * numbered list).
 */
export function svgGrafik(g: Grafik, lebar?: number, tinggi?: number): string {
  if (typeof g.sebar === "object" && g.sebar !== null) return svgSebar(g, g.sebar, lebar, tinggi);
  if (typeof g.pohon === "object" && g.pohon !== null) return svgPohon(g, g.pohon);
  const W = ukuran(lebar, 600, 240);
  const d = dataBatang(g);
  if (d.nilai.length === 0) return svgKosong(d.judul, W);
  const sumbu = sumbuNilai(d);
  const l = letakBatang(d, sumbu, W, ukuran(tinggi, 340, 160));
  return [
    bukaSvg(d.judul, l.W, l.H),
    l.judulSvg(l.W / 2),
    ...gambarSumbu(d, sumbu, l),
    ...gambarBatang(d, l),
    ...gambarAcuan(d, l),
    ...gambarLabel(d, l),
    "</svg>",
  ].join("");
}

interface DataBatang {
  judul: string;
  label: readonly string[];
  /** One per bar: the value, or null where it is not a finite number (no bar, "-"). */
  nilai: (number | null)[];
  teksNilai: string[];
  acuan: number | null;
  teksAcuan: string;
  satuan: string;
}

function dataBatang(g: Grafik): DataBatang {
  const label = g.label ?? [];
  const nilaiAsli = g.nilai ?? [];
  const n = Math.max(label.length, nilaiAsli.length);
  const nilai: (number | null)[] = Array.from({ length: n }, (_, i) => {
    const v = nilaiAsli[i];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  });
  const bulat = nilai.every((v) => v === null || Number.isInteger(v));
  const acuan = typeof g.acuan === "number" && Number.isFinite(g.acuan) ? geo(g.acuan) : null;
  return {
    judul: String(g.judul ?? ""),
    label,
    nilai,
    teksNilai: nilai.map((v) => (v === null ? "-" : formatAngka(v, bulat ? 0 : 2))),
    acuan,
    teksAcuan: acuan !== null ? formatAngka(acuan, 2, { buangNolDesimal: true }) : "",
    satuan: String(g.satuan ?? "").trim(),
  };
}

interface SumbuNilai {
  rendah: number;
  tinggi: number;
  tik: number[];
  teksTik: string[];
}

/** The value axis: it always holds 0 (bars start there) and the reference line, ending on ticks. */
function sumbuNilai(d: DataBatang): SumbuNilai {
  const angkaSumbu = [0, ...d.nilai.filter((v): v is number => v !== null).map(geo)];
  if (d.acuan !== null) angkaSumbu.push(d.acuan);
  let rendah = Math.min(...angkaSumbu);
  let tinggi = Math.max(...angkaSumbu);
  if (tinggi === rendah) tinggi = rendah + 1;
  const langkah = langkahSumbu(tinggi - rendah);
  const desimal = Math.min(6, Math.max(0, -Math.floor(Math.log10(langkah) + 1e-9) + (langkah % 1 ? 1 : 0)));
  rendah = Math.floor(rendah / langkah + 1e-9) * langkah;
  tinggi = Math.ceil(tinggi / langkah - 1e-9) * langkah;
  const jumlahTik = Math.round((tinggi - rendah) / langkah);
  const tik = Array.from({ length: jumlahTik + 1 }, (_, i) => rendah + i * langkah);
  const teksTik = tik.map((t) =>
    formatAngka(Math.abs(t) < langkah / 1e6 ? 0 : t, desimal, { buangNolDesimal: true }),
  );
  return { rendah, tinggi, tik, teksTik };
}

interface LetakBatang {
  W: number;
  H: number;
  judulSvg: (tengah: number) => string;
  kiri: number;
  atas: number;
  lebarPlot: number;
  tinggiPlot: number;
  bawahPlot: number;
  slot: number;
  lebarBatang: number;
  /** Values turned upright when they are wider than their bar's slot. */
  nilaiTegak: boolean;
  fNilai: number;
  /** Labels wrapped under wide bars, turned upright under narrow ones. */
  labelDatar: boolean;
  fLabel: number;
  barisLabel: string[][];
  tinggiLabel: number;
  bawahNegatif: number;
  /** The y of a value. */
  y: (v: number) => number;
  /** The x of the middle of bar i. */
  tengah: (i: number) => number;
}

/** Where everything goes: margins for the tick values, the unit and the reference's label. */
function letakBatang(d: DataBatang, sumbu: SumbuNilai, lebar: number, tinggi: number): LetakBatang {
  let W = lebar;
  let H = tinggi;
  const n = d.nilai.length;
  const { tinggiJudul, judulSvg } = judulGrafik(d.judul, W);
  const kiri =
    8 + (d.satuan ? F_SUMBU + 8 : 0) + Math.max(...sumbu.teksTik.map((t) => lebarTeks(t, F_SUMBU))) + 6;
  const kanan =
    d.acuan !== null ? Math.max(lebarTeks("Acuan", F_SUMBU), lebarTeks(d.teksAcuan, F_SUMBU)) + 14 : 14;
  let lebarPlot = W - kiri - kanan;
  if (lebarPlot < n * 6) {
    lebarPlot = n * 6;
    W = Math.ceil(kiri + lebarPlot + kanan);
  }
  const slot = lebarPlot / n;

  const maksNilai = Math.max(...d.teksNilai.map((t) => Array.from(t).length));
  const nilaiTegak = maksNilai * F_NILAI * LEBAR_HURUF > slot - 2;
  const fNilai = nilaiTegak ? Math.min(F_NILAI, Math.max(6, slot * 0.8)) : F_NILAI;
  const ruangNilai = nilaiTegak ? maksNilai * fNilai * LEBAR_HURUF + 6 : F_NILAI + 6;
  const adaNegatif = d.nilai.some((v) => v !== null && v < 0);

  const labelDatar = slot >= 44;
  // Under wide bars the font steps down (not below 7) until the longest word ("Penyelesaian")
  // fits its bar: a word is wrapped to the next line, never run into its neighbour's label.
  const kataTerpanjang = Math.max(
    1,
    ...d.label.flatMap((l) =>
      String(l ?? "")
        .split(/\s+/)
        .map((k) => k.length),
    ),
  );
  const fLabel = labelDatar
    ? Math.min(F_LABEL, Math.max(7, (slot - 4) / (kataTerpanjang * LEBAR_HURUF)))
    : Math.min(F_LABEL, Math.max(6, slot * 0.8));
  const barisLabel = labelDatar
    ? d.label.map((l) => bungkus(String(l ?? ""), (slot - 4) / (fLabel * LEBAR_HURUF), BARIS_LABEL))
    : [];
  const tinggiLabel = labelDatar
    ? Math.max(1, ...barisLabel.map((b) => b.length)) * (fLabel + 2) + 8
    : Math.min(Math.max(H * 0.35, 60), 140);

  const atas = tinggiJudul + 4 + ruangNilai;
  const bawahNegatif = adaNegatif ? ruangNilai : 0;
  let tinggiPlot = H - atas - bawahNegatif - tinggiLabel - 6;
  if (tinggiPlot < TINGGI_PLOT_MIN) {
    H = Math.ceil(H + TINGGI_PLOT_MIN - tinggiPlot);
    tinggiPlot = TINGGI_PLOT_MIN;
  }
  const { rendah, tinggi: puncak } = sumbu;
  return {
    W,
    H,
    judulSvg,
    kiri,
    atas,
    lebarPlot,
    tinggiPlot,
    bawahPlot: atas + tinggiPlot,
    slot,
    lebarBatang: Math.max(1, Math.min(slot * 0.62, 56)),
    nilaiTegak,
    fNilai,
    labelDatar,
    fLabel,
    barisLabel,
    tinggiLabel,
    bawahNegatif,
    y: (v) => atas + ((puncak - geo(v)) / (puncak - rendah)) * tinggiPlot,
    tengah: (i) => kiri + (i + 0.5) * slot,
  };
}

/** Grid and value axis, with the unit upright beside it. */
function gambarSumbu(d: DataBatang, sumbu: SumbuNilai, l: LetakBatang): string[] {
  const { kiri, atas, lebarPlot, tinggiPlot } = l;
  const bagian: string[] = [];
  sumbu.tik.forEach((t, i) => {
    const yt = l.y(t);
    bagian.push(
      garis(kiri, yt, kiri + lebarPlot, yt, ' stroke="#d9d9d9" stroke-width="1"'),
      teksSvg(kiri - 6, yt + F_SUMBU * 0.35, sumbu.teksTik[i]!, ` text-anchor="end" font-size="${F_SUMBU}"`),
    );
  });
  if (d.satuan) {
    const maksKar = tinggiPlot / (F_SUMBU * LEBAR_HURUF);
    bagian.push(
      `<g><title>${escapeHtml(d.satuan)}</title>${teksTegak(8 + F_SUMBU, atas + tinggiPlot / 2, potong(d.satuan, maksKar), ` text-anchor="middle" font-size="${F_SUMBU}" font-weight="bold"`)}</g>`,
    );
  }
  bagian.push(garis(kiri, atas, kiri, l.bawahPlot, ' stroke="#000" stroke-width="1"'));
  return bagian;
}

/** Bars, each with its value; the full label and value in a <title>. */
function gambarBatang(d: DataBatang, l: LetakBatang): string[] {
  const y0 = l.y(0);
  const { fNilai } = l;
  // A white halo keeps a value readable where it crosses the reference line or a grid line.
  const gayaNilai = ` font-size="${angkaSvg(fNilai)}" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke"`;
  const bagian = d.nilai.map((v, i) => {
    const cx = l.tengah(i);
    const teks = d.teksNilai[i]!;
    const isi: string[] = [`<title>${escapeHtml(`${String(d.label[i] ?? "")}: ${teks}`)}</title>`];
    const ujung = v === null ? y0 : l.y(v);
    if (v !== null) {
      isi.push(
        `<rect x="${angkaSvg(cx - l.lebarBatang / 2)}" y="${angkaSvg(Math.min(ujung, y0))}" width="${angkaSvg(l.lebarBatang)}" height="${angkaSvg(Math.abs(ujung - y0))}" fill="${WARNA_BATANG}"/>`,
      );
    }
    const bawah = v !== null && v < 0;
    if (l.nilaiTegak) {
      isi.push(
        bawah
          ? teksTegak(cx + fNilai * 0.35, ujung + 4, teks, ` text-anchor="end"${gayaNilai}`)
          : teksTegak(cx + fNilai * 0.35, ujung - 4, teks, ` text-anchor="start"${gayaNilai}`),
      );
    } else {
      isi.push(
        teksSvg(cx, bawah ? ujung + F_NILAI + 2 : ujung - 4, teks, ` text-anchor="middle"${gayaNilai}`),
      );
    }
    return `<g>${isi.join("")}</g>`;
  });
  // The zero line over the bars' feet.
  bagian.push(garis(l.kiri, y0, l.kiri + l.lebarPlot, y0, ' stroke="#000" stroke-width="1"'));
  return bagian;
}

/** The reference line, dashed, its value beside the plot. */
function gambarAcuan(d: DataBatang, l: LetakBatang): string[] {
  if (d.acuan === null) return [];
  const ya = l.y(d.acuan);
  const xa = l.kiri + l.lebarPlot + 4;
  return [
    `<g><title>${escapeHtml(`Acuan ${d.teksAcuan}`)}</title>`,
    garis(
      l.kiri,
      ya,
      l.kiri + l.lebarPlot,
      ya,
      ` stroke="${WARNA_ACUAN}" stroke-width="1.5" stroke-dasharray="6 4"`,
    ),
    teksSvg(xa, ya - 3, "Acuan", ` font-size="${F_SUMBU}" fill="${WARNA_ACUAN}"`),
    teksSvg(xa, ya + F_SUMBU + 1, d.teksAcuan, ` font-size="${F_SUMBU}" fill="${WARNA_ACUAN}"`),
    "</g>",
  ];
}

/**
 * Lines a label under a wide bar may take: enough for an indicator's whole name (seed 001's
 * longest, 96 characters, takes four lines under a third of the plot), so no word is cut.
 */
const BARIS_LABEL = 6;

/** Category labels under the plot: wrapped when the bars are wide, turned upright when narrow. */
function gambarLabel(d: DataBatang, l: LetakBatang): string[] {
  const atasLabel = l.bawahPlot + l.bawahNegatif + 4;
  const bagian: string[] = [];
  d.label.forEach((mentah, i) => {
    const teksLabel = String(mentah ?? "");
    if (teksLabel.trim() === "") return;
    const cx = l.tengah(i);
    let teks: string;
    if (l.labelDatar) {
      const tspan = l.barisLabel[i]!.map(
        (b, k) =>
          `<tspan x="${angkaSvg(cx)}" y="${angkaSvg(atasLabel + l.fLabel + k * (l.fLabel + 2))}">${escapeHtml(b)}</tspan>`,
      );
      teks = `<text text-anchor="middle" font-size="${angkaSvg(l.fLabel)}">${tspan.join("")}</text>`;
    } else {
      const maksKar = (l.tinggiLabel - 4) / (l.fLabel * LEBAR_HURUF);
      teks = teksTegak(
        cx + l.fLabel * 0.35,
        atasLabel + 2,
        potong(teksLabel.replace(/\s+/g, " ").trim(), maksKar),
        ` text-anchor="end" font-size="${angkaSvg(l.fLabel)}"`,
      );
    }
    bagian.push(`<g><title>${escapeHtml(teksLabel)}</title>${teks}</g>`);
  });
  return bagian;
}
