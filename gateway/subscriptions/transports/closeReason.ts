/** The WebSocket protocol allows at most 123 bytes (UTF-8) of reason in a close frame. */
const MAX_REASON_BYTES = 123;

/** `reason`, cut to what a close frame can carry, with an ellipsis when cut (never inside a character). */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason;
  let cut = reason;
  while (Buffer.byteLength(`${cut}…`) > MAX_REASON_BYTES) cut = [...cut].slice(0, -1).join('');
  return `${cut}…`;
}
