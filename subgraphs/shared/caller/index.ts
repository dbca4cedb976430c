export * from './caller';
export * from './requestSignature';
export { applyPiiMasking, PII_MASKS } from './piiMasking';
export type { RequestCaller } from './requestCaller';
