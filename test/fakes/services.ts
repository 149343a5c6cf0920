// Strict fakes of LockService, PropertiesService, Session, Utilities and Logger.
import { createBlob, toBytes } from "./blob";
import { type CallCounter, Fake, type Iface, strict } from "./core";

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;
type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;
type Session = GoogleAppsScript.Base.Session;
type Utilities = GoogleAppsScript.Utilities.Utilities;
type Logger = GoogleAppsScript.Base.Logger;

const IFACE = {
  Lock: { file: "lock", name: "Lock" },
  LockService: { file: "lock", name: "LockService" },
  Properties: { file: "properties", name: "Properties" },
  PropertiesService: { file: "properties", name: "PropertiesService" },
  Session: { file: "base", name: "Session" },
  Utilities: { file: "utilities", name: "Utilities" },
  Logger: { file: "base", name: "Logger" },
} as const satisfies Record<string, Iface>;

// --- LockService ---------------------------------------------------------------------------

/** The message of the exception waitLock throws when it times out. */
export const LOCK_TIMEOUT = "Lock timeout: another process was holding the lock for too long.";

export interface LockEvent {
  readonly op: "waitLock" | "tryLock" | "releaseLock";
  readonly timeoutMs?: number;
  readonly acquired?: boolean;
}

/** One document, script or user lock as a test sees it. */
export class LockControl {
  /** While true another execution holds the lock: waitLock throws LOCK_TIMEOUT, tryLock gives false. */
  busy = false;
  readonly events: LockEvent[] = [];
  holders = 0;

  /** Held by some Lock object of this fake right now (a run that forgot releaseLock leaves it true). */
  get held(): boolean {
    return this.holders > 0;
  }

  /** Successful waitLock/tryLock calls. */
  acquisitions(): number {
    return this.events.filter((e) => e.op !== "releaseLock" && e.acquired === true).length;
  }
}

// https://developers.google.com/apps-script/reference/lock/lock
class FakeLock extends Fake<Lock> implements Lock {
  private holding = false;

  constructor(private readonly control: LockControl) {
    super();
  }

  private acquire(op: "waitLock" | "tryLock", timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== "number" || !Number.isInteger(timeoutInMillis) || timeoutInMillis < 0) {
      throw new Error(
        `fake: Lock.${op}: batas waktu harus bilangan bulat >= 0, bukan ${String(timeoutInMillis)}`,
      );
    }
    const acquired = this.holding || !this.control.busy;
    if (acquired && !this.holding) {
      this.holding = true;
      this.control.holders++;
    }
    this.control.events.push({ op, timeoutMs: timeoutInMillis, acquired });
    return acquired;
  }

  /** "Attempts to acquire the lock, timing out with an exception after the provided number of milliseconds." */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire("waitLock", timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire("tryLock", timeoutInMillis);
  }

  /** "If the lock has not been acquired, this method has no effect." */
  releaseLock(): void {
    if (this.holding) {
      this.holding = false;
      this.control.holders--;
    }
    this.control.events.push({ op: "releaseLock" });
  }

  hasLock(): boolean {
    return this.holding;
  }
}

export interface LockControls {
  readonly document: LockControl;
  readonly script: LockControl;
  readonly user: LockControl;
}

// https://developers.google.com/apps-script/reference/lock/lock-service
// Each call returns a new Lock object over the same underlying lock, as in Apps Script.
class FakeLockService extends Fake<LockService> implements LockService {
  constructor(
    private readonly controls: LockControls,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  private lock(control: LockControl): Lock {
    return strict(new FakeLock(control), IFACE.Lock, this.counts);
  }

  getDocumentLock(): Lock {
    return this.lock(this.controls.document);
  }

  getScriptLock(): Lock {
    return this.lock(this.controls.script);
  }

  getUserLock(): Lock {
    return this.lock(this.controls.user);
  }
}

export function createLockService(controls: LockControls, counts: CallCounter): LockService {
  return strict(new FakeLockService(controls, counts), IFACE.LockService, counts);
}

// --- PropertiesService ---------------------------------------------------------------------

// https://developers.google.com/apps-script/guides/services/quotas ("Properties value size
// 9 kB / val", "Properties total storage 500 kB / property store").
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * Values are stored as strings, as Apps Script does (a number 5 reads back "5"); null, undefined
 * and objects are refused as bugs.
 */
function propertyValue(key: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`fake: nilai properti ${key} harus teks, bukan ${value === null ? "null" : typeof value}`);
}

type Store = Map<string, string>;

// https://developers.google.com/apps-script/reference/properties/properties
class FakeProperties extends Fake<Properties> implements Properties {
  constructor(private readonly store: Store) {
    super();
  }

  private commit(next: Store): void {
    let total = 0;
    for (const [k, v] of next) {
      if (utf8Length(v) > VALUE_LIMIT) throw new Error("Argument too large: value");
      total += utf8Length(k) + utf8Length(v);
    }
    if (total > STORE_LIMIT) {
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  /** null for a key never set. */
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    const next = new Map(this.store);
    next.set(key, propertyValue(key, value));
    this.commit(next);
    return this.self;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    const next: Store = deleteAllOthers ? new Map() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, propertyValue(k, v));
    this.commit(next);
    return this.self;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this.self;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this.self;
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export interface PropertyStores {
  readonly document: Store;
  readonly user: Store;
  readonly script: Store;
}

// https://developers.google.com/apps-script/reference/properties/properties-service
class FakePropertiesService extends Fake<PropertiesService> implements PropertiesService {
  constructor(
    private readonly stores: PropertyStores,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  private props(store: Store): Properties {
    return strict(new FakeProperties(store), IFACE.Properties, this.counts);
  }

  getDocumentProperties(): Properties {
    return this.props(this.stores.document);
  }

  getUserProperties(): Properties {
    return this.props(this.stores.user);
  }

  getScriptProperties(): Properties {
    return this.props(this.stores.script);
  }
}

export function createPropertiesService(stores: PropertyStores, counts: CallCounter): PropertiesService {
  return strict(new FakePropertiesService(stores, counts), IFACE.PropertiesService, counts);
}

// --- Session, Utilities, Logger ------------------------------------------------------------

// https://developers.google.com/apps-script/reference/base/session
class FakeSession
  extends Fake<Session>
  implements Pick<Session, "getActiveUserLocale" | "getScriptTimeZone">
{
  constructor(
    private readonly timeZone: string,
    private readonly userLocale: string,
  ) {
    super();
  }

  getScriptTimeZone(): string {
    return this.timeZone;
  }

  getActiveUserLocale(): string {
    return this.userLocale;
  }
}

export function createSession(counts: CallCounter, timeZone: string, userLocale: string): Session {
  return strict(new FakeSession(timeZone, userLocale), IFACE.Session, counts);
}

/** Only newBlob is modelled; the rest of Utilities (formatDate included) throws. */
class FakeUtilities extends Fake<Utilities> implements Pick<Utilities, "newBlob"> {
  constructor(private readonly counts: CallCounter) {
    super();
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)
  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return createBlob(this.counts, toBytes(data, "Utilities.newBlob"), contentType ?? null, name ?? null);
  }
}

export function createUtilities(counts: CallCounter): Utilities {
  return strict(new FakeUtilities(counts), IFACE.Utilities, counts);
}

/** Logger.log(format, ...values) with %s/%d substitution, lines recorded in `lines`. */
class FakeLogger extends Fake<Logger> implements Logger {
  constructor(private readonly lines: string[]) {
    super();
  }

  log(data: unknown, ...values: unknown[]): Logger {
    let line = typeof data === "string" ? data : (JSON.stringify(data) ?? String(data));
    for (const v of values) line = line.replace(/%[sd]/, String(v));
    this.lines.push(line);
    return this.self;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join("");
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export function createLogger(lines: string[], counts: CallCounter): Logger {
  return strict(new FakeLogger(lines), IFACE.Logger, counts);
}
