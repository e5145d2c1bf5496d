import type { ReactNode } from 'react';

const TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100',
  error: 'border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100',
};

/** A boxed message; role alert for errors the user must notice, status otherwise (the close button stays outside it). */
export function Banner({ tone, children, onDismiss }: { tone: keyof typeof TONES; children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className={`flex items-start gap-3 rounded-lg border px-4 py-3 text-sm ${TONES[tone]}`}>
      <div role={tone === 'error' ? 'alert' : 'status'} className="min-w-0 flex-1">{children}</div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="shrink-0 rounded px-1.5 text-base leading-none hover:bg-black/5 dark:hover:bg-white/10" aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}
