import type { ChangeEvent, ChangeRecord } from './changeEvent';

/** The one field of a change feed entry in Redis: the record as JSON. */
export const STREAM_FIELD = 'e';

export function encodeChangeRecord(record: ChangeRecord): string {
  return JSON.stringify(record);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEntity = (value: unknown) =>
  isObject(value) &&
  typeof value.typename === 'string' &&
  isObject(value.keys) &&
  Object.values(value.keys).every((key) => typeof key === 'string');

/**
 * A stream entry as an event, or an Error saying why it is not one. Anyone with access to the Redis can write to the
 * stream, and a subscriber must not crash on what they wrote: the entry is checked as far as readers rely on it.
 */
export function decodeChangeEntry(id: string, fields: readonly string[]): ChangeEvent | Error {
  let text: string | undefined;
  // fields come as [name, value, name, value…]
  for (let index = 0; index + 1 < fields.length && text === undefined; index += 2)
    if (fields[index] === STREAM_FIELD) text = fields[index + 1];
  const problem = (why: string) => new Error(`Change feed entry ${id} skipped: ${why}.`);
  if (text === undefined) return problem(`it has no field "${STREAM_FIELD}"`);
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return problem('its text is not JSON');
  }
  if (
    !isObject(record) ||
    typeof record.kind !== 'string' ||
    typeof record.system !== 'string' ||
    typeof record.changedAt !== 'string' ||
    !Array.isArray(record.entities) ||
    !record.entities.every(isEntity) ||
    (record.facts !== undefined && !isObject(record.facts))
  )
    return problem('it is not a change record ({ kind, system, changedAt, entities: [{ typename, keys }], facts? })');
  return { ...(record as unknown as ChangeRecord), id };
}
