import { describe, expect, it } from 'vitest';
import { withInMemoryBlob } from './fast-blob.ts';

type Part = string | ArrayBuffer | ArrayBufferView;

/** The bytes of `new Blob(parts)` while the stand-in is installed. */
async function joined(parts: Part[]): Promise<number[]> {
  const buffer = await withInMemoryBlob(async () => new Blob(parts as BlobPart[]).arrayBuffer());
  return [...new Uint8Array(buffer)];
}

/** The parts postal-mime gives a text part's Blob: one view per line (line end left out), each followed by "\n". */
function lineParts(bytes: Uint8Array): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      let end = i;
      while (end > start && (bytes[end - 1] === 13 || bytes[end - 1] === 10)) end--;
      parts.push(new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start), '\n');
      start = i + 1;
    }
  }
  return parts;
}

const encoder = new TextEncoder();

describe('withInMemoryBlob', () => {
  it('joins line views of an LF message and their newlines into the same bytes', async () => {
    const source = encoder.encode('Header: a\n\nline one\n\nline two\nlast');
    const parts = lineParts(source.subarray(11));
    expect(await joined(parts)).toEqual([...encoder.encode('line one\n\nline two\nlast\n')]);
  });

  it('writes LF newlines for a CRLF message, where lines and newlines are not one stretch', async () => {
    const source = encoder.encode('one\r\ntwo\r\n\r\nthree');
    expect(await joined(lineParts(source))).toEqual([...encoder.encode('one\ntwo\n\nthree\n')]);
  });

  it('joins array buffers, typed arrays, other strings and views of different buffers in order', async () => {
    const a = encoder.encode('abc');
    const b = new Uint16Array([0x4241]);
    const parts: Part[] = [a.buffer, '\n', b, 'é', a.subarray(1), '\n', new DataView(encoder.encode('xyz').buffer, 1, 1)];
    expect(await joined(parts)).toEqual([...encoder.encode('abc\n'), 0x41, 0x42, ...encoder.encode('é'), ...encoder.encode('bc\ny')]);
  });

  it('puts the real Blob back afterwards', async () => {
    const before = globalThis.Blob;
    await withInMemoryBlob(async () => {
      expect(globalThis.Blob).not.toBe(before);
    });
    expect(globalThis.Blob).toBe(before);
  });
});
