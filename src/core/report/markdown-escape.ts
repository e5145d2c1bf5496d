/**
 * Escaping for text that came from a bounce (attacker-controlled) before it goes into Markdown: a ticket
 * system renders it, so `![x](https://tracker.example)` or `<img>` must arrive as literal text.
 */

/**
 * Escapes Markdown and HTML punctuation, and flattens line breaks (inline text stays on one line).
 * "-", "+" and "." matter only where they could start a list item, so only a leading one is escaped:
 * domains and IPs stay readable.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#!|<>~&]/g, (c) => `\\${c}`);
}

/** escapeInline for text that starts a line: a leading "-", "+" or "1." would start a list. */
export function escapeLine(text: string): string {
  return escapeInline(text).replace(/^(\s{0,16})([-+]|[0-9]{1,9}(?=[.)]))/, (_m, space: string, marker: string) =>
      /^[0-9]/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(text: string, info = ''): string {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** Inline code, with a delimiter longer than any backtick run inside (CommonMark code spans). */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  let longest = 0;
  let run = 0;
  for (const c of flat) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const tick = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${tick}${pad}${flat}${pad}${tick}`;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as escaped text. */
export function safeLink(label: string, url: string): string {
  if (!/^https?:\/\/[^\s<>()]{1,2000}$/i.test(url)) return `${escapeInline(label)}: ${inlineCode(url)}`;
  return `[${escapeInline(label)}](<${url}>)`;
}
