import type { ContohUnit } from "./jenis";
import { CONTOH_KLAKAH_2023 } from "./klakah2023";
import { CONTOH_LUMAJANG_2021 } from "./lumajang2021";

/** The samples Isi Contoh Data offers, in the order the dialog shows them. */
export const CONTOH: readonly ContohUnit[] = [CONTOH_LUMAJANG_2021, CONTOH_KLAKAH_2023];
