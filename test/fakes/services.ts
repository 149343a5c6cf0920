// Strict fakes of LockService and PropertiesService, with the members src/ui and src/reports
// call: the document lock (tryLock, releaseLock) and the document properties.
import { type CallCounter, Fake, type Iface, strict } from "./core";

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;
type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

const IFACE = {
  Lock: { file: "lock", name: "Lock" },
  LockService: { file: "lock", name: "LockService" },
  Properties: { file: "properties", name: "Properties" },
  PropertiesService: { file: "properties", name: "PropertiesService" },
} as const satisfies Record<string, Iface>;

// --- LockService ---------------------------------------------------------------------------

export interface LockEvent {
  readonly op: "tryLock" | "releaseLock";
  readonly timeoutMs?: number;
  readonly acquired?: boolean;
}

/** The document lock as a test sees it. */
export class LockControl {
  /** While true another execution holds the lock: tryLock gives false. */
  busy = false;
  readonly events: LockEvent[] = [];
  holders = 0;

  /** Held by some Lock object of this fake right now (a run that forgot releaseLock leaves it true). */
  get held(): boolean {
    return this.holders > 0;
  }

  /** Successful tryLock calls. */
  acquisitions(): number {
    return this.events.filter((e) => e.op !== "releaseLock" && e.acquired === true).length;
  }
}

// https://developers.google.com/apps-script/reference/lock/lock
class FakeLock extends Fake<Lock> implements Pick<Lock, "releaseLock" | "tryLock"> {
  private holding = false;

  constructor(private readonly control: LockControl) {
    super();
  }

  /** "Attempts to acquire the lock, timing out after the provided number of milliseconds": false then. */
  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== "number" || !Number.isInteger(timeoutInMillis) || timeoutInMillis < 0) {
      throw new Error(
        `fake: Lock.tryLock: batas waktu harus bilangan bulat >= 0, bukan ${String(timeoutInMillis)}`,
      );
    }
    const acquired = this.holding || !this.control.busy;
    if (acquired && !this.holding) {
      this.holding = true;
      this.control.holders++;
    }
    this.control.events.push({ op: "tryLock", timeoutMs: timeoutInMillis, acquired });
    return acquired;
  }

  /** "If the lock has not been acquired, this method has no effect." */
  releaseLock(): void {
    if (this.holding) {
      this.holding = false;
      this.control.holders--;
    }
    this.control.events.push({ op: "releaseLock" });
  }
}

export interface LockControls {
  readonly document: LockControl;
}

// https://developers.google.com/apps-script/reference/lock/lock-service
// Each call returns a new Lock object over the same underlying lock, as in Apps Script.
class FakeLockService extends Fake<LockService> implements Pick<LockService, "getDocumentLock"> {
  constructor(
    private readonly controls: LockControls,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  getDocumentLock(): Lock {
    return strict(new FakeLock(this.controls.document), IFACE.Lock, this.counts);
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
class FakeProperties
  extends Fake<Properties>
  implements Pick<Properties, "deleteProperty" | "getProperty" | "setProperties" | "setProperty">
{
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
}

export interface PropertyStores {
  readonly document: Store;
}

// https://developers.google.com/apps-script/reference/properties/properties-service
class FakePropertiesService
  extends Fake<PropertiesService>
  implements Pick<PropertiesService, "getDocumentProperties">
{
  constructor(
    private readonly stores: PropertyStores,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  getDocumentProperties(): Properties {
    return strict(new FakeProperties(this.stores.document), IFACE.Properties, this.counts);
  }
}

export function createPropertiesService(stores: PropertyStores, counts: CallCounter): PropertiesService {
  return strict(new FakePropertiesService(stores, counts), IFACE.PropertiesService, counts);
}
