/**
 * Runs one DNS stack from the command line until SIGTERM/SIGINT, e.g. behind Vite's preview proxy:
 *
 *   node_modules/.bin/tsx test/dns-server/serve.ts --zones test/e2e-zones.ts [--port-file F] [--info-file F]
 *     [--delay-ms MS]
 *
 * The zones module exports `zones` (or a default export) as Zone[], and optionally `faults`.
 * Prints the DoH URL on the first line of stdout, then one JSON line with every URL.
 * --port-file F: writes the port of the DoH URL (just the number). --info-file F: writes that JSON.
 * --delay-ms MS: adds MS to every DoH answer (overrides the module's faults.delayMs).
 * Start it with node_modules/.bin/tsx, not npx: npm exec does not pass SIGTERM on.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDnsStack, type Faults, type Zone } from './stack.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const zonesPath = arg('--zones');
if (!zonesPath) {
  process.stderr.write('usage: serve.ts --zones MODULE [--port-file F] [--info-file F] [--delay-ms MS]\n');
  process.exit(2);
}
const mod = (await import(pathToFileURL(resolve(zonesPath)).href)) as { zones?: Zone[]; default?: Zone[]; faults?: Faults };
const zones = mod.zones ?? mod.default;
if (!Array.isArray(zones)) {
  process.stderr.write(`serve.ts: ${zonesPath} exports no "zones" array\n`);
  process.exit(2);
}
const delayArg = arg('--delay-ms');
const faults: Faults = { ...(mod.faults ?? {}) };
if (delayArg !== undefined) faults.delayMs = Number(delayArg);
const stack = await startDnsStack({ zones, faults });
const info = {
  dohUrl: stack.dohUrl,
  directDohUrl: stack.directDohUrl,
  garbageUrl: stack.garbageUrl,
  httpErrorUrlExample: stack.httpErrorUrl(503),
  udpPort: stack.udpPort,
  dnsdistPort: stack.dnsdistPort,
};
const portFile = arg('--port-file');
if (portFile) writeFileSync(portFile, String(new URL(stack.dohUrl).port));
const infoFile = arg('--info-file');
if (infoFile) writeFileSync(infoFile, JSON.stringify(info));
process.stdout.write(`${stack.dohUrl}\n${JSON.stringify(info)}\n`);

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  void stack.stop().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
