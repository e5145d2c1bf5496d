/**
 * Every regular expression literal in src/core/read and src/core/classify (exported or not) is judged
 * by recheck: no catastrophic backtracking. Literals are found by scanning the source text, so a new
 * pattern is checked without being listed here.
 */
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const folders = [here, join(here, '..', 'classify')];

/** Characters after which a "/" starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '\n']);

/** The regex literals of one TypeScript source, as [source, flags]. */
export function regexLiterals(code: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  let prev = '\n';
  while (i < code.length) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j + 1;
      prev = c;
      continue;
    }
    if (c === '/' && (BEFORE_REGEX.has(prev) || /\breturn\s*$/.test(code.slice(Math.max(0, i - 10), i)))) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n') {
        const d = code[j]!;
        if (d === '\\') j += 2;
        else {
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          j++;
        }
      }
      const source = code.slice(i + 1, j);
      let k = j + 1;
      while (k < code.length && /[a-z]/.test(code[k]!)) k++;
      out.push([source, code.slice(j + 1, k)]);
      i = k;
      prev = '/';
      continue;
    }
    if (!/\s/.test(c)) prev = c;
    else if (c === '\n' && !/[\w)\]]/.test(prev)) prev = '\n';
    i++;
  }
  return out;
}

function allLiterals(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      for (const [source, flags] of regexLiterals(readFileSync(join(folder, name), 'utf8'))) {
        out.push({ where: name, source, flags });
      }
    }
  }
  return out;
}

describe('regular expressions of the reader and the classifier', () => {
  it('are found by the scan, and each compiles', () => {
    const literals = allLiterals();
    expect(literals.length).toBeGreaterThan(40);
    for (const l of literals) expect(() => new RegExp(l.source, l.flags), `${l.where}: /${l.source}/`).not.toThrow();
  });

  it('are all judged safe by recheck', async () => {
    const unsafe: string[] = [];
    for (const l of allLiterals()) {
      const result = await check(l.source, l.flags.replace(/[gy]/g, ''), { timeout: 30_000 });
      if (result.status !== 'safe') unsafe.push(`${l.where}: /${l.source}/${l.flags}: ${result.status}`);
    }
    expect(unsafe).toEqual([]);
  }, 900_000);
});
