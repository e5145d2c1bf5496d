/**
 * The commands and records the plan hands out, built with the real names filled in. Kept apart from the
 * advice text so the same command reads the same everywhere.
 */
import { digCommand } from '../dns/present.ts';
import { parseIp } from '../check/reverse-dns/reverse-name.ts';

export interface Copyable {
  label: string;
  text: string;
}

/** dig for the MX records of a domain. */
export function digMx(domain: string): Copyable {
  return { label: `Look up the mail servers of ${domain}`, text: digCommand(domain, 'MX') };
}

/** dig for the TXT records at a name (SPF at the domain, DMARC at _dmarc., DKIM at ._domainkey.). */
export function digTxt(name: string, label: string): Copyable {
  return { label, text: digCommand(name, 'TXT') };
}

/** dig -x for the PTR record of an IP, or null when the text is not an IP. */
export function digPtr(ip: string): Copyable | null {
  const parsed = parseIp(ip);
  if (!parsed.ok) return null;
  return { label: `Look up the reverse DNS name of ${parsed.address}`, text: `dig +short -x ${parsed.address}` };
}

/** The PTR record to publish for an IP, in zone-file form, or null when the text is not an IP. */
export function ptrRecord(ip: string, hostName: string): Copyable | null {
  const parsed = parseIp(ip);
  if (!parsed.ok) return null;
  return { label: `PTR record for ${parsed.address} (set by whoever controls the IP)`, text: `${parsed.ptrName}. 3600 IN PTR ${hostName}.` };
}

/** The DNS name to query a blocklist zone for an IP (reversed labels + zone), or null for a non-IP. */
export function blocklistQuery(ip: string, zone: string): Copyable | null {
  const parsed = parseIp(ip);
  if (!parsed.ok) return null;
  return { label: `Ask ${zone} about ${parsed.address} (from a resolver of your own; public resolvers are often refused)`, text: digCommand(`${parsed.reversed}.${zone}`, 'A') };
}

/** The Spamhaus DBL query for a domain (the domain blocklist most filters consult). */
export function dblQuery(domain: string): Copyable {
  return { label: `Ask the Spamhaus DBL about ${domain}`, text: digCommand(`${domain}.dbl.spamhaus.org`, 'A') };
}

/** Test a server's STARTTLS and certificate. */
export function opensslStarttls(host: string, port = 25): Copyable {
  return { label: `Test encryption (STARTTLS) and the certificate of ${host}`, text: `openssl s_client -starttls smtp -connect ${host}:${port} -servername ${host} -brief` };
}

/** Test that a mail server accepts connections on port 25. */
export function ncSmtp(host: string): Copyable {
  return { label: `Test that ${host} accepts connections on port 25`, text: `nc -vz -w 10 ${host} 25` };
}

/** Search the mail log for a message. */
export function grepLog(needle: string): Copyable {
  return { label: 'Find the message in the mail server log (Postfix/Exim paths; adjust for yours)', text: `grep -F '${needle.replace(/'/g, '')}' /var/log/mail.log` };
}
