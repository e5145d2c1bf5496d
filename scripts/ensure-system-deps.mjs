#!/usr/bin/env node
// Installs the Debian packages the tests need (a real DNS server and a browser) when they are missing.
// CI runs on a fresh machine as root; a developer's machine keeps them between runs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { pkg: 'nsd', bin: '/usr/sbin/nsd' },
  { pkg: 'dnsdist', bin: '/usr/bin/dnsdist' },
  { pkg: 'chromium', bin: '/usr/bin/chromium' },
];
const missing = needed.filter((n) => !existsSync(n.bin)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian packages the tests need: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
// The Debian packages start their own services on the standard ports; the tests start their own
// instances on free loopback ports, so the system ones are stopped to keep the machine quiet.
for (const service of ['nsd', 'dnsdist']) {
  try { execFileSync('sh', ['-c', `command -v systemctl >/dev/null && systemctl stop ${service} 2>/dev/null; pkill -x ${service} 2>/dev/null; true`]); } catch { /* not running */ }
}
