/**
 * Entry point of `bin/bounce-doctor`. Each command lives in its own file and returns the exit code.
 * Exit codes: 0 success, 1 the command ran but found a problem worth failing a script on, 2 usage error.
 */
// Each command is loaded when asked for: classify then never loads the DNS and check code (and the
// public-suffix list), which was most of the bundle's start-up.

const USAGE = `Usage:
  bounce-doctor classify [--json] FILE...         read bounces (.eml, mbox, or - for standard input)
  bounce-doctor diagnose [--resolver URL] [--json] FILE
                                                  classify, check the live DNS, print the plan
  bounce-doctor check --domain D [--ip IP] [--selector S] [--resolver URL] [--json]
                                                  run the DNS checks without a bounce
`;

/** Runs one command; `argv` without the node and script paths. Resolves to the exit code, never rejects on usage errors. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'classify':
      return (await import('./classify.ts')).runClassify(rest);
    case 'diagnose':
      return (await import('./diagnose.ts')).runDiagnose(rest);
    case 'check':
      return (await import('./check.ts')).runCheck(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`bounce-doctor: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
