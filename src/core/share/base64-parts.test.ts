import { describe, expect, it } from 'vitest';
import { joinSegments, splitBase64Parts } from './base64-parts.ts';

const b64 = (text: string, eol = '\r\n') => Buffer.from(text, 'utf8').toString('base64').replace(/(.{76})/g, `$1${eol}`);

describe('splitBase64Parts / joinSegments', () => {
  const body = 'Delivery to jane@example.net failed.\r\n'.repeat(5);
  const message = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(body), '', 'tail'].join('\r\n');

  it('opens a UTF-8 base64 body and writes it back byte for byte when nothing changed', () => {
    const segments = splitBase64Parts(message);
    expect(segments.map((s) => s.kind)).toEqual(['plain', 'base64', 'plain']);
    expect(segments[1]!.text).toBe(body);
    expect(joinSegments(segments)).toBe(message);
  });

  it('keeps LF line endings and a shorter line length', () => {
    const lf = ['Content-Transfer-Encoding: BASE64', '', Buffer.from(body).toString('base64').replace(/(.{64})/g, '$1\n'), 'x'].join('\n');
    const segments = splitBase64Parts(lf);
    expect(segments[1]).toMatchObject({ kind: 'base64', lineLength: 64, eol: '\n' });
    expect(joinSegments(segments)).toBe(lf);
  });

  it('leaves binary bodies, bodies without the header, and broken base64 as plain text', () => {
    const binary = ['Content-Transfer-Encoding: base64', '', Buffer.from([0xff, 0xfe, 0, 1]).toString('base64'), ''].join('\n');
    const noHeader = ['Content-Type: text/plain', '', b64(body, '\n'), ''].join('\n');
    const broken = ['Content-Transfer-Encoding: base64', '', 'abc', ''].join('\n');
    for (const text of [binary, noHeader, broken]) {
      const segments = splitBase64Parts(text);
      expect(segments.every((s) => s.kind === 'plain')).toBe(true);
      expect(joinSegments(segments)).toBe(text);
    }
  });

  it('stops looking for a body at a MIME boundary', () => {
    const text = ['Content-Transfer-Encoding: base64', '--boundary', '', b64(body, '\n'), ''].join('\n');
    expect(splitBase64Parts(text).every((s) => s.kind === 'plain')).toBe(true);
  });
});
