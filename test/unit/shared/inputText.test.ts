import { parse } from 'graphql';
import {
  findInvalidChar,
  findInvalidText,
  findInvalidTextInDocument,
  invalidTextError,
} from '../../../subgraphs/shared/inputText';

describe('Input text: NUL and unpaired surrogates, found in one pass', () => {
  it.each([
    ['a NUL', 'ab\u0000c', { problem: 'NUL', index: 2 }],
    ['a high surrogate at the end', 'ab\ud800', { problem: 'LONE_SURROGATE', index: 2 }],
    ['a high surrogate before a letter', '\ud83dx', { problem: 'LONE_SURROGATE', index: 0 }],
    ['a low surrogate alone', 'a\ude00', { problem: 'LONE_SURROGATE', index: 1 }],
    ['two high surrogates', '\ud83d\ud83d\ude00', { problem: 'LONE_SURROGATE', index: 0 }],
  ])('finds %s', (_what, text, expected) => {
    expect(findInvalidChar(text)).toEqual(expected);
  });

  it.each([
    ['an emoji (a surrogate pair)', 'Danke 😀 \ud83d\ude00'],
    ['tabs, newlines and other control characters PostgreSQL stores', 'a\tb\nc\rd\u0001e\u007f'],
    ['umlauts and CJK', 'Grüße 你好'],
    ['nothing', ''],
  ])('passes %s', (_what, text) => {
    expect(findInvalidChar(text)).toBeUndefined();
  });

  it('names the path to the bad string in variables: keys, list indexes, and keys themselves', () => {
    expect(findInvalidText({ input: { tags: ['ok', 'b\u0000'] } })).toEqual({
      problem: 'NUL',
      path: ['input', 'tags', 1],
      index: 1,
      codeUnit: 0,
    });
    expect(findInvalidText({ r: [{ 'id\ud800': 1 }] })).toMatchObject({ path: ['r', 0, 'id\ud800'], index: 2 });
    expect(findInvalidText({ a: 1, b: true, c: null, d: [1.5, { e: 'fine' }] })).toBeUndefined();
    expect(findInvalidText('\u0000')).toMatchObject({ path: [], problem: 'NUL' });
  });

  it('walks 200,000 levels of nesting without overflowing the stack, and names a path of bounded length', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    const error = invalidTextError(undefined, { d: deep });
    expect(error?.extensions['argumentName']).toMatch(/^\$d(?:\[0\])+\[?…$/);
    expect(String(error?.extensions['argumentName']).length).toBeLessThanOrEqual(121);
  });

  it('finds NUL in string and block string literals of a document, with field, argument and input field', () => {
    const document = parse('mutation { a: openTicket(input: { subject: "ok", body: """x\u0000""" }) { id } }');
    expect(findInvalidTextInDocument(document)).toMatchObject({ path: ['a', 'input', 'body'], problem: 'NUL' });
    const escaped = parse('query ($v: String = "\\u0000") { customers(after: $v) { totalCount } }');
    expect(findInvalidTextInDocument(escaped)).toMatchObject({ path: ['$v'], problem: 'NUL' });
  });

  it('answers BAD_USER_INPUT with status 400, naming the argument and the fix', () => {
    const error = invalidTextError(undefined, { input: { body: 'a\u0000' } });
    expect(error?.message).toBe(
      'Variable $input.body contains a NUL character (U+0000) at position 1, which text may not contain. Remove it (or replace it with a space) and send the request again.',
    );
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: '$input.body',
      problem: 'NUL',
      http: { status: 400 },
    });
    expect(invalidTextError(parse('{ customers { totalCount } }'), { v: 'fine' })).toBeUndefined();
  });

  it('takes time linear in the size: 1 MB of text in well under 100 ms', () => {
    const text = 'a'.repeat(1_000_000);
    findInvalidText({ text });
    const started = performance.now();
    expect(findInvalidText({ text: `${text}\u0000` })).toMatchObject({ index: 1_000_000 });
    expect(performance.now() - started).toBeLessThan(100);
  });
});
