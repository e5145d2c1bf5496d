import type { CheckStatus } from '../../../core/check/types.ts';
import { Spinner } from '../../components/Spinner.tsx';
import { STATUS_TEXT } from './labels.ts';

const TONES: Record<CheckStatus | 'running', string> = {
  pass: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  warning: 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  fail: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800',
  'could-not-check': 'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800',
  'not-applicable': 'bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700',
  running: 'bg-sky-50 text-sky-900 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
};

const ICONS: Record<CheckStatus, string> = {
  pass: '✓', warning: '!', fail: '✕', 'could-not-check': '?', 'not-applicable': '–',
};

/** The status word of a check, with a colour and a shape (never colour alone). */
export function StatusBadge({ status }: { status: CheckStatus | 'running' }) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[status]}`}>
      {status === 'running' ? <Spinner /> : <span aria-hidden="true">{ICONS[status]}</span>}
      <span data-testid="check-status">{STATUS_TEXT[status]}</span>
    </span>
  );
}
