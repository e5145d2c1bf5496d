import { createServer } from 'node:net';
import { createSocket } from 'node:dgram';

function listenTcp(port: number): Promise<{ port: number; close: () => Promise<void> } | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === 'object' && address ? address.port : 0;
      resolve({ port: got, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function bindUdp(port: number): Promise<{ close: () => Promise<void> } | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => { socket.close(); resolve(null); });
    socket.bind({ address: '127.0.0.1', port, exclusive: true }, () => {
      resolve({ close: () => new Promise((r) => socket.close(() => r())) });
    });
  });
}

/** How many times to look for a port that is free for both TCP and UDP before giving up. */
const MAX_PORT_ATTEMPTS = 20;

/**
 * A 127.0.0.1 port free right now for TCP (and for UDP too when `udp`). The port is released before
 * returning, so another process could take it before our daemon binds: the caller retries start-up then.
 */
export async function freePort(udp: boolean): Promise<number> {
  for (let attempt = 0; attempt < MAX_PORT_ATTEMPTS; attempt++) {
    const tcp = await listenTcp(0);
    if (!tcp) continue;
    const u = udp ? await bindUdp(tcp.port) : { close: async () => {} };
    await tcp.close();
    if (u) {
      await u.close();
      return tcp.port;
    }
  }
  throw new Error('no free port on 127.0.0.1');
}
