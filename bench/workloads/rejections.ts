import type { LoadStep } from '../loadPlan';
import { cycle } from './documents';
import { authorized, JSON_HEADERS, lightBodies } from './workloadInput';
import type { WorkloadInput } from './workloadInput';

/** One kind of request the gateway must refuse quickly, or the valid request they are compared with. */
export interface RejectionCase {
  name: string;
  title: string;
  /** The status the gateway answers it with; anything else counts as an error. */
  status: number;
  steps: LoadStep[];
}

/** `customer { orders { edges { node { customer { … name } } } } }`, `levels` fields deep. */
function deepQuery(levels: number): string {
  const rounds = Math.floor((levels - 2) / 4);
  return `{ customer(id: "cus_1") { ${'orders(first: 1) { edges { node { customer { '.repeat(rounds)}name${' } } } }'.repeat(rounds)} } }`;
}

const query = (text: string) => Buffer.from(JSON.stringify({ query: text }));

/**
 * Issue 4's bad inputs, each sent as fast as the gateway answers, next to a valid light lookup in the same run:
 * a rejection should cost less than real work, so its p99 should sit well below the valid request's.
 */
export function rejectionCases(input: WorkloadInput): RejectionCase[] {
  const headers = authorized(input);
  const fixed = (body: Buffer, caseHeaders = headers): LoadStep[] => [{ body: () => body, headers: caseHeaders }];
  const aliases = Array.from({ length: 10_000 }, (_, i) => `n${i}: name`).join(' ');
  const light = lightBodies(input);
  const batch = Buffer.from(`[${Array.from({ length: 100 }, (_, i) => light[i % light.length]).join(',')}]`);
  return [
    {
      name: 'valid',
      title: 'valid light lookup (the reference)',
      status: 200,
      steps: [{ body: cycle(light.map((body) => Buffer.from(body))), headers }],
    },
    {
      name: 'malformedJson',
      title: 'malformed JSON',
      status: 400,
      steps: fixed(Buffer.from('{"query": "{ __typename }"')),
    },
    {
      name: 'invalidGraphql',
      title: 'invalid GraphQL (parse error)',
      status: 400,
      steps: fixed(query('{ customer(id: "cus_1") { name ')),
    },
    { name: 'depth50', title: 'query 50 levels deep', status: 400, steps: fixed(query(deepQuery(50))) },
    {
      name: 'aliases10k',
      title: '10,000 aliases',
      status: 400,
      steps: fixed(query(`{ customer(id: "cus_1") { ${aliases} } }`)),
    },
    {
      name: 'body1mb',
      title: '1 MB query (413)',
      status: 413,
      steps: fixed(query(`{ customer(id: "cus_1") { ${'name '.repeat(Math.ceil(1_048_576 / 5))} } }`)),
    },
    { name: 'batch100', title: 'batch of 100 operations', status: 400, steps: fixed(batch) },
    {
      name: 'anonymous',
      title: 'no bearer token (401)',
      status: 401,
      steps: [{ body: cycle(light.map((body) => Buffer.from(body))), headers: { ...JSON_HEADERS } }],
    },
  ];
}
