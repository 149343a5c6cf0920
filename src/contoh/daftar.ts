/**
 * The samples Isi Contoh Data offers. They live in the dialog (scripts/build.mjs builds this
 * module into contoh.html), not in Code.js: the server receives the chosen one as data.
 */

import type { ContohUnit, DataContoh } from "../core/model/contoh";
import { CONTOH_RENJA_JATIROTO_2020 } from "./jatiroto2020";
import { CONTOH_KLAKAH_2023 } from "./klakah2023";
import { CONTOH_LUMAJANG_2021 } from "./lumajang2021";
import { CONTOH_RKA_LUMAJANG_2020 } from "./rka2020";
import { CONTOH_KAK_YOSOWILANGUN_2020 } from "./yosowilangun2020";

export const CONTOH: readonly ContohUnit[] = [
  CONTOH_LUMAJANG_2021,
  CONTOH_KLAKAH_2023,
  CONTOH_RKA_LUMAJANG_2020,
  CONTOH_RENJA_JATIROTO_2020,
  CONTOH_KAK_YOSOWILANGUN_2020,
];

const duaDigit = (n: number) => String(n).padStart(2, "0");

/** A sample as plain data (what the dialog sends). */
export function keData(c: ContohUnit): DataContoh {
  const { responden, ...lain } = c;
  return {
    ...lain,
    responden: responden().map((r) => ({
      ...r,
      tanggal:
        r.tanggal === null
          ? null
          : `${r.tanggal.getFullYear()}-${duaDigit(r.tanggal.getMonth() + 1)}-${duaDigit(r.tanggal.getDate())}`,
    })),
  };
}

export function dataContoh(id: string): DataContoh {
  const c = CONTOH.find((x) => x.id === id);
  if (!c) throw new Error(`Contoh "${id}" tidak dikenal.`);
  return keData(c);
}

export const PILIHAN_CONTOH = CONTOH.map((c) => ({ id: c.id, judul: c.judul }));
