/**
 * An answer that is nothing but the recipient's own address and the word "rejected" ("542
 * <jane@example.com> Rejected", as Symantec Email Security.cloud / MessageLabs writes it): the server
 * turned that address away and gave no other cause, and an address refused by name is read as a
 * mailbox the server does not accept (userunknown). Only the recipient's address counts (a sender
 * address refused so is a different fault), and only when it comes right before the word, so longer
 * answers that merely quote the address keep their own reading.
 * Limits: plain substring tests on the already lower-cased, whitespace-collapsed answer; no regex.
 */

/** What may stand between the address and "rejected": a closing bracket, Sendmail's "...", a colon. */
const JOINS: readonly string[] = [' ', '> ', '... ', ': ', '>: ', '>... '];

/** Whether `diag` (lower case, white space collapsed) refuses `address` by name with only "rejected". */
export function refusesRecipientByName(diag: string, address: string): boolean {
  const a = address.toLowerCase();
  if (a.length === 0 || !diag.includes(a)) return false;
  return JOINS.some((join) => diag.includes(`${a}${join}rejected`));
}
