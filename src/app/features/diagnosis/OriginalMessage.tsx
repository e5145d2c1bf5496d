import type { ParsedBounce } from '../../../core/read/types.ts';

/** Which message bounced: the returned original's headers, and the server that wrote the bounce. */
export function OriginalMessage({ parsed }: { parsed: ParsedBounce }) {
  const original = parsed.original;
  const rows: [string, string][] = [];
  if (original?.subject) rows.push(['Subject', original.subject]);
  if (original?.from) rows.push(['From', original.from]);
  if (original?.to) rows.push(['To', original.to]);
  if (original?.date) rows.push(['Sent', original.date]);
  if (original?.sendingIp) rows.push(['Sending server IP', original.sendingIp]);
  if (parsed.reportingMta) rows.push(['Bounce written by', parsed.reportingMta]);
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">The message that bounced</h3>
      <dl className="mt-1.5 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="min-w-0 break-words max-sm:mb-1.5 text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
