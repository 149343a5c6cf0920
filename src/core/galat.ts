/**
 * The Indonesian message of anything thrown: an Error's message, or the thrown value as text.
 * Duck-typed: an Error made by a service in another realm is not `instanceof` ours.
 */
export function pesanGalat(e: unknown): string {
  if (typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string") {
    return (e as { message: string }).message;
  }
  try {
    return String(e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}
