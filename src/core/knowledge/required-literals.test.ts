import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './required-literals.ts';
import { PROVIDERS } from './providers.ts';

const lits = (source: string, flags = 'i') => requiredLiterals(new RegExp(source, flags));

describe('requiredLiterals', () => {
  it('takes the longest run of plain characters, lower-cased', () => {
    expect(lits('\\bblocked using Spamhaus\\b')).toEqual(['blocked using spamhaus']);
    expect(lits('\\bSC-001\\b', '')).toEqual(['sc-001']);
    expect(lits('\\bmx\\d{0,2}\\.mail\\.icloud\\.com\\b')).toEqual(['.mail.icloud.com']);
    expect(lits('\\[TSS?0[1-8]\\]')).toEqual(['[ts']);
  });

  it('needs one literal from every branch of an alternation, or gives none', () => {
    expect(lits('\\b5\\.7\\.513\\b|\\bCustomer Block list\\b')).toEqual(['5.7.513', 'customer block list']);
    expect(lits('(?:^|\\s)571\\s')).toEqual(['571']);
    expect(lits('abc|\\d+')).toBeNull();
    expect(lits('ab(?:c|)d')).toEqual(['ab']);
  });

  it('uses a required group, never an optional one', () => {
    expect(lits('\\b5\\.(?:1\\.90|2\\.12[12])\\b')).toEqual(['1.90', '2.12']);
    expect(lits('x(?:abcdef)?yz')).toEqual(['yz']);
    expect(lits('x(?:abcdef)*yz')).toEqual(['yz']);
    expect(lits('x(?:abcdef){0,2}yz')).toEqual(['yz']);
    expect(lits('x(?:abcdef)+yz')).toEqual(['abcdef']);
    expect(lits('(abc|de)f')).toEqual(['abc', 'de']);
  });

  it('ends a run at a quantified character, leaving out an optional one', () => {
    expect(lits('permissions? to sen')).toEqual(['permission']);
    expect(lits('sends? to the sender')).toEqual([' to the sender']);
    expect(lits('abcd+efg')).toEqual(['abcd']);
    expect(lits('abc{2}defg')).toEqual(['defg']);
    expect(lits('abc{0,3}d')).toEqual(['ab']);
    expect(lits('abc??de')).toEqual(['ab']);
  });

  it('treats classes, dots and class escapes as breaks, not literals', () => {
    expect(lits('foo[bar]bazz')).toEqual(['bazz']);
    expect(lits('foo[\\]x]bazz')).toEqual(['bazz']);
    expect(lits('abc.defg')).toEqual(['defg']);
    expect(lits('abc\\sdefg')).toEqual(['defg']);
    expect(lits('a\\nb')).toEqual(['a']);
  });

  it('gives null for what it does not read', () => {
    expect(lits('(?=abc)abc')).toBeNull();
    expect(lits('(?<name>abc)')).toBeNull();
    expect(lits('(abc)\\1')).toBeNull();
    expect(lits('\\u0041bcd')).toBeNull();
    expect(lits('\\x41bcd')).toBeNull();
    expect(lits('abc', 'iu')).toBeNull();
    expect(lits('a{,2}bcd')).toBeNull();
    expect(lits('.*')).toBeNull();
    expect(lits('')).toBeNull();
  });

  it('gives only lower-case ASCII literals', () => {
    expect(lits('größe exceeded')).toEqual(['e exceeded']);
    expect(lits('ÄBC')).toEqual(['bc']);
    expect(lits('Ä')).toBeNull();
  });

  it('finds a literal for every provider pattern', () => {
    const patterns = PROVIDERS.flatMap((c) => [...c.hostPatterns, ...c.rules.flatMap((r) => [r.match, ...(r.alsoRequires ? [r.alsoRequires] : [])])]);
    const without = patterns.filter((re) => requiredLiterals(re) === null).map(String);
    // Not needed for correctness (such a pattern is always run), but each one costs every message a run.
    expect(without).toEqual([]);
  });
});
