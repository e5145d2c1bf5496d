import type { SpfRecordNode, SpfTermNode } from '../../../core/check/spf/types.ts';
import { MAX_TREE_DEPTH, SPF_LOOKUP_LIMIT, branchLookups, spfTreeOf, termKey } from './spf-tree.ts';

/** The SPF include tree, with the DNS lookups each branch costs and the budget of 10. */
export default function SpfTree({ data }: { data: unknown }) {
  const view = spfTreeOf(data);
  if (!view) return null;
  const over = view.lookups > SPF_LOOKUP_LIMIT;
  const share = Math.min(100, (view.lookups / SPF_LOOKUP_LIMIT) * 100);
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h5 className="text-sm font-semibold">Include tree</h5>
        <p className={`text-xs font-medium ${over ? 'text-rose-800 dark:text-rose-300' : 'text-slate-700 dark:text-slate-300'}`}>
          {view.lookups} of {SPF_LOOKUP_LIMIT} DNS lookups used{over ? ': over the limit, receivers treat SPF as broken' : ''}
        </p>
      </div>
      <div
        role="meter"
        aria-label="SPF DNS lookups used"
        aria-valuemin={0}
        aria-valuemax={SPF_LOOKUP_LIMIT}
        aria-valuenow={Math.min(view.lookups, SPF_LOOKUP_LIMIT)}
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full ${over ? 'bg-rose-600' : view.lookups >= 8 ? 'bg-amber-500' : 'bg-teal-600'}`}
          style={{ width: `${share}%` }}
        />
      </div>
      <ul className="mt-3 font-mono text-xs" aria-label="SPF records and their terms">
        <RecordNode node={view.tree} depth={0} matched={view.matched} />
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {view.ipResult
          ? <>Every branch is shown; <span className="font-semibold text-emerald-800 dark:text-emerald-300">✓ matches</span> marks the path the sending IP took (result: {view.ipResult}).</>
          : 'Every branch is shown. No sending IP was known, so nothing is marked as matching.'}
      </p>
    </div>
  );
}

function LookupCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="ml-2 rounded bg-slate-100 px-1.5 py-px font-sans text-[11px] font-semibold whitespace-nowrap text-slate-700 dark:bg-slate-800 dark:text-slate-300">
      {count} {count === 1 ? 'lookup' : 'lookups'}
    </span>
  );
}

function RecordNode({ node, depth, matched }: { node: SpfRecordNode; depth: number; matched: Set<string> }) {
  return (
    <li className="list-none">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold text-slate-900 dark:text-slate-100">{node.domain}</span>
        <LookupCount count={branchLookups(node)} />
        {node.record === null && <span className="font-sans text-rose-800 dark:text-rose-300">no SPF record{node.reason ? `: ${node.reason}` : ''}</span>}
      </div>
      {Array.isArray(node.terms) && node.terms.length > 0 && (
        <ul className="mt-1 ml-1.5 border-l border-slate-300 pl-3 dark:border-slate-700">
          {node.terms.map((term, index) => (
            <TermNode key={`${index}-${term.text}`} term={term} depth={depth} matched={matched} isMatch={matched.has(termKey(node.domain, term.text)) || term.matched === true} />
          ))}
        </ul>
      )}
    </li>
  );
}

function TermNode({ term, depth, matched, isMatch }: { term: SpfTermNode; depth: number; matched: Set<string>; isMatch: boolean }) {
  const match = isMatch
    ? <span className="font-sans text-[11px] font-semibold text-emerald-800 dark:text-emerald-300">✓ matches</span>
    : null;
  return (
    <li className="list-none py-0.5">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={term.kind === 'modifier' ? 'text-violet-800 dark:text-violet-300' : 'text-slate-800 dark:text-slate-200'}>{term.text}</span>
        {term.countsLookup && !term.child && <LookupCount count={1} />}
        {match}
        {term.note && <span className="font-sans text-[11px] text-amber-800 dark:text-amber-300">{term.note}</span>}
      </div>
      {term.child && depth < MAX_TREE_DEPTH && (
        <ul className="mt-0.5 ml-1.5 border-l border-dashed border-slate-300 pl-3 dark:border-slate-700">
          <RecordNode node={term.child} depth={depth + 1} matched={matched} />
        </ul>
      )}
    </li>
  );
}
