import { describe, expect, it } from 'vitest';
import type { Classification } from '../../core/classify/types.ts';
import type { CheckResult } from '../../core/check/types.ts';
import {
  EMPTY_SESSION, withInput, withRecheckStarted, withRunStarted, withStepTicked, withWorkerMessage,
} from './session-model.ts';

const classification = { kind: 'bounce', isBounce: true, summary: 's', recipients: [], parsed: {} } as unknown as Classification;
const result = (name: CheckResult['name'], inputs: Record<string, string>): CheckResult =>
  ({ name, status: 'pass', summary: 'ok', inputs, queries: [], findings: [] });

describe('session transitions', () => {
  it('a run starts, is classified, receives checks and a plan', () => {
    let s = withInput(EMPTY_SESSION, 'bounce text', 'paste', null);
    s = withRunStarted(s, 7, true);
    expect(s.reading.phase).toBe('reading');
    expect(s.analyzedInput).toBe('');
    s = withWorkerMessage(s, { type: 'classified', runId: 7, classification, elapsedMs: 3, codes: [] });
    expect(s.reading.phase).toBe('done');
    expect(s.analyzedInput).toBe('bounce text');
    s = withWorkerMessage(s, { type: 'checks-started', runId: 7, targets: { senderDomain: 'example.com' } });
    s = withWorkerMessage(s, { type: 'checks-planned', runId: 7, checks: [{ key: 'spf|domain=example.com', name: 'spf', inputs: { domain: 'example.com' } }] });
    expect(s.checks).toHaveLength(1);
    expect(s.checks[0]!.result).toBeNull();
    s = withWorkerMessage(s, { type: 'check-done', runId: 7, key: 'spf|domain=example.com', result: result('spf', { domain: 'example.com' }) });
    s = withWorkerMessage(s, { type: 'check-done', runId: 7, key: 'mx|domain=example.net', result: result('mx', { domain: 'example.net' }) });
    expect(s.checks.map((c) => [c.name, c.result?.status])).toEqual([['spf', 'pass'], ['mx', 'pass']]);
    s = withWorkerMessage(s, { type: 'checks-finished', runId: 7, targets: { senderDomain: 'example.com' } });
    expect(s.checksState).toEqual({ phase: 'done', targets: { senderDomain: 'example.com' } });
    s = withWorkerMessage(s, { type: 'plan', runId: 7, plan: { headline: 'h', retry: null, steps: [] } });
    expect(s.plan.phase).toBe('done');
  });

  it('ignores answers of an older run', () => {
    const s = withRunStarted(withInput(EMPTY_SESSION, 'x', 'paste', null), 2, true);
    expect(withWorkerMessage(s, { type: 'classified', runId: 1, classification, elapsedMs: 1, codes: [] })).toBe(s);
  });

  it('says which part is unavailable and keeps finished check cards only', () => {
    let s = withRunStarted(withInput(EMPTY_SESSION, 'x', 'paste', null), 3, true);
    s = withWorkerMessage(s, { type: 'checks-planned', runId: 3, checks: [{ key: 'k', name: 'mx', inputs: {} }] });
    s = withWorkerMessage(s, { type: 'unavailable', runId: 3, part: 'checks', message: 'no checks' });
    expect(s.checksState).toEqual({ phase: 'unavailable', message: 'no checks' });
    expect(s.checks).toEqual([]);
  });

  it('empty input resets everything derived', () => {
    let s = withRunStarted(withInput(EMPTY_SESSION, 'x', 'paste', null), 3, true);
    s = withWorkerMessage(s, { type: 'classified', runId: 3, classification, elapsedMs: 1, codes: [] });
    s = withInput(s, '  ', 'typed', null);
    expect(s.reading).toEqual({ phase: 'empty' });
    expect(s.source).toBe('empty');
  });

  it('a recheck keeps the classification and clears the checks', () => {
    let s = withRunStarted(withInput(EMPTY_SESSION, 'x', 'paste', null), 3, true);
    s = withWorkerMessage(s, { type: 'classified', runId: 3, classification, elapsedMs: 1, codes: [] });
    s = withWorkerMessage(s, { type: 'check-done', runId: 3, key: 'k', result: result('mx', {}) });
    s = withRecheckStarted(s, 4, { ip: '192.0.2.1' });
    expect(s.reading.phase).toBe('done');
    expect(s.checks).toEqual([]);
    expect(s.targets).toEqual({ ip: '192.0.2.1' });
  });

  it('ticks and unticks steps; new text clears the ticks', () => {
    let s = withStepTicked(EMPTY_SESSION, 'a', true);
    s = withStepTicked(s, 'b', true);
    s = withStepTicked(s, 'a', false);
    expect(s.ticked).toEqual(['b']);
    expect(withInput(s, 'new', 'typed', null).ticked).toEqual([]);
  });

  it('keeps a link\'s blocklists only while the linked text is shown', () => {
    const linked = withInput({ ...EMPTY_SESSION, linkBlocklists: ['bl.spamcop.net'] }, 'shared', 'link', null);
    expect(linked.linkBlocklists).toEqual(['bl.spamcop.net']);
    expect(withInput(linked, 'typed over', 'typed', null).linkBlocklists).toBeNull();
  });

  it('keeps the previous diagnosis on screen while a newer text is read', () => {
    let s = withRunStarted(withInput(EMPTY_SESSION, 'first', 'paste', null), 1, true);
    s = withWorkerMessage(s, { type: 'classified', runId: 1, classification, elapsedMs: 1, codes: [] });
    s = withRunStarted(withInput(s, 'second', 'typed', null), 2, true);
    expect(s.reading.phase).toBe('done');
    expect(s.updating).toBe(true);
    expect(s.analyzedInput).toBe('first');
    s = withWorkerMessage(s, { type: 'classified', runId: 2, classification, elapsedMs: 1, codes: [] });
    expect(s.updating).toBe(false);
    expect(s.analyzedInput).toBe('second');
  });
});
