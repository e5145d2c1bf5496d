import { useMemo } from 'react';
import { Banner } from '../../components/Banner.tsx';
import { CARD_CLASS } from '../../components/Card.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useSession } from '../../store/session.ts';
import { BounceText } from './BounceText.tsx';
import { decidingSpans, serverAnswerFor } from './evidence.ts';
import { KIND_LABELS } from './labels.ts';
import { OriginalMessage } from './OriginalMessage.tsx';
import { RecipientResult } from './RecipientResult.tsx';

/** The diagnosis: one result per recipient, then the bounce with the deciding parts marked. */
export function DiagnosisView() {
  const reading = useSession((s) => s.reading);
  const input = useSession((s) => s.analyzedInput);
  const plan = useSession((s) => s.plan);
  const updating = useSession((s) => s.updating);
  const classification = reading.phase === 'done' ? reading.classification : null;
  const spans = useMemo(() => (classification ? decidingSpans(classification) : []), [classification]);

  if (reading.phase === 'empty') {
    return (
      <div className={`${CARD_CLASS} p-6 text-sm text-slate-700 dark:text-slate-300`}>
        <p className="text-base font-semibold text-slate-900 dark:text-slate-100">Paste a bounce to see why it failed.</p>
        <p className="mt-2">
          The diagnosis appears here as soon as there is text: what went wrong for each recipient, whether retrying
          helps, who has to act, then live DNS checks and a step-by-step plan. The text stays in your browser.
        </p>
        <p className="mt-2">No bounce at hand? Pick one of the examples under the paste box.</p>
      </div>
    );
  }
  if (reading.phase === 'reading') {
    return (
      <div className={`${CARD_CLASS} flex items-center gap-3 p-6 text-sm`} aria-busy="true">
        <Spinner className="text-teal-700 dark:text-teal-300" />
        <span>Reading the bounce…</span>
      </div>
    );
  }
  if (reading.phase === 'unavailable' || reading.phase === 'failed') {
    return <Banner tone="error">{reading.message}</Banner>;
  }

  const c = reading.classification;
  const retry = plan.phase === 'done' ? plan.plan.retry : null;
  // One short sentence for screen readers when a diagnosis arrives, not the whole card.
  const announcement = c.recipients.length === 0
    ? c.summary
    : `${c.recipients[0]!.title}${c.recipients.length > 1 ? `, and ${c.recipients.length - 1} more recipients` : ''}.`;
  return (
    <>
    <p role="status" className="sr-only">{updating ? '' : `Diagnosis: ${announcement}`}</p>
    <div className={`${CARD_CLASS} divide-y divide-slate-200 dark:divide-slate-800`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-3">
        <p className="text-sm font-semibold text-slate-800 dark:text-slate-200">
          {KIND_LABELS[c.kind]}
          {c.recipients.length > 1 && <span className="font-normal text-slate-600 dark:text-slate-400"> · {c.recipients.length} recipients</span>}
        </p>
        <p className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
          {updating ? <><Spinner /> Reading the new text…</> : <>Read in {Math.max(1, Math.round(reading.elapsedMs))} ms, offline</>}
        </p>
      </div>
      {c.parsed.warnings.length > 0 && (
        <div className="px-5 py-3">
          <Banner tone="warning">
            <ul className="list-disc pl-4">{c.parsed.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
          </Banner>
        </div>
      )}
      {c.recipients.length === 0 ? (
        <div className="px-5 py-5">
          <h2 className="text-xl font-semibold text-slate-950 dark:text-white">{c.summary}</h2>
        </div>
      ) : (
        c.recipients.map((recipient, index) => (
          <div key={`${recipient.address}-${index}`} className="px-5 py-5">
            <RecipientResult
              recipient={recipient}
              serverAnswer={serverAnswerFor(c, recipient.address)}
              codes={reading.codes}
              retry={retry}
            />
          </div>
        ))
      )}
      {(c.parsed.original || c.parsed.reportingMta) && (
        <div className="px-5 py-4">
          <OriginalMessage parsed={c.parsed} />
        </div>
      )}
      <div className="px-5 py-4">
        <BounceText text={input} spans={spans} />
      </div>
    </div>
    </>
  );
}
