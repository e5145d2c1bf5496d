import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Faults } from './types.ts';
import { questionName } from './wire.ts';
import { normalizeName } from './zone-file.ts';

/** Largest DoH request body accepted (a DNS query is at most 64 KiB; ours are tiny). */
const MAX_BODY_BYTES = 65_535;
/** Body of the garbage answers: HTTP 200 and the DoH content type, but not a DNS message. */
const GARBAGE_BODY = Buffer.from('<html><body>This is not a DNS message.</body></html>\n');

export interface Front {
  port: number;
  close(): Promise<void>;
}

function suffixMatch(name: string, suffixes: string[] | undefined): boolean {
  if (!name || !suffixes) return false;
  return suffixes.some((s) => {
    const suffix = normalizeName(s);
    return name === suffix || name.endsWith(`.${suffix}`);
  });
}

/** The DNS query of a DoH request: `?dns=` base64url for GET, the body for POST. */
function queryBytes(method: string | undefined, url: URL, body: Buffer): Uint8Array | null {
  if (method === 'GET') {
    const dns = url.searchParams.get('dns');
    return dns ? Buffer.from(dns, 'base64url') : null;
  }
  return method === 'POST' ? body : null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.alloc(0)));
  });
}

const CORS = { 'access-control-allow-origin': '*' };

/**
 * A small HTTP front on 127.0.0.1 in the test process. It forwards DoH to dnsdist unchanged and adds what
 * dnsdist cannot do over DoH: a delay per answer (dnsdist's DelayAction only delays UDP), dropped names
 * (dnsdist answers a dropped DoH query with HTTP 403), HTTP error statuses and garbage bodies.
 *
 * Routes: /dns-query (forwarded, with delay/slow/drop faults), /http-error/STATUS/dns-query,
 * /garbage/dns-query.
 */
export function startFront(opts: { dnsdistDohPort: number; faults?: Faults }): Promise<Front> {
  const faults = opts.faults ?? {};
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let closed = false;

  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => { timers.delete(t); resolve(); }, ms);
      timers.add(t);
    });

  const forward = (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) => {
    const headers: Record<string, string> = {};
    for (const h of ['accept', 'content-type']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    if (req.method === 'POST') headers['content-length'] = String(body.length);
    const upstream = request(
      { host: '127.0.0.1', port: opts.dnsdistDohPort, method: req.method, path: `/dns-query${url.search}`, headers, agent },
      (up) => {
        const out: Record<string, string> = { ...CORS };
        const type = up.headers['content-type'];
        if (type) out['content-type'] = type;
        res.writeHead(up.statusCode ?? 502, out);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { ...CORS, 'content-type': 'text/plain' });
      res.end(`front: dnsdist unreachable: ${err.message}\n`);
    });
    upstream.end(req.method === 'POST' ? body : undefined);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'accept, content-type' });
      return res.end();
    }
    const httpError = /^\/http-error\/(\d{3})\/dns-query$/.exec(url.pathname);
    if (httpError) {
      res.writeHead(Number(httpError[1]), { ...CORS, 'content-type': 'text/plain' });
      return res.end(`injected HTTP ${httpError[1]}\n`);
    }
    if (url.pathname === '/garbage/dns-query') {
      await later(faults.delayMs ?? 0);
      res.writeHead(200, { ...CORS, 'content-type': 'application/dns-message' });
      return res.end(GARBAGE_BODY);
    }
    if (url.pathname !== '/dns-query') {
      res.writeHead(404, { ...CORS, 'content-type': 'text/plain' });
      return res.end('not found\n');
    }
    const bytes = queryBytes(req.method, url, body);
    const name = bytes ? questionName(bytes) ?? '' : '';
    if (suffixMatch(name, faults.drop)) return; // never answered; the socket is destroyed on close()
    const slow = (faults.slow ?? []).filter((s) => suffixMatch(name, [s.name])).reduce((m, s) => Math.max(m, s.delayMs), 0);
    await later((faults.delayMs ?? 0) + slow);
    if (closed) return;
    forward(req, res, url, body);
  };

  const server = createServer((req, res) => { void handle(req, res); });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            closed = true;
            for (const t of timers) clearTimeout(t);
            timers.clear();
            for (const s of sockets) s.destroy();
            agent.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
