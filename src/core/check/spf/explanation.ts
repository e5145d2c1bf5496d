/**
 * The exp= explanation (RFC 7208 6.2): looked up only for a fail, never counted against the limits, and
 * any problem (DNS error, no or several TXT records, bad syntax, non-ASCII) means "no explanation".
 */
import { lookup, type EvalContext } from './context.ts';
import { isValidSpfDomain } from './domain.ts';
import { expandDomainSpec, macroValues } from './expand.ts';
import { expandTokens, tokenizeMacroString } from './macro.ts';
import type { ParsedTerm } from './parse.ts';
import type { SpfTermNode } from './types.ts';

type Modifier = Extract<ParsedTerm, { kind: 'modifier' }>;

export async function explain(ctx: EvalContext, exp: Modifier, domain: string, node: SpfTermNode): Promise<string | undefined> {
  node.evaluated = true;
  const name = await expandDomainSpec(ctx, exp.valueTokens, domain, node.queries);
  node.target = name;
  if (!isValidSpfDomain(name)) return undefined;
  const answer = await lookup(ctx, name, 'TXT');
  node.queries.push(answer.query);
  if (answer.result.status !== 'ok') {
    node.note = `no explanation: ${answer.result.status}`;
    return undefined;
  }
  const texts = answer.result.records.flatMap((r) => (r.type === 'TXT' ? [r.text] : []));
  if (texts.length !== 1) {
    node.note = `no explanation: ${texts.length} TXT records`;
    return undefined;
  }
  const text = texts[0]!;
  if (!/^[\x20-\x7e]*$/.test(text)) {
    node.note = 'no explanation: the text is not printable US-ASCII';
    return undefined;
  }
  const tokens = tokenizeMacroString(text, true);
  if (!tokens.ok) {
    node.note = `no explanation: ${tokens.error}`;
    return undefined;
  }
  return expandTokens(tokens.tokens, macroValues(ctx, domain, node.queries));
}
