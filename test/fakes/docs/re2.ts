// replaceText and findText take an RE2 pattern: the fake translates the part of RE2 that reads the
// same in JavaScript and refuses the rest, rather than match something Docs would not.
/**
 * replaceText/findText take an RE2 pattern as a string: "This methods uses Google's RE2 regular
 * expression library, which limits the supported syntax" and "A subset of the JavaScript regular
 * expression features are not fully supported, such as capture groups and mode modifiers"
 * (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)).
 * Syntax RE2 lacks (lookaround, backreferences) is refused; RE2 syntax JavaScript reads another
 * way (\Q..\E, \z, \pN, [[:alpha:]], inline flags) is refused as not modelled.
 */
export function re2Pattern(pattern: unknown): RegExp {
  if (typeof pattern !== "string") throw new Error(`fake: pola harus teks, bukan ${typeof pattern}`);
  const invalid = (why: string) => new Error(`Invalid regular expression: ${pattern} (${why})`);
  const notModelledRe2 = (what: string) =>
    new Error(`fake: pola RE2 dengan ${what} tidak dimodelkan: ${pattern}`);
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) throw invalid("RE2 tidak mendukung backreference");
      if (next === "k" && pattern[i + 2] === "<") throw invalid("RE2 tidak mendukung backreference");
      if (/[QEzACpP]/.test(next)) throw notModelledRe2(`\\${next}`);
      if (next === "x" && pattern[i + 2] === "{") throw notModelledRe2("\\x{...}");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      if (pattern[i + 1] === "[" && pattern[i + 2] === ":") throw notModelledRe2("kelas POSIX");
      if (pattern[i + 1] === "]") i++;
      inClass = true;
      continue;
    }
    if (ch === "(" && pattern[i + 1] === "?") {
      const rest = pattern.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) throw invalid("RE2 tidak mendukung lookaround");
      if (rest.startsWith(":")) continue;
      if (/^P?<\w+>/.test(rest)) throw notModelledRe2("grup bernama");
      throw notModelledRe2("mode modifier");
    }
  }
  try {
    return new RegExp(pattern, "g");
  } catch (e) {
    throw invalid((e as Error).message);
  }
}

/**
 * The reference calls the replacement "the text to use as replacement" and says no more; what
 * "$" and "\" do in it (Java's Matcher gives them a meaning) is not documented, so the fake
 * refuses them rather than guess. Put such text in with findText + Text.deleteText/insertText.
 */
export function checkReplacement(replacement: unknown): string {
  if (typeof replacement !== "string") {
    throw new Error(`fake: teks pengganti harus teks, bukan ${typeof replacement}`);
  }
  if (/[$\\]/.test(replacement)) {
    throw new Error(
      `fake: teks pengganti yang memuat "$" atau "\\" tidak dimodelkan (artinya tidak didokumentasikan): ${replacement}`,
    );
  }
  return replacement;
}

export function emptyMatch(pattern: string): Error {
  return new Error(`fake: pola yang cocok dengan teks kosong tidak dimodelkan: ${pattern}`);
}
