/** `bounce-doctor diagnose`: not built yet. */
export async function runDiagnose(_argv: string[]): Promise<number> {
  process.stderr.write('bounce-doctor diagnose: not built yet\n');
  return 2;
}
