/** `bounce-doctor check`: not built yet. */
export async function runCheck(_argv: string[]): Promise<number> {
  process.stderr.write('bounce-doctor check: not built yet\n');
  return 2;
}
