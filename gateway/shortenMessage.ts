/** The most characters of one quoted value (a caller's input, as messages quote it) a client gets back. */
export const MAX_QUOTED_LENGTH = 64;

/** The most characters of a whole message: the longest message we write ourselves is under 600. */
export const MAX_MESSAGE_LENGTH = 2_000;

const ELLIPSIS = '…';

/**
 * Cuts every double-quoted string in `message` to its first MAX_QUOTED_LENGTH characters and "…", then the whole
 * message to MAX_MESSAGE_LENGTH. graphql-js and the subgraphs quote the caller's input in their messages
 * (`Int cannot represent non-integer value: "aaa…"`, `"aaa…" is not a valid id`): echoing a megabyte back costs
 * bandwidth and, worse, every later pass over the message. One pass from left to right, with indexOf: linear in
 * the length of `message`, whatever it holds (an unterminated quote is left to the length cap).
 */
export function shortenMessage(message: string): string {
  let shortened = '';
  let copiedUpTo = 0;
  let open = message.indexOf('"');
  while (open >= 0) {
    const string = quotedString(message, open + 1);
    if (!string) break;
    if (string.cut !== undefined) {
      shortened += message.slice(copiedUpTo, string.cut) + ELLIPSIS;
      copiedUpTo = string.close;
    }
    open = message.indexOf('"', string.close + 1);
  }
  shortened += message.slice(copiedUpTo);
  if (shortened.length <= MAX_MESSAGE_LENGTH) return shortened;
  const end = isHighSurrogate(shortened.charCodeAt(MAX_MESSAGE_LENGTH - 1))
    ? MAX_MESSAGE_LENGTH - 1
    : MAX_MESSAGE_LENGTH;
  return shortened.slice(0, end) + ELLIPSIS;
}

/**
 * The string that starts at `from` (just after its opening `"`): the index of its closing `"`, and where to cut it
 * when it is longer than MAX_QUOTED_LENGTH characters (never inside an escape such as `\"` or `\u00e9`, nor inside a
 * surrogate pair). Undefined when no `"` closes it.
 */
function quotedString(message: string, from: number): { close: number; cut: number | undefined } | undefined {
  const limit = from + MAX_QUOTED_LENGTH;
  let cut: number | undefined;
  for (let index = from; index < message.length;) {
    const char = message[index];
    if (char === '"') return { close: index, cut };
    const unit =
      char === '\\' ? (message[index + 1] === 'u' ? 6 : 2) : isHighSurrogate(message.charCodeAt(index)) ? 2 : 1;
    if (cut === undefined && index + unit > limit) cut = index;
    index += unit;
  }
  return undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
