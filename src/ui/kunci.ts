/**
 * The document lock around every handler that writes: two clicks, two windows or two users run
 * one after the other, never interleaved (developers.google.com/apps-script/reference/lock/lock-service).
 */
export function denganKunci<T>(
  kerja: () => T,
  sibuk = "Lembar kerja sedang diubah oleh proses lain. Coba lagi sebentar lagi.",
): T {
  const kunci = LockService.getDocumentLock();
  if (!kunci.tryLock(30_000)) throw new Error(sibuk);
  try {
    return kerja();
  } finally {
    kunci.releaseLock();
  }
}
