/**
 * A bare DoH client for the stack's own tests and for debugging: one RFC 8484 request, no retries, no
 * interpretation. The app's real resolver lives in src/core/dns; this only proves the server side.
 */
import type { Packet } from '@leichtgewicht/dns-packet';
import type { ZoneRecordType } from './types.ts';
import { base64url, buildQuery, tryDecode } from './wire.ts';

export interface DohReply {
  /** HTTP status, or 0 when the request failed or timed out. */
  status: number;
  /** The decoded DNS message; null when the body is not one (or there was no body). */
  packet: Packet | null;
  /** The raw body. */
  body: Uint8Array;
  /** True when the client gave up after `timeoutMs`. */
  timedOut: boolean;
  elapsedMs: number;
  headers: Headers | null;
}

/** GET ?dns= (default) or POST one query for `name`/`type` to `url`; never throws. */
export async function dohQuery(
  url: string,
  name: string,
  type: ZoneRecordType,
  opts: { method?: 'GET' | 'POST'; timeoutMs?: number } = {},
): Promise<DohReply> {
  const query = buildQuery(name, type);
  const started = performance.now();
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 5_000);
  try {
    const res =
      opts.method === 'POST'
        ? await fetch(url, {
            method: 'POST',
            headers: { accept: 'application/dns-message', 'content-type': 'application/dns-message' },
            body: new Uint8Array(query),
            signal,
          })
        : await fetch(`${url}?dns=${base64url(query)}`, { headers: { accept: 'application/dns-message' }, signal });
    const body = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, packet: tryDecode(body), body, timedOut: false, elapsedMs: performance.now() - started, headers: res.headers };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return { status: 0, packet: null, body: new Uint8Array(), timedOut, elapsedMs: performance.now() - started, headers: null };
  }
}

/** TXT answer data as text strings, one array per record. */
export function txtStrings(packet: Packet | null): string[][] {
  return (packet?.answers ?? [])
    .filter((a) => a.type === 'TXT')
    .map((a) => {
      const data = a.data as unknown as (string | Uint8Array)[] | string | Uint8Array;
      const list = Array.isArray(data) ? data : [data];
      return list.map((s) => (typeof s === 'string' ? s : new TextDecoder().decode(s)));
    });
}
