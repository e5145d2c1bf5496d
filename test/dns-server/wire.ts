import { decode, encode, type Packet } from '@leichtgewicht/dns-packet';
import { createSocket } from 'node:dgram';
import type { ZoneRecordType } from './types.ts';

/** A DNS query message with recursion desired and a random id. */
export function buildQuery(name: string, type: ZoneRecordType): Uint8Array {
  return encode({
    type: 'query',
    id: Math.floor(Math.random() * 65536),
    flags: 1 << 8,
    questions: [{ name, type, class: 'IN' }],
  });
}

/** RFC 4648 base64url without padding, as RFC 8484 wants in `?dns=`. */
export function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** The decoded message, or null when the bytes are not a DNS message. */
export function tryDecode(bytes: Uint8Array): Packet | null {
  try {
    return decode(bytes);
  } catch {
    return null;
  }
}

/** The lower-case question name of a DNS message (no trailing dot), or null when it has none. */
export function questionName(bytes: Uint8Array): string | null {
  const name = tryDecode(bytes)?.questions?.[0]?.name;
  return typeof name === 'string' ? name.replace(/\.$/, '').toLowerCase() : null;
}

/** One plain-DNS query over UDP; resolves null on timeout or an undecodable answer. */
export function udpQuery(port: number, name: string, type: ZoneRecordType, timeoutMs: number): Promise<Packet | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    let settled = false;
    const finish = (value: Packet | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try { socket.close(); } catch { /* already closed */ }
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    socket.on('error', () => finish(null));
    socket.on('message', (msg) => finish(tryDecode(msg)));
    socket.send(buildQuery(name, type), port, '127.0.0.1', (err) => { if (err) finish(null); });
  });
}
