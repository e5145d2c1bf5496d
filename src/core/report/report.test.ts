import { describe, expect, it } from 'vitest';
import { diagnosisToMarkdown, diagnosisToText } from './index.ts';
import { checks, classification, plan } from './fixture.test-data.ts';
import { codeBlock, escapeInline, escapeLine, inlineCode } from './markdown-escape.ts';

const input = { classification, checks, plan, doneStepIds: ['check-address'], shareUrl: 'https://bounce.example/#share=1.abc' };

describe('diagnosisToMarkdown', () => {
  const md = diagnosisToMarkdown(input);

  it('has the headline, each recipient, each check and the plan in order', () => {
    const order = ['# Bounce diagnosis', '**The address does not exist**', '## Recipients', '### jane@example.net: The address jane@example.net does not exist',
      '- **Status:** 5.1.1', '- **Reply code:** 550', '## DNS checks', '| SPF | Fail |', '| DMARC | Could not check |', '### SPF: Fail',
      '## What to do', '1. [x] **Check the address with the recipient**', '2. [ ] **Publish this SPF record for example.com**'];
    let at = 0;
    for (const piece of order) {
      const found = md.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(md).toContain('Permanent failure');
    expect(md).toContain("**Who must act:** The sender");
  });

  it('escapes text from the bounce so nothing renders as an image, link or HTML', () => {
    expect(md).not.toContain('![x](https://tracker.example');
    expect(md).toContain('\\!\\[x\\]\\(https://tracker.example/p.gif\\)');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });

  it('puts records and commands in code, with fences the content cannot close', () => {
    expect(md).toContain('Repeat with `dig +short TXT example.com` (answered by https://doh.example/dns-query):');
    expect(md).toMatch(/````\n"v=spf1 ip4:198\.51\.100\.0\/24 -all"\n"weird ``` fence"/);
    expect(md).toContain('   ```\n   v=spf1 ip4:192.0.2.44 ip4:198.51.100.0/24 -all\n   ```');
  });

  it('cuts long answers and says how much was left out', () => {
    expect(md).toContain('l5\n... 2 more lines');
    expect(md).not.toContain('l6');
    expect(diagnosisToMarkdown(input, { maxAnswerLines: 10 })).toContain('l7');
  });

  it('links only http(s) URLs', () => {
    expect(md).toContain('[SPF guide](<https://docs.example/spf>)');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('Bad link: `javascript:alert(1)`');
    expect(md).toContain('Shared diagnosis: [Shared diagnosis](<https://bounce.example/#share=1.abc>)');
  });

  it('says when there are no checks and no plan', () => {
    const bare = diagnosisToMarkdown({ classification: { ...classification, kind: 'not-bounce', recipients: [] }, checks: [], plan: null });
    expect(bare).toContain('No DNS checks were run.');
    expect(bare).not.toContain('## What to do');
    expect(bare).toContain('Not a bounce. One recipient failed.');
  });
});

describe('diagnosisToText', () => {
  const text = diagnosisToText(input);

  it('has the same content, plain', () => {
    for (const piece of ['Bounce diagnosis\n================', '* jane@example.net: The address jane@example.net does not exist',
      'Status: 5.1.1', '[Fail] SPF: SPF does not allow 192.0.2.44 to send for example.com', '  Checked: domain example.com, ip 192.0.2.44',
      '  - Problem: The sending IP is not in the record.', '    Fix: Add ip4:192.0.2.44 to the record.',
      '  $ dig +short TXT example.com (answered by https://doh.example/dns-query)', '[Could not check] DMARC: The resolver could not be reached',
      '1. [x] Check the address with the recipient (Who: The sender)', "2. [ ] Publish this SPF record for example.com (Who: The sender's mail administrator)",
      '       v=spf1 ip4:192.0.2.44 ip4:198.51.100.0/24 -all', '   SPF guide: https://docs.example/spf', 'Reading notes', '- The input was cut at 10 MB.',
      'Shared diagnosis: https://bounce.example/#share=1.abc']) {
      expect(text, piece).toContain(piece);
    }
    expect(text).not.toMatch(/\*\*|\\\./);
  });

  it('states the retry advice of a temporary failure', () => {
    const temp = diagnosisToText({ classification, checks: [], plan: { ...plan, retry: { advice: 'The server will retry', afterMinutes: 15 } } });
    expect(temp).toContain('Retry: The server will retry (after about 15 minutes)');
  });
});

describe('markdown escaping helpers', () => {
  it('escape the punctuation Markdown reads', () => {
    expect(escapeInline('a*b_c [d](e) #f |g| <h> `i`\nj')).toBe('a\\*b\\_c \\[d\\]\\(e\\) \\#f \\|g\\| \\<h\\> \\`i\\` j');
    expect(escapeLine('- item')).toBe('\\- item');
    expect(escapeInline('- item')).toBe('- item');
    expect(escapeLine('12. item 192.0.2.1')).toBe('12\\. item 192.0.2.1');
    expect(escapeInline('mx-1.example.com')).toBe('mx-1.example.com');
  });
  it('size fences and code spans past the content', () => {
    expect(codeBlock('x ```` y')).toBe('`````\nx ```` y\n`````');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`a')).toBe('`` `a ``');
  });
});

describe('a recipient the text does not name', () => {
  it('is named plainly in both exports, never as an empty heading', () => {
    const unnamed = { ...classification, recipients: classification.recipients.map((r) => ({ ...r, address: '' })) };
    const md = diagnosisToMarkdown({ ...input, classification: unnamed });
    const text = diagnosisToText({ ...input, classification: unnamed });
    expect(md).toContain('### Recipient not named in the pasted text: ');
    expect(text).toContain('* Recipient not named in the pasted text: ');
    expect(md).not.toContain('### : ');
  });
});

