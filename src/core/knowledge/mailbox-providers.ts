/**
 * Common mailbox provider domains, for a "did you mean" suggestion when a recipient domain looks like a
 * typing mistake (gmial.com → gmail.com).
 */

/** Domains people most often mistype, roughly by how many mailboxes they hold. */
export const MAILBOX_PROVIDER_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me',
  'protonmail.com', 'pm.me', 'gmx.com', 'gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de',
  'freenet.de', 'yandex.ru', 'yandex.com', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'zoho.com',
  'fastmail.com', 'tutanota.com', 'tuta.io', 'mail.com', 'qq.com', '163.com', '126.com', 'naver.com',
  'daum.net', 'hanmail.net', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net',
  'cox.net', 'charter.net', 'earthlink.net', 'optonline.net', 'btinternet.com', 'sky.com',
  'virginmedia.com', 'talktalk.net', 'blueyonder.co.uk', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net',
  'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'seznam.cz', 'wp.pl', 'o2.pl',
  'onet.pl', 'interia.pl', 'shaw.ca', 'rogers.com', 'sympatico.ca', 'bigpond.com', 'optusnet.com.au',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'outlook.de', 'outlook.fr',
  'live.co.uk', 'live.fr', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'yahoo.es', 'yahoo.co.jp',
  'yahoo.com.br', 'yahoo.ca', 'yahoo.com.au', 'yahoo.in', 'rediffmail.com', 'uol.com.br', 'bol.com.br',
  'terra.com.br', 'ziggo.nl', 'kpnmail.nl', 'telenet.be', 'skynet.be', 'bluewin.ch', 'posteo.de',
  'mailbox.org', 'hey.com',
];

/** Largest edit distance still treated as a typo; more than two edits is usually a different real domain. */
export const MAX_SUGGESTION_DISTANCE = 2;
/** Shortest name (the part before the first dot) for which two edits still count as a typo. */
export const MIN_NAME_FOR_TWO_EDITS = 5;
/** Domains longer than this are not compared (a DNS name is at most 253 characters). */
const MAX_DOMAIN_LENGTH = 253;

/** The root dot some people (and DNS tools) write at the end of a name. */
export const TRAILING_DOT = /\.$/;

const KNOWN: ReadonlySet<string> = new Set(MAILBOX_PROVIDER_DOMAINS);

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours),
 * stopping early once it must exceed `limit`. Returns limit + 1 for "too far".
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[b.length] ?? limit + 1;
  return d > limit ? limit + 1 : d;
}

/**
 * Suggests the common mailbox domain the given one was probably meant to be, or null.
 * Never suggests for a domain that is itself on the list, for a different first letter, or for more
 * than MAX_SUGGESTION_DISTANCE edits (one edit for names under MIN_NAME_FOR_TWO_EDITS letters);
 * on a tie, the more common domain wins. About 1 µs per candidate; the list has about 110.
 */
export function suggestDomain(domain: string): string | null {
  if (typeof domain !== 'string') return null;
  const d = domain.trim().toLowerCase().replace(TRAILING_DOT, '');
  if (d.length < 3 || d.length > MAX_DOMAIN_LENGTH || KNOWN.has(d)) return null;
  // Two edits are allowed only on names long enough that two slips still leave them recognisable.
  const limit = d.indexOf('.') >= MIN_NAME_FOR_TWO_EDITS ? MAX_SUGGESTION_DISTANCE : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of MAILBOX_PROVIDER_DOMAINS) {
    // People rarely mistype the first letter, and real domains often differ from a provider only
    // there (gol.com, mozmail.com): require it to match.
    if (candidate.charCodeAt(0) !== d.charCodeAt(0)) continue;
    const dist = editDistance(d, candidate, bestDistance - 1);
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
      if (dist === 1) break;
    }
  }
  return best;
}
