/**
 * The default "did you mean" for a domain: the typo matcher over common mailbox providers' domains in
 * knowledge/. Injectable through AddressCheckOptions so tests and callers can supply their own.
 */
import { suggestDomain } from '../../knowledge/mailbox-providers.ts';

export function defaultSuggestDomain(domain: string): string | null {
  return suggestDomain(domain);
}
