import { useId, useState, type FormEvent } from 'react';
import { BUTTON_QUIET, BUTTON_SECONDARY, INPUT_CLASS } from '../../components/buttons.ts';
import type { CheckTargets } from '../../worker/protocol.ts';
import { cleanTargets } from '../../worker/targets.ts';
import { targetsKey } from './targets-key.ts';

// The checks are built around a domain (checkDomain needs one); the IP and the selector refine them.
const FIELDS: { key: 'senderDomain' | 'ip' | 'selector'; label: string; placeholder: string; required?: boolean }[] = [
  { key: 'senderDomain', label: 'Domain', placeholder: 'example.com', required: true },
  { key: 'ip', label: 'Sending IP', placeholder: '192.0.2.10' },
  { key: 'selector', label: 'DKIM selector', placeholder: 'selector1' },
];

interface TargetsFormProps {
  /** What the running or finished checks look at. */
  targets: CheckTargets | null;
  /** True when the user's own values are in use (not the bounce's). */
  edited: boolean;
  disabled: boolean;
  /** Run with these values; null to go back to what the bounce names. */
  onRun: (targets: CheckTargets | null) => void;
}

/** What the checks looked at, editable: change a value and run the checks for it. */
export function TargetsForm({ targets, edited, disabled, onRun }: TargetsFormProps) {
  const [values, setValues] = useState<CheckTargets>(targets ?? {});
  // What the fields were last filled from. The store hands out new target objects as a run starts and
  // ends (with the same values); resetting on each would wipe what someone is typing. So the fields are
  // refilled only when the values really change (another bounce, or a run with other values), and kept
  // while a run has no targets yet. Adjusted during render, React's pattern for state derived from props.
  const key = targetsKey(targets);
  const [filledFrom, setFilledFrom] = useState<string | null>(key);
  if (targets !== null && key !== filledFrom) {
    setFilledFrom(key);
    setValues(targets);
  }
  const baseId = useId();
  const fromBounce = targets !== null && Object.values(targets).some((v) => v);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanTargets(values);
    onRun(cleaned.senderDomain ? cleaned : null);
  };

  return (
    <form onSubmit={submit} aria-label="What the checks look at" className="rounded-lg bg-slate-50 p-3 dark:bg-slate-950/60 print:hidden">
      <div className="grid gap-3 sm:grid-cols-3">
        {FIELDS.map((field) => (
          <div key={field.key}>
            <label htmlFor={`${baseId}-${field.key}`} className="text-xs font-semibold text-slate-700 dark:text-slate-300">{field.label}</label>
            <input
              id={`${baseId}-${field.key}`}
              type="text"
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              value={values[field.key] ?? ''}
              placeholder={field.placeholder}
              required={field.required}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((v) => ({ ...v, [field.key]: value }));
              }}
              className={`${INPUT_CLASS} mt-1 font-mono text-xs`}
            />
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="submit" className={BUTTON_SECONDARY} disabled={disabled}>{fromBounce || edited ? 'Run the checks again' : 'Run the checks'}</button>
        {edited && (
          <button type="button" className={BUTTON_QUIET} disabled={disabled} onClick={() => onRun(null)}>
            Back to what the bounce names
          </button>
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {edited
            ? 'Showing the checks for the values above.'
            : fromBounce
              ? 'Taken from the bounce. Change them to check another domain or server.'
              : 'A domain is needed; the IP and the DKIM selector are optional.'}
        </p>
      </div>
    </form>
  );
}
