/**
 * `bounce-doctor diagnose [--resolver URL]... [--dqs-key KEY] [--json] FILE`: reads a bounce (.eml or text;
 * "-" for standard input), classifies it, runs the live DNS checks over DNS-over-HTTPS and prints the
 * classification, every check and the plan. Human-readable by default (checks also appear on standard
 * error as they finish, when it is a terminal); one JSON document with --json.
 * Exit codes: 0 no check failed, 1 a check failed, 2 usage error or unreadable file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { classifyText } from '../core/classify/index.ts';
import { diagnose } from '../core/diagnose.ts';
import { createDohResolver } from '../core/dns/doh.ts';
import { MAX_INPUT_CHARS } from '../core/read/limits.ts';
import { diagnosisToText } from '../core/report/index.ts';
import type { CheckResult } from '../core/check/types.ts';
import { parseArgs, resolverUrls } from './cli-args.ts';
import { exitCodeFor, formatCheck } from './check-report.ts';
import { decodeInput, withoutCutUtf8Tail } from './decode-input.ts';
import { binaryFormatAdvice, binaryFormatOf } from '../core/read/binary-format.ts';

const USAGE = 'Usage: bounce-doctor diagnose [--resolver URL] [--dqs-key KEY] [--json] FILE   (FILE may be - for standard input)\n';

/** Bytes read from the file: the reader looks at MAX_INPUT_CHARS characters, at most 4 bytes each in UTF-8. */
const MAX_FILE_BYTES = MAX_INPUT_CHARS * 4;

function usage(error: string): number {
  process.stderr.write(`bounce-doctor diagnose: ${error}\n${USAGE}`);
  return 2;
}

/** The file's first MAX_FILE_BYTES bytes as text (decoded as `classify` does), or why it cannot be read. */
function readInput(path: string): { ok: true; value: string } | { ok: false; error: string } {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    return { ok: false, error: `cannot open ${path}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 << 20, MAX_FILE_BYTES - total));
      if (buf.length === 0) break;
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
  } catch (e) {
    return { ok: false, error: `cannot read ${path}: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  const bytes = Buffer.concat(chunks);
  const format = binaryFormatOf(bytes);
  if (format) return { ok: false, error: `cannot read ${path}: ${binaryFormatAdvice(format, 'file')}` };
  return { ok: true, value: decodeInput(total >= MAX_FILE_BYTES ? withoutCutUtf8Tail(bytes) : bytes) };
}

/** The `diagnose` command (see the module comment); reads at most MAX_FILE_BYTES of the file. */
export async function runDiagnose(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, { withValue: ['resolver', 'dqs-key'], boolean: ['json', 'help'] });
  if (!parsed.ok) return usage(parsed.error);
  const { flags, positional } = parsed.value;
  if (flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positional.length !== 1) return usage(positional.length === 0 ? 'a FILE is needed' : 'give one FILE');
  const resolvers = resolverUrls(flags);
  if (!resolvers.ok) return usage(resolvers.error);
  const input = readInput(positional[0] as string);
  if (!input.ok) {
    process.stderr.write(`bounce-doctor diagnose: ${input.error}\n`);
    return 2;
  }

  const classification = await classifyText(input.value);
  const resolver = createDohResolver(resolvers.value ? { providers: resolvers.value } : {});
  const json = flags.has('json');
  const live = !json && process.stderr.isTTY === true;
  const dqsKey = flags.get('dqs-key')?.at(-1);
  const diagnosis = await diagnose(classification, resolver, {
    ...(dqsKey ? { dqsKey } : {}),
    onCheck: live ? (r: CheckResult) => process.stderr.write(`${formatCheck(r, { queries: false }).split('\n')[0]}\n`) : undefined,
  });

  if (json) {
    const doc = {
      classification: diagnosis.classification,
      resolver: resolver.lastResolver(),
      checks: diagnosis.checks, // every field of each CheckResult; `name` and `status` are the stable ones
      plan: diagnosis.plan,
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    if (live) process.stderr.write('\n');
    process.stdout.write(diagnosisToText({ classification: diagnosis.classification, checks: diagnosis.checks, plan: diagnosis.plan }));
  }
  return exitCodeFor(diagnosis.checks);
}
