import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyBatch, finishBatch, runClassify } from './classify.ts';
import { prepareBatch, splitMbox } from './prepare-batch.ts';
import { decodeInput, withoutCutUtf8Tail } from './decode-input.ts';

const BOUNCE = 'From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n\n<jane@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await runClassify(argv);
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

describe('bounce-doctor classify', () => {
  it('splits an mbox on "From " lines after a blank line and unescapes ">From "', () => {
    const mbox = `From a@example.net Sun Nov 29 10:00:00 2026\n${BOUNCE}\nFrom b@example.net Sun Nov 29 10:01:00 2026\nSubject: hi\n\n>From the desk\n`;
    const parts = splitMbox(mbox);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('550 5.1.1');
    expect(parts[1]).toContain('From the desk');
    expect(splitMbox(BOUNCE)).toEqual([BOUNCE]);
  });

  it('splits a CR-only mbox like its LF twin, and never returns no message', () => {
    const lf = `From a@example.net Sun Nov 29 10:00:00 2026\n${BOUNCE}\nFrom b@example.net Sun Nov 29 10:01:00 2026\nSubject: hi\n\nbody\n`;
    expect(splitMbox(lf.replace(/\n/g, '\r'))).toEqual(splitMbox(lf));
    expect(splitMbox(lf.replace(/\n/g, '\r\n'))).toHaveLength(2);
    // A "From " line with no line end, or one too long to be a separator: the whole text is one message.
    expect(splitMbox('From nobody')).toEqual(['From nobody']);
    const long = `From ${'x'.repeat(2000)}\nSubject: hi\n`;
    expect(splitMbox(long)).toEqual([long]);
  });

  it('decodes UTF-8, and Latin-1 when the bytes are not UTF-8', () => {
    expect(decodeInput(new TextEncoder().encode('Grüße'))).toBe('Grüße');
    expect(decodeInput(Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  });

  it('drops a UTF-8 character cut at a read limit, so the rest still decodes as UTF-8', () => {
    const bytes = new TextEncoder().encode('Grüße 日本 😀');
    for (let cut = 1; cut <= bytes.length; cut++) {
      const kept = withoutCutUtf8Tail(bytes.subarray(0, cut));
      expect(cut - kept.length).toBeLessThan(4);
      // Every prefix decodes strictly once the cut character is gone.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(kept)).not.toThrow();
      expect('Grüße 日本 😀'.startsWith(decodeInput(kept))).toBe(true);
    }
    // Latin-1 text loses at most a last byte that looks like the start of a longer character ("café" in
    // Latin-1 ends in 0xE9, a 3-byte lead); 0xFC is no UTF-8 lead at all and stays.
    expect(withoutCutUtf8Tail(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toHaveLength(3);
    expect(withoutCutUtf8Tail(Uint8Array.from([0x47, 0x72, 0xfc]))).toHaveLength(3);
    expect(withoutCutUtf8Tail(Uint8Array.from([0x47, 0x72, 0x65]))).toHaveLength(3);
  });

  it('prints one JSON line per file, and per message of an mbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const eml = join(dir, 'one.eml');
    const mbox = join(dir, 'box.mbox');
    writeFileSync(eml, BOUNCE);
    writeFileSync(mbox, `From a@example.net Sun Nov 29 10:00:00 2026\n${BOUNCE}\nFrom b@example.net Sun Nov 29 10:01:00 2026\n${BOUNCE}`);
    const { code, out } = await run(['--json', eml, mbox]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([eml, `${mbox}#1`, `${mbox}#2`]);
    expect(lines[0]).toMatchObject({ isBounce: true, recipients: [{ address: 'jane@example.com', reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true }] });
    expect(lines[0].recipients[0]).toHaveProperty('detail');
  });

  it('prints a readable summary by default, and fails cleanly on a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const eml = join(dir, 'one.eml');
    writeFileSync(eml, BOUNCE);
    const { out } = await run([eml]);
    expect(out).toContain('jane@example.com  userunknown (550 5.1.1)  permanent');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const missing = await run([join(dir, 'nope.eml')]);
    err.mockRestore();
    expect(missing.code).toBe(1);
    expect((await run([])).code).toBe(2);
  });

  it('refuses a mistyped option as a usage error instead of reading it as a file', async () => {
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    try {
      expect((await run(['--jsn', 'x.eml'])).code).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(err).toContain('unknown option --jsn');
  });

  it('prints the same in two steps (prepare on one thread, finish on another) as in one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-steps-'));
    const lf = join(dir, 'lf.eml');
    const cr = join(dir, 'cr.eml');
    const mbox = join(dir, 'box.mbox');
    writeFileSync(lf, BOUNCE);
    writeFileSync(cr, BOUNCE.replaceAll('\n', '\r'));
    writeFileSync(mbox, `From a@example.net Sun Nov 29 10:00:00 2026\n${BOUNCE}\nFrom b@example.net Sun Nov 29 10:01:00 2026\n${BOUNCE.replace('jane', 'joe')}`);
    const files = [lf, join(dir, 'missing.eml'), cr, mbox];
    const prepared = await prepareBatch(files);
    // What crosses between threads is plain data.
    const copied = structuredClone(prepared);
    expect(copied.messages.map((m) => m.name)).toEqual([lf, cr, `${mbox}#1`, `${mbox}#2`]);
    expect(copied.messages.map((m) => m.textIsRaw)).toEqual([true, false, true, true]);
    const twoSteps = await finishBatch(copied, true);
    const oneStep = await classifyBatch(files, true);
    expect(twoSteps).toEqual(oneStep);
    expect(twoSteps.failed).toBe(true);
    expect(twoSteps.errors).toContain('missing.eml');
    expect(twoSteps.out).toContain('"joe@example.com"');
  });

  it('prints address null, and a plain name in the summary, for an answer pasted on its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const line = join(dir, 'line.txt');
    writeFileSync(line, '550 5.1.1 The email account that you tried to reach does not exist.\n');
    const json = JSON.parse((await run(['--json', line])).out);
    expect(json.isBounce).toBe(true);
    expect(json.recipients).toEqual([expect.objectContaining({ address: null, reason: 'userunknown', status: '5.1.1', replyCode: '550' })]);
    expect((await run([line])).out).toContain('Recipient not named in the pasted text  userunknown (550 5.1.1)');
  });

  it('refuses an Outlook .msg with advice, on standard error, and goes on with the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const msg = join(dir, 'bounce.msg');
    writeFileSync(msg, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const eml = join(dir, 'bounce.eml');
    writeFileSync(eml, BOUNCE);
    const batch = await classifyBatch([msg, eml], true);
    expect(batch.failed).toBe(true);
    expect(batch.errors).toContain(`cannot read ${msg}: This is an Outlook message file (.msg)`);
    expect(batch.out.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([eml]);
  });
});

