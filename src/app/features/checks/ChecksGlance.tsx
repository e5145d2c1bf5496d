import { useSession } from '../../store/session.ts';
import { cardDomId, checkLabel, STATUS_TEXT } from './labels.ts';

const DOT: Record<string, string> = {
  pass: 'bg-emerald-600', warning: 'bg-amber-500', fail: 'bg-rose-600', 'could-not-check': 'bg-violet-500',
  'not-applicable': 'bg-slate-400', running: 'bg-sky-400 animate-pulse motion-reduce:animate-none',
};

/** One line of every check's status near the top; each jumps to its card further down. */
export function ChecksGlance() {
  const checks = useSession((s) => s.checks);
  if (checks.length === 0) return null;
  return (
    <nav aria-label="Checks at a glance" className="flex flex-wrap items-center gap-1.5 print:hidden">
      <span className="mr-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Checks</span>
      {checks.map((slot) => {
        const status = slot.result?.status ?? 'running';
        return (
          <button
            key={slot.key}
            type="button"
            onClick={() => {
              const card = document.getElementById(cardDomId(slot.key));
              card?.scrollIntoView({ behavior: 'smooth', block: 'start' });
              card?.focus({ preventScroll: true });
            }}
            className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs text-slate-800 hover:border-slate-400 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-slate-500"
          >
            <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[status]}`} />
            <span className="font-medium">{checkLabel(slot.name)}</span>
            <span className="sr-only">: </span>
            <span className="text-slate-600 dark:text-slate-400">{STATUS_TEXT[status]}</span>
          </button>
        );
      })}
    </nav>
  );
}
