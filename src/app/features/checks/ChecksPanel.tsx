import { Banner } from '../../components/Banner.tsx';
import { CARD_CLASS } from '../../components/Card.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useSession } from '../../store/session.ts';
import { useSettings } from '../../store/settings.ts';
import { resolverLabel } from '../../store/settings-model.ts';
import { UNAVAILABLE_MESSAGES } from '../../worker/messages.ts';
import type { CheckResult } from '../../../core/check/types.ts';
import { CheckCard } from './CheckCard.tsx';
import { statusSummary } from './labels.ts';
import { resolverUnreachable } from './resolver-health.ts';
import { TargetsForm } from './TargetsForm.tsx';

/** The live DNS checks: the cards as results arrive, and the inputs to re-run them. */
export default function ChecksPanel({ onOpenSettings }: { onOpenSettings: () => void }) {
  const checks = useSession((s) => s.checks);
  const state = useSession((s) => s.checksState);
  const recheck = useSession((s) => s.recheck);
  const edited = useSession((s) => s.targets !== null);
  const settings = useSettings();
  const finished = checks.map((c) => c.result).filter((r): r is CheckResult => r !== null);
  const unreachable = resolverUnreachable(finished);
  const targets = state.phase === 'running' || state.phase === 'done' ? state.targets : null;

  return (
    <section aria-labelledby="checks-title" className={`${CARD_CLASS} flex flex-col gap-4 p-4 sm:p-5`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="checks-title" className="text-lg font-semibold">DNS checks</h3>
        <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
          {state.phase === 'running' && (
            <span className="inline-flex items-center gap-1.5"><Spinner /> Asking {resolverLabel(settings)}…</span>
          )}
          {state.phase === 'done' && (checks.length > 0 ? `Done: ${statusSummary(checks.map((c) => c.result?.status ?? 'running'))}` : 'Done: nothing to check')}
        </p>
      </div>

      {(state.phase === 'unavailable' || state.phase === 'failed') && (
        <Banner tone={state.phase === 'failed' ? 'error' : 'warning'}>
          {state.message}
          {state.message === UNAVAILABLE_MESSAGES.noResolver && (
            <> <button type="button" onClick={onOpenSettings} className="font-semibold underline underline-offset-2">Change the resolver</button></>
          )}
        </Banner>
      )}
      {unreachable && (
        <Banner tone="warning">
          <strong>The resolver could not be reached.</strong> None of the lookups got an answer from {resolverLabel(settings)}, so these
          checks say nothing about the domains: each is marked “Could not check”. Check the connection, or{' '}
          <button type="button" onClick={onOpenSettings} className="font-semibold underline underline-offset-2">choose another resolver</button>.
        </Banner>
      )}

      {state.phase !== 'idle' && state.phase !== 'unavailable' && (
        <TargetsForm targets={targets} edited={edited} disabled={state.phase === 'running'} onRun={(t) => recheck(t)} />
      )}

      {/* In diagnose()'s order: the checks most relevant to this bounce's reason come first. */}
      {checks.length > 0 && (
        <div className="grid grid-cols-1 gap-3 2xl:grid-cols-2">
          {checks.map((slot) => <CheckCard key={slot.key} slot={slot} />)}
        </div>
      )}
      {state.phase === 'done' && checks.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The text names no domain or server to check. Enter a domain above to check it anyway.
        </p>
      )}
      {state.phase === 'running' && checks.length === 0 && (
        <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400"><Spinner /> Starting the checks…</p>
      )}
    </section>
  );
}
