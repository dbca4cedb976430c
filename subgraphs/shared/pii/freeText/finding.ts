/** What a free-text detector found; the mask shows the kind, e.g. `[phone]`. */
export type FreeTextKind = 'email' | 'phone' | 'street' | 'iban' | 'card';

/** A span of the text, `start` inclusive and `end` exclusive (UTF-16 indices, as `String.prototype.slice`). */
export interface Finding {
  start: number;
  end: number;
  kind: FreeTextKind;
}
