import { useEffect, useMemo, useRef } from 'react';
import type { TextSpan } from '../../../core/read/types.ts';
import { highlightPieces } from './highlight.ts';

/**
 * The pasted text with the deciding spans marked. Rendered only as text nodes and <mark> elements:
 * whatever the bounce contains (HTML, script) is shown, never interpreted.
 */
export function BounceText({ text, spans }: { text: string; spans: readonly TextSpan[] }) {
  const pieces = useMemo(() => highlightPieces(text, spans), [text, spans]);
  const boxRef = useRef<HTMLPreElement>(null);
  const marked = pieces.some((p) => p.kind === 'mark');

  useEffect(() => {
    // Bring the first highlight into view inside the box (not the page).
    const box = boxRef.current;
    const first = box?.querySelector('mark');
    if (box && first instanceof HTMLElement) box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 48);
  }, [pieces]);

  return (
    <details open className="group">
      <summary className="cursor-pointer text-sm font-semibold text-slate-800 select-none dark:text-slate-200">
        {marked ? 'Where the bounce says so' : 'The text as read'}
        {marked && <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">(deciding parts <mark>marked</mark>)</span>}
      </summary>
      <pre
        ref={boxRef}
        tabIndex={0}
        aria-label={marked ? 'The bounce text, with the deciding parts marked' : 'The text as read'}
        className="mt-2 max-h-80 overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 text-xs leading-relaxed break-words whitespace-pre-wrap text-slate-800 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200 print:max-h-none print:overflow-visible"
      >
        {pieces.map((piece) => {
          if (piece.kind === 'mark') return <mark key={piece.start}>{piece.text}</mark>;
          if (piece.kind === 'gap') {
            return (
              <span key={`gap-${piece.start}`} className="my-1 block text-center text-slate-500 italic select-none dark:text-slate-400">
                … {piece.omitted.toLocaleString('en')} characters not shown …
              </span>
            );
          }
          return <span key={piece.start}>{piece.text}</span>;
        })}
      </pre>
    </details>
  );
}
