import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isNonNullType, isScalarType } from 'graphql';
import type { GraphQLArgument, GraphQLFormattedError, GraphQLInputField, GraphQLInputType } from 'graphql';
import { DEFAULT_TRUSTED_DOCUMENTS_ROLES, loadManifest } from '../../gateway/trustedDocuments';
import type { TrustedDocumentsOptions } from '../../gateway/trustedDocuments';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { ENGINES } from '../support/testDatabases';
import { authHeader } from '../support/tokens';

const ROOT = join(__dirname, '..', '..');
/** A megabyte of input: with the query around it, just under the gateway's 1 MiB body limit. */
const HUGE = 'a'.repeat(1_000_000);
/** Under the gateway's GRAPHQL_MAX_STRING_LENGTH (16,384), far over any identifier's: the subgraph refuses it. */
const LONG = 'a'.repeat(10_000);
const MAX_ANSWER_MS = 100;
// A quadratic pass over a megabyte blocks for seconds; 75 ms leaves room for a garbage collection of the megabyte on
// a busy 2-core machine (50 ms failed CI at 56.8 ms, best of five tries, while other test workers ran).
const MAX_EVENT_LOOP_DELAY_MS = 75;
/** Tries per measurement, a short pause apart, so that a burst of load from another test worker can pass. */
const TRIES = 8;
/** Arguments that name something, whatever their type: the ones INVALID_IDENTIFIER guards. */
const IDENTIFIER_NAMES = new Set(['email', 'phone', 'number', 'trackingNumber', 'sku', 'team', 'toTeam']);

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: GraphQLFormattedError[] };
}

interface Measured {
  answer: Answer;
  ms: number;
  /** The longest the event loop of this process (gateway and subgraphs included) was blocked, in ms. */
  delayMs: number;
}

/** One identifier argument of the composed API, and a request that sends it a megabyte. */
interface Probe {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every identifier argument of a root field, and every identifier field of an input object a root field takes,
 * each as an operation whose other required arguments are valid, so the megabyte is what gets refused.
 */
function identifierProbes(value: string): Probe[] {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
  const probes: Probe[] = [];
  for (const [keyword, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const selection = isScalarOrEnum(getNamedType(field.type)) ? '' : ' { __typename }';
      const operation = (args: GraphQLArgument[]) =>
        `${keyword} (${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${field.name}(${args
          .map((arg) => `${arg.name}: $${arg.name}`)
          .join(', ')})${selection} }`;
      for (const target of field.args) {
        const named = getNamedType(target.type);
        const values = validValues(field.args.filter((arg) => arg !== target));
        if (isIdentifier(target)) {
          probes.push({
            name: `${field.name}(${target.name})`,
            query: operation(field.args.filter((arg) => arg === target || arg.name in values)),
            variables: { ...values, [target.name]: value },
          });
        } else if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields()).filter(isIdentifier)) {
            const input = { ...validValues(Object.values(named.getFields())), [inner.name]: value };
            probes.push({
              name: `${field.name}(${target.name}.${inner.name})`,
              query: operation(field.args.filter((arg) => arg === target || arg.name in values)),
              variables: { ...values, [target.name]: input },
            });
          }
        }
      }
    }
  }
  return probes;
}

function isIdentifier(field: GraphQLArgument | GraphQLInputField): boolean {
  const named = getNamedType(field.type);
  return named.name === 'ID' || (named.name === 'String' && IDENTIFIER_NAMES.has(field.name));
}

function isScalarOrEnum(type: unknown): boolean {
  return isScalarType(type) || isEnumType(type);
}

/**
 * Valid values for the required ones of `fields` (seeded ids, known teams) and for `agentId`, so only the probed
 * value is wrong: an internal note by agt_1, which needs no channel.
 */
function validValues(fields: readonly (GraphQLArgument | GraphQLInputField)[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isNonNullType(field.type) && field.name !== 'agentId') continue;
    values[field.name] = validValue(field.name, field.type);
  }
  return values;
}

function validValue(name: string, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return validValues(Object.values(named.getFields()));
  const known: Record<string, unknown> = {
    ticketId: 'tkt_1',
    agentId: 'agt_1',
    direction: 'INTERNAL',
    customerId: 'cus_1',
    orderId: 'ord_1',
    team: 'billing',
    toTeam: 'returns',
    from: '2026-10-01T00:00:00Z',
    to: '2026-11-01T00:00:00Z',
    idempotencyKey: randomUUID(),
  };
  if (name in known) return known[name];
  if (isEnumType(named)) return named.getValues()[0]?.name;
  return named.name === 'Int' ? 1 : 'A short text';
}

/** `query($v: …) { field(arg: $v) { id } }` of a manifest document whose text starts with `prefix`. */
function manifestDocumentId(manifest: TrustedDocumentsOptions['manifest'], prefix: string): string {
  for (const [id, text] of manifest.byId) if (text.startsWith(prefix)) return id;
  throw new Error(`no manifest document starts with ${prefix}`);
}

describe.each(ENGINES)('Caller input is handled in linear time (%s)', (engine) => {
  const policy: TrustedDocumentsOptions = {
    mode: 'enforce',
    roles: DEFAULT_TRUSTED_DOCUMENTS_ROLES,
    manifest: loadManifest(join(ROOT, 'operations', '__generated__', 'persisted-documents.json')),
  };
  const figures: string[] = [];
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(engine, { gateway: { trustedDocuments: policy } });
  });
  afterAll(async () => {
    await stack?.stop();
    // the figures the security note quotes
    console.info(`linear input on ${engine}:\n${figures.join('\n')}`);
  });

  /** POSTs `body` (already JSON) as `role` while the event loop is watched; the best of TRIES tries. */
  async function measure(label: string, body: string, role: 'supervisor' | 'agent' = 'supervisor'): Promise<Measured> {
    const headers = { 'content-type': 'application/json', ...(await authHeader(role)) };
    const send = async (): Promise<Answer> => {
      const response = await fetch(stack.url, { method: 'POST', headers, body });
      const text = await response.text();
      return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
    };
    await send(); // warm-up: the first request of a document plans it and opens connections
    let best: Measured | undefined;
    // the machine is shared: a slow try is retried, a linear gateway is fast on at least one of them
    for (let attempt = 0; attempt < TRIES && !(best && fastEnough(best)); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
      const started = performance.now();
      const answer = await send();
      const ms = performance.now() - started;
      histogram.disable();
      const measured = { answer, ms, delayMs: histogram.max / 1e6 };
      if (!best || overBudget(measured) < overBudget(best)) best = measured;
    }
    if (!best) throw new Error('unreachable: at least one try ran');
    figures.push(`${label}: ${best.ms.toFixed(1)} ms, event-loop delay max ${best.delayMs.toFixed(1)} ms`);
    return best;
  }

  const fastEnough = ({ ms, delayMs }: Measured) => ms < MAX_ANSWER_MS && delayMs < MAX_EVENT_LOOP_DELAY_MS;
  /** How far a try is from its budgets: below 1 when both the answer time and the event-loop delay are within. */
  const overBudget = ({ ms, delayMs }: Measured) => Math.max(ms / MAX_ANSWER_MS, delayMs / MAX_EVENT_LOOP_DELAY_MS);

  /** A coded client error, quickly, that does not repeat the megabyte. */
  function expectFastRefusal({ answer, ms, delayMs }: Measured, codes: readonly string[]): void {
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) expect(codes).toContain(error.extensions?.['code']);
    expect(answer.text.length).toBeLessThan(5_000);
    expect(ms).toBeLessThan(MAX_ANSWER_MS);
    expect(delayMs).toBeLessThan(MAX_EVENT_LOOP_DELAY_MS);
  }

  it('refuses a megabyte variable for customer(id:) at the gateway with STRING_TOO_LONG within 100 ms', async () => {
    stack.resetStatements();
    const measured = await measure(
      'variable customer(id: $v)',
      JSON.stringify({ query: 'query ($v: ID!) { customer(id: $v) { id } }', variables: { v: HUGE } }),
    );
    expectFastRefusal(measured, ['STRING_TOO_LONG']);
    expect(measured.answer.status).toBe(400);
    expect(measured.answer.body.errors?.[0]?.message).toMatch(
      /^Variable \$v contains a text longer than the 16384 characters the gateway accepts in one value\./,
    );
    expect(stack.statements()).toBe(0);
  });

  it('refuses a 10,000-character id in crm with INVALID_IDENTIFIER, its length checked first, within 100 ms', async () => {
    const measured = await measure(
      'variable customer(id: $v), 10,000 characters',
      JSON.stringify({ query: 'query ($v: ID!) { customer(id: $v) { id } }', variables: { v: LONG } }),
    );
    expectFastRefusal(measured, ['INVALID_IDENTIFIER']);
    expect(measured.answer.body.errors?.[0]?.message).toBe(
      'id is 10000 characters long; it may have at most 64. Expected cus_<number>, e.g. cus_1.',
    );
  });

  it('answers a validation error that quotes a megabyte literal within 100 ms, quoting 64 characters of it', async () => {
    const measured = await measure(
      'inline customers(first: "aaa…")',
      JSON.stringify({ query: `{ customers(first: "${HUGE}") { totalCount } }` }),
    );
    expectFastRefusal(measured, ['GRAPHQL_VALIDATION_FAILED']);
    expect(measured.answer.body.errors?.[0]?.message).toBe(
      `Int cannot represent non-integer value: "${'a'.repeat(64)}…"`,
    );
  });

  it('refuses a megabyte variable of a manifest document under TRUSTED_DOCUMENTS=enforce within 100 ms', async () => {
    const documentId = manifestDocumentId(policy.manifest, 'query orderByNumber(');
    const measured = await measure(
      'manifest document orderByNumber($number), enforce, agent',
      JSON.stringify({ documentId, variables: { number: HUGE } }),
      'agent',
    );
    expectFastRefusal(measured, ['STRING_TOO_LONG']);
  });

  const probes = identifierProbes(HUGE);
  const longProbes = identifierProbes(LONG);

  it('finds the identifier arguments of the composed schema', () => {
    expect(probes.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'customer(id)',
        'customerByEmail(email)',
        'customerByPhone(phone)',
        'shipmentByTrackingNumber(trackingNumber)',
        'openTicket(input.customerId)',
        'recordShipmentEvent(input.trackingNumber)',
        'transferTicket(toTeam)',
      ]),
    );
  });

  it.each(probes.map((probe) => [probe.name, probe] as const))(
    'refuses a megabyte %s at the gateway with STRING_TOO_LONG within 100 ms',
    async (name, probe) => {
      const measured = await measure(name, JSON.stringify({ query: probe.query, variables: probe.variables }));
      expectFastRefusal(measured, ['STRING_TOO_LONG']);
    },
  );

  it.each(longProbes.map((probe) => [probe.name, probe] as const))(
    'refuses a 10,000-character %s in its subgraph with INVALID_IDENTIFIER within 100 ms',
    async (name, probe) => {
      const measured = await measure(
        `${name}, 10,000 characters`,
        JSON.stringify({ query: probe.query, variables: probe.variables }),
      );
      expectFastRefusal(measured, ['INVALID_IDENTIFIER']);
    },
  );
});
