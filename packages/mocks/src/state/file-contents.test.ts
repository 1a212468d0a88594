import { describe, expect, test } from 'vitest';
import { FileContents, MAX_FILE_BYTES } from './file-contents.js';

const file = (size: number) => ({ name: 'f.pdf', mimetype: 'application/pdf', bytes: new Uint8Array(size) });

describe('FileContents', () => {
  test('keeps files by id and forgets the oldest past the cap, never the one just added', () => {
    const contents = new FileContents();
    const half = MAX_FILE_BYTES / 2;
    contents.put('a', file(half));
    contents.put('b', file(half));
    expect(contents.get('a')).toBeDefined();
    contents.put('c', file(1));
    expect(contents.get('a')).toBeUndefined();
    expect(contents.get('b')?.bytes.byteLength).toBe(half);
    contents.put('huge', file(MAX_FILE_BYTES + 1));
    expect(contents.get('huge')).toBeDefined();
    expect(contents.get('b')).toBeUndefined();
  });
  test('replacing a file counts its new size only; clear forgets all', () => {
    const contents = new FileContents();
    contents.put('a', file(MAX_FILE_BYTES));
    contents.put('a', file(10));
    contents.put('b', file(MAX_FILE_BYTES - 10));
    expect(contents.get('a')).toBeDefined();
    contents.clear();
    expect(contents.get('b')).toBeUndefined();
  });
});
