import type { ChangeInput } from '../../../platform/changeEvents';

/** What the crm subgraph announces (values of LiveChangeKind in schema/live.graphql). */
export type CustomerChangeKind = 'CUSTOMER_NOTE_ADDED';

/**
 * A change to a customer as the crm subgraph announces it. The customer is the one entity it changes for readers of
 * the graph (`Customer.notes`, the timeline), and so what the gateways' entity caches drop.
 */
export function customerChange(kind: CustomerChangeKind, customerId: string): ChangeInput {
  return { kind, entities: [{ typename: 'Customer', keys: { id: customerId } }] };
}
