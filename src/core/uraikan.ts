/**
 * Everything that crosses into the server from outside our code (a dialog's arguments, a sample
 * sent by the dialog, state read back from PropertiesService, the default-template JSON) is
 * parsed once with a zod schema; a value of the wrong shape gets an Indonesian message that names
 * where it is wrong, never a TypeError further in. zod's own Indonesian locale words the details.
 */
import * as z from "zod/mini";
import id from "zod/v4/locales/id.js";

z.config(id());

/** The value as the schema's type, or an Error: "<apa> tidak sah: <where>: <what>. <saran>". */
export function uraikan<T>(skema: z.ZodMiniType<T>, nilai: unknown, apa: string, saran = ""): T {
  const hasil = skema.safeParse(nilai);
  if (hasil.success) return hasil.data;
  const rincian = hasil.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`)
    .join("; ");
  throw new Error(`${apa} tidak sah: ${rincian}.${saran === "" ? "" : ` ${saran}`}`);
}
