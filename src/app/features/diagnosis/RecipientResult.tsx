import type { RecipientDiagnosis } from '../../../core/classify/types.ts';
import type { Plan } from '../../../core/remedy/types.ts';
import type { CodeExplanation } from '../../worker/protocol.ts';
import { safeHttpUrl } from '../../components/safe-url.ts';
import { recipientName } from '../../../core/report/labels.ts';
import { actorLabel, confidenceLabel, permanenceOf } from './labels.ts';

interface RecipientResultProps {
  recipient: RecipientDiagnosis;
  /** The server's own words for this recipient, when the bounce gives them. */
  serverAnswer: string | null;
  codes: CodeExplanation[];
  /** The plan's retry advice (for temporary failures), when the plan is built. */
  retry: Plan['retry'];
}

const CHIP = 'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset';

/** One recipient's result: the headline, permanence, who acts, the codes explained, the facts found. */
export function RecipientResult({ recipient, serverAnswer, codes, retry }: RecipientResultProps) {
  const permanence = permanenceOf(recipient);
  const tone = recipient.reason === 'delivered'
    ? 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800'
    : recipient.permanent
      ? 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800'
      : 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800';
  const shownCodes = codes.filter((c) => c.code === recipient.status || c.code === recipient.replyCode);
  const retryAdvice = !recipient.permanent && retry ? retry.advice : permanence.advice;

  return (
    <article className="flex flex-col gap-3" aria-label={`Result for ${recipientName(recipient.address)}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className={`${CHIP} ${tone}`}>{permanence.label}</span>
        <span className={`${CHIP} bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700`}>
          {recipientName(recipient.address)}
        </span>
        <span className="text-xs text-slate-600 dark:text-slate-400">{confidenceLabel(recipient.confidence)}</span>
      </div>
      <h2 className="text-xl leading-snug font-semibold text-balance text-slate-950 dark:text-white">{recipient.title}</h2>
      <p className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">{recipient.explanation}</p>

      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Who must act</dt>
          <dd className="mt-0.5 font-medium">{actorLabel(recipient)}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {recipient.permanent ? 'Retrying' : 'When to retry'}
          </dt>
          <dd className="mt-0.5">{retryAdvice}</dd>
        </div>
      </dl>

      {shownCodes.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">The codes, explained</h3>
          <ul className="mt-1.5 flex flex-col gap-1.5 text-sm">
            {shownCodes.map((code) => (
              <li key={code.code} className="flex gap-3">
                <code className="w-12 shrink-0 pt-px font-semibold text-slate-900 dark:text-slate-100">{code.code}</code>
                <span>
                  <span className="font-medium">{code.title}.</span>{' '}
                  <span className="text-slate-700 dark:text-slate-300">{code.meaning}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <DetailFacts recipient={recipient} />

      {serverAnswer && (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">What the server said</h3>
          <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 font-mono text-xs leading-relaxed break-words text-slate-800 dark:border-slate-600 dark:text-slate-200">
            {serverAnswer}
          </blockquote>
        </div>
      )}
    </article>
  );
}

function DetailFacts({ recipient }: { recipient: RecipientDiagnosis }) {
  const d = recipient.detail;
  const facts: { label: string; value: string; href?: string }[] = [];
  if (d.provider) facts.push({ label: 'Provider', value: d.providerCode ? `${d.provider} (code ${d.providerCode})` : d.provider });
  else if (d.providerCode) facts.push({ label: 'Provider code', value: d.providerCode });
  if (d.auth) {
    const failed = (['spf', 'dkim', 'dmarc'] as const).filter((k) => d.auth?.[k]).map((k) => k.toUpperCase());
    if (failed.length > 0) facts.push({ label: 'Failed authentication', value: failed.join(', ') });
  }
  if (d.blocklist) {
    facts.push({ label: 'Blocklist', value: d.blocklist.ip ? `${d.blocklist.name} lists ${d.blocklist.ip}` : d.blocklist.name });
    const lookup = safeHttpUrl(d.blocklist.lookupUrl);
    if (lookup) facts.push({ label: 'Look up the listing', value: lookup, href: lookup });
    const delist = safeHttpUrl(d.blocklist.delistUrl);
    if (delist) facts.push({ label: 'Ask for removal', value: delist, href: delist });
  }
  if (d.newAddress) facts.push({ label: 'New address offered', value: d.newAddress });
  if (d.sizeLimitBytes) facts.push({ label: 'Size limit', value: `${Math.round(d.sizeLimitBytes / 1024 / 1024 * 10) / 10} MB` });
  if (d.rateLimit) facts.push({ label: 'Rate limit', value: d.rateLimit });
  if (d.tlsRequired) facts.push({ label: 'Encryption', value: 'The receiver requires TLS' });
  if (facts.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-4 rounded-lg bg-slate-50 p-3 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-1 dark:bg-slate-950/60">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{fact.label}</dt>
          <dd className="min-w-0 break-words max-sm:mb-1.5">
            {fact.href ? (
              <a href={fact.href} target="_blank" rel="noopener noreferrer" className="break-all text-teal-800 underline underline-offset-2 dark:text-teal-300">
                {fact.value}<span className="sr-only"> (opens in a new tab)</span> ↗
              </a>
            ) : fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
