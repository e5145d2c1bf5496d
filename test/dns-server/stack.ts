/**
 * A real DNS stack on loopback for the tests: nsd serves the zones (declared as data), dnsdist answers DNS
 * over HTTPS (plain HTTP, RFC 8484 GET and POST) in front of it, and a small Node HTTP front adds the faults
 * dnsdist cannot produce over DoH (delays, dropped answers, HTTP errors, garbage bodies).
 *
 * Every port is picked free on 127.0.0.1 and every file lives in a fresh temp dir, so several stacks can run
 * at once (vitest runs files in parallel). Limits: Linux only (nsd, dnsdist, /proc); start-up gives up after
 * `startTimeoutMs` (10 s) with the daemons' output in the error.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DnsStack, StackOptions } from './types.ts';
import { normalizeName, renderZoneFile } from './zone-file.ts';
import { renderNsdConfig } from './nsd-config.ts';
import { renderDnsdistConfig } from './dnsdist-config.ts';
import { freePort } from './ports.ts';
import { startDaemon, stopDaemon, waitForNoProcesses, type Daemon } from './daemon.ts';
import { startFront, type Front } from './front.ts';
import { buildQuery, base64url, tryDecode, udpQuery } from './wire.ts';

export type { DnsStack, Faults, StackOptions, Zone, ZoneRecord, ZoneRecordType } from './types.ts';

export const NSD_BIN = process.env.NSD_BIN ?? '/usr/sbin/nsd';
export const DNSDIST_BIN = process.env.DNSDIST_BIN ?? '/usr/bin/dnsdist';

/** Default bound on start-up; both daemons are normally up in 0.05-0.15 s. */
const DEFAULT_START_TIMEOUT_MS = 10_000;
/** Start-up is retried when a free-picked port was taken by someone else before our daemon bound it. */
const MAX_START_ATTEMPTS = 3;
/** Pause between readiness probes. */
const POLL_INTERVAL_MS = 20;
/** Timeout of one readiness probe. */
const PROBE_TIMEOUT_MS = 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Temp dirs of live stacks, removed on process exit if a test never called stop(). */
const liveDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

class StartError extends Error {
  constructor(message: string, readonly portClash: boolean) {
    super(message);
  }
}

function report(daemons: Daemon[], dir: string): string {
  let nsdLog = '';
  try { nsdLog = readFileSync(join(dir, 'nsd.log'), 'utf8').slice(-8000); } catch { /* no log yet */ }
  const parts = daemons.map((d) => `--- ${d.name} (exit: ${d.exitCode() ?? 'running'}) ---\n${d.output().trim()}`);
  if (nsdLog) parts.push(`--- nsd.log ---\n${nsdLog.trim()}`);
  return parts.join('\n');
}

const looksLikePortClash = (text: string) => /address already in use|could not bind|unable to bind|EADDRINUSE/i.test(text);

/** One DoH GET to dnsdist; true when it answers 200 with a DNS message. */
async function dohAnswers(port: number, name: string): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/dns-query?dns=${base64url(buildQuery(name, 'SOA'))}`, {
      headers: { accept: 'application/dns-message' },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = new Uint8Array(await res.arrayBuffer());
    return res.status === 200 && tryDecode(body) !== null;
  } catch {
    return false;
  }
}

/** Polls until nsd has every zone loaded and dnsdist answers DoH; throws with the daemons' output if not. */
async function waitUntilReady(o: { nsdPort: number; dohPort: number; origins: string[]; daemons: Daemon[]; dir: string; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + o.timeoutMs;
  let pending = 'nsd';
  while (Date.now() < deadline) {
    for (const d of o.daemons) {
      if (d.exitCode() !== null) {
        const text = report(o.daemons, o.dir);
        throw new StartError(`${d.name} exited during start-up\n${text}`, looksLikePortClash(text));
      }
    }
    const probeName = o.origins[0] ?? '.';
    const nsdAnswer = await udpQuery(o.nsdPort, probeName, 'SOA', PROBE_TIMEOUT_MS);
    if (nsdAnswer) {
      // nsd loads its zones before it answers: a zone answering anything but NOERROR did not load.
      const broken: string[] = [];
      for (const origin of o.origins) {
        const a = await udpQuery(o.nsdPort, origin, 'SOA', PROBE_TIMEOUT_MS);
        if (!a || a.rcode !== 'NOERROR' || !(a.answers ?? []).some((r) => r.type === 'SOA')) broken.push(`${origin} (${a?.rcode ?? 'no answer'})`);
      }
      if (broken.length > 0) {
        throw new StartError(`nsd did not load zone(s): ${broken.join(', ')}\n${report(o.daemons, o.dir)}`, false);
      }
      pending = 'dnsdist DoH';
      if (await dohAnswers(o.dohPort, probeName)) return;
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new StartError(`DNS stack not ready after ${o.timeoutMs} ms (waiting for ${pending})\n${report(o.daemons, o.dir)}`, false);
}

async function distinctPorts(): Promise<{ nsdPort: number; dnsPort: number; dohPort: number }> {
  const taken = new Set<number>();
  const pick = async (udp: boolean) => {
    for (;;) {
      const p = await freePort(udp);
      if (!taken.has(p)) { taken.add(p); return p; }
    }
  };
  return { nsdPort: await pick(true), dnsPort: await pick(true), dohPort: await pick(false) };
}

async function startOnce(opts: StackOptions, dir: string): Promise<DnsStack> {
  const origins = opts.zones.map((z) => normalizeName(z.origin));
  const zoneFiles = opts.zones.map((zone, i) => {
    const path = join(dir, `zone-${i}.zone`);
    writeFileSync(path, renderZoneFile(zone));
    return { origin: origins[i] as string, path };
  });
  const { nsdPort, dnsPort, dohPort } = await distinctPorts();
  const nsdConf = join(dir, 'nsd.conf');
  const dnsdistConf = join(dir, 'dnsdist.lua');
  writeFileSync(nsdConf, renderNsdConfig({ dir, port: nsdPort, zones: zoneFiles }));
  writeFileSync(dnsdistConf, renderDnsdistConfig({ dnsPort, dohPort, nsdPort, faults: opts.faults }));

  const daemons: Daemon[] = [];
  let front: Front | null = null;
  let stopped: Promise<void> | null = null;
  const stopAll = () => {
    stopped ??= (async () => {
      await front?.close();
      await Promise.all(daemons.map(stopDaemon));
      await waitForNoProcesses(dir);
      rmSync(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
    })();
    return stopped;
  };
  try {
    // -d: stay in the foreground so the test process owns it; the config path (in our temp dir) marks
    // every process of this stack, nsd's forked children included.
    daemons.push(startDaemon('nsd', NSD_BIN, ['-d', '-c', nsdConf], dir));
    daemons.push(startDaemon('dnsdist', DNSDIST_BIN, ['--supervised', '--disable-syslog', '-C', dnsdistConf], dir));
    front = await startFront({ dnsdistDohPort: dohPort, faults: opts.faults });
    await waitUntilReady({ nsdPort, dohPort, origins, daemons, dir, timeoutMs: opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS });
  } catch (err) {
    await Promise.all(daemons.map(stopDaemon));
    await front?.close();
    await waitForNoProcesses(dir);
    throw err;
  }
  const f = opts.faults ?? {};
  const frontBase = `http://127.0.0.1:${front.port}`;
  const directDohUrl = `http://127.0.0.1:${dohPort}/dns-query`;
  const needsFront = (f.delayMs ?? 0) > 0 || (f.slow ?? []).length > 0 || (f.drop ?? []).length > 0;
  return {
    dohUrl: needsFront ? `${frontBase}/dns-query` : directDohUrl,
    directDohUrl,
    httpErrorUrl: (status: number) => `${frontBase}/http-error/${Math.trunc(status)}/dns-query`,
    garbageUrl: `${frontBase}/garbage/dns-query`,
    udpPort: nsdPort,
    dnsdistPort: dnsPort,
    dir,
    stop: stopAll,
  };
}

/**
 * Starts nsd + dnsdist (+ the Node front) serving `zones` with `faults`, and resolves once a real query
 * through DoH succeeds. Rejects with the daemons' output when they do not come up.
 */
export async function startDnsStack(opts: StackOptions): Promise<DnsStack> {
  const missing = [NSD_BIN, DNSDIST_BIN].filter((bin) => !existsSync(bin));
  if (missing.length > 0) {
    throw new Error(`DNS stack: ${missing.join(' and ')} not found. Install the Debian packages with \`node scripts/ensure-system-deps.mjs\` (as root), or apt-get install -y --no-install-recommends nsd dnsdist.`);
  }
  let last: unknown;
  for (let attempt = 0; attempt < MAX_START_ATTEMPTS; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'dns-stack-'));
    liveDirs.add(dir);
    try {
      return await startOnce(opts, dir);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
      last = err;
      if (!(err instanceof StartError && err.portClash)) break;
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
