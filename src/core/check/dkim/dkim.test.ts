import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZones } from '../../dns/memory.ts';
import { decodeBase64 } from './base64.ts';
import { readRsaKey } from './der.ts';
import { checkDkim, COMMON_SELECTORS, parseDkimKeyRecord, selectorsFor } from './index.ts';

/** Real key material, generated here: base64 of the DER public key in the given encoding. */
function rsaKey(bits: number, format: 'spki' | 'pkcs1'): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return publicKey.export({ type: format, format: 'der' }).toString('base64');
}
function ed25519Key(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return spki.subarray(spki.length - 32).toString('base64'); // the raw 32 bytes (RFC 8463)
}

const keys = {
  rsa512: rsaKey(512, 'spki'),
  rsa1024: rsaKey(1024, 'spki'),
  rsa2048: rsaKey(2048, 'spki'),
  rsa2048pkcs1: rsaKey(2048, 'pkcs1'),
  rsa1024pkcs1: rsaKey(1024, 'pkcs1'),
  ed: ed25519Key(),
};

describe('DER walk', () => {
  it.each([
    [512, 'spki'], [1024, 'spki'], [2048, 'spki'], [1024, 'pkcs1'], [2048, 'pkcs1'], [4096, 'pkcs1'],
  ] as const)('reads %i bits from %s', (bits, format) => {
    const bytes = decodeBase64(bits === 4096 ? rsaKey(4096, format) : rsaKey(bits, format));
    expect(bytes).not.toBeNull();
    expect(readRsaKey(bytes!)).toEqual({ ok: true, format, bits });
  });
  it('refuses truncated and garbage DER without throwing', () => {
    const bytes = decodeBase64(keys.rsa2048)!;
    expect(readRsaKey(bytes.subarray(0, 100)).ok).toBe(false);
    expect(readRsaKey(new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff])).ok).toBe(false);
    expect(readRsaKey(new Uint8Array([])).ok).toBe(false);
    expect(readRsaKey(decodeBase64(keys.ed)!).ok).toBe(false);
  });
  it('decodes base64 with white space inside and rejects non-base64', () => {
    expect(decodeBase64('TWFu ZGF0\r\n YQ==')).toEqual(new TextEncoder().encode('Mandata'));
    expect(decodeBase64('not base64!')).toBeNull();
    expect(decodeBase64('abcde')).toBeNull();
  });
});

describe('key record parser', () => {
  it('reads tags with white space, missing v= and trailing semicolon', () => {
    const r = parseDkimKeyRecord(' k = rsa ; t=y:s; p=ABC ; ');
    expect(r.syntaxError).toBeNull();
    expect(r.tags).toMatchObject({ v: null, k: 'rsa', t: 'y:s', p: 'ABC' });
  });
  it('flags duplicates, unknown tags, v= not first, and non-tag text', () => {
    const r = parseDkimKeyRecord('k=rsa; v=DKIM1; p=A; p=B; x=1');
    expect(r.duplicates).toEqual(['p']);
    expect(r.unknown).toEqual(['x']);
    expect(r.versionNotFirst).toBe(true);
    expect(parseDkimKeyRecord('hello world').syntaxError).not.toBeNull();
    expect(parseDkimKeyRecord('').syntaxError).not.toBeNull();
  });
});

const D = 'example.test';
function zone(selector: string, strings: string[]): MemoryZones {
  return { [`${selector}._domainkey.${D}`]: { records: [{ type: 'TXT', strings }] } };
}
/** Splits a long record into 255-character strings, as DNS carries it. */
function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 255) out.push(text.slice(i, i + 255));
  return out;
}
async function one(zones: MemoryZones, selector = 's1', guessed = false) {
  return checkDkim(createMemoryResolver(zones), { selectors: [{ domain: D, selector, guessed }] });
}
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkDkim', () => {
  it('passes a 2048-bit SPKI key split over several strings, reading the length from the key', async () => {
    const r = await one(zone('s1', split(`v=DKIM1; k=rsa; p=${keys.rsa2048}`)));
    expect(r.status).toBe('pass');
    expect(r.data!.selectors[0]).toMatchObject({ bits: 2048, keyFormat: 'spki', keyType: 'rsa' });
    expect(r.summary).toContain('2048-bit RSA');
    expect(r.queries[0]!.dig).toBe('dig +short TXT s1._domainkey.example.test');
  });
  it('reads a bare PKCS#1 key too', async () => {
    const r = await one(zone('s1', split(`p=${keys.rsa2048pkcs1}`)));
    expect(r.status).toBe('pass');
    expect(r.data!.selectors[0]).toMatchObject({ bits: 2048, keyFormat: 'pkcs1' });
    const weak = await one(zone('s1', split(`p=${keys.rsa1024pkcs1}`)));
    expect(weak.status).toBe('warning');
  });
  it('warns on 1024 bits and fails under 1024', async () => {
    const weak = await one(zone('s1', [`v=DKIM1; p=${keys.rsa1024}`]));
    expect(weak.status).toBe('warning');
    expect(codes(weak)).toContain('dkim.rsa-weak');
    const short = await one(zone('s1', [`v=DKIM1; p=${keys.rsa512}`]));
    expect(short.status).toBe('fail');
    expect(codes(short)).toContain('dkim.rsa-too-short');
    expect(short.data!.selectors[0]!.bits).toBe(512);
  });
  it('accepts Ed25519 as 32 raw bytes and rejects the wrong length', async () => {
    const ok = await one(zone('s1', [`v=DKIM1; k=ed25519; p=${keys.ed}`]));
    expect(ok.status).toBe('pass');
    expect(ok.data!.selectors[0]).toMatchObject({ keyType: 'ed25519', bits: 256, keyFormat: 'raw' });
    const bad = await one(zone('s1', [`v=DKIM1; k=ed25519; p=${keys.rsa1024}`]));
    expect(bad.status).toBe('fail');
    expect(codes(bad)).toContain('dkim.key-unreadable');
  });
  it('fails a revoked key (empty p=) and a record without p=', async () => {
    const revoked = await one(zone('s1', ['v=DKIM1; k=rsa; p=']));
    expect(revoked.status).toBe('fail');
    expect(revoked.data!.selectors[0]!.revoked).toBe(true);
    expect(codes(revoked)).toEqual(['dkim.revoked']);
    const broken = await one(zone('s1', ['v=DKIM1; k=rsa; n=no key here']));
    expect(broken.status).toBe('fail');
    expect(codes(broken)).toContain('dkim.no-public-key');
  });
  it('warns on the testing flag', async () => {
    const r = await one(zone('s1', [`v=DKIM1; t=y; p=${keys.rsa2048}`]));
    expect(r.status).toBe('warning');
    expect(r.data!.selectors[0]!.testing).toBe(true);
  });
  it('fails bad versions, unknown key types, sha1-only, non-email service, garbage keys', async () => {
    expect((await one(zone('s1', [`v=DKIM2; p=${keys.rsa2048}`]))).status).toBe('fail');
    expect(codes(await one(zone('s1', [`k=dsa; p=${keys.rsa2048}`])))).toContain('dkim.unknown-key-type');
    expect(codes(await one(zone('s1', [`h=sha1; p=${keys.rsa2048}`])))).toContain('dkim.sha1-only');
    expect(codes(await one(zone('s1', [`s=tlsrpt; p=${keys.rsa2048}`])))).toContain('dkim.service-not-email');
    expect(codes(await one(zone('s1', ['p=!!notbase64!!'])))).toContain('dkim.key-unreadable');
    expect(codes(await one(zone('s1', ['p=AAAA'])))).toContain('dkim.key-unreadable');
  });
  it('fails a signed selector with no key, but a guess with no key is not a failure', async () => {
    const missing = await one({}, 's1', false);
    expect(missing.status).toBe('fail');
    expect(codes(missing)).toEqual(['dkim.no-key']);
    const guess = await one({}, 's1', true);
    expect(guess.status).toBe('could-not-check');
    expect(guess.data!.selectors[0]!.status).toBe('not-applicable');
  });
  it('fails a TXT at the selector that is not a key', async () => {
    expect(codes(await one(zone('s1', ['v=spf1 -all'])))).toEqual(['dkim.not-a-key']);
  });
  it('turns SERVFAIL and timeouts into could-not-check with the raw answer', async () => {
    for (const entry of [{ rcode: 'SERVFAIL' as const }, { timeout: true as const }]) {
      const r = await one({ [`s1._domainkey.${D}`]: entry });
      expect(r.status).toBe('could-not-check');
      expect(r.queries[0]!.outcome).toMatch(/^error: /);
      expect(r.queries[0]!.raw.status).toBe('error');
    }
  });
  it('judges only the guesses that have a key, and looks them all up', async () => {
    const asked: string[] = [];
    const resolver = createMemoryResolver(zone('selector1', [`v=DKIM1; p=${keys.rsa1024}`]), { onQuery: (n) => asked.push(n) });
    const r = await checkDkim(resolver, { selectors: selectorsFor([], D) });
    expect(asked).toHaveLength(COMMON_SELECTORS.length);
    expect(r.status).toBe('warning');
    expect(r.summary).toContain('selector1._domainkey.example.test');
  });
  it('never fails DKIM on a guess: a revoked guessed key is a retired key, a weak one a warning', async () => {
    const revoked = await checkDkim(createMemoryResolver(zone('default', ['v=DKIM1; p='])), { selectors: selectorsFor([], D) });
    expect(revoked.status).toBe('could-not-check');
    expect(revoked.data!.selectors.find((s) => s.selector === 'default')!.findings[0]!.code).toBe('dkim.guess-revoked');
    const short = await checkDkim(createMemoryResolver(zone('s1', [`p=${keys.rsa512}`])), { selectors: selectorsFor([], D) });
    expect(short.status).toBe('warning');
    expect(short.findings.map((f) => [f.code, f.severity])).toContainEqual(['dkim.rsa-too-short', 'warning']);
  });
  it('combines several signed selectors, worst first', async () => {
    const zones = { ...zone('a', [`p=${keys.rsa2048}`]), ...zone('b', ['p=']) };
    const r = await checkDkim(createMemoryResolver(zones), {
      selectors: selectorsFor([{ domain: D, selector: 'a', span: null }, { domain: D, selector: 'b', span: null }, { domain: D, selector: 'A', span: null }], null),
    });
    expect(r.data!.selectors).toHaveLength(2);
    expect(r.status).toBe('fail');
  });
  it('is not applicable without any selector', async () => {
    expect((await checkDkim(createMemoryResolver({}), { selectors: [] })).status).toBe('not-applicable');
    expect(selectorsFor([], null)).toEqual([]);
  });
});
