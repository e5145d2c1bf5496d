/**
 * Spectrum / Charter (charter.net, spectrum.net). Its refusals carry an acceptable-use code "AUP#I-nnnn"
 * (incoming) or "AUP#O-nnnn" (outgoing); the four digits name the cause, in ranges. Facts from Spectrum's
 * page on e-mail error codes; meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://www.spectrum.net/support/internet/understanding-email-error-codes';

/** "AUP#" and its direction letters before the four-digit number ("AUP#In-1310", "AUP#O-1000", "AUP#1520"). */
const AUP = String.raw`\bAUP#[A-Za-z]{0,3}-?`;

/** A pattern for Spectrum AUP codes whose number fits `digits` (a bounded alternative of digit patterns). */
function aup(digits: string): RegExp {
  return new RegExp(`${AUP}(?:${digits})\\b`, 'i');
}

export const SPECTRUM: ProviderCatalog = {
  id: 'spectrum',
  provider: 'Spectrum (Charter)',
  docsUrl: DOCS,
  hostPatterns: [/\bcharter\.net\b/i, /\bspectrum\.net\b/i, /\bAUP#[A-Za-z]{0,3}-?\d{4}\b/i],
  rules: [
    {
      code: 'AUP#1000', match: aup('1000'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Spectrum blocked the sending IP address after suspicious activity from it; the block lapses on its own unless the address is one of Spectrum\'s.',
    },
    {
      code: 'AUP#1010-1080', match: aup('10[1-8]0'), reason: 'rejected', actor: 'sender', standalone: true,
      meaning: 'Spectrum blocked or limited the sending account after suspicious activity: secure the account (change its passwords) and contact Spectrum.',
    },
    {
      code: 'AUP#1090', match: aup('1090'), reason: 'systemerror', actor: 'sender', standalone: true,
      meaning: 'Spectrum could not process the message at the time; sending it again later usually works.',
    },
    {
      code: 'AUP#1100-1150', match: aup('11[0-5]0'), reason: 'requireptr', actor: 'sender-admin', standalone: true,
      meaning: 'Spectrum wants the sending IP to have matching forward and reverse DNS (a PTR record that points back to it), and this one does not.',
    },
    {
      code: 'AUP#1160-1190', match: aup('11[6-9]0'), reason: 'policyviolation', actor: 'sender-admin', standalone: true,
      meaning: "The message goes against the security policy of the sender's own domain; the domain's mail administrators must look at it.",
    },
    {
      code: 'AUP#1200-1250', match: aup('12[0-5]0'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The sending IP is on a blocklist Spectrum uses (Cloudmark CSI or Spamhaus); its owner must ask that list for removal.',
    },
    {
      code: 'AUP#1260', match: aup('1260'), reason: 'networkerror', actor: 'sender-admin', standalone: true,
      meaning: 'Spectrum does not take mail over IPv6; the sending server must connect over IPv4.',
    },
    {
      code: 'AUP#1300-1340', match: aup('13[0-4]\\d'), reason: 'toomanyconn', actor: 'sender-admin', standalone: true,
      meaning: 'The sending server opened more connections (at once or in total) than Spectrum allows for its IP reputation; use fewer connections and retry later.',
    },
    {
      code: 'AUP#1350-1490', match: aup('13[5-9]\\d|14\\d\\d'), reason: 'speeding', actor: 'sender-admin', standalone: true,
      meaning: 'Spectrum limits how many messages and recipients a sender may send; this sender went over the limit. Slow down and retry later.',
    },
    {
      code: 'AUP#1500 / 1520', match: aup('1500|1520'), reason: 'rejected', actor: 'sender', standalone: true,
      meaning: 'The message was sent as an address other than the one signed in with, or from a domain Spectrum does not host.',
    },
    {
      code: 'AUP#1530', match: aup('1530'), reason: 'mesgtoobig', actor: 'sender', standalone: true,
      meaning: 'The message is over Spectrum\'s size limit (20 MB).',
    },
    {
      code: 'AUP#1540 / 1550 / 1580', match: aup('1540|1550|1580'), reason: 'speeding', actor: 'sender', standalone: true,
      meaning: 'Too many messages in one session, too many recipients in one message, or too many recipients in a short time: send in smaller batches.',
    },
    {
      code: 'AUP#1560', match: aup('1560'), reason: 'policyviolation', actor: 'sender', standalone: true,
      meaning: 'Too many of the recipients were invalid addresses; clean the list before sending again.',
    },
  ],
};
