import { Banner } from '../../components/Banner.tsx';
import { CARD_CLASS } from '../../components/Card.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { safeHttpUrl } from '../../components/safe-url.ts';
import { Spinner } from '../../components/Spinner.tsx';
import { useSession } from '../../store/session.ts';
import type { PlanStep } from '../../../core/remedy/types.ts';
import { ACTOR_GROUP_TITLES } from '../diagnosis/labels.ts';
import { groupStepsByActor, progressText } from './group-steps.ts';

/** The plan as a checklist: ordered steps split by who acts, tickable, with things to copy and links. */
export default function Checklist() {
  const plan = useSession((s) => s.plan);
  const ticked = useSession((s) => s.ticked);
  const tickStep = useSession((s) => s.tickStep);
  const checksRunning = useSession((s) => s.checksState.phase === 'running');

  if (plan.phase === 'unavailable' || plan.phase === 'failed') {
    return <Banner tone={plan.phase === 'failed' ? 'error' : 'warning'}>{plan.message}</Banner>;
  }
  if (plan.phase === 'idle') {
    return (
      <div className={`${CARD_CLASS} flex items-center gap-2 p-5 text-sm text-slate-600 dark:text-slate-400`}>
        <Spinner /> {checksRunning ? 'The plan follows when the checks are done…' : 'Building the plan…'}
      </div>
    );
  }

  const { headline, steps, retry } = plan.plan;
  const groups = groupStepsByActor(steps);
  return (
    <section aria-labelledby="plan-title" className={`${CARD_CLASS} flex flex-col gap-4 p-4 sm:p-5`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="plan-title" className="text-lg font-semibold">What to do</h3>
        {steps.length > 0 && <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">{progressText(steps, ticked)}</p>}
      </div>
      <p className="text-sm font-medium text-slate-800 dark:text-slate-200">{headline}</p>
      {retry && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
          <span className="font-semibold">Retry: </span>{retry.advice}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.actor}>
          <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{ACTOR_GROUP_TITLES[group.actor]}</h4>
          <ol className="flex flex-col gap-2">
            {group.steps.map(({ step, number }) => (
              <Step key={step.id} step={step} number={number} done={ticked.includes(step.id)} onTick={(v) => tickStep(step.id, v)} />
            ))}
          </ol>
        </div>
      ))}
      {steps.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">Nothing needs doing.</p>}
    </section>
  );
}

function Step({ step, number, done, onTick }: { step: PlanStep; number: number; done: boolean; onTick: (done: boolean) => void }) {
  const id = `step-${step.id}`;
  return (
    <li className={`rounded-lg border p-3 transition-colors ${done ? 'border-emerald-300 bg-emerald-50/60 dark:border-emerald-900 dark:bg-emerald-950/30' : 'border-slate-200 dark:border-slate-800'}`}>
      <div className="flex items-start gap-3">
        <input id={id} type="checkbox" checked={done} onChange={(event) => onTick(event.currentTarget.checked)} className="mt-0.5 h-4 w-4 shrink-0 accent-teal-700" />
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className={`cursor-pointer text-sm font-semibold ${done ? 'text-slate-600 line-through dark:text-slate-400' : ''}`}>
            <span className="mr-1 text-slate-500 dark:text-slate-400">{number}.</span>{step.title}
          </label>
          {step.body && <p className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300">{step.body}</p>}
          {step.copyables.map((item, index) => (
            <div key={`${index}-${item.label}`} className="mt-2">
              <div className="flex items-center justify-between gap-2">
                <span className="text-xs font-semibold text-slate-700 dark:text-slate-300">{item.label}</span>
                <CopyButton text={item.text} label="Copy" ariaLabel={`Copy ${item.label}`} variant="quiet" />
              </div>
              <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 px-2.5 py-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-100 dark:bg-black">{item.text}</pre>
            </div>
          ))}
          {step.links.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {step.links.map((link) => {
                const href = safeHttpUrl(link.url);
                return (
                  <li key={link.url}>
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer" className="text-teal-800 underline underline-offset-2 hover:text-teal-950 dark:text-teal-300 dark:hover:text-teal-100">
                        {link.label}<span className="sr-only"> (opens in a new tab)</span> ↗
                      </a>
                    ) : <span>{link.label}: {link.url}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </li>
  );
}
