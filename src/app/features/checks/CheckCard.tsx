import { lazy, Suspense } from 'react';
import type { CheckResult, Finding, QueryEvidence } from '../../../core/check/types.ts';
import { CARD_CLASS } from '../../components/Card.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { SEVERITY_LABELS } from '../../../core/report/labels.ts';
import type { CheckSlot } from '../../store/session-model.ts';
import { CHECK_PURPOSES, cardDomId, checkLabel } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';

const SpfTree = lazy(() => import('./SpfTree.tsx'));

// The words (for screen readers) are the exports' SEVERITY_LABELS; only the look is the page's own.
const SEVERITY_STYLE: Record<Finding['severity'], { icon: string; className: string }> = {
  error: { icon: '✕', className: 'text-rose-800 dark:text-rose-300' },
  warning: { icon: '!', className: 'text-amber-800 dark:text-amber-300' },
  info: { icon: 'i', className: 'text-sky-800 dark:text-sky-300' },
};

/** One check: status, summary, what it looked at, findings with fixes, and the lookups behind it. */
export function CheckCard({ slot }: { slot: CheckSlot }) {
  const label = checkLabel(slot.name);
  const result = slot.result;
  return (
    <section
      id={cardDomId(slot.key)}
      tabIndex={-1}
      aria-label={`${label} check`}
      aria-busy={result === null}
      className={`${CARD_CLASS} min-w-0 p-4`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h4 className="font-semibold">{label}</h4>
          <p className="text-xs text-slate-600 dark:text-slate-400">{(CHECK_PURPOSES as Record<string, string>)[slot.name] ?? ''}</p>
        </div>
        <StatusBadge status={result ? result.status : 'running'} />
      </div>
      <Inputs inputs={slot.inputs} />
      {result && <ResultBody result={result} />}
    </section>
  );
}

function Inputs({ inputs }: { inputs: Record<string, string> }) {
  const entries = Object.entries(inputs ?? {}).filter(([, v]) => typeof v === 'string' && v !== '');
  if (entries.length === 0) return null;
  return (
    <dl className="mt-2 flex flex-wrap gap-1.5 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="inline-flex max-w-full items-baseline gap-1 rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">
          <dt className="text-slate-600 dark:text-slate-400">{key}</dt>
          <dd className="truncate font-mono text-slate-900 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ResultBody({ result }: { result: CheckResult }) {
  return (
    <div className="mt-3 flex flex-col gap-3">
      <p className="text-sm text-slate-800 dark:text-slate-200">{result.summary}</p>
      {result.findings.length > 0 && (
        <ul className="flex flex-col gap-2">
          {result.findings.map((finding, index) => <FindingItem key={`${finding.code}-${index}`} finding={finding} />)}
        </ul>
      )}
      {result.name === 'spf' && result.data !== undefined && (
        <Suspense fallback={<p className="text-xs text-slate-600 dark:text-slate-400">Drawing the include tree…</p>}>
          <SpfTree data={result.data} />
        </Suspense>
      )}
      {result.queries.length > 0 && <Evidence queries={result.queries} />}
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const severity = SEVERITY_STYLE[finding.severity] ? finding.severity : 'info';
  const style = SEVERITY_STYLE[severity];
  return (
    <li className="flex gap-2 text-sm">
      <span aria-hidden="true" className={`mt-px w-4 shrink-0 text-center font-bold ${style.className}`}>{style.icon}</span>
      <div className="min-w-0 flex-1">
        <p><span className="sr-only">{SEVERITY_LABELS[severity]}: </span>{finding.message}</p>
        {finding.fix && (
          <div className="mt-1 flex items-start gap-2 rounded-md bg-slate-50 px-2.5 py-1.5 dark:bg-slate-950/60">
            <p className="min-w-0 flex-1 text-slate-700 dark:text-slate-300"><span className="font-semibold">Fix: </span>{finding.fix}</p>
            <CopyButton text={finding.fix} label="Copy" ariaLabel={`Copy the fix: ${finding.fix.slice(0, 60)}`} variant="quiet" className="shrink-0" />
          </div>
        )}
      </div>
    </li>
  );
}

function Evidence({ queries }: { queries: QueryEvidence[] }) {
  const resolvers = [...new Set(queries.map((q) => q.resolver).filter((r): r is string => !!r))];
  return (
    <details className="group rounded-lg border border-slate-200 dark:border-slate-800">
      <summary className="cursor-pointer px-3 py-2 text-xs font-semibold text-slate-700 select-none dark:text-slate-300">
        Evidence: {queries.length} {queries.length === 1 ? 'lookup' : 'lookups'}
        {resolvers.length > 0 && <span className="font-normal text-slate-600 dark:text-slate-400"> · answered by {resolvers.map(hostOf).join(', ')}</span>}
      </summary>
      <ol className="flex flex-col divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {queries.map((query, index) => (
          <li key={`${index}-${query.name}-${query.type}`} className="flex flex-col gap-1.5 px-3 py-2 text-xs">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-mono font-semibold break-all">{query.name}</span>
              <span className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{query.type}</span>
              <span className="text-slate-600 dark:text-slate-400">{query.outcome}</span>
              <span className="ml-auto text-slate-600 dark:text-slate-400">{query.resolver ? `via ${hostOf(query.resolver)}` : 'no resolver answered'}</span>
            </div>
            {query.answer.length > 0 && (
              <pre className="overflow-x-auto rounded bg-slate-50 p-2 font-mono leading-relaxed whitespace-pre-wrap break-all dark:bg-slate-950">{query.answer.join('\n')}</pre>
            )}
            <RawAnswer raw={query.raw} />
            <div className="flex items-center gap-2">
              <code className="min-w-0 flex-1 truncate rounded bg-slate-900 px-2 py-1 font-mono text-slate-100 dark:bg-black" title={query.dig}>$ {query.dig}</code>
              <CopyButton text={query.dig} label="Copy" ariaLabel={`Copy the command ${query.dig}`} variant="quiet" className="shrink-0" />
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The answer exactly as received, for whoever wants to see what the resolver said. */
function RawAnswer({ raw }: { raw: QueryEvidence['raw'] }) {
  if (!raw) return null;
  let text: string;
  try {
    text = JSON.stringify(raw, null, 2);
  } catch {
    return null;
  }
  return (
    <details>
      <summary className="cursor-pointer text-slate-600 select-none dark:text-slate-400">Raw answer</summary>
      <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-50 p-2 font-mono whitespace-pre-wrap break-all dark:bg-slate-950" tabIndex={0} aria-label="Raw DNS answer">{text}</pre>
    </details>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
