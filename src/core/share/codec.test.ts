import { describe, expect, it } from 'vitest';
import { zlibSync } from 'fflate';
import { decodeShareLink, encodeShareLink, shareLinkErrorMessage } from './index.ts';
import type { SharePayload } from './index.ts';
import { encodeBase64url } from './base64url.ts';
import { MAX_BOUNCE_LENGTH, MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH } from './limits.ts';

const payload: SharePayload = {
  v: 1,
  bounce: 'Final-Recipient: rfc822; jane@example.com\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\u00e9\u4e2d\ud83d\udce7',
  settings: { resolver: 'google', customResolverUrl: null, blocklists: ['zen.spamhaus.org', 'bl.spamcop.net'] },
  redacted: false,
  checkedSteps: ['fix-spf'],
};

/** Builds a fragment from arbitrary JSON text, the way a hostile link maker would. */
function fragmentOf(json: string, version = '1'): string {
  return `share=${version}.${encodeBase64url(zlibSync(new TextEncoder().encode(json)))}`;
}

function encoded(p: SharePayload = payload): string {
  const result = encodeShareLink(p);
  if (!result.ok) throw new Error(`encode failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('share link round trip', () => {
  it('decodes what it encodes, unicode included', () => {
    const fragment = encoded();
    expect(fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareLink(fragment)).toEqual({ ok: true, value: payload });
    expect(decodeShareLink(`#${fragment}`)).toEqual({ ok: true, value: payload });
  });

  it('carries a custom resolver URL, and an empty bounce', () => {
    const custom: SharePayload = { ...payload, bounce: '', checkedSteps: [], settings: { resolver: 'custom', customResolverUrl: 'https://doh.example/dns-query', blocklists: [] } };
    expect(decodeShareLink(encoded(custom))).toEqual({ ok: true, value: custom });
  });

  it('never puts a DQS key (or any other unknown setting) in the link', () => {
    const withSecret = { ...payload, settings: { ...payload.settings, dqsKey: 'SECRETKEY123abc', spamhausDqsKey: 'SECRETKEY123abc' }, dqsKey: 'SECRETKEY123abc' };
    const fragment = encoded(withSecret as SharePayload);
    const decoded = decodeShareLink(fragment);
    expect(JSON.stringify(decoded)).not.toContain('SECRETKEY123abc');
    expect(decoded).toEqual({ ok: true, value: payload });
  });

  it('refuses to make a link for a bounce over the limit', () => {
    const result = encodeShareLink({ ...payload, bounce: 'x'.repeat(MAX_BOUNCE_LENGTH + 1) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('too-large');
      expect(shareLinkErrorMessage(result.error, 'making')).toMatch(/too large to share/);
    }
  });

  it('refuses to make a link whose compressed form is over the fragment limit', () => {
    // Random text barely compresses: MAX_BOUNCE_LENGTH of it cannot fit in MAX_FRAGMENT_LENGTH.
    let seed = 7;
    const random = Array.from({ length: 400_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return String.fromCharCode(33 + ((seed >>> 16) % 90));
    }).join('');
    const result = encodeShareLink({ ...payload, bounce: random });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 'MAX_FRAGMENT_LENGTH' } });
  });

  it('refuses a custom resolver that is not https', () => {
    const bad = { ...payload, settings: { resolver: 'custom' as const, customResolverUrl: 'http://doh.example/dns-query', blocklists: [] } };
    expect(encodeShareLink(bad)).toMatchObject({ ok: false, error: { kind: 'invalid-content', field: 'settings.customResolverUrl' } });
  });
});

describe('share link tampering', () => {
  it('says "not a share link" for other fragments', () => {
    for (const fragment of ['', '#', '#main', 'step-3', 'shar=1.abc']) {
      expect(decodeShareLink(fragment)).toEqual({ ok: false, error: { kind: 'not-a-share-link' } });
    }
  });

  it('detects every truncation', () => {
    const fragment = encoded();
    const prefixLength = 'share=1.'.length;
    for (let cut = prefixLength; cut < fragment.length; cut++) {
      const result = decodeShareLink(fragment.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('damaged');
    }
  });

  it('detects every single-character change in the data', () => {
    const fragment = encoded();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 'share=1.'.length; i < fragment.length; i++) {
      const current = fragment[i]!;
      const replacement = alphabet[(alphabet.indexOf(current) + 1 + (i % 13)) % 64]!;
      const tampered = fragment.slice(0, i) + replacement + fragment.slice(i + 1);
      const result = decodeShareLink(tampered);
      // A change may land on bits nothing reads (base64url's last padding bits, deflate's bits after the
      // end-of-block code): then the data decoded is intact. It is never a different payload.
      if (result.ok) {
        expect(result.value).toEqual(payload);
      } else {
        expect(['damaged', 'invalid-content']).toContain(result.error.kind);
      }
    }
  });

  it('rejects characters outside the alphabet', () => {
    const fragment = encoded();
    const result = decodeShareLink(`${fragment.slice(0, 20)}+/${fragment.slice(22)}`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });

  it('says which version it cannot read', () => {
    const fragment = encoded();
    const result = decodeShareLink(fragment.replace('share=1.', 'share=2.'));
    expect(result).toEqual({ ok: false, error: { kind: 'unsupported-version', version: '2' } });
    if (!result.ok) expect(shareLinkErrorMessage(result.error)).toMatch(/different version/);
    const inner = decodeShareLink(fragmentOf(JSON.stringify({ ...payload, v: 3 })));
    expect(inner).toEqual({ ok: false, error: { kind: 'unsupported-version', version: '3' } });
  });

  it('rejects an oversized fragment before decoding it', () => {
    const result = decodeShareLink(`share=1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 'MAX_FRAGMENT_LENGTH' } });
  });

  it('stops a zip bomb at the decompressed-size limit', () => {
    // 64 MiB of zeros compresses to ~65 KB: a small link that would inflate far past the limit.
    const bomb = zlibSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const fragment = `share=1.${encodeBase64url(bomb)}`;
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const result = decodeShareLink(fragment);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 'MAX_DECOMPRESSED_BYTES' } });
    if (!result.ok && result.error.kind === 'too-large') {
      // Stopped within one slice of the limit, not after inflating everything.
      expect(result.error.actual).toBeLessThan(MAX_DECOMPRESSED_BYTES + 1024 * 1024);
    }
  });

  it('rejects compressed data that is not UTF-8 or not JSON', () => {
    expect(decodeShareLink(`share=1.${encodeBase64url(zlibSync(new Uint8Array([0xff, 0xfe, 0x00])))}`)).toMatchObject({ ok: false, error: { kind: 'damaged', detail: 'not UTF-8 text' } });
    expect(decodeShareLink(fragmentOf('{"v":1,'))).toMatchObject({ ok: false, error: { kind: 'damaged', detail: 'not JSON' } });
    expect(decodeShareLink(fragmentOf('['.repeat(200_000)))).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });

  it('rejects wrong types field by field', () => {
    const cases: [unknown, string][] = [
      [null, '(root)'],
      [[1, 2], '(root)'],
      [{ ...payload, bounce: 42 }, 'bounce'],
      [{ ...payload, redacted: 'yes' }, 'redacted'],
      [{ ...payload, settings: 'cloudflare' }, 'settings'],
      [{ ...payload, settings: { ...payload.settings, resolver: 'evil' } }, 'settings.resolver'],
      [{ ...payload, settings: { ...payload.settings, blocklists: 'zen.spamhaus.org' } }, 'settings.blocklists'],
      [{ ...payload, settings: { ...payload.settings, blocklists: ['ok.example', '<script>'] } }, 'settings.blocklists[1]'],
      [{ ...payload, settings: { resolver: 'custom', customResolverUrl: 'javascript:alert(1)', blocklists: [] } }, 'settings.customResolverUrl'],
      [{ ...payload, settings: { resolver: 'custom', customResolverUrl: null, blocklists: [] } }, 'settings.customResolverUrl'],
      [{ ...payload, checkedSteps: [1] }, 'checkedSteps[0]'],
    ];
    for (const [value, field] of cases) {
      const result = decodeShareLink(fragmentOf(JSON.stringify(value)));
      expect(result, field).toMatchObject({ ok: false, error: { kind: 'invalid-content', field } });
      if (!result.ok) expect(shareLinkErrorMessage(result.error)).toMatch(/not a valid shared diagnosis/);
    }
  });

  it('ignores unknown fields and never lets __proto__ or constructor through', () => {
    const hostile = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"v":1,"bounce":"b",` +
      `"settings":{"__proto__":{"resolver":"custom"},"resolver":"cloudflare","blocklists":[],"extra":1},"redacted":true,"more":{"deep":[1]}}`;
    const result = decodeShareLink(fragmentOf(hostile));
    expect(result).toEqual({ ok: true, value: { v: 1, bounce: 'b', settings: { resolver: 'cloudflare', customResolverUrl: null, blocklists: [] }, redacted: true, checkedSteps: [] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.keys(result.value).sort()).toEqual(['bounce', 'checkedSteps', 'redacted', 'settings', 'v']);
    }
  });

  it('does not take fields from the prototype chain', () => {
    const result = decodeShareLink(fragmentOf('{"__proto__":{"v":1,"bounce":"b","redacted":false,"settings":{"resolver":"google","blocklists":[]}}}'));
    expect(result.ok).toBe(false);
  });

  it('never throws, whatever the input', () => {
    let seed = 1;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      const length = seed % 120;
      let text = 'share=1.';
      for (let j = 0; j < length; j++) {
        seed = (seed * 48271) % 2147483647;
        text += String.fromCharCode(seed % 128);
      }
      expect(() => decodeShareLink(text)).not.toThrow();
    }
    expect(() => decodeShareLink(undefined as unknown as string)).not.toThrow();
  });
});
