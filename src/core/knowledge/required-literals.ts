/**
 * Fixed strings a regular expression cannot match without: a prefilter for the provider catalogs'
 * patterns (providers.ts). A pattern is run only on a text that holds one of its literals, so a text
 * read once for all literals (literal-index.ts) rules out most of the ~250 patterns without running them.
 *
 * Conservative by construction: the source is read as a sequence of atoms; a run of plain characters
 * outside any quantifier is a literal the match must contain, a group without an optional quantifier
 * requires one of its branches' literals, and an alternation requires one literal per branch. Anything
 * this reader does not know (lookarounds, back-references, \u / \x / \p escapes, the u and v flags, a
 * stray brace) gives null: the pattern is then always run. Literals are lower case and ASCII only, to be
 * looked for in the lower-cased text: without the u flag, an ASCII letter in a pattern matches only ASCII
 * letters even with the i flag, and lower-casing maps each ASCII letter to one ASCII letter, so a text the
 * pattern matches always holds the literal.
 */

/** One of these strings must occur; null when nothing can be required. */
type Need = string[] | null;

/** Thrown inside the reader for syntax it does not handle; turned into null at the top. */
class Unsupported extends Error {}

/** Escapes standing for a class of characters (one character, not a literal). */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'n', 'r', 't', 'v', 'f', '0']);
/** A `{n}`, `{n,}` or `{n,m}` quantifier at the reader's position. */
const BRACES = /^\{(\d+)(?:,(\d*))?\}/;

/** The better requirement of two: the longer shortest literal (fewer chances to occur), then fewer literals. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const shortest = (n: string[]) => Math.min(...n.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** An alternation up to `)` or the end: one literal from every branch, or null. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  /** The minimum number of repeats of a quantifier at the reader's position, which it passes; null when none. */
  private quantifier(): number | null {
    const c = this.source[this.at];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = BRACES.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      this.at += m[0].length - 1;
    } else return null;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  /** A sequence of atoms up to `|`, `)` or the end: its best single requirement. */
  private sequence(): Need {
    let best: Need = null;
    let run = '';
    const flush = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    // A plain character and its quantifier: extends the run; optional (or not ASCII), it ends the run;
    // repeated (+, {2,}), it is required once but what follows need not come right after it.
    const plain = (c: string) => {
      const code = c.charCodeAt(0);
      const min = this.quantifier();
      if (code < 0x20 || code >= 0x7f || min === 0) {
        flush();
        return;
      }
      run += c.toLowerCase();
      if (min !== null) flush();
    };
    for (;;) {
      const c = this.source[this.at];
      if (c === undefined || c === '|' || c === ')') break;
      this.at++;
      if (c === '^' || c === '$') {
        flush();
        continue;
      }
      if (c === '\\') {
        const e = this.source[this.at++];
        if (e === undefined) throw new Unsupported('trailing backslash');
        if (e === 'b' || e === 'B') {
          flush();
          continue;
        }
        if (CLASS_ESCAPES.has(e)) {
          flush();
          this.quantifier();
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`escape \\${e}`);
        plain(e);
        continue;
      }
      if (c === '[') {
        this.skipClass();
        flush();
        this.quantifier();
        continue;
      }
      if (c === '(') {
        if (this.source[this.at] === '?') {
          if (this.source[this.at + 1] !== ':') throw new Unsupported('lookaround or named group');
          this.at += 2;
        }
        const inner = this.alternation();
        if (this.source[this.at] !== ')') throw new Unsupported('unclosed group');
        this.at++;
        flush();
        if ((this.quantifier() ?? 1) > 0) best = better(best, inner);
        continue;
      }
      if (c === '.') {
        flush();
        this.quantifier();
        continue;
      }
      if ('*+?{}]'.includes(c)) throw new Unsupported(`stray ${c}`);
      plain(c);
    }
    flush();
    return best;
  }

  /** Skips a character class `[...]` (the `[` already read). */
  private skipClass(): void {
    while (this.at < this.source.length) {
      const c = this.source[this.at++];
      if (c === '\\') this.at++;
      else if (c === ']') return;
    }
    throw new Unsupported('unclosed class');
  }

  get done(): boolean {
    return this.at === this.source.length;
  }
}

/**
 * Lower-case ASCII strings of which every match of `re` contains at least one; null when none can be
 * told (the pattern must then always be run). Never throws.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('u') || re.flags.includes('v')) return null;
  try {
    const reader = new Reader(re.source);
    const need = reader.alternation();
    if (!reader.done) return null;
    return need;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
