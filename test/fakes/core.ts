// Machinery shared by every fake: the call counter, the strict proxy that makes a method the fake
// does not implement throw instead of returning undefined, and the member lists of the real
// interfaces, read from the installed @types/google-apps-script so they never drift from the types
// the product code compiles against.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One counter shared by all fakes of a createFakeGoogle(): key "<Interface>.<method>". */
export class CallCounter {
  readonly #counts = new Map<string, number>();

  hit(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** Calls of one method, e.g. get("Range.getValues"); 0 when never called. */
  get(key: string): number {
    return this.#counts.get(key) ?? 0;
  }

  /** Calls of every method of one interface, e.g. ofInterface("Range"). */
  ofInterface(name: string): number {
    let sum = 0;
    for (const [key, n] of this.#counts) if (key.startsWith(`${name}.`)) sum += n;
    return sum;
  }

  total(): number {
    let sum = 0;
    for (const n of this.#counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.#counts.clear();
  }

  /** Every non-zero count, keys sorted: handy in a failing assertion's diff. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.#counts.keys()].sort()) out[key] = this.#counts.get(key) ?? 0;
    return out;
  }
}

export function notImplemented(iface: string, member: string): Error {
  return new Error(`fake: ${iface}.${member} tidak diimplementasikan`);
}

/** Which .d.ts file of @types/google-apps-script declares an interface or enum. */
export type DtsFile =
  | "base"
  | "spreadsheet"
  | "html"
  | "lock"
  | "properties"
  | "document"
  | "charts"
  | "forms"
  | "drive_v3"
  | "docs_v1"
  | "utilities";

/**
 * Advanced services live under apis/ (the Advanced Drive service v3: apis/drive_v3.d.ts; the
 * Advanced Docs service, the Docs REST API v1: apis/docs_v1.d.ts).
 */
function dtsPath(file: DtsFile): string {
  return file === "drive_v3" || file === "docs_v1"
    ? join("apis", `${file}.d.ts`)
    : `google-apps-script.${file}.d.ts`;
}

interface Members {
  readonly methods: ReadonlySet<string>;
  readonly properties: ReadonlySet<string>;
}

const typesDir = dirname(createRequire(import.meta.url).resolve("@types/google-apps-script/package.json"));
const dtsCache = new Map<DtsFile, readonly string[]>();
const membersCache = new Map<string, Members>();

function dtsLines(file: DtsFile): readonly string[] {
  let lines = dtsCache.get(file);
  if (lines === undefined) {
    lines = readFileSync(join(typesDir, dtsPath(file)), "utf8").split(/\r?\n/);
    dtsCache.set(file, lines);
  }
  return lines;
}

/**
 * The lines of `interface Name [extends A, B] {` / `enum Name {` up to its closing brace, at member
 * indent, and the names it extends. A name declared twice (drive_v3 has a Schema.Drive and the
 * service's own Drive) means the outermost declaration.
 */
function declaration(
  file: DtsFile,
  keyword: "interface" | "enum",
  name: string,
): { body: string[]; bases: string[] } {
  const lines = dtsLines(file);
  const head = new RegExp(`^(\\s*)${keyword} ${name}(?: extends ([\\w., ]+))? \\{\\s*$`);
  let start = -1;
  let found: RegExpExecArray | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = head.exec(lines[i] ?? "");
    if (m && (found === null || (m[1] ?? "").length < (found[1] ?? "").length)) {
      start = i;
      found = m;
    }
  }
  const indent = found?.[1];
  if (found === null || indent === undefined)
    throw new Error(`fake: ${keyword} ${name} tidak ada di ${file}.d.ts`);
  const bases = (found[2] ?? "")
    .split(",")
    .map((b) => b.trim().split(".").pop() ?? "")
    .filter((b) => b !== "");
  const memberIndent = `${indent}    `;
  const body: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === `${indent}}`) return { body, bases };
    // Members sit at exactly one level deeper; deeper lines are continuations or JSDoc.
    if (line.startsWith(memberIndent) && !/^\s/.test(line.slice(memberIndent.length))) {
      body.push(line.slice(memberIndent.length));
    }
  }
  throw new Error(`fake: ${keyword} ${name} di ${file}.d.ts tidak tertutup`);
}

function declarationBody(file: DtsFile, keyword: "interface" | "enum", name: string): string[] {
  return declaration(file, keyword, name).body;
}

/**
 * Method and property names of a real interface, e.g. interfaceMembers("spreadsheet", "Range"),
 * with those of the interfaces it extends in the same file (Paragraph gets Element's asText...).
 */
export function interfaceMembers(file: DtsFile, name: string): Members {
  const key = `${file}:${name}`;
  const cached = membersCache.get(key);
  if (cached) return cached;
  const methods = new Set<string>();
  const properties = new Set<string>();
  const { body, bases } = declaration(file, "interface", name);
  for (const line of body) {
    const m = /^(\w+)\??\s*([(<:])/.exec(line);
    if (!m?.[1]) continue;
    (m[2] === ":" ? properties : methods).add(m[1]);
  }
  for (const base of bases) {
    const inherited = interfaceMembers(file, base);
    for (const m of inherited.methods) methods.add(m);
    for (const p of inherited.properties) properties.add(p);
  }
  if (methods.size === 0)
    throw new Error(`fake: antarmuka ${name} tanpa metode; format ${file}.d.ts berubah?`);
  const members = { methods, properties };
  membersCache.set(key, members);
  return members;
}

/**
 * A runtime stand-in for an ambient enum of the types (which has no runtime value): each member
 * is its own name, e.g. Button.OK === "OK". Real Apps Script enum values print as their name too.
 */
export function enumObject<E>(file: DtsFile, name: string): E {
  const out: Record<string, string> = {};
  for (const line of declarationBody(file, "enum", name)) {
    const m = /^(\w+),?$/.exec(line);
    if (m?.[1]) out[m[1]] = m[1];
  }
  if (Object.keys(out).length === 0) throw new Error(`fake: enum ${name} kosong di ${file}.d.ts`);
  return Object.freeze(out) as unknown as E;
}

export interface Iface {
  readonly file: DtsFile;
  readonly name: string;
  /**
   * The name calls are counted (and refused) under when it is not the interface's: the Advanced
   * Docs service's DocumentsCollection is `Docs.Documents`, counted as "Documents.get".
   */
  readonly counted?: string;
}

const targets = new WeakMap<object, object>();

/**
 * Base of every fake class. `self` is the strict proxy handed to product code: methods return it
 * (never the raw instance) so that chained calls stay counted and strict.
 */
export abstract class Fake<T extends object> {
  #self: T | undefined;

  protected get self(): T {
    if (this.#self === undefined) throw new Error("fake: objek dipakai sebelum dibungkus strict()");
    return this.#self;
  }

  static attach<T extends object>(target: Fake<T>, proxy: T): void {
    target.#self = proxy;
  }
}

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * Wraps a fake in a Proxy typed as the real interface T (plus test hooks H):
 * - a method of the real interface that the fake implements is counted as "<iface>.<method>";
 * - one it does not implement throws `fake: <iface>.<method> tidak diimplementasikan` when called;
 * - a property of the real interface (an enum such as Ui.Button) the fake lacks throws when read;
 * - anything else (test hooks, template variables) passes through uncounted.
 */
export function strict<T extends object, H extends object = object>(
  target: Fake<T> & H,
  iface: Iface,
  counter: CallCounter,
): T & H {
  const members = interfaceMembers(iface.file, iface.name);
  const label = iface.counted ?? iface.name;
  const wrappers = new Map<string, AnyFunction>();
  const proxy: T & H = new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop !== "string") return value;
      if (members.methods.has(prop)) {
        let w = wrappers.get(prop);
        if (w === undefined) {
          if (typeof value === "function") {
            const key = `${label}.${prop}`;
            w = (...args) => {
              counter.hit(key);
              const r: unknown = (value as AnyFunction).apply(t, args);
              return r === t ? proxy : r;
            };
          } else {
            w = () => {
              throw notImplemented(label, prop);
            };
          }
          wrappers.set(prop, w);
        }
        return w;
      }
      if (members.properties.has(prop)) {
        if (value === undefined) throw notImplemented(label, prop);
        return value;
      }
      if (typeof value === "function" && prop !== "constructor") {
        let w = wrappers.get(prop);
        if (w === undefined) {
          w = (...args) => {
            const r: unknown = (value as AnyFunction).apply(t, args);
            return r === t ? proxy : r;
          };
          wrappers.set(prop, w);
        }
        return w;
      }
      return value;
    },
  }) as unknown as T & H;
  Fake.attach(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

/**
 * The fake behind a proxy that product code handed back (a rule to setDataValidation, a menu to
 * addSubMenu...). Throws when it is not one of ours: a real service would reject it too.
 */
export function unwrap<C>(value: unknown, ctor: abstract new (...args: never[]) => C, what: string): C {
  const target = typeof value === "object" && value !== null ? targets.get(value) : undefined;
  if (target instanceof ctor) return target;
  throw new Error(`fake: argumen bukan ${what} buatan fake ini: ${String(value)}`);
}
