import { decodeHeaderWords } from './header-words.ts';
import type { DkimSignatureRef, OriginalMessage, ReceivedHop } from './types.ts';
import { readFields, type Field } from './fields.ts';
import { locate } from './span.ts';
import { parseReceived, sendingIpOf } from './received.ts';
import { MAX_RECEIVED_HOPS } from './limits.ts';

/** The header block at the top of `text` (up to the first blank line). */
export function headerBlock(text: string): string {
  const lf = text.indexOf('\n\n');
  const crlf = text.indexOf('\r\n\r\n');
  const end = lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
  return end < 0 ? text : text.slice(0, end);
}

function first(fields: readonly Field[], name: string): string | null {
  for (const f of fields) if (f.name === name) return f.value;
  return null;
}

function decoded(value: string | null): string | null {
  return value === null ? null : decodeHeaderWords(value);
}

/** d= and s= tags of a DKIM-Signature value. */
function dkimTags(value: string): { domain: string; selector: string } | null {
  const domain = /(?:^|;)\s*d\s*=\s*([^;\s]{1,255})/i.exec(value)?.[1];
  const selector = /(?:^|;)\s*s\s*=\s*([^;\s]{1,255})/i.exec(value)?.[1];
  return domain && selector ? { domain: domain.toLowerCase(), selector } : null;
}

/**
 * The returned original's headers. `headersText` is the original message (or only its headers);
 * `input` is the whole user input, for spans. Returns null when no header is recognised.
 */
export function readOriginal(headersText: string, input: string): OriginalMessage | null {
  const fields = readFields(headerBlock(headersText)).filter((f) => f.block === 0);
  if (fields.length === 0) return null;
  const known = ['from', 'to', 'subject', 'message-id', 'date', 'received', 'return-path'];
  if (!fields.some((f) => known.includes(f.name))) return null;
  const dkimSignatures: DkimSignatureRef[] = [];
  const received: ReceivedHop[] = [];
  const authenticationResults: string[] = [];
  for (const f of fields) {
    if (f.name === 'dkim-signature') {
      const tags = dkimTags(f.value);
      if (tags) dkimSignatures.push({ ...tags, span: locate(input, f.firstLine) });
    } else if (f.name === 'received' && received.length < MAX_RECEIVED_HOPS) {
      received.push({ ...parseReceived(f.value), span: locate(input, f.firstLine) });
    } else if (f.name === 'authentication-results' || f.name === 'arc-authentication-results') {
      authenticationResults.push(f.value);
    }
  }
  return {
    from: decoded(first(fields, 'from')),
    returnPath: first(fields, 'return-path') ?? first(fields, 'x-envelope-from') ?? first(fields, 'x-postfix-sender'),
    to: decoded(first(fields, 'to')),
    subject: decoded(first(fields, 'subject')),
    messageId: first(fields, 'message-id'),
    date: first(fields, 'date'),
    dkimSignatures,
    authenticationResults,
    received,
    sendingIp: sendingIpOf(received),
  };
}
