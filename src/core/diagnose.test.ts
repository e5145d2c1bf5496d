import { describe, expect, it } from 'vitest';
import type { CheckName, CheckResult } from './check/types.ts';
import type { Classification, Reason } from './classify/types.ts';
import { createMemoryResolver, type MemoryZones } from './dns/memory.ts';
import { waveResolver } from './dns/wave-resolver.ts';
import type { DnsResult, Resolver } from './dns/types.ts';
import type { OriginalMessage, ParsedBounce } from './read/types.ts';
import { checkDomain, checkOrder, deriveInputs, diagnose } from './diagnose.ts';
import { classifyText } from './classify/index.ts';

/** A classified bounce written as data (the reader and classifier have their own tests). */
function bounce(opts: { reason?: Reason; recipients?: string[]; remoteMta?: string; original?: Partial<OriginalMessage> | null; quotedIps?: string[]; auth?: { dmarc?: boolean } }): Classification {
  const recipients = opts.recipients ?? ['jane@dest.test'];
  const original: OriginalMessage | null = opts.original === null ? null : {
    from: 'Sender <news@example.test>', returnPath: '<bounce@example.test>', to: null, subject: null, messageId: null, date: null,
    dkimSignatures: [{ domain: 'example.test', selector: 's1', span: null }], authenticationResults: [], received: [],
    sendingIp: '192.0.2.10', ...opts.original,
  };
  const parsed: ParsedBounce = {
    inputKind: 'mime', subject: 'Undelivered Mail', from: 'MAILER-DAEMON@mx.dest.test', contentType: 'multipart/report',
    reportingMta: 'mx.sender.test', feedbackType: null, bodyText: '', warnings: [], original,
    recipients: recipients.map((address) => ({
      address, addressSpan: null, status: '5.1.1', statusSpan: null, replyCode: '550', replyCodeSpan: null, diagnostic: null,
      diagnosticSpan: null, action: 'failed', remoteMta: opts.remoteMta ?? 'mx.dest.test', forwardAddress: null,
      quotedIps: opts.quotedIps ?? [], quotedBlocklists: [],
    })),
  };
  return {
    kind: 'bounce', isBounce: true, summary: '', parsed,
    recipients: recipients.map((address) => ({
      address, reason: opts.reason ?? 'userunknown', status: '5.1.1', replyCode: '550', permanent: true, title: 't',
      explanation: 'e', actor: 'sender', confidence: 0.9, evidence: [], detail: opts.auth ? { auth: opts.auth } : {},
    })),
  };
}

const zones: MemoryZones = {
  'dest.test': { records: [{ type: 'MX', preference: 10, exchange: 'mx.dest.test' }] },
  'mx.dest.test': { records: [{ type: 'A', address: '198.51.100.25' }] },
  'example.test': { records: [{ type: 'TXT', strings: ['v=spf1 include:_spf.esp.test -all'] }] },
  '_spf.esp.test': { records: [{ type: 'TXT', strings: ['v=spf1 ip4:192.0.2.0/24 -all'] }] },
  '_dmarc.example.test': { records: [{ type: 'TXT', strings: ['v=DMARC1; p=reject; rua=mailto:d@example.test'] }] },
  's1._domainkey.example.test': { records: [{ type: 'TXT', strings: ['v=DKIM1; p='] }] },
  '10.2.0.192.in-addr.arpa': { records: [{ type: 'PTR', target: 'out.example.test' }] },
  'out.example.test': { records: [{ type: 'A', address: '192.0.2.10' }] },
};

describe('deriveInputs', () => {
  it('takes domains, the answering server, the IP and the selectors from the bounce', () => {
    const inputs = deriveInputs(bounce({}));
    expect(inputs).toMatchObject({
      recipients: [{ address: 'jane@dest.test', domain: 'dest.test', answeredBy: 'mx.dest.test' }],
      fromDomain: 'example.test', returnPath: 'bounce@example.test', returnPathDomain: 'example.test',
      sendingIp: '192.0.2.10', sendingIpSource: 'received', dkimDomains: ['example.test'],
      dkimSelectors: [{ domain: 'example.test', selector: 's1', guessed: false }],
    });
  });
  it('falls back to IPs quoted in the rejection and to guessed selectors', () => {
    const inputs = deriveInputs(bounce({ reason: 'blocked', original: { sendingIp: null, dkimSignatures: [] }, quotedIps: ['10.0.0.1', '203.0.113.7'] }));
    expect(inputs).toMatchObject({ sendingIp: '203.0.113.7', sendingIpSource: 'rejection' });
    expect(inputs.dkimSelectors.every((s) => s.guessed && s.domain === 'example.test')).toBe(true);
  });
  it('does not take the answering server\'s IP, nor an IP quoted for a reason unrelated to the sender', () => {
    const c = bounce({ reason: 'blocked', original: null, quotedIps: ['198.51.100.25', '203.0.113.7'] });
    c.parsed.recipients[0]!.diagnostic = 'host mx.dest.test [198.51.100.25]: 554 Client host [203.0.113.7] blocked';
    expect(deriveInputs(c).sendingIp).toBe('203.0.113.7');
    expect(deriveInputs(bounce({ reason: 'userunknown', original: null, quotedIps: ['203.0.113.7'] })).sendingIp).toBeNull();
  });
  it('walks the Received chain when the reader found no public sending IP', () => {
    const hop = { text: '', fromHost: null, byHost: null, span: null };
    const inputs = deriveInputs(bounce({ original: { sendingIp: null, received: [{ ...hop, fromIp: '10.1.1.1' }, { ...hop, fromIp: '203.0.113.9' }] } }));
    expect(inputs).toMatchObject({ sendingIp: '203.0.113.9', sendingIpSource: 'received' });
  });
  it('prefers the IP the rejection names as the sender\'s over the Received chain', () => {
    const hop = { text: 'from relay.example.test ([203.0.113.9]) by mx.example.test with ESMTP', fromHost: null, byHost: null, span: null };
    const c = bounce({ reason: 'blocked', original: { sendingIp: '203.0.113.9', received: [{ ...hop, fromIp: '203.0.113.9' }] }, quotedIps: ['198.51.100.7'] });
    expect(deriveInputs(c)).toMatchObject({ sendingIp: '198.51.100.7', sendingIpSource: 'rejection' });
    c.recipients[0]!.detail = { blocklist: { name: 'Test list', lookupUrl: null, delistUrl: null, ip: '198.51.100.8' } };
    expect(deriveInputs(c).sendingIp).toBe('198.51.100.8');
  });
  it('does not take a submission client (a person\'s device) for the sending server', () => {
    const hop = { text: 'from [198.51.100.23] by smtp.example.test with ESMTPSA id 4Qx7', fromHost: null, byHost: null, span: null };
    const inputs = deriveInputs(bounce({ original: { sendingIp: '198.51.100.23', received: [{ ...hop, fromIp: '198.51.100.23' }] } }));
    expect(inputs).toMatchObject({ sendingIp: null, sendingIpSource: null });
    const relayed = { text: 'from out.example.test (out.example.test [203.0.113.5]) by mx.dest.test with ESMTPS', fromHost: null, byHost: null, span: null };
    const later = deriveInputs(bounce({ original: { sendingIp: '203.0.113.5', received: [{ ...relayed, fromIp: '203.0.113.5' }, { ...hop, fromIp: '198.51.100.23' }] } }));
    expect(later).toMatchObject({ sendingIp: '203.0.113.5', sendingIpSource: 'received' });
  });
  it('copes with a bounce without the original message', () => {
    const inputs = deriveInputs(bounce({ original: null }));
    expect(inputs).toMatchObject({ fromDomain: null, sendingIp: null, dkimSelectors: [] });
  });
});

describe('checkOrder', () => {
  it('puts the checks that match the reason first', () => {
    expect(checkOrder(bounce({ reason: 'userunknown' })).slice(0, 2)).toEqual(['address', 'mx']);
    expect(checkOrder(bounce({ reason: 'requireptr' }))[0]).toBe('reverse-dns');
    expect(checkOrder(bounce({ reason: 'rejected', auth: { dmarc: true } }))[0]).toBe('dmarc');
  });
});

describe('diagnose', () => {
  it('runs every check at once: the run takes as many waves as its longest chain, and onCheck fires per check', async () => {
    const { resolver, stats } = waveResolver(createMemoryResolver(zones));
    const started: CheckName[] = [];
    const arrived: CheckResult[] = [];
    const d = await diagnose(bounce({ reason: 'authfailure', auth: { dmarc: true } }), resolver, {
      onStart: (name) => started.push(name), onCheck: (r) => arrived.push(r),
    });
    const names = d.checks.map((c) => c.name);
    expect(names[0]).toBe('dmarc');
    expect(new Set(names)).toEqual(new Set(started));
    expect(arrived).toHaveLength(d.checks.length);
    expect(new Set(arrived)).toEqual(new Set(d.checks));
    expect(d.checks.length).toBeGreaterThanOrEqual(5);
    expect(names).toEqual(expect.arrayContaining(['address', 'mx', 'spf', 'dkim', 'dmarc', 'reverse-dns', 'blocklist-ip', 'blocklist-domain']));
    // The longest chains here are two lookups deep (MX then the exchange's address; PTR then its A; the
    // SPF record then its include): a third wave would mean some check waited for another.
    expect(stats.waves).toBe(2);
    expect(stats.largestWave).toBeGreaterThanOrEqual(d.checks.length - 1);
    expect(d.plan.headline.length).toBeGreaterThan(0);
    expect(d.plan.steps.length).toBeGreaterThan(0);
  });
  it('reports each result as soon as it is known, before slower checks finish', async () => {
    const { resolver } = waveResolver(createMemoryResolver(zones));
    const order: string[] = [];
    await diagnose(bounce({}), resolver, { onCheck: (r) => order.push(r.name) });
    // The address check needs no lookup and the DKIM check one: both arrive before the two-deep MX check.
    expect(order.indexOf('address')).toBeLessThan(order.indexOf('mx'));
    expect(order.indexOf('dkim')).toBeLessThan(order.indexOf('mx'));
  });
  it('turns a check that throws into could-not-check and still finishes the others', async () => {
    const inner = createMemoryResolver(zones);
    // An answer that breaks the Resolver contract (status ok without records) makes the DMARC check throw.
    const broken: Resolver = {
      query(name, type, o) {
        if (name.startsWith('_dmarc.')) return Promise.resolve({ status: 'ok', name, type, resolver: 'test', elapsedMs: 0, cnameChain: [] } as unknown as DnsResult);
        return inner.query(name, type, o);
      },
    };
    const d = await diagnose(bounce({}), broken);
    const dmarc = d.checks.find((c) => c.name === 'dmarc')!;
    expect(dmarc.status).toBe('could-not-check');
    expect(dmarc.findings[0]!.code).toBe('internal-error');
    expect(d.checks.find((c) => c.name === 'mx')!.status).not.toBe('could-not-check');
  });
  it('turns a resolver that throws or rejects into failed lookups (could-not-check), never an unhandled rejection', async () => {
    const inner = createMemoryResolver(zones);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const fault of ['throw', 'reject'] as const) {
        // Every _dmarc name fails, the From domain's own and the parents the walk asks at the same time.
        const faulty: Resolver = {
          query(name, type, o) {
            if (!name.startsWith('_dmarc.')) return inner.query(name, type, o);
            if (fault === 'throw') throw new Error('resolver bug');
            return Promise.reject(new Error('resolver bug'));
          },
        };
        const d = await diagnose(bounce({ original: { from: 'News <news@mail.example.test>' } }), faulty);
        const dmarc = d.checks.find((c) => c.name === 'dmarc')!;
        expect(dmarc.status).toBe('could-not-check');
        expect(dmarc.findings.map((f) => f.code)).toContain('dmarc.lookup-failed');
        expect(dmarc.queries[0]!.answer.join(' ')).toContain('resolver bug');
      }
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
  it('marks the blocklist lookups low priority, and only those', async () => {
    const seen: { name: string; priority: string | undefined }[] = [];
    const inner = createMemoryResolver(zones);
    const recording: Resolver = { query(name, type, o) { seen.push({ name, priority: o?.priority }); return inner.query(name, type, o); } };
    await diagnose(bounce({ reason: 'blocked' }), recording);
    const low = seen.filter((q) => q.priority === 'low').map((q) => q.name);
    expect(low.length).toBeGreaterThan(0);
    expect(low).toContain('10.2.0.192.zen.spamhaus.org');
    expect(seen.filter((q) => q.name.startsWith('_dmarc.') || q.name === 'dest.test' || q.name.includes('._domainkey.')).every((q) => q.priority === undefined)).toBe(true);
    seen.length = 0;
    await diagnose(bounce({ original: { dkimSignatures: [] } }), recording);
    expect(seen.filter((q) => q.name.includes('._domainkey.')).every((q) => q.priority === 'low')).toBe(true);
  });
  it('asks a name only once when several checks need it', async () => {
    const asked: string[] = [];
    const resolver = createMemoryResolver(zones, { onQuery: (n, t) => asked.push(`${t} ${n}`) });
    await diagnose(bounce({ recipients: ['a@dest.test', 'b@dest.test'] }), resolver);
    expect(asked.filter((q) => q === 'MX dest.test')).toHaveLength(1);
  });
  it('runs no checks for something that is not a bounce', async () => {
    const c = { ...bounce({}), kind: 'autoreply' as const, isBounce: false };
    const d = await diagnose(c, createMemoryResolver(zones));
    expect(d.checks).toEqual([]);
  });
  it('ends lookups cut off by the signal as could-not-check, never pass or fail', async () => {
    const controller = new AbortController();
    const hanging: Resolver = {
      query(name, type, o) {
        return new Promise((resolve) => {
          o?.signal?.addEventListener('abort', () => resolve({ status: 'error', name, type, resolver: 'test', elapsedMs: 0, cnameChain: [], error: { kind: 'timeout', message: 'aborted', afterMs: 0 } }));
        });
      },
    };
    const run = diagnose(bounce({}), hanging, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const d = await run;
    for (const c of d.checks.filter((c) => c.name !== 'address')) expect(c.status).toBe('could-not-check');
  });
});

describe('checkDomain', () => {
  it('runs the sender checks for a domain, with the selector given', async () => {
    const checks = await checkDomain(createMemoryResolver(zones), { domain: 'example.test', ip: '192.0.2.10', selector: 's1' });
    const names = checks.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['mx', 'dkim', 'dmarc', 'reverse-dns']));
    expect(checks.find((c) => c.name === 'dkim')!.inputs.selector).toBe('s1');
  });
  it('returns nothing for an empty domain', async () => {
    expect(await checkDomain(createMemoryResolver(zones), { domain: ' ' })).toEqual([]);
  });
});

/** Why `name` is not a name worth asking DNS about (empty, too long, a bad label, not ASCII), or null. */
function nonsense(name: string): string | null {
  if (name === '' || name.length > 253) return `length ${name.length}`;
  const bad = name.split('.').find((label) => !/^[a-z0-9_-]{1,63}$/.test(label));
  return bad === undefined ? null : `label "${bad.slice(0, 70)}"`;
}

/** A memory resolver that also records every name asked that no DNS server could sensibly answer. */
function watchfulResolver() {
  const bad: string[] = [];
  const asked: string[] = [];
  const resolver = createMemoryResolver(zones, {
    onQuery: (name, type) => {
      asked.push(`${type} ${name}`);
      const why = nonsense(name);
      if (why) bad.push(`${type} ${name.slice(0, 80)}: ${why}`);
    },
  });
  return { resolver, bad, asked };
}

/** A minimal DSN whose recipient and original sender are the given (odd) addresses. */
function oddDsn(rcpt: string, from: string): string {
  const fromDomain = from.includes('@') ? from.slice(from.lastIndexOf('@') + 1) : '';
  return [
    'From: MAILER-DAEMON@mx.sender.example', `To: ${from}`, 'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    `<${rcpt}>: host mx.dest.example[198.51.100.7] said: 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown`, '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.sender.example', '',
    `Final-Recipient: rfc822; ${rcpt}`, 'Action: failed', 'Status: 5.1.1', 'Remote-MTA: dns; mx.dest.example',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown', '',
    '--B', 'Content-Type: message/rfc822', '', `From: Sender <${from}>`, `Return-Path: <${from}>`,
    'Received: from out.sender.example (out.sender.example [192.0.2.10]) by mx.sender.example',
    `DKIM-Signature: v=1; a=rsa-sha256; d=${fromDomain}; s=s1; b=abc`, 'Subject: hi', '', 'hello', '--B--', '',
  ].join('\r\n');
}

describe('diagnose on hostile and odd input', () => {
  const labels = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`).join('.');
  const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256));
  const inputs: Record<string, string> = {
    'empty text': '',
    'binary junk': binary,
    'a bounce naming IP literal domains': oddDsn('jane@[198.51.100.7]', 'news@[192.0.2.1]'),
    'a bounce with IDN domains': oddDsn('jane@bücher.example', 'news@bücher.example'),
    'a 300-label recipient and sender domain': oddDsn(`jane@${labels(300)}.example`, `news@${labels(300)}.example`),
    'a 120-label domain (under 127 labels, over 253 characters)': oddDsn(`jane@${labels(120)}.example`, `news@${labels(120)}.example`),
    'addresses without a domain': oddDsn('jane', 'news@'),
    'addresses with only a domain': oddDsn('@dest.test', '@example.test'),
  };
  it.each(Object.entries(inputs))('%s: never throws, asks no nonsense name', async (_label, text) => {
    const classification = await classifyText(text);
    const { resolver, bad } = watchfulResolver();
    const d = await diagnose(classification, resolver);
    expect(bad).toEqual([]);
    for (const c of d.checks) expect(['pass', 'warning', 'fail', 'could-not-check', 'not-applicable']).toContain(c.status);
    expect(Array.isArray(d.plan.steps)).toBe(true);
  }, 20_000);

  it('asks IDN domains in their ASCII (A-label) form', async () => {
    const { resolver, asked } = watchfulResolver();
    await diagnose(await classifyText(inputs['a bounce with IDN domains']!), resolver);
    expect(asked).toContain('MX xn--bcher-kva.example');
    expect(asked.some((q) => q.includes('ü'))).toBe(false);
  });

  it('keeps odd inputs derived from a classification out of the checks', async () => {
    const c = bounce({
      recipients: ['jane', 'jane@', '@dest.test', 'jane@[192.0.2.1]', `jane@${labels(120)}.test`, 'jane@-.test'],
      original: {
        from: `News <news@${labels(120)}.test>`, returnPath: `<${'x'.repeat(400)}@example.test>`, sendingIp: 'not an ip',
        dkimSignatures: [{ domain: '', selector: '', span: null }, { domain: '[192.0.2.1]', selector: 'a b', span: null }],
      },
    });
    const inputs = deriveInputs(c);
    // Only "@dest.test" names a domain worth asking about (its address check reports the missing local part).
    expect(inputs.recipients.map((r) => r.domain)).toEqual(['dest.test']);
    expect(inputs.fromDomain).toBeNull();
    expect(inputs.returnPath).toBeNull();
    expect(inputs.sendingIp).toBeNull();
    const { resolver, bad } = watchfulResolver();
    const d = await diagnose(c, resolver);
    expect(bad).toEqual([]);
    expect(d.checks.map((x) => x.name).sort()).toEqual(['address', 'mx']);
  });

  it('checkDomain with junk asks no nonsense name', async () => {
    for (const domain of ['not a domain', '..', 'a'.repeat(300), '[192.0.2.1]', 'bücher.example', '-.test']) {
      const { resolver, bad } = watchfulResolver();
      const checks = await checkDomain(resolver, { domain, ip: 'nonsense', selector: 'a b' });
      expect(bad, domain).toEqual([]);
      expect(checks.length).toBeGreaterThan(0);
    }
  });
});
