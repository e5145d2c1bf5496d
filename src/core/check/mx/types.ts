/** The structured result of the MX check (CheckResult.data). */

/** What one MX exchange turned out to be. */
export type ExchangeState =
  /** The host name has at least one A or AAAA record. */
  | 'resolves'
  /** The host name exists nowhere or has no address record: mail cannot go there. */
  | 'no-address'
  /** The exchange is an IP address written as a name (RFC 5321 5.1 forbids it). */
  | 'ip-literal'
  /** An address lookup failed, so whether it resolves is unknown. */
  | 'could-not-check';

export interface MxExchange {
  /** MX preference: lower is tried first. */
  preference: number;
  /** The exchange host name, lower case, no trailing dot. */
  host: string;
  state: ExchangeState;
  /** IPv4 then IPv6 addresses the host resolves to (empty when none or unknown). */
  addresses: string[];
  /** CNAME names followed from the host to its addresses; non-empty means the MX points at an alias. */
  cnameChain: string[];
  /** Addresses that can never be reached from the internet (loopback, private, link-local, unspecified). */
  unreachableAddresses: string[];
}

/** How the domain receives mail, as far as DNS says. */
export type MailRouting =
  /** One or more MX records with real exchanges. */
  | 'mx'
  /** A null MX ("0 ."): the domain declares it accepts no mail (RFC 7505). */
  | 'null-mx'
  /** No MX, but an address record on the domain itself: mail goes there (RFC 5321 5.1 implicit MX). */
  | 'implicit'
  /** Neither MX nor address records: nobody receives mail for this domain. */
  | 'none'
  /** The domain does not exist (NXDOMAIN). */
  | 'nxdomain'
  /** A lookup failed, so the routing is unknown. */
  | 'unknown';

/** How the server named in the bounce relates to the current MX hosts. */
export type AnsweredByMatch =
  /** It is one of the current exchanges (by name, or by address when the bounce gave an IP). */
  | 'current-exchange'
  /** Not listed, but in the same organizational domain as a current exchange (same provider, likely fine). */
  | 'same-organization'
  /** Neither: the sender may be using an old MX after a migration (stale MX). */
  | 'not-current'
  /** The MX hosts are unknown (lookup failed, null MX, no mail host), so no comparison was made. */
  | 'unknown';

export interface AnsweredByComparison {
  /** The server as named in the bounce, normalised (lower case, no "dns;" prefix, no brackets). */
  host: string;
  match: AnsweredByMatch;
  /** The organizational domain of the server (Public Suffix List), null for an IP address. */
  organizationalDomain: string | null;
}

export interface MxData {
  /** The domain checked, lower case, no trailing dot. */
  domain: string;
  routing: MailRouting;
  /** The MX exchanges by preference (then name); a null MX is not listed here. */
  exchanges: MxExchange[];
  /** True when a null MX record was published (alone or, wrongly, together with other MX records). */
  nullMx: boolean;
  /** The domain's own addresses when mail would use the implicit MX; empty otherwise. */
  implicitAddresses: string[];
  /** The comparison with the server named in the bounce; null when the bounce named none. */
  answeredBy: AnsweredByComparison | null;
}

export interface MxCheckInput {
  /** The recipient domain (the part after @). */
  domain: string;
  /** The server that answered, as the bounce names it (e.g. Remote-MTA "dns; mx.example.com"); optional. */
  answeredBy?: string | null;
}
