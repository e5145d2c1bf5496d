/** Entry point of `bin/bounce-doctor`: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`bounce-doctor: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
