import { describe, expect, it } from 'vitest';
import type { SpfRecordNode, SpfTermNode } from '../../../core/check/spf/types.ts';
import { branchLookups, matchedTerms, spfTreeOf, termKey } from './spf-tree.ts';

function term(text: string, countsLookup: boolean, child?: SpfRecordNode): SpfTermNode {
  return {
    text, kind: 'mechanism', name: text.split(':')[0]!, target: null, queries: [], matched: null,
    evaluated: true, countsLookup, lookupsAfter: 0, voidLookupsAfter: 0, ...(child ? { child } : {}),
  };
}
function record(domain: string, terms: SpfTermNode[]): SpfRecordNode {
  return { domain, query: null, record: `v=spf1 ${terms.map((t) => t.text).join(' ')}`, terms, result: 'pass' };
}

const inner = record('_spf.example.net', [term('ip4:192.0.2.0/24', false), term('a', true), term('mx', true)]);
const root = record('example.com', [term('include:_spf.example.net', true, inner), term('ip4:198.51.100.1', false), term('-all', false)]);

describe('branchLookups', () => {
  it('counts the lookup terms of a record and of its includes', () => {
    expect(branchLookups(inner)).toBe(2);
    expect(branchLookups(root)).toBe(3);
  });
  it('gives 0 for a missing or malformed node', () => {
    expect(branchLookups(null)).toBe(0);
    expect(branchLookups({ domain: 'x.example' } as unknown as SpfRecordNode)).toBe(0);
  });
});

describe('spfTreeOf', () => {
  it('prefers the walk (the whole tree) and uses its lookup count', () => {
    const view = spfTreeOf({ record: root.record, walk: { result: 'pass', tree: root, lookups: 3, voidLookups: 0, warnings: [] } });
    expect(view?.tree.domain).toBe('example.com');
    expect(view?.lookups).toBe(3);
    expect(view?.forIp).toBe(false);
  });
  it('marks the terms the evaluation for the IP matched', () => {
    const evalInner = record('_spf.example.net', [{ ...term('ip4:192.0.2.0/24', false), matched: true }]);
    const evalRoot = record('example.com', [{ ...term('include:_spf.example.net', true, evalInner), matched: true }, term('-all', false)]);
    expect([...matchedTerms(evalRoot)].sort()).toEqual([termKey('_spf.example.net', 'ip4:192.0.2.0/24'), termKey('example.com', 'include:_spf.example.net')]);
    const view = spfTreeOf({
      record: root.record,
      walk: { result: 'pass', tree: root, lookups: 3, voidLookups: 0, warnings: [] },
      evaluation: { result: 'pass', tree: evalRoot, lookups: 1, voidLookups: 0, warnings: [] },
    });
    expect(view?.ipResult).toBe('pass');
    expect(view?.matched.has(termKey('example.com', 'include:_spf.example.net'))).toBe(true);
  });
  it('returns null for data without a tree', () => {
    expect(spfTreeOf(undefined)).toBeNull();
    expect(spfTreeOf({ record: null })).toBeNull();
    expect(spfTreeOf('garbage')).toBeNull();
  });
});
