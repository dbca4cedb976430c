import { SseParser } from '../../../bench/live/sseParser';

describe('the live bench reads a text/event-stream', () => {
  it('dispatches an event at each blank line, with its event name, id and data', () => {
    const parser = new SseParser();
    expect(parser.push('event: next\nid: 1767225600000-0\ndata: {"data":{}}\n\nevent: complete\ndata:\n\n')).toEqual([
      { event: 'next', id: '1767225600000-0', data: '{"data":{}}' },
      { event: 'complete', id: '1767225600000-0', data: '' },
    ]);
  });

  it('keeps a line split over chunks, CRLF line ends included, and skips comments', () => {
    const parser = new SseParser();
    expect(parser.push(': keep-alive\r\nevent: ne')).toEqual([]);
    expect(parser.push('xt\r\nid: 2-0\r\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\r\n')).toEqual([]);
    expect(parser.push('\r\n')).toEqual([{ event: 'next', id: '2-0', data: '{"a":1}' }]);
  });

  it('joins several data lines with a newline and drops an event without data', () => {
    const parser = new SseParser();
    expect(parser.push('event: next\n\ndata: one\ndata:two\n\n')).toEqual([
      { event: 'message', id: undefined, data: 'one\ntwo' },
    ]);
  });
});
