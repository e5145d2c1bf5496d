/**
 * One-line summaries of a whole message, kept apart from the logic. Plain words for people who are
 * not mail administrators.
 */
import type { ParsedBounce } from '../read/types.ts';
import type { MessageKind } from './types.ts';

export const SUMMARIES: Record<MessageKind, (parsed: ParsedBounce) => string> = {
  bounce: (p) => `Delivery failed for ${p.recipients.length === 1 ? 'one recipient' : `${p.recipients.length} recipients`}.`,
  delay: () => 'Delivery is delayed: the sending server is still retrying.',
  delivered: () => 'This is a delivery report: the message was delivered.',
  autoreply: () => 'This is an automatic reply (for example an out-of-office message), not a bounce. The message was delivered.',
  feedback: (p) => `This is an abuse or feedback report (${p.feedbackType ?? 'unknown type'}), not a bounce: a recipient or their provider reported the message.`,
  'not-bounce': () => 'Could not read this as a bounce: no failed recipient was found in the text.',
  unreadable: (p) => (p.inputKind === 'binary' ? 'Could not read this as a bounce: it is not text.' : 'Could not read this as a bounce: there is nothing to read.'),
};

/**
 * Headline and explanation when the rate limit is on the recipient's incoming mail (reason 'speeding' with
 * detail.recipientFlooded): nothing the sender did, so not "you sent too many messages".
 */
export const RECIPIENT_FLOODED = {
  title: (address: string): string => address
    ? `${address} is getting mail faster than their provider lets in right now`
    : 'The recipient is getting mail faster than their provider lets in right now',
  explanation:
    'The limit that was hit is on the recipient\'s side: their mailbox is receiving so many messages that their provider holds back new ones for a while. Your sending rate is not the cause. Sending the message again later normally works; a mailbox flooded for long usually has a cause the recipient must stop (a forwarding loop, a bulk sender or an automated system writing to it).',
} as const;

/** Headline and explanation for a greylisted recipient (reason 'blocked' with detail.greylisted). */
export const GREYLISTED = {
  title: 'The receiving server asked your server to try again later (greylisting)',
  explanation:
    'This is greylisting, a normal anti-spam delay: the receiving server turns away the first message from a sender it has not seen before and accepts it when the sending server tries again.',
} as const;
