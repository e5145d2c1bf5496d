import { describe, expect, it } from 'vitest';
import { parseArgs, resolverUrls } from './cli-args.ts';

const spec = { withValue: ['domain', 'resolver'], boolean: ['json'] };

describe('parseArgs', () => {
  it('reads flags with values (both spellings), repeated flags, booleans and positionals', () => {
    const r = parseArgs(['--domain', 'a.example', '--resolver=https://x.example/dns-query', '--resolver', 'https://y.example/q', '--json', 'file.eml', '-'], spec);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.flags.get('domain')).toEqual(['a.example']);
    expect(r.value.flags.get('resolver')).toEqual(['https://x.example/dns-query', 'https://y.example/q']);
    expect(r.value.flags.get('json')).toEqual(['']);
    expect(r.value.positional).toEqual(['file.eml', '-']);
  });

  it('refuses unknown options, missing values and values on booleans', () => {
    expect(parseArgs(['--colour'], spec)).toEqual({ ok: false, error: 'unknown option --colour' });
    expect(parseArgs(['--domain'], spec)).toEqual({ ok: false, error: '--domain needs a value' });
    expect(parseArgs(['--domain='], spec)).toEqual({ ok: false, error: '--domain needs a value' });
    expect(parseArgs(['--json=yes'], spec)).toEqual({ ok: false, error: '--json takes no value' });
  });

  it('takes everything after -- as positional', () => {
    const r = parseArgs(['--', '--json'], spec);
    expect(r.ok && r.value.positional).toEqual(['--json']);
  });
});

describe('resolverUrls', () => {
  it('accepts http(s) URLs and nothing else', () => {
    expect(resolverUrls(new Map())).toEqual({ ok: true, value: null });
    expect(resolverUrls(new Map([['resolver', ['http://127.0.0.1:8053/dns-query']]]))).toEqual({ ok: true, value: ['http://127.0.0.1:8053/dns-query'] });
    expect(resolverUrls(new Map([['resolver', ['dns.example']]])).ok).toBe(false);
    expect(resolverUrls(new Map([['resolver', ['file:///etc/passwd']]])).ok).toBe(false);
  });
});
