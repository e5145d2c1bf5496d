/**
 * A delivery (success) report as a mail program shows it, pasted without the RFC 3464 part whose
 * "Action: delivered" would say so: Exchange's and Outlook's "Your message has been delivered to the
 * following recipients", "Delivery to these recipients or groups is complete", Postfix's "Your message
 * was successfully delivered to the destination(s) listed below". Its recipients were delivered.
 */
import { noticeHeadSays } from './notice-sentences.ts';

/** Sentences (lower case) only a success report writes. */
const DELIVERED_NOTICE_SENTENCES: readonly string[] = [
  'your message has been delivered to the following recipients', // Exchange, Outlook
  'delivery to these recipients or groups is complete', // Exchange
  'your message was successfully delivered to the destination', // Postfix
  'your message has been successfully delivered', // several
  'the following message was delivered', // several
  // Exchange's and Outlook's report in the languages they write it in.
  'folgenden empfänger übermittelt', 'folgende empfänger übermittelt', 'empfänger oder gruppen ist abgeschlossen', // German
  'votre message a été remis aux destinataires suivants', // French
  'se entregó a los destinatarios siguientes', 'se entregó a los siguientes destinatarios', // Spanish
  'è stato recapitato ai destinatari seguenti', // Italian
  'mensagem foi entregue aos seguintes destinatários', // Portuguese
  'is bezorgd bij de volgende geadresseerden', // Dutch
  '次の受信者に配信されました', // Japanese
];

/** Characters of the notice searched: the sentence is in its first lines. */
const DELIVERED_NOTICE_WINDOW = 2048;

/** True when the notice's own words (`region`) say it reports a delivery. */
export function isDeliveredNotice(region: string): boolean {
  return noticeHeadSays(region, DELIVERED_NOTICE_WINDOW, DELIVERED_NOTICE_SENTENCES);
}
