/**
 * When and whether to retry after a temporary failure, per reason (data), plus greylisting, which the
 * classifier recognises by its wording (ReasonDetail.greylisted) whatever the reason.
 */
import type { Actor, Reason, ReasonDetail } from '../classify/types.ts';
import { FLOODED_RESEND_HOURS, GREYLIST_ESCALATE_HOURS } from './advice.ts';

export interface RetryAdvice {
  /** Plain words: whether to do anything, and when. */
  advice: string;
  /** When a manual resend makes sense, in minutes from the bounce; null when there is no point in a fixed time. */
  afterMinutes: number | null;
}

export const GREYLIST_RETRY: RetryAdvice = {
  advice: `Greylisting: do not resend. The automatic retry usually comes within 5 to 30 minutes and is let through; only if the message is still queued after ${GREYLIST_ESCALATE_HOURS} hours, follow the steps below.`,
  afterMinutes: 30,
};

/** A rate limit on the recipient's incoming mail (ReasonDetail.recipientFlooded): wait, nothing to slow down. */
export const RECIPIENT_FLOODED_RETRY: RetryAdvice = {
  advice: 'The recipient\'s mailbox is taking in mail faster than their provider allows, so it holds new messages back for a while. Your server retries on its own and the message arrives once the flow eases; do not resend by hand.',
  afterMinutes: FLOODED_RESEND_HOURS * 60,
};

/** Advice per reason for temporary (4xx) failures; the default covers the rest. */
export const RETRY_BY_REASON: Readonly<Partial<Record<Reason, RetryAdvice>>> = {
  mailboxfull: { advice: 'Your server keeps retrying for a few days. If the recipient frees space in that time, the message arrives on its own; resend only if you get a final failure.', afterMinutes: 24 * 60 },
  speeding: { advice: 'The receiver is rate-limiting you. Your server retries on its own; do not resend by hand (it adds to the volume). Lower your sending rate.', afterMinutes: 60 },
  toomanyconn: { advice: 'Too many connections at once. Your server retries on its own within minutes; nothing to resend.', afterMinutes: 15 },
  badreputation: { advice: 'The receiver is deferring mail from your server because of its reputation. Your server retries for a few days; fix the causes in the steps below, as retries alone rarely get through if nothing changes.', afterMinutes: 4 * 60 },
  blocked: { advice: 'The block is temporary for now. Your server retries on its own; if the IP stays listed, the retries end in a final failure, so start on the delisting steps now.', afterMinutes: 4 * 60 },
  systemerror: { advice: 'A temporary fault on the receiving side. Your server retries on its own; if you get a final failure, resend in an hour.', afterMinutes: 60 },
  systemfull: { advice: 'The receiving server is out of space. Your server retries for a few days; the message arrives when the space is freed.', afterMinutes: 4 * 60 },
  networkerror: { advice: 'The recipient\'s server could not be reached. Your server retries on its own for a few days; resend only if it finally gives up.', afterMinutes: 60 },
  failedstarttls: { advice: 'The encrypted connection failed. Retries fail the same way until the TLS problem is fixed on one side.', afterMinutes: null },
  securityerror: { advice: 'Retries fail the same way until the login or encryption settings are fixed.', afterMinutes: null },
  suspend: { advice: 'The mailbox is temporarily unavailable. Your server retries on its own; contact the recipient if it keeps failing.', afterMinutes: 24 * 60 },
};

/** A step of plain advice (the plan gives it its id and reason). */
export interface ResendStep {
  actor: Actor;
  title: string;
  body: string;
}

/**
 * When a new send can work after a FINAL answer (5xx) whose cause usually passes: the sending server
 * has stopped trying, so the plan's retry advice (temporary failures only) does not apply, yet the
 * same message can go through later. Reasons whose own advice already says so (mailboxfull's
 * 'resend-later', systemerror's 'retry-later') are not listed.
 */
export const RESEND_AFTER_FINAL: Readonly<Partial<Record<Reason, ResendStep>>> = {
  speeding: {
    actor: 'sender',
    title: 'Send the message again in an hour or more, once your sending rate is lower',
    body: 'Your server has given up on this message, but the refusal was about how fast you send, not about the message. Rate limits reset with time: a new send after an hour or more gets through; resending at once only adds to the count.',
  },
  toomanyconn: {
    actor: 'sender',
    title: 'Send the message again in 15 minutes or more',
    body: 'Your server has given up on this message, but the refusal was about too many connections at once, not about the message. Once fewer connections are open a new send gets through.',
  },
  networkerror: {
    actor: 'sender',
    title: 'Send the message again once the recipient\'s servers answer',
    body: 'Your server has given up on this message. DNS and network faults usually pass within hours: once the MX check above answers, send it again; if it still fails after a day, reach the recipient another way.',
  },
  systemfull: {
    actor: 'sender',
    title: 'Send the message again once the receiving server has space',
    body: 'Your server has given up on this message. A full disk on the receiving side is usually fixed within hours to a day; send it again then, or tell the recipient another way if it keeps failing.',
  },
  badreputation: {
    actor: 'sender-admin',
    title: 'Send again only after the reputation steps above, and a few messages at first',
    body: 'Resending now gets the same answer. Once authentication passes and the volume is lower, a sender\'s standing recovers over days; send this message again then, and raise volume gradually.',
  },
  failedstarttls: {
    actor: 'sender',
    title: 'Send the message again once the TLS problem is fixed',
    body: 'Your server has given up on this message. A new send works as soon as the encrypted connection can be set up (see the handshake test above).',
  },
};

export const DEFAULT_RETRY: RetryAdvice = {
  advice: 'This is a temporary failure. Your mail server retries on its own, usually for several days; you only need to act if it finally reports a permanent failure.',
  afterMinutes: 60,
};

/**
 * The retry advice for a temporary failure of this reason; greylisting and a flooded recipient (as the
 * classifier found them in `detail`) first.
 */
export function retryAdvice(reason: Reason, detail: ReasonDetail): RetryAdvice {
  if (detail.greylisted) return GREYLIST_RETRY;
  if (detail.recipientFlooded) return RECIPIENT_FLOODED_RETRY;
  return RETRY_BY_REASON[reason] ?? DEFAULT_RETRY;
}
