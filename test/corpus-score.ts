/**
 * Scores the classifier against ../shared/corpus/labels.tsv. Shared by `npm run bench:corpus` (which
 * prints the figures) and test/corpus.test.ts (which asserts floors). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyText } from '../src/core/classify/index.ts';
import { splitMbox } from '../src/cli/prepare-batch.ts';
import { decodeInput } from '../src/cli/decode-input.ts';
import type { Classification } from '../src/core/classify/types.ts';

/** ../shared/corpus relative to the project root (this file is in <root>/test). */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

export interface LabelRow {
  sample: string;
  index: number;
  status: string;
  replyCode: string;
  reason: string;
  hardbounce: string;
  feedbackType: string;
  engine: string;
}

export interface Outcome {
  address: string | null;
  reason: string;
  status: string;
  replyCode: string;
}

export interface Miss {
  sample: string;
  index: number;
  field: 'reason' | 'status' | 'replyCode' | 'recipient';
  expected: string;
  got: string;
}

export interface Score {
  rows: number;
  skippedRows: number;
  reasonAgree: number;
  statusAgree: number;
  replyAgree: number;
  recipientsFound: number;
  twinPairs: number;
  twinAgree: number;
  twinMisses: string[];
  misses: Miss[];
  /** Classifications per sample path (one per message: an mbox file holds several), for reuse. */
  results: Map<string, Classification[]>;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'labels.tsv'));
}

export function readLabels(): LabelRow[] {
  const lines = readFileSync(join(CORPUS_DIR, 'labels.tsv'), 'utf8').split('\n').slice(1);
  return lines.filter((l) => l.trim() !== '').map((l) => {
    const [sample = '', index = '1', status = '', replyCode = '', reason = '', hardbounce = '', feedbackType = '', engine = ''] = l.split('\t');
    return { sample, index: Number(index), status, replyCode, reason, hardbounce, feedbackType, engine };
  });
}

/** Reads a corpus file as text the way the CLI does (decodeInput): UTF-8 when it decodes cleanly, else Latin-1 (byte for byte). */
export function readCorpusFile(path: string): string {
  return decodeInput(readFileSync(path));
}

/** The names of the .eml files in `dir`, sorted; none when `dir` is absent. */
export function emlNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.eml')).sort() : [];
}

/** The messages of corpus folder maildir/`variant`, sorted, each named `variant/file.eml`; none when it is absent. */
export function maildirMessages(variant: string): { name: string; text: string }[] {
  const dir = join(CORPUS_DIR, 'maildir', variant);
  return emlNames(dir).map((n) => ({ name: `${variant}/${n}`, text: readCorpusFile(join(dir, n)) }));
}

/** The outcome for label row `index` (1-based): message-level kinds count as their corpus reason. */
export function outcomeAt(c: Classification, index: number): Outcome | null {
  if (c.kind === 'feedback') {
    const r = c.recipients[index - 1];
    return index === 1 || r ? { address: r?.address ?? null, reason: 'feedback', status: '', replyCode: '' } : null;
  }
  if (c.kind === 'autoreply') return index === 1 ? { address: null, reason: 'vacation', status: '', replyCode: '' } : null;
  const r = c.recipients[index - 1];
  if (!r) return null;
  return { address: r.address, reason: r.reason, status: r.status ?? '', replyCode: r.replyCode ?? '' };
}

/** Label rows one classified message accounts for: a feedback report or auto-reply is one row even without recipients. */
function rowsOf(c: Classification): number {
  if (c.kind === 'autoreply') return 1;
  if (c.kind === 'feedback') return Math.max(1, c.recipients.length);
  return c.recipients.length;
}

/**
 * The outcome for label row `index` (1-based) of a file read as `messages`: the labels number the
 * recipients of an mbox file across its messages, in order, as the CLI reports them (one line per message).
 */
export function outcomeIn(messages: readonly Classification[], index: number): Outcome | null {
  let row = index;
  for (const c of messages) {
    const n = rowsOf(c);
    if (row <= n) return outcomeAt(c, row);
    row -= n;
  }
  return null;
}

function signature(messages: readonly Classification[]): string {
  return JSON.stringify(messages.map((c) => ({ kind: c.kind, r: c.recipients.map((r) => [r.address, r.reason, r.status, r.replyCode, r.permanent]) })));
}

export async function scoreCorpus(): Promise<Score> {
  const labels = readLabels();
  const score: Score = {
    rows: 0, skippedRows: 0, reasonAgree: 0, statusAgree: 0, replyAgree: 0, recipientsFound: 0,
    twinPairs: 0, twinAgree: 0, twinMisses: [], misses: [], results: new Map(),
  };
  // An mbox file holding several messages is split as the CLI splits it (the labels number its
  // recipients across the messages); any other file is read whole, as pasted.
  const classifySample = async (sample: string): Promise<Classification[] | null> => {
    if (score.results.has(sample)) return score.results.get(sample)!;
    const path = join(CORPUS_DIR, sample);
    if (!existsSync(path)) return null;
    const text = readCorpusFile(path);
    const parts = splitMbox(text);
    const messages: Classification[] = [];
    for (const part of parts.length > 1 ? parts : [text]) messages.push(await classifyText(part));
    score.results.set(sample, messages);
    return messages;
  };
  for (const row of labels) {
    const c = await classifySample(row.sample);
    if (!c) {
      score.skippedRows++;
      continue;
    }
    score.rows++;
    const o = outcomeIn(c, row.index);
    if (o) score.recipientsFound++;
    else score.misses.push({ sample: row.sample, index: row.index, field: 'recipient', expected: row.reason, got: c.map((m) => `(${m.kind}, ${m.recipients.length} recipients)`).join(' ') });
    const got = o ?? { address: null, reason: '-', status: '', replyCode: '' };
    if (got.reason === row.reason) score.reasonAgree++;
    else if (o) score.misses.push({ sample: row.sample, index: row.index, field: 'reason', expected: row.reason, got: got.reason });
    if (got.status === row.status) score.statusAgree++;
    else score.misses.push({ sample: row.sample, index: row.index, field: 'status', expected: row.status || '(none)', got: got.status || '(none)' });
    if (got.replyCode === row.replyCode) score.replyAgree++;
    else score.misses.push({ sample: row.sample, index: row.index, field: 'replyCode', expected: row.replyCode || '(none)', got: got.replyCode || '(none)' });
  }
  // Twins: every dos/ and mac/ copy against its LF twin in bsd/ (when present) and against each other.
  for (const variant of ['dos', 'mac']) {
    for (const name of emlNames(join(CORPUS_DIR, 'maildir', variant))) {
      const mine = await classifySample(`maildir/${variant}/${name}`);
      const twinName = existsSync(join(CORPUS_DIR, 'maildir', 'bsd', name)) ? `maildir/bsd/${name}` : variant === 'mac' ? `maildir/dos/${name}` : null;
      if (!mine || !twinName) continue;
      const twin = await classifySample(twinName);
      if (!twin) continue;
      score.twinPairs++;
      if (signature(mine) === signature(twin)) score.twinAgree++;
      else score.twinMisses.push(`maildir/${variant}/${name} vs ${twinName}`);
    }
  }
  return score;
}
