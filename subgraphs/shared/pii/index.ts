export { applyPiiMasking, PII_MASKS } from './piiMasking';
export type { KnownPiiHooks } from './piiMasking';
export { maskFreeText } from './freeTextMasking';
export type { KnownPii } from './freeTextMasking';
