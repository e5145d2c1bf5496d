/** Names and status words of the check cards. The e2e tests find cards by "<label> check". */
import type { CheckName, CheckStatus } from '../../../core/check/types.ts';
import { CHECK_LABELS, STATUS_LABELS } from '../../../core/report/labels.ts';

// Card names and status words are the words the Markdown/text exports print: one table serves both.

/** What each check answers, one line, shown under the card title. */
export const CHECK_PURPOSES: Record<CheckName, string> = {
  mx: "Where the recipient's domain receives mail",
  address: 'Whether the address itself is well formed',
  spf: "Whether the sending server may send for the sender's domain",
  dkim: "Whether the sender's signing key is published and sound",
  dmarc: "The sender domain's policy for failed authentication",
  'reverse-dns': "Whether the sending server's IP has a matching name",
  'blocklist-ip': 'Whether blocklists list the sending IP',
  'blocklist-domain': "Whether blocklists list the sender's domain",
};

/** The status words of the cards: the exports' wording, plus the word shown while a check runs. */
export const STATUS_TEXT: Record<CheckStatus | 'running', string> = { ...STATUS_LABELS, running: 'Checking…' };

export function checkLabel(name: string): string {
  return (CHECK_LABELS as Record<string, string>)[name] ?? name;
}

/** Counts per status, for the panel's one-line summary ("2 pass, 1 fail, 1 could not check"). */
export function statusSummary(statuses: readonly (CheckStatus | 'running')[]): string {
  const order: (CheckStatus | 'running')[] = ['fail', 'warning', 'could-not-check', 'pass', 'not-applicable', 'running'];
  const parts: string[] = [];
  for (const status of order) {
    const n = statuses.filter((s) => s === status).length;
    if (n > 0) parts.push(`${n} ${status === 'running' ? 'still checking' : STATUS_TEXT[status].toLowerCase()}`);
  }
  return parts.join(', ');
}

/** The DOM id of a check card (for "jump to card"); card keys hold characters ids should not. */
export function cardDomId(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return `check-${key.split('|')[0]!.replace(/[^a-z0-9-]/gi, '')}-${hash.toString(36)}`;
}
