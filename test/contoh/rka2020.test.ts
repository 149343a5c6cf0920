import { describe, expect, it } from "vitest";
import { KEGIATAN_RKA_LUMAJANG_2020 } from "../../src/contoh/rka2020";
import { prakiraanMaju } from "../../src/core/anggaran";
import { bacaTerbilang, terbilang } from "../../src/core/terbilang";

const kegiatan = KEGIATAN_RKA_LUMAJANG_2020;
const kodeProgram = (program: string) => program.split(" ")[0]!;

/** Seed 004's one prakiraan maju whose words do not read back, with the word that fails. */
const TERBILANG_SALAH: Record<string, string> = { "3.05.3.05.09.39.006": "saturibu" };

describe("RKA-SKPD 2.2.1 Kecamatan Lumajang 2020 (seed 004)", () => {
  it("holds every form of the seed: eleven kegiatan, each code once", () => {
    expect(kegiatan.map((k) => k.kode)).toEqual([
      "3.05.3.05.09.01.021",
      "3.05.3.05.09.02.045",
      "3.05.3.05.09.02.046",
      "3.05.3.05.09.06.001",
      "3.05.3.05.09.06.003",
      "3.05.3.05.09.06.007",
      "3.05.3.05.09.39.003",
      "3.05.3.05.09.39.004",
      "3.05.3.05.09.39.005",
      "3.05.3.05.09.39.006",
      "3.05.3.05.09.39.007",
    ]);
    expect(new Set(kegiatan.map((k) => k.kode)).size).toBe(kegiatan.length);
  });

  it("codes each kegiatan under its program, organisation and urusan", () => {
    for (const k of kegiatan) {
      expect(k.urusan).toBe("3.05 PEMERINTAHAN UMUM");
      expect(k.organisasi).toBe("3.05.09 KECAMATAN LUMAJANG");
      const program = kodeProgram(k.program);
      expect(program).toMatch(/^3\.05\.3\.05\.09\.\d{2}$/);
      expect(k.kode.startsWith(`${program}.`), k.kode).toBe(true);
      expect(k.kode).toMatch(/^3\.05\.3\.05\.09\.\d{2}\.\d{3}$/);
    }
  });

  it("keeps the program names as printed: 09.39 under two names", () => {
    const nama = new Map<string, Set<string>>();
    for (const k of kegiatan) {
      const kode = kodeProgram(k.program);
      nama.set(kode, (nama.get(kode) ?? new Set()).add(k.program.slice(kode.length + 1)));
    }
    expect(Object.fromEntries([...nama].map(([kode, n]) => [kode, [...n]]))).toEqual({
      "3.05.3.05.09.01": ["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"],
      "3.05.3.05.09.02": ["PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR"],
      "3.05.3.05.09.06": ["PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN"],
      "3.05.3.05.09.39": [
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
        "FASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
      ],
    });
  });

  it("takes the official name for the seed's 'Pelayanan Admistrasi dan Opsional Perkantoran'", () => {
    expect(kegiatan[0]!.kegiatan).toBe("Pelayanan Administrasi dan Operasional Perkantoran");
    expect(kegiatan[5]!.kegiatan).toBe("Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD");
  });

  it("reads year n = 2020 on every form: 551.204.390 -> 606.324.829 for the first kegiatan", () => {
    const pertama = kegiatan[0]!;
    expect([pertama.jumlahTahunLalu, pertama.jumlahTahunIni, pertama.prakiraanMajuTertulis]).toEqual([
      479_077_000, 551_204_390, 606_324_829,
    ]);
    expect(prakiraanMaju(pertama.jumlahTahunIni!)).toBe(606_324_829);
    // The three forms whose labels run one year early (2018/2019/2020): their middle amount is n.
    const geser = Object.fromEntries(
      kegiatan
        .filter((k) => ["045", "39.003", "39.005"].some((akhir) => k.kode.endsWith(akhir)))
        .map((k) => [k.kode, [k.jumlahTahunLalu, k.jumlahTahunIni, k.prakiraanMajuTertulis]]),
    );
    expect(geser).toEqual({
      "3.05.3.05.09.02.045": [200_590_000, 149_575_200, 164_532_720],
      "3.05.3.05.09.39.003": [154_050_000, 148_900_000, 163_790_000],
      "3.05.3.05.09.39.005": [94_325_000, 120_877_500, 132_965_250],
    });
  });

  it("prints every prakiraan maju at 110 % of year n: no form disagrees", () => {
    const beda = kegiatan
      .filter((k) => prakiraanMaju(k.jumlahTahunIni!) !== k.prakiraanMajuTertulis)
      .map((k) => k.kode);
    expect(beda).toEqual([]);
    for (const k of kegiatan) {
      expect(Number.isInteger(k.jumlahTahunLalu) && k.jumlahTahunLalu! > 0, k.kode).toBe(true);
      expect(Number.isInteger(k.jumlahTahunIni) && k.jumlahTahunIni! > 0, k.kode).toBe(true);
    }
  });

  it("reads every terbilang back to its prakiraan maju, except the seed's typo", () => {
    const salah: string[] = [];
    for (const k of kegiatan) {
      expect(k.terbilangTertulis, k.kode).toBe(k.terbilangTertulis.toUpperCase());
      expect(k.terbilangTertulis.endsWith(" RUPIAH"), k.kode).toBe(true);
      const kataSalah = TERBILANG_SALAH[k.kode];
      if (kataSalah === undefined) {
        expect(bacaTerbilang(k.terbilangTertulis), k.kode).toBe(k.prakiraanMajuTertulis);
        // The seed writes the words exactly as the add-on does.
        expect(terbilang(k.prakiraanMajuTertulis!, { huruf: "besar", akhiran: "rupiah" })).toBe(
          k.terbilangTertulis,
        );
      } else {
        salah.push(k.kode);
        expect(() => bacaTerbilang(k.terbilangTertulis), k.kode).toThrow(`"${kataSalah}"`);
      }
    }
    expect(salah).toEqual(["3.05.3.05.09.39.006"]);
  });

  it("gives the typo'd text what it should have said", () => {
    const k = kegiatan.find((x) => x.kode === "3.05.3.05.09.39.006")!;
    expect(k.terbilangTertulis.replace("SATURIBU", "SATU RIBU")).toBe(
      terbilang(9_731_700, { huruf: "besar", akhiran: "rupiah" }),
    );
  });

  it("stores the indicators as printed, targets included", () => {
    for (const k of kegiatan) {
      for (const [tolakUkur, target] of [
        [k.capaianProgram, k.targetCapaianProgram],
        [k.keluaran, k.targetKeluaran],
        [k.hasil, k.targetHasil],
      ] as const) {
        expect(tolakUkur.trim(), k.kode).not.toBe("");
        expect(target, k.kode).toMatch(/^\d/);
      }
    }
    expect(kegiatan[0]!).toMatchObject({
      capaianProgram: "Prosentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran",
      targetCapaianProgram: "78%",
      keluaran: "Jumlah Pelayanan Administrasi perkantoran",
      targetKeluaran: "30 Jenis",
      hasil: "Nilai Indeks Kepuasan Masyarakat (IKM)",
      targetHasil: "86,32",
    });
    const trantib = kegiatan.find((k) => k.kode.endsWith("39.004"))!;
    expect([trantib.keluaran, trantib.targetKeluaran]).toEqual([
      "Jumlah Desa dan Kelurahan yang Dibina oleh Trantib",
      "5 Desa dan 7 Kelurahan",
    ]);
  });

  it("fills every KAK field, with waktu and tempat split out of the mekanisme", () => {
    for (const k of kegiatan) {
      expect(k.kelompokSasaran.trim(), k.kode).not.toBe("");
      const kak = {
        latarBelakang: k.latarBelakang,
        dasarHukum: k.dasarHukum,
        maksudTujuan: k.maksudTujuan,
        bentukKegiatan: k.bentukKegiatan,
        konsepKegiatan: k.konsepKegiatan,
        mekanisme: k.mekanisme,
        waktu: k.waktu,
        tempat: k.tempat,
        manfaat: k.manfaat,
      };
      for (const [medan, teks] of Object.entries(kak)) {
        expect(teks.trim(), `${k.kode} ${medan}`).not.toBe("");
        expect(teks, `${k.kode} ${medan}`).toBe(teks.trim());
        expect(teks, `${k.kode} ${medan}`).not.toMatch(/<[a-z/]/i);
        expect(teks, `${k.kode} ${medan}`).not.toMatch(/Layat|Pelasanaan/);
      }
      expect(k.mekanisme, k.kode).toMatch(/^Prosedur:/);
      expect(k.mekanisme, k.kode).not.toMatch(/Tempat\s*:|Waktu\b/);
      expect(k.waktu, k.kode).toMatch(/2020/);
      expect(k.tempat, k.kode).toMatch(/Kecamatan Lumajang/);
      expect(k.maksudTujuan, k.kode).toMatch(/^Maksud: .+\nTujuan: .+$/);
    }
    const pertama = kegiatan[0]!;
    expect(pertama.waktu).toBe("12 bulan dalam tahun 2020");
    expect(pertama.tempat).toBe("Kantor Kecamatan Lumajang");
  });
});
