// the checks are shared with CRM's notes (subgraphs/shared); the limits are the tickets subgraph's own
export { requiredText } from '../../shared';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const REASON_MAX = 500;
