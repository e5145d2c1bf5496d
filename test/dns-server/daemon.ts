import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Output kept per daemon for error messages; start-up errors are short, a runaway log is not. */
const MAX_OUTPUT_CHARS = 16_000;
/** How long a daemon gets to exit after SIGTERM before SIGKILL. */
const TERM_GRACE_MS = 3_000;
/** How long to wait for forked children (nsd's server and xfrd processes) to go away after the parent. */
const CHILDREN_GRACE_MS = 4_000;

export interface Daemon {
  name: string;
  child: ChildProcess;
  /** stdout and stderr so far (the last MAX_OUTPUT_CHARS characters). */
  output(): string;
  /** null while running. */
  exitCode(): number | string | null;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** If the test process exits without stop(), kill what it started rather than leave daemons behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) {
      try { child.kill('SIGKILL'); } catch { /* already gone */ }
    }
  });
}

export function startDaemon(name: string, command: string, args: string[], cwd: string): Daemon {
  installExitHook();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  let exit: number | string | null = null;
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  child.on('error', (err) => { append(Buffer.from(`\n${err.message}\n`)); exit = exit ?? 'spawn-error'; running.delete(child); });
  child.on('exit', (code, signal) => { exit = code ?? signal ?? 'exited'; running.delete(child); });
  return { name, child, output: () => output, exitCode: () => exit };
}

/** Process state letter from /proc/PID/stat ("R", "S", "Z", ...), or null when the process is gone. */
function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}

/**
 * Live (not zombie) processes whose command line mentions `marker` (the stack's temp dir is on every
 * daemon's command line, children included). Linux /proc only; empty elsewhere.
 */
export function liveProcessesMentioning(marker: string): number[] {
  let entries: string[];
  try { entries = readdirSync('/proc'); } catch { return []; }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d{1,10}$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let cmdline: string;
    try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!cmdline.includes(marker)) continue;
    const state = processState(pid);
    // Killed daemons linger as zombies (~2 s here) until reaped: they are dead, not "behind".
    if (state !== null && state !== 'Z' && state !== 'X') pids.push(pid);
  }
  return pids;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
export async function stopDaemon(daemon: Daemon): Promise<void> {
  const { child } = daemon;
  if (daemon.exitCode() !== null) return;
  const exited = new Promise<void>((resolve) => {
    if (daemon.exitCode() !== null) resolve();
    child.once('exit', () => resolve());
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), TERM_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Waits until no live process mentions `marker`; SIGKILLs stragglers after the grace period. */
export async function waitForNoProcesses(marker: string): Promise<void> {
  const deadline = Date.now() + CHILDREN_GRACE_MS;
  while (Date.now() < deadline) {
    if (liveProcessesMentioning(marker).length === 0) return;
    await sleep(25);
  }
  for (const pid of liveProcessesMentioning(marker)) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone meanwhile */ }
  }
  await sleep(50);
}
