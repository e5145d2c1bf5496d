/**
 * The corpus run as a regression test: agreement with ../shared/corpus/labels.tsv must not fall
 * below the floors (set just under the figures achieved; `npm run bench:corpus` prints them).
 * Skips with a message when ../shared/corpus is absent (a clean clone elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable, scoreCorpus, type Score } from './corpus-score.ts';

/** Floors, in percent of the scored label rows. */
const FLOORS = { reason: 97.2, status: 98.2, replyCode: 99.5, recipients: 99.8, twins: 100 };

const available = corpusAvailable();
if (!available) console.warn(`corpus tests skipped: no labelled corpus at ${CORPUS_DIR}`);

describe.skipIf(!available)('classifier on the labelled corpus', () => {
  let score: Score;
  const pct = (n: number, d: number): number => (100 * n) / d;

  it('reads every present sample', async () => {
    score = await scoreCorpus();
    expect(score.rows).toBeGreaterThan(500);
  }, 120_000);

  it('agrees with the reason labels', () => {
    expect(pct(score.reasonAgree, score.rows)).toBeGreaterThanOrEqual(FLOORS.reason);
  });

  it('agrees with the status labels', () => {
    expect(pct(score.statusAgree, score.rows)).toBeGreaterThanOrEqual(FLOORS.status);
  });

  it('agrees with the reply code labels', () => {
    expect(pct(score.replyAgree, score.rows)).toBeGreaterThanOrEqual(FLOORS.replyCode);
  });

  it('finds the failed recipients', () => {
    expect(pct(score.recipientsFound, score.rows)).toBeGreaterThanOrEqual(FLOORS.recipients);
  });

  it('classifies every CRLF and CR-only copy like its LF twin', () => {
    expect(score.twinPairs).toBeGreaterThan(50);
    expect(score.twinMisses).toEqual([]);
    expect(pct(score.twinAgree, score.twinPairs)).toBeGreaterThanOrEqual(FLOORS.twins);
  });
});
