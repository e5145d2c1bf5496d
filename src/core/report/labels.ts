/**
 * Words the exports print, kept apart from the layout code. The check names, status words and severity
 * words are also the page's (src/app imports them). Actors and message kinds are worded for someone
 * reading a ticket ("The sender"), while the page speaks to the person in front of it ("You, the sender").
 */
import type { CheckName, CheckStatus, Finding } from '../check/types.ts';
import type { Actor, MessageKind } from '../classify/types.ts';

export const CHECK_LABELS: Record<CheckName, string> = {
  mx: 'MX',
  address: 'Address',
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  'reverse-dns': 'Reverse DNS',
  'blocklist-ip': 'IP blocklists',
  'blocklist-domain': 'Domain blocklists',
};

export const STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'Pass',
  warning: 'Warning',
  fail: 'Fail',
  'could-not-check': 'Could not check',
  'not-applicable': 'Not applicable',
};

export const ACTOR_LABELS: Record<Actor, string> = {
  sender: 'The sender',
  'sender-admin': "The sender's mail administrator",
  recipient: 'The recipient',
  'recipient-admin': "The recipient's mail administrator",
};

export const KIND_LABELS: Record<MessageKind, string> = {
  bounce: 'Delivery failed',
  delay: 'Delivery delayed (still being retried)',
  delivered: 'Delivered',
  autoreply: 'Automatic reply, not a bounce',
  feedback: 'Abuse / feedback report',
  'not-bounce': 'Not a bounce',
  unreadable: 'Not readable',
};

export const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  info: 'Note',
  warning: 'Warning',
  error: 'Problem',
};

export const TEXT = {
  title: 'Bounce diagnosis',
  recipients: 'Recipients',
  checks: 'DNS checks',
  plan: 'What to do',
  permanent: 'Permanent failure: retrying the same message will not help.',
  temporary: 'Temporary failure: the sending server retries on its own.',
  status: 'Status',
  replyCode: 'Reply code',
  whoActs: 'Who must act',
  provider: 'Provider',
  providerCode: 'Provider code',
  newAddress: 'New address offered',
  unnamedRecipient: 'Recipient not named in the pasted text',
  blocklist: 'Blocklist named',
  retry: 'Retry',
  retryAfter: (minutes: number) => `after about ${minutes} minute${minutes === 1 ? '' : 's'}`,
  who: 'Who',
  inputs: 'Checked',
  fix: 'Fix',
  repeat: 'Repeat with',
  answeredBy: 'answered by',
  noChecks: 'No DNS checks were run.',
  noSteps: 'No steps.',
  link: 'Shared diagnosis',
  warnings: 'Reading notes',
  moreLines: (n: number) => `... ${n} more line${n === 1 ? '' : 's'}`,
} as const;

/** How a recipient is named on screen and in reports: its address, or a plain note when the text named none. */
export function recipientName(address: string): string {
  return address === '' ? TEXT.unnamedRecipient : address;
}
