import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { loadSavedOperations, OPERATIONS_DIR } from '../../../gateway/playground/savedOperations';
import { FRAGMENTS_FOLDER, loadSharedFragments } from '../../../gateway/playground/sharedFragments';
import { SCENARIO } from '../../../stack/seed/scenarios';

const supergraphSdl = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
// What clients see: the supergraph minus @inaccessible parts and the join__ machinery.
const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
const operations = loadSavedOperations();

function operationOf(query: string): OperationDefinitionNode {
  const definitions = parse(query).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  expect(definitions).toHaveLength(1);
  return definitions[0]!;
}

const fragmentNames = (query: string) =>
  parse(query).definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));

/** Operations over the whole data set or a team (support dashboards, live queues) rather than one scenario record. */
const DASHBOARDS = new Set(['kpiDashboard', 'unattendedTickets', 'teamQueueLive', 'slaAlertsLive']);
describe('Saved operations (operations/*.graphql)', () => {
  it('include the customer story first and every look-up support needs', () => {
    expect(operations[0]?.name).toBe('customerStory');
    expect(operations.map((op) => op.name)).toEqual(
      expect.arrayContaining([
        'customerByEmail',
        'customerByPhone',
        'customerStory',
        'customerTimeline',
        'orderByNumber',
        'shipmentByTrackingNumber',
        'ticketByNumber',
        'whereIsMyOrder',
      ]),
    );
  });

  it('include one operation for every mutation of the graph', () => {
    const mutations = Object.keys(apiSchema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThan(0);
    expect(
      operations
        .map((op) => op.name)
        .filter((name) => mutations.includes(name))
        .sort(),
    ).toEqual(mutations);
  });

  describe.each(operations.map((op) => [op.name, op] as const))('%s', (name, op) => {
    it('starts with a # comment saying what it is for', () => {
      expect(op.query.trimStart().startsWith('#')).toBe(true);
      expect(op.description.length).toBeGreaterThan(20);
    });

    it('is valid against the supergraph API schema', () => {
      expect(validate(apiSchema, parse(op.query)).map((error) => error.message)).toEqual([]);
    });

    it('is a single operation named after its file', () => {
      expect(operationOf(op.query).name?.value).toBe(name);
    });

    it('has example variables for exactly its variables, every required one included', () => {
      expect(existsSync(join(OPERATIONS_DIR, `${name}.variables.json`))).toBe(true);
      const variables = JSON.parse(op.variables ?? '{}') as Record<string, unknown>;
      const defined = operationOf(op.query).variableDefinitions ?? [];
      const required = defined
        .filter((d) => d.type.kind === Kind.NON_NULL_TYPE && d.defaultValue === undefined)
        .map((d) => d.variable.name.value);
      const names = defined.map((d) => d.variable.name.value);
      for (const key of Object.keys(variables)) expect(names).toContain(key);
      for (const key of required) expect(Object.keys(variables)).toContain(key);
      for (const value of Object.values(variables)) expect(String(value)).not.toMatch(/TODO/);
    });

    it('looks up (or changes) a seeded scenario customer, order, parcel or ticket', () => {
      // a mutation carries free text (bodies, reasons, keys): only the record it acts on must be a scenario one
      if (operationOf(op.query).operation === 'mutation') {
        const text = op.variables ?? '';
        const parcels = Object.values(SCENARIO).flatMap((scenario) =>
          'trackingNumber' in scenario ? [scenario.trackingNumber] : [],
        );
        expect(text).toMatch(new RegExp(`"((tkt|cus|ord)_[1-5]|${parcels.join('|')})"`));
        return;
      }
      // dashboards read across all customers: their examples are windows and thresholds, not identifiers
      if (DASHBOARDS.has(name)) return;
      // spaces are allowed in the examples (phone and tracking numbers are typed by hand), not in the seed
      const known = new Set(Object.values(SCENARIO).flatMap((scenario) => Object.values(scenario).flat().map(String)));
      const variables = JSON.parse(op.variables ?? '{}') as Record<string, unknown>;
      const identifiers = Object.values(variables).filter((value): value is string => typeof value === 'string');
      expect(identifiers.length).toBeGreaterThan(0);
      for (const value of identifiers) expect(known).toContain(value.replace(/\s+/g, ''));
    });
  });
});

describe('Shared fragments (operations/fragments/*.graphql)', () => {
  const shared = loadSharedFragments(join(OPERATIONS_DIR, FRAGMENTS_FOLDER));
  const files = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));

  it('hold the customer header and the ticket as a change leaves it', () => {
    expect([...shared.keys()]).toEqual(expect.arrayContaining(['CustomerHeader', 'TicketWithHistory']));
  });

  it.each([...shared].map(([name, fragment]) => [name, fragment.text] as const))(
    '%s starts with a # comment saying what it is for',
    (_name, text) => {
      expect(text.trimStart().startsWith('#')).toBe(true);
    },
  );

  it('are each spread by some saved operation, and sent with it', () => {
    const sent = new Set(operations.flatMap((op) => fragmentNames(op.query)));
    for (const name of shared.keys()) expect(sent).toContain(name);
  });

  it('are defined nowhere else, and no operation file defines a fragment another one defines too', () => {
    const local = files.flatMap((file) => fragmentNames(readFileSync(join(OPERATIONS_DIR, file), 'utf8')));
    // a fragment two operations need is shared, not copied: the copies drift apart
    expect(local.filter((name, i) => local.indexOf(name) !== i)).toEqual([]);
    expect(local.filter((name) => shared.has(name))).toEqual([]);
  });
});
