/** One Server-Sent Event: `event:` (default `message`), the last `id:` seen, and its `data:` lines joined. */
export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/**
 * Splits a text/event-stream into events as chunks arrive (the WHATWG rules the bench needs: CRLF or LF line ends,
 * `:` comment lines such as keep-alives, several `data:` lines, a field's single leading space dropped). Chunks
 * may end anywhere, mid-line included; `push` keeps the rest for the next one.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private lastId: string | undefined;

  /** Feeds decoded text; returns the events it completed, in order. */
  push(text: string): SseEvent[] {
    this.buffer += text;
    const events: SseEvent[] = [];
    let start = 0;
    for (;;) {
      const newline = this.buffer.indexOf('\n', start);
      if (newline < 0) break;
      const end = newline > start && this.buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      const line = this.buffer.slice(start, end);
      start = newline + 1;
      if (line === '') {
        // a blank line dispatches; an event without data lines is dropped (as EventSource does)
        if (this.data.length > 0)
          events.push({ event: this.event || 'message', id: this.lastId, data: this.data.join('\n') });
        this.event = '';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') this.event = value;
      else if (field === 'data') this.data.push(value);
      else if (field === 'id' && !value.includes('\0')) this.lastId = value;
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }
}
