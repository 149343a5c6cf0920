/**
 * The Pohon Kinerja drawn as SVG: levels as columns from left to right (a landscape page holds
 * six levels side by side), one row per leaf, a parent centred on its children, boxes coloured by
 * level, elbow lines to the parent. Over MAKS_DAUN leaves the tree is split by branch (the
 * subtrees under the root), one drawing per page, each repeating the root. Draws only: the
 * order, depths and texts come computed in the model.
 */
import type { Grafik, Pohon } from "../model";
import { bukaSvg, bungkus, F_LABEL, garis, judulGrafik, persegi, teksSvg } from "./svg";

const LEBAR_KOTAK = 168;
const JARAK_KOLOM = 26;
const TINGGI_KOTAK = 62;
const JARAK_BARIS = 8;
const MAKS_DAUN = 14;
const F = F_LABEL - 2;
const WARNA = ["#fde9d9", "#dbe5f1", "#e2efd9", "#fff2cc", "#ede0f5", "#f2f2f2"];
const LEVEL = ["Outcome", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"];

interface Simpul {
  i: number;
  kedalaman: number;
  anak: Simpul[];
  daun: number;
}

function susun(g: Grafik): Simpul[] {
  const semua: Simpul[] = g.nilai.map((d, i) => ({ i, kedalaman: d, anak: [], daun: 0 }));
  const akar: Simpul[] = [];
  const tumpuk: Simpul[] = [];
  for (const s of semua) {
    while (tumpuk.length > 0 && tumpuk.at(-1)!.kedalaman >= s.kedalaman) tumpuk.pop();
    if (s.kedalaman === 0 || tumpuk.length === 0) akar.push(s);
    else tumpuk.at(-1)!.anak.push(s);
    tumpuk.push(s);
  }
  const hitung = (s: Simpul): number => {
    s.daun = s.anak.length === 0 ? 1 : s.anak.reduce((a, x) => a + hitung(x), 0);
    return s.daun;
  };
  for (const a of akar) hitung(a);
  return akar;
}

/**
 * The pages: forests of at most MAKS_DAUN leaves, packed in order. A root too big for a page is
 * split by its branches, each part repeating the root; a single branch bigger still has a page
 * of its own (drawn smaller).
 */
function halaman(akar: Simpul[]): Simpul[][] {
  const bagian = akar.flatMap((a) => {
    if (a.daun <= MAKS_DAUN || a.anak.length === 0) return [a];
    const hasil: Simpul[] = [];
    let kini: Simpul[] = [];
    let daun = 0;
    for (const c of a.anak) {
      if (kini.length > 0 && daun + c.daun > MAKS_DAUN) {
        hasil.push({ ...a, anak: kini, daun });
        kini = [];
        daun = 0;
      }
      kini.push(c);
      daun += c.daun;
    }
    hasil.push({ ...a, anak: kini, daun });
    return hasil;
  });
  const hal: Simpul[][] = [];
  let daun = MAKS_DAUN + 1;
  for (const b of bagian) {
    if (daun + b.daun > MAKS_DAUN) {
      hal.push([]);
      daun = 0;
    }
    hal.at(-1)!.push(b);
    daun += b.daun;
  }
  return hal;
}

function gambar(g: Grafik, p: Pohon, akar: Simpul[], judul: string): string {
  const dasar = Math.min(...akar.map((a) => a.kedalaman));
  const dalam = (s: Simpul): number => Math.max(s.kedalaman, ...s.anak.map(dalam));
  const kolom = Math.max(...akar.map(dalam)) - dasar + 1;
  const W = kolom * (LEBAR_KOTAK + JARAK_KOLOM) + JARAK_KOLOM;
  const { tinggiJudul, judulSvg } = judulGrafik(judul, W);
  const daun = akar.reduce((a, s) => a + s.daun, 0);
  const H = tinggiJudul + daun * (TINGGI_KOTAK + JARAK_BARIS) + 12;
  const bagian: string[] = [];
  let baris = 0;
  const x = (s: Simpul) => JARAK_KOLOM + (s.kedalaman - dasar) * (LEBAR_KOTAK + JARAK_KOLOM);
  /** Draws s and its subtree; returns the y of its box's middle. */
  const jalan = (s: Simpul): number => {
    let tengah: number;
    if (s.anak.length === 0) {
      tengah = tinggiJudul + baris * (TINGGI_KOTAK + JARAK_BARIS) + TINGGI_KOTAK / 2 + 4;
      baris++;
    } else {
      const ys = s.anak.map(jalan);
      tengah = (ys[0]! + ys.at(-1)!) / 2;
      const xa = x(s) + LEBAR_KOTAK;
      const xm = xa + JARAK_KOLOM / 2;
      const atr = ' stroke="#555" stroke-width="1"';
      bagian.push(garis(xa, tengah, xm, tengah, atr), garis(xm, ys[0]!, xm, ys.at(-1)!, atr));
      for (const y of ys) bagian.push(garis(xm, y, xm + JARAK_KOLOM / 2, y, atr));
    }
    const x0 = x(s);
    const y0 = tengah - TINGGI_KOTAK / 2;
    const warna = WARNA[Math.max(0, LEVEL.indexOf(p.level[s.i] ?? ""))] ?? "#fff";
    bagian.push(
      persegi(x0, y0, x0 + LEBAR_KOTAK, y0 + TINGGI_KOTAK, ` fill="${warna}" stroke="#333" rx="4"`),
    );
    const kepala = [p.kode[s.i], p.level[s.i]].filter((t) => t).join(" · ");
    const isi = bungkus(g.label[s.i] ?? "", LEBAR_KOTAK / (F * 0.55), 3);
    const ind = bungkus(p.indikator[s.i] ?? "", LEBAR_KOTAK / (F * 0.52), 4 - isi.length);
    const teks = [
      ...isi.map((t) => [t, ` font-size="${F}"`]),
      ...ind.map((t) => [t, ` font-size="${F - 1}" font-style="italic" fill="#444"`]),
    ];
    bagian.push(teksSvg(x0 + 5, y0 + F + 3, kepala, ` font-size="${F}" font-weight="bold"`));
    teks.forEach(([t, gaya], n) => {
      bagian.push(teksSvg(x0 + 5, y0 + F + 3 + (n + 1) * (F + 2), t!, gaya));
    });
    return tengah;
  };
  for (const a of akar) jalan(a);
  // data-pohon: the dialog finds the tree's drawings to send as PNG (src/ui/laporan.html).
  return `${bukaSvg(judul, W, H).replace("<svg ", "<svg data-pohon ")}${judulSvg(W / 2)}${bagian.join("")}</svg>`;
}

export function svgPohon(g: Grafik, p: Pohon): string {
  const akar = susun(g);
  const hal = halaman(akar);
  return hal
    .map((h, i) => gambar(g, p, h, hal.length > 1 ? `${g.judul} (${i + 1}/${hal.length})` : g.judul))
    .join("");
}
