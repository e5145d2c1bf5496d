/**
 * A notice that only warns of a delay (the sending server is still trying) as the mail program shows it,
 * without the RFC 3464 part whose "Action: delayed" would say so: Postfix's "THIS IS A WARNING ONLY",
 * Exchange's "Delivery is delayed to these recipients or groups", Gmail's "Delivery incomplete ... Gmail
 * will retry", Exim's and Sendmail's warnings. Their recipients are delayed, not failed.
 */
import { noticeHeadSays } from './notice-sentences.ts';

/**
 * Sentences (lower case) only a delay warning writes. Each says the sending server keeps trying, so a
 * notice that says its attempts are over never holds one.
 */
const DELAY_NOTICE_SENTENCES: readonly string[] = [
  'this is a warning only', // Postfix
  'you do not need to resend your message', // Postfix
  'delivery will continue to be attempted', // Exchange
  'will keep trying to deliver this message', // Exchange
  'delivery is delayed to these recipients', // Exchange
  'notified if the delivery fails permanently', // Gmail, Google Workspace
  'has not yet been delivered to one or more of its', // Exim
  'no action is required on your part. delivery attempts will continue', // Exim
  'will keep trying until message is', // Sendmail
  'warning: could not send message for past', // Sendmail
  'status=deferred', // a Postfix log line: the message stays queued
  'stat=deferred', // a Sendmail log line
  ' defer (-', // an Exim log line ("== a@b R=dnslookup T=remote_smtp defer (-44) ...")
  // Exchange's heading ("Delivery is delayed to these recipients or groups") and its "Delivery will
  // continue to be attempted" in the languages it writes them in.
  'empfänger oder gruppen verzögert sich', 'es wird weiterhin versucht, die nachricht zuzustellen', // German
  'destinataires ou groupes est retardée', 'la remise va continuer à être tentée', // French
  'destinatarios o grupos se ha retrasado', 'se seguirá intentando entregar', // Spanish
  'recapito ritardato per i destinatari', // Italian
  'a entrega está atrasada para estes destinatários', // Portuguese
  'vertraagd voor deze geadresseerden', // Dutch
  'グループへの配信が遅延しています', // Japanese
  // Gmail's "You'll be notified if the delivery fails permanently" in other languages.
  'falls die zustellung endgültig fehlschlägt', // German
  'si la entrega falla de forma permanente', // Spanish
  '配信が完全に失敗した場合', // Japanese
];

/** Characters of the notice searched: the warning sentence is in its first lines. */
const DELAY_NOTICE_WINDOW = 4096;

/** True when the notice's own words (`region`) say it is a delay warning. */
export function isDelayNotice(region: string): boolean {
  return noticeHeadSays(region, DELAY_NOTICE_WINDOW, DELAY_NOTICE_SENTENCES);
}
