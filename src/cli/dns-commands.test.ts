/**
 * The `check` and `diagnose` commands end to end against the real local DoH server (nsd + dnsdist):
 * arguments, exit codes, and the --json contract (every check has its name and one of the five statuses).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDnsStack, type DnsStack, type Zone } from '../../test/dns-server/stack.ts';
import { runCheck } from './check.ts';
import { runDiagnose } from './diagnose.ts';

const STATUSES = ['pass', 'warning', 'fail', 'could-not-check', 'not-applicable'];

const zones: Zone[] = [
  {
    origin: 'good.example',
    records: [
      { name: '@', type: 'MX', value: '10 mx.good.example' },
      { name: 'mx', type: 'A', value: '192.0.2.25' },
      { name: '@', type: 'TXT', value: 'v=spf1 ip4:192.0.2.25 -all' },
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none' },
    ],
  },
  { origin: 'broken.example', records: [{ name: '@', type: 'MX', value: '10 mx.broken.example' }] },
  {
    origin: 'recipient.example',
    records: [
      { name: '@', type: 'MX', value: '0 .' },
    ],
  },
  { origin: '2.0.192.in-addr.arpa', records: [{ name: '25', type: 'PTR', value: 'mx.good.example' }] },
];

/** Runs a command with standard output and error captured. */
async function run(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  try {
    const code = await command(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('bounce-doctor check / diagnose over the local DoH server', () => {
  let stack: DnsStack;
  let dir: string;
  beforeAll(async () => {
    stack = await startDnsStack({ zones, faults: { servfail: ['broken.example'] } });
    dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
  });
  afterAll(async () => {
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('check --json gives every check a name and one of the five statuses', async () => {
    const { code, out } = await run(runCheck, ['--domain', 'good.example', '--ip', '192.0.2.25', '--resolver', stack.dohUrl, '--json']);
    const doc = JSON.parse(out) as { domain: string; resolver: string; checks: { name: string; status: string; findings: { code: string }[] }[] };
    expect(doc.domain).toBe('good.example');
    expect(doc.resolver).toBe(stack.dohUrl);
    const names = doc.checks.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['mx', 'dmarc', 'dkim', 'reverse-dns']));
    for (const c of doc.checks) expect(STATUSES).toContain(c.status);
    const byName = new Map(doc.checks.map((c) => [c.name, c]));
    expect(byName.get('mx')?.status).toBe('pass');
    expect(byName.get('dmarc')?.status).toBe('warning');
    expect(byName.get('reverse-dns')?.status).toBe('pass');
    expect(code).toBe(doc.checks.some((c) => c.status === 'fail') ? 1 : 0);
  });

  it('check says could-not-check, never pass or fail, when the DNS answers SERVFAIL', async () => {
    const { out } = await run(runCheck, ['--domain', 'broken.example', '--resolver', stack.dohUrl, '--json']);
    const doc = JSON.parse(out) as { checks: { name: string; status: string }[] };
    const mx = doc.checks.find((c) => c.name === 'mx');
    expect(mx?.status).toBe('could-not-check');
    const dmarc = doc.checks.find((c) => c.name === 'dmarc');
    expect(dmarc?.status).toBe('could-not-check');
  });

  it('check gives could-not-check for every check when the resolver answers HTTP 503 or garbage', async () => {
    for (const url of [stack.httpErrorUrl(503), stack.garbageUrl]) {
      const { code, out } = await run(runCheck, ['--domain', 'good.example', '--ip', '192.0.2.25', '--resolver', url, '--json']);
      const doc = JSON.parse(out) as { checks: { name: string; status: string }[] };
      expect(doc.checks.length).toBeGreaterThan(3);
      for (const c of doc.checks) expect([c.name, c.status]).toEqual([c.name, 'could-not-check']);
      expect(code).toBe(0);
    }
  });

  it('check prints a readable report with the dig commands', async () => {
    const { out } = await run(runCheck, ['--domain', 'good.example', '--resolver', stack.dohUrl]);
    expect(out).toMatch(/^\[Pass\] MX: /m);
    expect(out).toContain('dig +short MX good.example');
    expect(out).toMatch(/\d+ checks: /);
  });

  it('check rejects bad arguments with exit code 2', async () => {
    expect((await run(runCheck, [])).code).toBe(2);
    expect((await run(runCheck, ['--domain', 'good.example', '--ip', '999.1.1.1'])).code).toBe(2);
    expect((await run(runCheck, ['--domain', 'not a domain'])).code).toBe(2);
    expect((await run(runCheck, ['--domain', 'good.example', '--resolver', 'ftp://x.example/'])).code).toBe(2);
    const unknown = await run(runCheck, ['--domain', 'good.example', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown option --colour');
  });

  it('diagnose --json classifies the bounce, runs the checks and returns the plan', async () => {
    const file = join(dir, 'nullmx.eml');
    writeFileSync(file, [
      'From: Mail Delivery System <MAILER-DAEMON@mx.good.example>',
      'To: alice@good.example',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx.good.example.',
      '',
      '<bob@recipient.example>: Domain recipient.example does not accept mail (nullMX)',
      '    550 5.1.10 Recipient address rejected: domain does not accept mail',
      '',
    ].join('\r\n'));
    const { code, out } = await run(runDiagnose, ['--resolver', stack.dohUrl, '--json', file]);
    const doc = JSON.parse(out) as { classification: { isBounce: boolean }; checks: { name: string; status: string; inputs: Record<string, string> }[]; plan: { steps: unknown[] } };
    expect(doc.classification.isBounce).toBe(true);
    for (const c of doc.checks) expect(STATUSES).toContain(c.status);
    const mx = doc.checks.find((c) => c.name === 'mx' && c.inputs.domain === 'recipient.example');
    expect(mx?.status).toBe('fail');
    expect(Array.isArray(doc.plan.steps)).toBe(true);
    expect(code).toBe(1);
  });

  it('diagnose prints a readable report, and refuses a missing file', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, '550 5.1.1 <bob@good.example>: Recipient address rejected: User unknown in virtual mailbox table\n');
    const { out } = await run(runDiagnose, ['--resolver', stack.dohUrl, file]);
    expect(out.length).toBeGreaterThan(0);
    expect(out).toContain('dig +short MX good.example');
    const missing = await run(runDiagnose, ['--resolver', stack.dohUrl, join(dir, 'nope.eml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot open');
  });
});
