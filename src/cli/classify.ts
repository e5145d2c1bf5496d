/**
 * `bounce-doctor classify [--json] FILE...`: reads bounces (.eml, mbox, or - for standard input) and
 * prints why each failed. With --json, one JSON object per line: per file, or per message of an mbox.
 */
import { classify } from '../core/classify/index.ts';
import { recipientName } from '../core/report/labels.ts';
import { readBounce, readPreparedBounce } from '../core/read/index.ts';
import type { Classification } from '../core/classify/types.ts';
import { classifyInPool } from './classify-pool.ts';
import { tuneJitForBatch } from './jit-tuning.ts';
import { eachMessage, type PreparedBatch } from './prepare-batch.ts';

const USAGE = 'Usage: bounce-doctor classify [--json] FILE...   (FILE may be .eml, an mbox, or - for standard input)\n';

/** The JSON line of one classified message. */
export function toJsonLine(file: string, c: Classification): string {
  return JSON.stringify({
    file,
    isBounce: c.isBounce,
    kind: c.kind,
    summary: c.summary,
    ...(c.parsed.feedbackType ? { feedbackType: c.parsed.feedbackType } : {}),
    recipients: c.recipients.map((r) => ({
      // null, not '', when the text named no recipient (a server's answer pasted on its own).
      address: r.address === '' ? null : r.address,
      reason: r.reason,
      status: r.status,
      replyCode: r.replyCode,
      permanent: r.permanent,
      detail: r.detail,
      title: r.title,
      actor: r.actor,
      confidence: r.confidence,
      statusImplied: r.statusImplied ?? false,
    })),
  });
}

function toHuman(file: string, c: Classification): string {
  const lines = [`${file}: ${c.summary}`];
  for (const r of c.recipients) {
    const code = [r.replyCode, r.status && !r.statusImplied ? r.status : null].filter(Boolean).join(' ');
    lines.push(`  ${recipientName(r.address)}  ${r.reason}${code ? ` (${code})` : ''}  ${r.permanent ? 'permanent' : 'temporary'}`);
    lines.push(`    ${r.title}`);
    if (r.detail.provider) lines.push(`    provider: ${r.detail.provider}${r.detail.providerCode ? ` ${r.detail.providerCode}` : ''}`);
    if (r.detail.blocklist) lines.push(`    blocklist: ${r.detail.blocklist.name}${r.detail.blocklist.ip ? ` (IP ${r.detail.blocklist.ip})` : ''}`);
  }
  for (const w of c.parsed.warnings) lines.push(`  note: ${w}`);
  return lines.join('\n');
}

/** What one batch of files gave: output lines ready to print, error lines, and whether any file failed. */
export interface BatchResult {
  /** The printed lines of every message of the batch, in input order, each ending in "\n". */
  out: string;
  /** Error lines for standard error, each ending in "\n". */
  errors: string;
  /** True when a file could not be read. */
  failed: boolean;
}

/**
 * Reads and classifies `files` in order. Never throws: an unreadable file becomes an error line.
 * Used by the main thread and by the worker threads of classify-pool.ts alike, so both print the same.
 */
export async function classifyBatch(files: readonly string[], json: boolean): Promise<BatchResult> {
  const { items, errors, failed } = await eachMessage(files, async (name, text) => printedLine(name, classify(await readBounce(text)), json));
  return { out: printedText(items), errors, failed };
}

/** Completes a prepared batch (the rest of the reader, the classifier) into what classifyBatch prints for it. */
export async function finishBatch(batch: PreparedBatch, json: boolean): Promise<BatchResult> {
  const lines: string[] = [];
  for (const { name, prepared, textIsRaw } of batch.messages) {
    if (textIsRaw) prepared.text = prepared.rawInput;
    lines.push(printedLine(name, classify(await readPreparedBounce(prepared)), json));
  }
  return { out: printedText(lines), errors: batch.errors, failed: batch.failed };
}

/** One message as printed: a JSON line, or the readable summary. */
function printedLine(name: string, c: Classification, json: boolean): string {
  return json ? toJsonLine(name, c) : toHuman(name, c);
}

/** The printed lines of a batch as one text ending in a line break (empty for no line). */
function printedText(lines: readonly string[]): string {
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Files per batch on the main thread: output goes out in one write per batch instead of one per line. */
const BATCH_FILES = 64;

/**
 * The `classify` command. Every argument but --json, -h and --help is a file to read ("-" is standard
 * input; a file whose name starts with "--" can be given as ./--name). Each file is read whole; the reader
 * then looks at its first MAX_INPUT_CHARS characters per message. Exit code: 0 all read, 1 a file could
 * not be read, 2 no file given or an unknown option.
 */
export async function runClassify(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    process.stdout.write(USAGE);
    return files.length === 0 ? 2 : 0;
  }
  const unknownOption = files.find((f) => f.startsWith('--'));
  if (unknownOption !== undefined) {
    process.stderr.write(`bounce-doctor classify: unknown option ${unknownOption}\n\n${USAGE}`);
    return 2;
  }
  tuneJitForBatch();
  const pooled = await classifyInPool(files, json, { classifyBatch, finishBatch });
  if (pooled !== null) return pooled ? 1 : 0;
  let failed = false;
  for (let at = 0; at < files.length; at += BATCH_FILES) {
    const batch = await classifyBatch(files.slice(at, at + BATCH_FILES), json);
    if (batch.errors) process.stderr.write(batch.errors);
    if (batch.out) process.stdout.write(batch.out);
    failed ||= batch.failed;
  }
  return failed ? 1 : 0;
}
