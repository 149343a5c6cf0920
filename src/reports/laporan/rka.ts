/**
 * The figures of the RKA-SKPD 2.2.1 form and the KAK of one kegiatan (seeds 004, 000): the
 * year-n amount from its rincian (or as typed), the forward estimate at the unit's percentage
 * (110 % unless set), each amount with its terbilang in capitals as the form prints it.
 */
import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  cariKegiatan,
  jumlahKegiatan,
  jumlahRincian,
  type KegiatanRka,
  RKA,
  RKA_RINCIAN,
  rincianKegiatan,
} from "../../core/model/rka";
import { terbilang } from "../../core/terbilang";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { labelBagian, nilaiUmum } from "./umum";

const rupiahForm = (n: number) => `${formatAngka(n, 2)}`;
const kata = (n: number) => terbilang(n, { akhiran: "rupiah", huruf: "besar" });

/** "Tolak ukur (target)", or the tolak ukur alone when no target is typed (seed 000 prints none). */
const denganTarget = (tolakUkur: string, target: string) =>
  target.trim() === "" ? tolakUkur : `${tolakUkur} (${target})`;

const ada = (...isi: string[]) => isi.some((t) => t.trim() !== "");

/** The KAK's sections as seed 000 orders them, with the seed 004 fields where they belong. */
function bagianKak(k: KegiatanRka) {
  const fenomena = ada(
    k.fenomena,
    k.prioritasMasalah,
    k.faktorSdm,
    k.upayaTersedia,
    k.inovasi,
    k.permasalahan,
  );
  const latar = labelBagian(
    [
      ["nomorDasarHukum", ada(k.dasarHukum)],
      ["nomorGambaranUmum", ada(k.gambaranUmum)],
      ["nomorFenomena", fenomena],
    ],
    "angka",
  );
  const rinci = labelBagian(
    [
      ["hurufFenomenaDetail", ada(k.fenomena)],
      ["hurufPrioritasMasalah", ada(k.prioritasMasalah)],
      ["hurufFaktorSdm", ada(k.faktorSdm)],
      ["hurufUpayaTersedia", ada(k.upayaTersedia)],
      ["hurufInovasi", ada(k.inovasi)],
      ["hurufPermasalahan", ada(k.permasalahan)],
    ],
    "huruf",
  );
  const bab = labelBagian(
    [
      ["hurufLatarBelakang", ada(k.dasarHukum, k.latarBelakang, k.gambaranUmum) || fenomena],
      ["hurufMaksudTujuan", ada(k.maksudTujuan)],
      ["hurufManfaat", ada(k.manfaat, k.dampak)],
      ["hurufBentukKegiatan", ada(k.bentukKegiatan, k.konsepKegiatan)],
      ["hurufStrategi", ada(k.strategi)],
      ["hurufPelaksanaan", ada(k.mekanisme, k.waktu, k.tempat, k.pelaksana, k.peserta)],
      ["hurufBiaya", true],
      ["hurufKelompokSasaran", ada(k.kelompokSasaran)],
    ],
    "huruf",
  );
  // Sub-item letters are lower case in seed 000 ("a. Atas data umum ...").
  const kecil = Object.fromEntries(
    Object.entries(rinci).map(([a, b]) => [a, b.toLowerCase()]),
  ) as typeof rinci;
  return { ...latar, ...kecil, ...bab, adaFenomena: fenomena ? "ya" : "" };
}

export function dataRka(bk: BukuKerja, kode: string | undefined, ttd: Penandatanganan) {
  const k = cariKegiatan(bk, kode);
  const tahun = bk.pengaturan.tahun;
  const ini = jumlahKegiatan(bk, k.kode);
  if (ini === null) throw new Error(`Kegiatan ${k.kode}: jumlah tahun ini belum diisi.`);
  const lalu = k.jumlahTahunLalu ?? 0;
  const maju = prakiraanMaju(ini, k.persenMaju ?? 110);
  const rincian = rincianKegiatan(bk, k.kode);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      tahunDepan: tahun === null ? "" : String(tahun + 1),
      kodeKegiatan: k.kode,
      urusan: k.urusan,
      organisasi: k.organisasi,
      program: k.program,
      kegiatan: k.kegiatan,
      lokasi: k.lokasi,
      jumlahTahunLalu: rupiahForm(lalu),
      terbilangTahunLalu: kata(lalu),
      jumlahTahunIni: rupiahForm(ini),
      terbilangTahunIni: kata(ini),
      jumlahTahunDepan: rupiahForm(maju),
      terbilangTahunDepan: kata(maju),
      persenMaju: formatAngka(k.persenMaju ?? 110, 2, { buangNolDesimal: true }),
      capaianProgram: k.capaianProgram,
      targetCapaianProgram: k.targetCapaianProgram,
      masukan: "Tersedianya dana",
      targetMasukan: `Rp ${rupiahForm(ini)}`,
      keluaran: k.keluaran,
      targetKeluaran: k.targetKeluaran,
      hasil: k.hasil,
      targetHasil: k.targetHasil,
      kelompokSasaran: k.kelompokSasaran,
      // The KAK's own "waktu" and "tempat" (of the activity) must not shadow the signing place.
      latarBelakang: k.latarBelakang,
      dasarHukum: k.dasarHukum,
      maksudTujuan: k.maksudTujuan,
      bentukKegiatan: k.bentukKegiatan,
      konsepKegiatan: k.konsepKegiatan,
      mekanisme: k.mekanisme,
      waktuPelaksanaan: k.waktu,
      tempatPelaksanaan: k.tempat,
      manfaat: k.manfaat,
      gambaranUmum: k.gambaranUmum,
      fenomena: k.fenomena,
      prioritasMasalah: k.prioritasMasalah,
      faktorSdm: k.faktorSdm,
      upayaTersedia: k.upayaTersedia,
      inovasi: k.inovasi,
      permasalahan: k.permasalahan,
      dampak: k.dampak,
      strategi: k.strategi,
      pelaksana: k.pelaksana,
      peserta: k.peserta,
      indikatorProgram: denganTarget(k.capaianProgram, k.targetCapaianProgram),
      indikatorKeluaran: denganTarget(k.keluaran, k.targetKeluaran),
      indikatorHasil: denganTarget(k.hasil, k.targetHasil),
      ...bagianKak(k),
      jumlahRincian: rupiahForm(ini),
      totalBiaya: formatAngka(ini, 0),
    },
    daftar: {
      rincian: rincian.map((r, i) => ({
        no: String(i + 1),
        kodeRekening: r.kodeRekening,
        uraian: r.uraian,
        volume: r.volume === null ? "" : formatAngka(r.volume, 2, { buangNolDesimal: true }),
        satuan: r.satuan,
        harga: r.harga === null ? "" : formatAngka(r.harga, 0),
        jumlah: formatAngka(jumlahRincian(r), 0),
      })),
    },
    kolomDaftar: { rincian: ["no", "kodeRekening", "uraian", "volume", "satuan", "harga", "jumlah"] },
    grafik: {},
  } satisfies DataLaporan;
}

const LEMBAR_RKA = [NAMA_PENGATURAN, RKA.nama, RKA_RINCIAN.nama];

export const LAPORAN_RKA = laporan({
  jenis: "rka",
  nama: "RKA-SKPD 2.2.1",
  lembar: LEMBAR_RKA,
  perKegiatan: true,
  tanggal: "tanggalRka",
  berisi: (bk) => bk.rka.length > 0,
  data: (k) => dataRka(k.bk, k.opsi.kegiatan, k.ttd),
});
export const LAPORAN_KAK = laporan({
  jenis: "kak",
  nama: "Kerangka Acuan Kerja (KAK)",
  lembar: LEMBAR_RKA,
  perKegiatan: true,
  tanggal: "tanggalRka",
  berisi: (bk) => bk.rka.length > 0,
  data: (k) => dataRka(k.bk, k.opsi.kegiatan, k.ttd),
});
export type KunciRka = KunciData<ReturnType<typeof dataRka>>;
