import { useState } from 'react';
import { BUTTON_SECONDARY } from '../../components/buttons.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { useSession } from '../../store/session.ts';
// Type only: the actions themselves stay in their lazy chunk.
import type { Made } from './export-actions.ts';

const loadActions = () => import('./export-actions.ts');

async function run(make: (actions: Awaited<ReturnType<typeof loadActions>>) => Made): Promise<Made> {
  try {
    return make(await loadActions());
  } catch {
    return { ok: false, message: 'This part of the app failed to load. Reload the page to try again.' };
  }
}

/** Copy link (redacted by default), copy as Markdown or text for a ticket, print. */
export function ShareBar() {
  const [redact, setRedact] = useState(true);
  const showNotice = useSession((s) => s.showNotice);
  const onError = (message: string) => showNotice({ tone: 'error', text: message });

  return (
    <div role="group" aria-label="Share and export" className="flex flex-wrap items-center gap-2 print:hidden">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-white px-2 py-1.5 dark:border-slate-800 dark:bg-slate-900">
        <CopyButton label="Copy link" variant="primary" text={() => run((a) => a.makeShareUrl(redact))} onError={onError} />
        <label
          className="inline-flex items-center gap-1.5 pr-1 text-sm text-slate-700 dark:text-slate-300"
          title="Masks mailbox and personal names in the link; domains and IP addresses stay, the checks need them."
        >
          <input
            type="checkbox"
            checked={redact}
            onChange={(event) => setRedact(event.currentTarget.checked)}
            className="h-4 w-4 accent-teal-700"
          />
          Hide names
        </label>
      </div>
      <CopyButton label="Copy as Markdown" text={() => run((a) => a.makeMarkdown())} onError={onError} />
      <CopyButton label="Copy as text" text={() => run((a) => a.makeText())} onError={onError} />
      <button type="button" className={BUTTON_SECONDARY} onClick={() => window.print()}>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-none stroke-current" strokeWidth="1.5"><path d="M4 6V2h8v4M4 12H2.5a.5.5 0 0 1-.5-.5v-5A.5.5 0 0 1 2.5 6h11a.5.5 0 0 1 .5.5v5a.5.5 0 0 1-.5.5H12M4 9.5h8V14H4z" /></svg>
        Print
      </button>
    </div>
  );
}
