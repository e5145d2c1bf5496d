/**
 * One DoH request to one provider: GET with `?dns=` base64url and only an Accept header (a CORS "simple
 * request", so no preflight), or POST when asked. Never throws: every failure is a DnsFailure.
 */
import { toBase64Url } from './base64url.ts';
import { decodeAnswer, type DecodeOutcome } from './doh-message.ts';
import type { DnsFailure, RecordType } from './types.ts';

export const DNS_MESSAGE_TYPE = 'application/dns-message';

/**
 * Longest GET URL we send. Google answers 413/414 for queries above 512 bytes; a query for any legal
 * name is far below this, so in practice POST is only used when a provider refuses GET.
 */
export const MAX_GET_URL_LENGTH = 2048;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ExchangeRequest {
  url: string;
  name: string;
  type: RecordType;
  message: Uint8Array;
  method: 'GET' | 'POST';
  fetch: FetchLike;
  timeoutMs: number;
  /** The caller's own cancellation. */
  signal?: AbortSignal;
}

/** The exchange's outcome: a decoded answer, or a failure (with the HTTP status when there was one). */
export type ExchangeOutcome = DecodeOutcome & { httpStatus?: number };

function httpMessage(status: number): string {
  if (status === 400) return 'HTTP 400: the DoH server rejected the request';
  if (status === 413 || status === 414) return `HTTP ${status}: the query is too large for this DoH server`;
  if (status === 415) return 'HTTP 415: the DoH server does not accept this content type';
  if (status === 429) return 'HTTP 429: the DoH server is rate-limiting us';
  if (status >= 500) return `HTTP ${status}: the DoH server had an internal error`;
  return `HTTP ${status} from the DoH server`;
}

/** Builds the GET URL, keeping any query string the provider URL already has. */
export function getUrl(base: string, message: Uint8Array): string {
  return `${base}${base.includes('?') ? '&' : '?'}dns=${toBase64Url(message)}`;
}

export async function exchange(req: ExchangeRequest): Promise<ExchangeOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  if (req.signal?.aborted) controller.abort();
  req.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const started = Date.now();
  const fail = (error: DnsFailure, httpStatus?: number): ExchangeOutcome =>
    httpStatus === undefined ? { ok: false, error } : { ok: false, error, httpStatus };
  try {
    const init: RequestInit = req.method === 'GET'
      ? { method: 'GET', headers: { accept: DNS_MESSAGE_TYPE }, signal: controller.signal }
      : {
        method: 'POST',
        headers: { accept: DNS_MESSAGE_TYPE, 'content-type': DNS_MESSAGE_TYPE },
        body: req.message as unknown as BodyInit,
        signal: controller.signal,
      };
    const target = req.method === 'GET' ? getUrl(req.url, req.message) : req.url;
    const response = await req.fetch(target, init);
    if (!response.ok) {
      // Drain the body so the connection can be reused; its content is not needed.
      await response.arrayBuffer().catch(() => undefined);
      return fail({ kind: 'http', status: response.status, message: httpMessage(response.status) }, response.status);
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const decoded = decodeAnswer(body, req.name, req.type);
    if (!decoded.ok && decoded.error.kind === 'malformed') {
      const contentType = response.headers.get('content-type') ?? 'none';
      if (!contentType.toLowerCase().startsWith(DNS_MESSAGE_TYPE)) {
        decoded.error.message += ` (content-type: ${contentType})`;
      }
    }
    return { ...decoded, httpStatus: response.status };
  } catch (e) {
    if (timedOut) return fail({ kind: 'timeout', message: `no answer from ${req.url} within ${req.timeoutMs} ms`, afterMs: Date.now() - started });
    if (req.signal?.aborted) return fail({ kind: 'network', message: 'lookup cancelled' });
    // fetch rejects with a TypeError for offline, DNS failure of the DoH host, refused connection, and CORS.
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ kind: 'network', message: `could not reach ${req.url} (network error or blocked by CORS): ${detail}` });
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCallerAbort);
  }
}
