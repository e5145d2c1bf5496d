/**
 * Visible text of an HTML bounce, for phrase matching. Not a renderer: drops script/style content and
 * tags, turns block ends into line breaks and decodes the common entities. One forward scan, linear.
 */
import { sameLengthLower } from './same-length-lower.ts';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#160': ' ',
};
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'table', 'td', 'pre', 'hr']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  // Offsets found in `lower` are used in `html`: both must have the same length (same-length-lower.ts).
  const lower = sameLengthLower(html);
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = /^<\/?([a-zA-Z0-9]{1,10})/.exec(html.slice(lt, Math.min(lt + 12, gt + 1)))?.[1]?.toLowerCase() ?? '';
    i = gt + 1;
    if ((tag === 'script' || tag === 'style') && html[lt + 1] !== '/') {
      const close = lower.indexOf(`</${tag}`, i);
      i = close < 0 ? html.length : close;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) out.push('\n');
  }
  return out
    .join('')
    .replace(/&(#?[a-z0-9]{1,8});/gi, (whole, name: string) => {
      const key = name.toLowerCase();
      if (ENTITIES[key] !== undefined) return ENTITIES[key];
      const num = /^#(x[0-9a-f]{1,6}|[0-9]{1,7})$/.exec(key);
      if (num) {
        const code = num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return whole;
    })
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n[ \t]{1,100}/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
