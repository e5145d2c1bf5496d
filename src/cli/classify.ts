/** `bounce-doctor classify`: not built yet. */
export async function runClassify(_argv: string[]): Promise<number> {
  process.stderr.write('bounce-doctor classify: not built yet\n');
  return 2;
}
