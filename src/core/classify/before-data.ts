/**
 * Spam verdicts given before the message was sent. An answer to MAIL FROM or RCPT TO comes before
 * DATA, when the receiving server has seen only the connecting host and the envelope: a "spam" verdict
 * there cannot be about the content, which it has not received. It judges the sender.
 */
import type { Reason } from './types.ts';
import { includesAny } from './match-phrases.ts';

/**
 * Words (normalized text: lower case, single spaces) that put the verdict on the sending host or its
 * IP address rather than on the sender's address or domain.
 */
const HOST_WORDS: readonly string[] = [' ip ', 'your ip', 'ip address', 'sending ip', 'client ip', 'client host', 'your host', 'your server', 'your mail server'];

/**
 * The reason for a spam verdict answered to MAIL FROM or RCPT TO: 'blocked' when the words name the
 * sending host or IP, else 'rejected' (the sender's address or domain was judged). `diag` is the
 * normalized answer.
 */
export function spamVerdictBeforeData(diag: string): Reason {
  return includesAny(diag, HOST_WORDS) ? 'blocked' : 'rejected';
}
