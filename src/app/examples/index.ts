/**
 * The built-in example bounces. Each is a realistic raw bounce that uses only reserved names and
 * addresses (example.com/.net/.org, .test, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), so loading one
 * never points a check at a real person or server. They ship in the main bundle so the first visit (and an
 * offline one) shows a diagnosis at once.
 */
import { userUnknown } from './user-unknown.ts';
import { blocklistedIp } from './blocklisted-ip.ts';
import { dmarcReject } from './dmarc-reject.ts';
import { mailboxFull } from './mailbox-full.ts';
import { moved551 } from './moved-551.ts';
import { greylisting450 } from './greylisting-450.ts';

export interface ExampleBounce {
  /** Stable id, also used in tests. */
  id: string;
  /** Button label: the case it shows. */
  name: string;
  /** The raw bounce text. */
  text: string;
}

export const EXAMPLES: readonly ExampleBounce[] = [
  { id: 'user-unknown', name: 'User unknown', text: userUnknown },
  { id: 'blocklisted-ip', name: 'Blocklisted IP', text: blocklistedIp },
  { id: 'dmarc-reject', name: 'DMARC reject', text: dmarcReject },
  { id: 'mailbox-full', name: 'Mailbox full', text: mailboxFull },
  { id: 'moved-551', name: '551 moved', text: moved551 },
  { id: 'greylisting-450', name: 'Greylisting 450', text: greylisting450 },
];

/** The example shown to a visitor who opens the page without a link. */
export const DEFAULT_EXAMPLE: ExampleBounce = EXAMPLES[0]!;

/** The example whose text is exactly `text`, if any (so an untouched example can be replaced on paste). */
export function findExampleByText(text: string): ExampleBounce | undefined {
  return EXAMPLES.find((example) => example.text === text);
}
