/**
 * Sendmail's "Transcript of session follows" section: the SMTP answers behind a bounce whose
 * per-recipient lines ("(reason: ...)", a DSN "Diagnostic-Code: X-Unix; 77") carry no reply code.
 */
import { findAddresses } from './address.ts';

/** Lines of the transcript read at most: real transcripts are a few dozen lines. */
const MAX_TRANSCRIPT_LINES = 60;

/** A server answer line: "<<< 550 5.1.1 ..." (the remote's words) or "550 5.1.1 <a>... " (Sendmail's summary). */
const ANSWER_LINE_RE = /^(?:<<< ?)?[245][0-9]{2}[ -]/;

/** Offset of the transcript heading in the last region seen: one search per notice, not per recipient. */
let lastRegion: string | null = null;
let lastHeading = -1;
function headingIn(region: string): number {
  if (region !== lastRegion) {
    lastRegion = region;
    lastHeading = region.search(/-{2,10} ?Transcript of (?:the )?session follows ?-{2,10}/i);
  }
  return lastHeading;
}

/**
 * The answer lines of the transcript in `region` that concern `address`: the lines naming it, else
 * the lines naming no address at all (a local delivery program's error). Empty when there is no
 * transcript or nothing in it fits. Linear: one search for the heading, then a bounded line walk.
 */
export function transcriptAnswer(region: string, address: string): string {
  const heading = headingIn(region);
  if (heading < 0) return '';
  const lines = region.slice(heading, heading + 8_000).split('\n').slice(1, MAX_TRANSCRIPT_LINES + 1);
  const key = address.toLowerCase();
  const mine: string[] = [];
  const anonymous: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (/^-{2,10} ?[A-Z]/i.test(line)) break;
    if (!ANSWER_LINE_RE.test(line)) continue;
    const named = findAddresses(line);
    if (named.some((a) => a.address.toLowerCase() === key)) mine.push(line);
    else if (named.length === 0) anonymous.push(line);
  }
  return (mine.length > 0 ? mine : anonymous).join('\n');
}
