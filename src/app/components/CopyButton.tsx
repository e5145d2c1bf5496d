import { useEffect, useRef, useState } from 'react';
import { BUTTON_PRIMARY, BUTTON_QUIET, BUTTON_SECONDARY } from './buttons.ts';
import { copyText } from './clipboard.ts';

interface CopyButtonProps {
  /** The text to copy, or a function producing it (may fail with a message). */
  text: string | (() => Promise<{ ok: true; text: string } | { ok: false; message: string }>);
  /** Visible label. */
  label: string;
  /** Accessible name when the visible label is not enough ("Copy the dig command for ..."). */
  ariaLabel?: string;
  variant?: 'primary' | 'secondary' | 'quiet';
  className?: string;
  /** Called with an error message when copying failed. */
  onError?: (message: string) => void;
}

/** The page's button looks; "quiet" is the small one that sits beside a record or command. */
const VARIANTS = {
  primary: BUTTON_PRIMARY,
  secondary: BUTTON_SECONDARY,
  quiet: `${BUTTON_QUIET} !px-1.5 !py-0.5 !text-xs`,
};

/** A button that copies and says "Copied" for a moment (announced to screen readers). */
export function CopyButton({ text, label, ariaLabel, variant = 'secondary', className = '', onError }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const show = (next: 'copied' | 'failed') => {
    setState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  const onClick = async () => {
    const made = typeof text === 'string' ? { ok: true as const, text } : await text();
    if (!made.ok) {
      show('failed');
      onError?.(made.message);
      return;
    }
    const ok = await copyText(made.text);
    show(ok ? 'copied' : 'failed');
    if (!ok) onError?.('The browser did not allow copying. Select the text and copy it by hand.');
  };

  return (
    <>
    <button
      type="button"
      onClick={() => void onClick()}
      aria-label={ariaLabel}
      className={`${VARIANTS[variant]} ${className}`}
    >
      <CopyIcon />
      <span>{label}</span>
      {state === 'copied' && <span aria-hidden="true" className="text-xs opacity-80">✓ Copied</span>}
    </button>
    <span role="status" className="sr-only">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}</span>
    </>
  );
}

function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-none stroke-current" strokeWidth="1.5">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M3 11V3a1 1 0 0 1 1-1h7" />
    </svg>
  );
}
