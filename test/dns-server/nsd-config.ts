/** Zones as nsd sees them: the name and the path of the generated zone file. */
export interface NsdZoneFile {
  origin: string;
  path: string;
}

/** nsd's config path strings are quoted; our temp paths never contain quotes, but refuse them to be sure. */
function quoted(value: string): string {
  if (/["\n]/.test(value)) throw new Error(`unusable path for nsd.conf: ${value}`);
  return `"${value}"`;
}

/**
 * nsd.conf for one test stack. Every file nsd would write (pid, xfrd state, zone list, log) points into
 * the stack's temp dir, so nothing collides with Debian's /etc/nsd defaults or with another stack, and the
 * control socket is off.
 */
export function renderNsdConfig(opts: { dir: string; port: number; zones: NsdZoneFile[] }): string {
  const { dir, port } = opts;
  const zones = opts.zones
    .map((z) => `zone:\n  name: ${quoted(z.origin)}\n  zonefile: ${quoted(z.path)}\n`)
    .join('');
  return `server:
  ip-address: 127.0.0.1@${port}
  port: ${port}
  do-ip4: yes
  do-ip6: no
  # We may run as root: without this nsd would chroot/drop to user "nsd", who cannot read our 0700 temp dir.
  username: ""
  chroot: ""
  zonesdir: ${quoted(dir)}
  pidfile: ${quoted(`${dir}/nsd.pid`)}
  database: ""
  zonelistfile: ${quoted(`${dir}/zone.list`)}
  xfrdfile: ${quoted(`${dir}/xfrd.state`)}
  xfrdir: ${quoted(dir)}
  logfile: ${quoted(`${dir}/nsd.log`)}
  log-only-syslog: no
  verbosity: 1
  server-count: 1
  # Debian enables response-rate limiting (200 q/s per /24): under test load it drops answers to 127.0.0.1.
  rrl-ratelimit: 0
  hide-version: yes
remote-control:
  control-enable: no
${zones}`;
}
