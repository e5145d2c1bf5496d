import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The pool runs only from the built bundle (npm test builds it first): run the command itself.
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/bounce-doctor');
const built = existsSync(join(ROOT, 'dist-cli/classify-worker.mjs'));
if (!built) console.warn('classify pool test skipped: no dist-cli/classify-worker.mjs (npm test builds it first)');

function run(args: string[], threads: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'classify', ...args], {
    env: { ...process.env, BOUNCE_DOCTOR_THREADS: threads },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe.skipIf(!built)('bounce-doctor classify on worker threads', () => {
  it('prints the same lines in the same order as one thread, with a missing file reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-pool-'));
    const files: string[] = [];
    for (let i = 0; i < 240; i++) {
      const file = join(dir, `b${i}.eml`);
      const code = i % 3 === 0 ? '550 5.1.1 User unknown' : i % 3 === 1 ? '452 4.2.2 Mailbox full' : '554 5.7.1 Message rejected as spam';
      writeFileSync(file, `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n\n<user${i}@example.com>: host mx.example.com[192.0.2.1] said: ${code} (in reply to RCPT TO command)\n`);
      files.push(file);
    }
    files.splice(100, 0, join(dir, 'missing.eml'));
    const one = run(['--json', ...files], '1');
    const pooled = run(['--json', ...files], '3');
    expect(pooled.out).toBe(one.out);
    expect(pooled.code).toBe(1);
    expect(pooled.err).toContain('missing.eml');
    const lines = pooled.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; recipients: { address: string }[] });
    expect(lines.map((l) => l.file)).toEqual(files.filter((f) => !f.endsWith('missing.eml')));
    expect(lines[239]!.recipients[0]!.address).toBe('user239@example.com');
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toContain('classify');
  }, 60_000);
});
