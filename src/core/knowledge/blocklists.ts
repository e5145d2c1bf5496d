/**
 * The DNS blocklists (DNSBL / RBL) worth checking, shared by the classifier (to recognise a list named in
 * a rejection) and the blocklist check (to query it and read its answer). Deliberately short and ranked
 * by how much the large mailbox providers and common filters rely on each list: a long wall of obscure
 * lists alarms people for nothing.
 *
 * Facts from the lists' own documentation (../shared/notes/dns-and-auth.md); wording is ours.
 * A listing counts only for a code in `returnCodes` (or a documented bit of `bitmask`); codes in
 * `refusedCodes`, anything else inside 127/8 that is not documented, anything outside 127/8, SERVFAIL
 * and timeouts mean "could not check".
 */

export interface BlocklistInfo {
  /** Stable id, e.g. "spamhaus-zen". */
  id: string;
  /** Name shown to people. */
  name: string;
  /** The DNS zone queried, e.g. "zen.spamhaus.org". */
  zone: string;
  /** 'ip': reversed IP under the zone; 'domain': the domain name under the zone. */
  kind: 'ip' | 'domain';
  /** 1 = most important. Lists are shown and queried in this order. */
  rank: number;
  /** Who relies on it, in a few words (why it matters if you are listed). */
  usedBy: string;
  /** Documented listing answers (A record) and what each means. */
  returnCodes: Record<string, string>;
  /**
   * For lists that answer with a bit mask in the last octet (127.0.0.x, several bits at once):
   * bit value to meaning. A listing is documented when every set bit is documented.
   */
  bitmask?: Record<number, string>;
  /** Answers that mean the query was refused or misused, not a listing, and why. */
  refusedCodes: Record<string, string>;
  /** True when the list also answers for IPv6 addresses (nibble-reversed names). */
  ipv6: boolean;
  /** A name that the list documents as always listed, to learn whether it answers through this resolver. */
  testName: string;
  /** The public page that shows why a target is listed. */
  lookupUrl(target: string): string;
  /** Where to ask for removal; null when listings expire on their own. */
  delistUrl: string | null;
  /** How removal works, in plain words. */
  delistHow: string;
  /** Recognise the list in rejection text (its name, zone or site). Bounded patterns. */
  textPatterns: RegExp[];
  /** Set when public resolvers are refused and a personal key (the Spamhaus Data Query Service) is needed. */
  needsKey?: 'spamhaus-dqs';
  /** The zone to query with a Data Query Service key instead of `zone`. */
  dqsZone?(key: string): string;
}

/** Spamhaus answers these (in any of its zones) when it will not answer the question. */
const SPAMHAUS_REFUSED: Record<string, string> = {
  '127.255.255.252': 'refused: the query name is malformed (typing error in the zone name)',
  '127.255.255.254': 'refused: the query came through a public or open resolver, which Spamhaus does not answer',
  '127.255.255.255': 'refused: too many queries from this resolver (over the free-use limit)',
};

/** A Data Query Service key is a short run of letters and digits; anything else is not put in a DNS name. */
export const DQS_KEY_SHAPE = /^[a-z0-9]{1,64}$/i;

/** The DQS zone name for a key, or the empty string for a key that cannot be valid. */
function dqs(key: string, zone: string): string {
  const k = typeof key === 'string' ? key.trim() : '';
  return DQS_KEY_SHAPE.test(k) ? `${k.toLowerCase()}.${zone}.dq.spamhaus.net` : '';
}

export const BLOCKLISTS: readonly BlocklistInfo[] = [
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    zone: 'zen.spamhaus.org',
    kind: 'ip',
    rank: 1,
    usedBy: 'Yahoo and AOL refuse listed IPs outright (codes BL21–BL23), and most company filters and hosting providers use it.',
    returnCodes: {
      '127.0.0.2': 'SBL: the IP is a known spam source or spam operation',
      '127.0.0.3': 'SBL CSS: the IP recently sent low-reputation or snowshoe spam',
      '127.0.0.4': 'XBL: the IP shows signs of an infected or hijacked machine (exploits, botnets)',
      '127.0.0.9': 'DROP: the address range is hijacked or run by criminals; do not route traffic from it',
      '127.0.0.10': 'PBL (set by the network owner): this IP should not send mail directly, only through its mail server',
      '127.0.0.11': 'PBL (set by Spamhaus): this IP looks like an end-user or dynamic address that should not send mail directly',
    },
    refusedCodes: SPAMHAUS_REFUSED,
    ipv6: true,
    testName: '2.0.0.127.zen.spamhaus.org',
    lookupUrl: (t) => `https://check.spamhaus.org/results/?query=${encodeURIComponent(t)}`,
    delistUrl: 'https://check.spamhaus.org/',
    delistHow: 'Look the IP up on the Spamhaus checker; it says which list and why, and offers removal once the cause is fixed. PBL entries for a real mail server can be removed by the server owner.',
    textPatterns: [/\bspamhaus\b/i, /\bzen\.spamhaus\.org\b/i, /\b(?:sbl|xbl|pbl)\.spamhaus\.org\b/i],
    needsKey: 'spamhaus-dqs',
    dqsZone: (key) => dqs(key, 'zen'),
  },
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    zone: 'dbl.spamhaus.org',
    kind: 'domain',
    rank: 2,
    usedBy: 'Used by most filters that check the domains in the sender address and in links of a message.',
    returnCodes: {
      '127.0.1.2': 'the domain has a low reputation (spam)',
      '127.0.1.4': 'the domain is used for phishing',
      '127.0.1.5': 'the domain spreads malware',
      '127.0.1.6': 'the domain controls a botnet',
      '127.0.1.102': 'a legitimate domain that was abused to send spam',
      '127.0.1.103': 'a legitimate domain abused as a redirector or URL shortener for spam',
      '127.0.1.104': 'a legitimate domain abused for phishing',
      '127.0.1.105': 'a legitimate domain abused to spread malware',
      '127.0.1.106': 'a legitimate domain abused to control a botnet',
    },
    refusedCodes: {
      ...SPAMHAUS_REFUSED,
      '127.0.1.255': 'refused: an IP address was queried in the domain list',
    },
    ipv6: false,
    testName: 'dbltest.com.dbl.spamhaus.org',
    lookupUrl: (t) => `https://check.spamhaus.org/results/?query=${encodeURIComponent(t)}`,
    delistUrl: 'https://check.spamhaus.org/',
    delistHow: 'Look the domain up on the Spamhaus checker; once the abuse is cleaned up, request removal there.',
    textPatterns: [/\bdbl\.spamhaus\.org\b/i, /\bspamhaus\s{0,3}dbl\b/i],
    needsKey: 'spamhaus-dqs',
    dqsZone: (key) => dqs(key, 'dbl'),
  },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation Block List',
    zone: 'b.barracudacentral.org',
    kind: 'ip',
    rank: 3,
    usedBy: 'Every Barracuda email gateway and the Barracuda cloud filter, common in schools and mid-size companies.',
    returnCodes: { '127.0.0.2': 'the IP is listed for sending spam or having a poor reputation' },
    refusedCodes: {},
    ipv6: false,
    testName: '2.0.0.127.b.barracudacentral.org',
    lookupUrl: () => 'https://www.barracudacentral.org/lookups/lookup-reputation',
    delistUrl: 'https://www.barracudacentral.org/rbl/removal-request',
    delistHow: 'Check the IP on the Barracuda lookup page, fix the cause, then fill in the removal request (answered within about a day). Queries only work from resolvers registered with Barracuda.',
    textPatterns: [/\bb\.barracudacentral\.org\b/i, /\bbarracuda\s{0,3}reputation\b/i, /\bbarracudacentral\b/i],
  },
  {
    id: 'spamcop',
    name: 'SpamCop Blocking List',
    zone: 'bl.spamcop.net',
    kind: 'ip',
    rank: 4,
    usedBy: 'Many smaller mail servers and filters; listings come from recent spam reports by users.',
    returnCodes: { '127.0.0.2': 'the IP was recently reported for sending spam' },
    refusedCodes: {},
    ipv6: false,
    testName: '2.0.0.127.bl.spamcop.net',
    lookupUrl: (t) => `https://www.spamcop.net/bl.shtml?${encodeURIComponent(t)}`,
    delistUrl: null,
    delistHow: 'There is no removal form: a listing expires on its own about 24 hours after the reports stop. Find and stop what sends the spam.',
    textPatterns: [/\bbl\.spamcop\.net\b/i, /\bspamcop\b/i],
  },
  {
    id: 'mailspike',
    name: 'Mailspike Blacklist',
    zone: 'bl.mailspike.net',
    kind: 'ip',
    rank: 5,
    usedBy: 'Used by a number of spam filters (e.g. in SpamAssassin setups) as an IP reputation signal.',
    // bl. combines the zero-hour list (127.0.0.2) with the three worst reputation levels of rep.
    returnCodes: {
      '127.0.0.2': 'the IP took part in a current wave of spam (zero-hour list)',
      '127.0.0.10': 'the IP has the worst reputation level (L5)',
      '127.0.0.11': 'the IP has a very bad reputation (L4)',
      '127.0.0.12': 'the IP has a bad reputation (L3)',
    },
    refusedCodes: {},
    ipv6: false,
    testName: '2.0.0.127.bl.mailspike.net',
    lookupUrl: () => 'https://mailspike.org/',
    delistUrl: 'https://mailspike.org/',
    delistHow: 'Look the IP up on the Mailspike site and use its self-service removal form after fixing the cause; listings are also recalculated automatically as behaviour improves.',
    textPatterns: [/\bmailspike\b/i],
  },
  {
    id: 'psbl',
    name: 'Passive Spam Block List',
    zone: 'psbl.surriel.com',
    kind: 'ip',
    rank: 6,
    usedBy: 'Smaller sites; listings come from spam traps.',
    returnCodes: { '127.0.0.2': 'the IP sent mail to spam traps' },
    refusedCodes: {},
    ipv6: false,
    testName: '2.0.0.127.psbl.surriel.com',
    lookupUrl: (t) => `https://psbl.org/listing?ip=${encodeURIComponent(t)}`,
    delistUrl: 'https://psbl.org/remove',
    delistHow: 'Removal is self-service on the PSBL site; the IP is listed again if spam-trap hits continue.',
    textPatterns: [/\bpsbl\.surriel\.com\b/i, /\bpsbl\.org\b/i],
  },
  {
    id: 'uribl',
    name: 'URIBL',
    zone: 'multi.uribl.com',
    kind: 'domain',
    rank: 7,
    usedBy: 'Spam filters that check the domains linked in a message (SpamAssassin, rspamd and appliances).',
    returnCodes: {
      '127.0.0.2': 'black: the domain appears in spam',
      '127.0.0.4': 'grey: the domain appears in bulk or unsolicited mail',
      '127.0.0.8': 'red: the domain appears in spam of newly registered or abused domains',
    },
    bitmask: { 2: 'black: the domain appears in spam', 4: 'grey: the domain appears in bulk or unsolicited mail', 8: 'red: the domain appears in spam of newly registered or abused domains' },
    refusedCodes: { '127.0.0.1': 'refused: the query came through a public resolver or went over the free limit' },
    ipv6: false,
    testName: 'test.uribl.com.multi.uribl.com',
    lookupUrl: () => 'https://admin.uribl.com/',
    delistUrl: 'https://admin.uribl.com/',
    delistHow: 'Look the domain up on the URIBL site and request removal there.',
    textPatterns: [/\buribl\b/i],
  },
  {
    id: 'uceprotect-1',
    name: 'UCEPROTECT Level 1',
    zone: 'dnsbl-1.uceprotect.net',
    kind: 'ip',
    rank: 8,
    usedBy: 'Some smaller sites. Only level 1 (the single IP) is worth acting on; levels 2 and 3 list whole networks.',
    returnCodes: { '127.0.0.2': 'the IP itself sent mail to spam traps' },
    refusedCodes: {},
    ipv6: false,
    testName: '2.0.0.127.dnsbl-1.uceprotect.net',
    lookupUrl: (t) => `https://www.uceprotect.net/en/rblcheck.php?ipr=${encodeURIComponent(t)}`,
    delistUrl: null,
    delistHow: 'Level 1 entries expire on their own about a week after the last spam-trap hit (paid express removal exists; not needed).',
    textPatterns: [/\buceprotect\b/i],
  },
];

/**
 * Longest text we scan for blocklist names. Rejection lines are short; a bounded scan keeps a pasted
 * 20 MB body from costing more than a few milliseconds here.
 */
export const MAX_BLOCKLIST_SCAN = 65_536;

/** Finds the highest-ranked list named in a rejection text, or null. */
export function findBlocklistInText(text: string): BlocklistInfo | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const sample = text.length > MAX_BLOCKLIST_SCAN ? text.slice(0, MAX_BLOCKLIST_SCAN) : text;
  for (const list of BY_SPECIFICITY) {
    if (list.textPatterns.some((p) => p.test(sample))) return list;
  }
  return null;
}

/** Lists whose patterns name a single zone go first so that a generic brand pattern cannot shadow them. */
function specificity(list: BlocklistInfo): number {
  return list.id === 'spamhaus-dbl' ? 1 : 0;
}

/** The lists in the order findBlocklistInText tries them (DBL before ZEN's generic "spamhaus"), sorted once. */
const BY_SPECIFICITY: readonly BlocklistInfo[] = [...BLOCKLISTS].sort((a, b) => specificity(b) - specificity(a) || a.rank - b.rank);

/** Looks a list up by id or zone. */
export function blocklistById(idOrZone: string): BlocklistInfo | null {
  const key = typeof idOrZone === 'string' ? idOrZone.trim().toLowerCase() : '';
  return BLOCKLISTS.find((b) => b.id === key || b.zone === key) ?? null;
}

/** A blocklist answer of the 127.0.0.x shape, capturing the last octet (for bit-mask lists). */
export const LOOPBACK_ANSWER = /^127\.0\.0\.(\d{1,3})$/;

/** What an A answer from a blocklist means. */
export type BlocklistAnswer =
  | { kind: 'listed'; code: string; meaning: string }
  | { kind: 'refused'; code: string; meaning: string }
  /** Not a documented code: treat as "could not check", never as listed. */
  | { kind: 'undocumented'; code: string; meaning: string };

/**
 * Reads one A-record answer of a list (e.g. "127.0.0.2"). Only documented codes count as listed;
 * everything else is refused or undocumented, which the check reports as "could not check".
 */
export function interpretBlocklistAnswer(list: BlocklistInfo, address: string): BlocklistAnswer {
  const code = typeof address === 'string' ? address.trim() : '';
  const refused = list.refusedCodes[code];
  if (refused) return { kind: 'refused', code, meaning: refused };
  const listed = list.returnCodes[code];
  if (listed) return { kind: 'listed', code, meaning: listed };
  if (list.bitmask) {
    const m = LOOPBACK_ANSWER.exec(code);
    const value = m ? Number(m[1]) : 0;
    const bits = Object.keys(list.bitmask).map(Number);
    if (value > 0 && value < 256 && bits.reduce((rest, b) => rest & ~b, value) === 0) {
      const meanings = bits.filter((b) => (value & b) !== 0).map((b) => list.bitmask?.[b] ?? '');
      return { kind: 'listed', code, meaning: meanings.join('; ') };
    }
  }
  if (!code.startsWith('127.')) {
    return { kind: 'undocumented', code, meaning: 'answer outside 127.0.0.0/8: the resolver or the list is misbehaving (for example a lapsed list domain or a resolver that rewrites answers)' };
  }
  return { kind: 'undocumented', code, meaning: 'an answer this list does not document: not treated as a listing' };
}
