/** Making a share link and the text/Markdown exports (lazy chunk: codec, redaction, report layout). */
import { encodeShareLink, redactBounce, shareLinkErrorMessage } from '../../../core/share/index.ts';
import { diagnosisToMarkdown, diagnosisToText } from '../../../core/report/index.ts';
import type { CheckResult } from '../../../core/check/types.ts';
import { useSession } from '../../store/session.ts';
import { useSettings } from '../../store/settings.ts';

export type Made = { ok: true; text: string } | { ok: false; message: string };

/** The full URL of a share link for the current text, redacted when asked. */
export function makeShareUrl(redact: boolean): Made {
  const session = useSession.getState();
  const settings = useSettings.getState();
  const bounce = redact ? redactBounce(session.analyzedInput) : session.analyzedInput;
  const encoded = encodeShareLink({
    v: 1,
    bounce,
    settings: {
      resolver: settings.resolver,
      customResolverUrl: settings.resolver === 'custom' ? settings.customResolverUrl : null,
      // The lists the shown checks used: an opened link's own while its text is shown.
      blocklists: session.linkBlocklists ?? settings.blocklists,
    },
    redacted: redact,
    checkedSteps: session.ticked,
  });
  if (!encoded.ok) return { ok: false, message: shareLinkErrorMessage(encoded.error, 'making') };
  return { ok: true, text: `${location.origin}${location.pathname}${location.search}#${encoded.value}` };
}

function reportInput() {
  const session = useSession.getState();
  if (session.reading.phase !== 'done') return null;
  const checks = session.checks.map((slot) => slot.result).filter((r): r is CheckResult => r !== null);
  return {
    classification: session.reading.classification,
    checks,
    plan: session.plan.phase === 'done' ? session.plan.plan : null,
    doneStepIds: session.ticked,
  };
}

export function makeMarkdown(): Made {
  const input = reportInput();
  if (!input) return { ok: false, message: 'There is no diagnosis to copy yet.' };
  return { ok: true, text: diagnosisToMarkdown(input) };
}

export function makeText(): Made {
  const input = reportInput();
  if (!input) return { ok: false, message: 'There is no diagnosis to copy yet.' };
  return { ok: true, text: diagnosisToText(input) };
}
