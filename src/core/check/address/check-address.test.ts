import { describe, expect, it } from 'vitest';
import { checkAddress } from './check-address.ts';

const codes = (address: string) => checkAddress({ address }).findings.map((f) => f.code);

describe('checkAddress', () => {
  it('passes ordinary addresses and has the common check shape', () => {
    for (const address of ['jane@example.com', 'first.last+tag@mail.example.org', "o'brien@example.net", 'x_y-z!#$%&*=?^`{|}~@sub.example.com']) {
      const r = checkAddress({ address });
      expect(r, address).toMatchObject({ name: 'address', status: 'pass', queries: [], findings: [] });
    }
    expect(checkAddress({ address: 'jane@example.com' }).inputs).toEqual({ address: 'jane@example.com' });
  });

  it('unwraps angle brackets, display names and mailto:', () => {
    expect(checkAddress({ address: ' Jane Doe <jane@example.com> ' }).data?.address).toBe('jane@example.com');
    expect(checkAddress({ address: 'mailto:jane@example.com' }).status).toBe('pass');
  });

  it('ignores an obsolete source route, as RFC 5321 says', () => {
    const r = checkAddress({ address: '@relay.example.net,@relay2.example.net:jane@example.com' });
    expect(r.status).toBe('pass');
    expect(r.data?.address).toBe('jane@example.com');
    expect(r.findings.map((f) => f.code)).toEqual(['address.source-route']);
  });

  it('recognises a local delivery to a program or a file (Exim, Postfix aliases)', () => {
    for (const address of ['|/usr/local/bin/filter', '/var/mail/spool/jane']) {
      const r = checkAddress({ address });
      expect(r.status, address).toBe('not-applicable');
      expect(r.findings[0]?.code).toBe('address.local-delivery');
    }
  });

  it('is not-applicable for empty input and fails text without @', () => {
    expect(checkAddress({ address: '  ' }).status).toBe('not-applicable');
    const r = checkAddress({ address: 'jane.example.com' });
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.code).toBe('address.no-at');
  });

  it('names the exact problem in the local part', () => {
    expect(codes('jane doe@example.com')).toEqual(['address.local-bad-character']);
    expect(checkAddress({ address: 'jane doe@example.com' }).findings[0]?.message).toContain('a space (character 5');
    expect(codes('.jane@example.com')).toEqual(['address.local-leading-dot']);
    expect(codes('jane.@example.com')).toEqual(['address.local-trailing-dot']);
    expect(codes('ja..ne@example.com')).toEqual(['address.local-double-dot']);
    expect(codes('@example.com')).toEqual(['address.local-empty']);
    expect(codes('ja@ne@example.com')).toEqual(['address.local-extra-at']);
    expect(codes('jane,doe@example.com')).toEqual(['address.local-bad-character']);
  });

  it('enforces 64 octets for the local part and 254 for the address', () => {
    const r64 = checkAddress({ address: `${'a'.repeat(64)}@example.com` });
    expect(r64.status).toBe('pass');
    const r65 = checkAddress({ address: `${'a'.repeat(65)}@example.com` });
    expect(r65.findings[0]?.code).toBe('address.local-too-long');
    expect(r65.summary).toContain('65 bytes');
    // Multi-byte characters count in octets: 22 three-byte characters are 66 octets.
    expect(codes(`${'€'.repeat(22)}@example.com`)).toContain('address.local-too-long');
    const label = 'a'.repeat(60);
    const longDomain = `${label}.${label}.${label}.${label}.com`; // 247 characters
    expect(codes(`abcdef@${longDomain}`)).toEqual([]); // exactly 254
    expect(codes(`abcdefg@${longDomain}`)).toEqual(['address.too-long']);
  });

  it('accepts quoted local parts with a warning and rejects broken quoting', () => {
    const ok = checkAddress({ address: '"john doe"@example.com' });
    expect(ok.status).toBe('warning');
    expect(ok.data?.localForm).toBe('quoted-string');
    expect(codes('"jo\\"hn@x"@example.com')).toEqual(['address.quoted-local-part']);
    expect(codes('"john@example.com')).toContain('address.local-unclosed-quote');
    expect(codes('"john"doe@example.com')).toEqual(['address.local-text-after-quote']);
    expect(codes('"a\u0001b"@example.com')).toEqual(['address.local-bad-character']);
  });

  it('checks the domain labels', () => {
    expect(codes('jane@example..com')).toEqual(['address.domain-empty-label']);
    expect(codes('jane@-example.com')).toEqual(['address.domain-hyphen-edge']);
    expect(codes('jane@exa_mple.com')).toEqual(['address.domain-bad-character']);
    expect(codes(`jane@${'a'.repeat(64)}.com`)).toEqual(['address.domain-label-too-long']);
    expect(codes('jane@example.com.')).toEqual(['address.domain-trailing-dot']);
    expect(codes('jane@example.123')).toEqual(['address.domain-numeric-tld']);
    expect(codes('jane@')).toEqual(['address.domain-empty']);
    expect(codes('jane@localhost')).toEqual(['address.single-label-domain']);
  });

  it('handles IP literals', () => {
    expect(checkAddress({ address: 'jane@[192.0.2.1]' })).toMatchObject({ status: 'warning', data: { literal: '192.0.2.1' } });
    expect(checkAddress({ address: 'jane@[IPv6:2001:db8::1]' }).data?.literal).toBe('2001:db8::1');
    expect(codes('jane@[192.0.2.300]')).toEqual(['address.bad-literal']);
    expect(codes('jane@[2001:db8::1]')).toEqual(['address.bad-literal']);
  });

  it('accepts internationalised addresses with the right caveats', () => {
    const idn = checkAddress({ address: 'jane@bücher.example' });
    expect(idn.status).toBe('pass');
    expect(idn.data?.domainAscii).toBe('xn--bcher-kva.example');
    const utf8 = checkAddress({ address: 'jürgen@example.com' });
    expect(utf8.status).toBe('warning');
    expect(utf8.data?.needsSmtpUtf8).toBe(true);
  });

  it('suggests the intended domain for a likely typo', () => {
    const suggest = (d: string) => (d === 'gmial.com' ? 'gmail.com' : null);
    const r = checkAddress({ address: 'jane@GMIAL.com' }, { suggestDomain: suggest });
    expect(r.status).toBe('warning');
    expect(r.summary).toBe('Did you mean jane@gmail.com?');
    expect(r.data?.suggestion).toBe('jane@gmail.com');
    expect(checkAddress({ address: 'jane@gmail.com' }, { suggestDomain: suggest }).status).toBe('pass');
  });

  it('never throws and stays fast on hostile input', () => {
    const inputs = ['@'.repeat(5000), `"${'\\'.repeat(900)}`, '<'.repeat(900) + '>', '\u0000@\u0000', `${'a.'.repeat(400)}@x`, 'a@[', 'a@]', 'a@[]'];
    for (const address of inputs) expect(() => checkAddress({ address })).not.toThrow();
    expect(checkAddress({ address: 'a'.repeat(2000) }).findings[0]?.code).toBe('address.too-long');
    expect(checkAddress({ address: undefined as unknown as string }).status).toBe('not-applicable');
  });
});

describe('checkAddress with the mailbox-provider catalog', () => {
  it('suggests gmail.com for gmial.com and leaves real and unknown domains alone', () => {
    expect(checkAddress({ address: 'jane@gmial.com' }).data?.suggestion).toBe('jane@gmail.com');
    expect(checkAddress({ address: 'jane@hotmial.com' }).status).toBe('warning');
    expect(checkAddress({ address: 'jane@gmail.com' }).status).toBe('pass');
    expect(checkAddress({ address: 'jane@example.com' }).data?.suggestion).toBeNull();
  });
});
