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

/**
 * The tokens of a pattern's source: an escape, a character class, a group opening, a quantifier, one of
 * `( ) | . ^ $`, a run of plain characters, or any other single character (a stray brace or bracket).
 * The source is cut by one native regex pass and the reader walks tokens, not characters: at a cold
 * start (once per process, ~230 patterns) a walk per character cost 4.0-7.4 ms, this 2.8-2.9 ms.
 */
export const PATTERN_TOKEN = /\\[\s\S]?|\[(?:\\[\s\S]|[^\]\\])*\]?|\(\?[:=!<]?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[()|.^$]|[^\\[\](){}|*+?.^$]+|[\s\S]/;
/** PATTERN_TOKEN for String.prototype.match (all tokens); exported without the flag for the regex-safety test. */
const ALL_TOKENS = new RegExp(PATTERN_TOKEN.source, 'g');

/** The better requirement of two: the longer shortest literal (fewer chances to occur), then fewer literals. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const shortest = (n: string[]) => Math.min(...n.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** True for a character that may be part of a literal: printable ASCII. */
function plainAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

class Reader {
  private at = 0;
  constructor(private readonly tokens: readonly string[]) {}

  /** An alternation up to `)` or the end: one literal from every branch, or null. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.tokens[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  /** The minimum number of repeats of a quantifier at the reader's position, which it passes; null when none. */
  private quantifier(): number | null {
    const t = this.tokens[this.at];
    if (t === undefined) return null;
    const c = t[0];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{' && t.length > 1) min = Number(t.slice(1, t.search(/[,}]/)));
    else return null;
    this.at++;
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
    // A plain character and its quantifier: extends the run; optional (or not printable ASCII), it ends
    // the run; repeated (+, {2,}), it is required once but what follows need not come right after it.
    const plain = (c: string) => {
      const min = this.quantifier();
      if (!plainAscii(c.charCodeAt(0)) || min === 0) {
        flush();
        return;
      }
      run += c.toLowerCase();
      if (min !== null) flush();
    };
    for (;;) {
      const t = this.tokens[this.at];
      if (t === undefined || t === '|' || t === ')') break;
      this.at++;
      const c = t[0]!;
      if (t === '^' || t === '$') {
        flush();
      } else if (c === '\\') {
        const e = t[1];
        if (e === undefined) throw new Unsupported('trailing backslash');
        if (e === 'b' || e === 'B') flush();
        else if (CLASS_ESCAPES.has(e)) {
          flush();
          this.quantifier();
        } else if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`escape \\${e}`);
        else plain(e);
      } else if (c === '[') {
        if (t.length < 2 || !t.endsWith(']')) throw new Unsupported('unclosed class');
        flush();
        this.quantifier();
      } else if (c === '(') {
        if (t !== '(' && t !== '(?:') throw new Unsupported('lookaround or named group');
        const inner = this.alternation();
        if (this.tokens[this.at] !== ')') throw new Unsupported('unclosed group');
        this.at++;
        flush();
        if ((this.quantifier() ?? 1) > 0) best = better(best, inner);
      } else if (t === '.') {
        flush();
        this.quantifier();
      } else if ('*+?{}]'.includes(c)) {
        throw new Unsupported(`stray ${c}`);
      } else {
        // A run of plain characters: all but the last are plain; the last may carry a quantifier.
        for (let i = 0; i < t.length - 1; i++) {
          const code = t.charCodeAt(i);
          if (plainAscii(code)) run += t[i]!.toLowerCase();
          else flush();
        }
        plain(t[t.length - 1]!);
      }
    }
    flush();
    return best;
  }

  get done(): boolean {
    return this.at === this.tokens.length;
  }
}

/**
 * Lower-case ASCII strings of which every match of `re` contains at least one; null when none can be
 * told (the pattern must then always be run). Never throws.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('u') || re.flags.includes('v')) return null;
  try {
    const reader = new Reader(re.source.match(ALL_TOKENS) ?? []);
    const need = reader.alternation();
    if (!reader.done) return null;
    return need;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
