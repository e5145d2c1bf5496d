/** The structured result of the reverse-DNS check (CheckResult.data). */
import type { GenericReason } from './generic-name.ts';

/** Whether one PTR name leads back to the IP. */
export type ForwardState =
  /** The name has an A/AAAA record equal to the IP: forward-confirmed (FCrDNS). */
  | 'confirmed'
  /** The name resolves, but to other addresses only. */
  | 'mismatch'
  /** The name has no address of the IP's family (NXDOMAIN or NODATA). */
  | 'no-address'
  /** The forward lookup failed. */
  | 'could-not-check';

export interface PtrName {
  /** The PTR target, lower case, no trailing dot. */
  name: string;
  forward: ForwardState;
  /** The addresses the name resolves to (same family as the IP). */
  addresses: string[];
  /** Why the name looks generic (empty when it does not). */
  generic: GenericReason[];
}

export interface ReverseDnsData {
  /** The IP checked, canonical text; '' when the input was not an IP. */
  ip: string;
  version: 4 | 6 | null;
  /** The PTR owner name queried (in-addr.arpa / ip6.arpa). */
  ptrQuery: string;
  /** The PTR names found, each with its forward confirmation; empty when none. */
  names: PtrName[];
  /** True/false when known; null when a lookup failed and it cannot be told. */
  forwardConfirmed: boolean | null;
  /**
   * PTR names found but not looked up (beyond MAX_PTR_NAMES); absent when every name was. Any of them
   * might lead back to the IP, so without a confirmation among the checked ones there is no verdict.
   */
  uncheckedNames?: number;
}

export interface ReverseDnsCheckInput {
  /** The sending IP (IPv4 or IPv6). */
  ip: string;
}
