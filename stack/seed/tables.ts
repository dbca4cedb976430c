import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { SeedRows, TableKey } from './rows';

/** The PostgreSQL type of each column (it travels in a `$n::<type>[]` array; a `text[]` one as its literal text). */
export type ColumnType = 'text' | 'int' | 'bool' | 'timestamptz' | 'text[]';

export interface TableSpec<Row> {
  subgraph: SubgraphName;
  /** Schema-qualified table name. */
  table: string;
  columns: { readonly [Column in keyof Row]-?: ColumnType };
}

type TableSpecs = { readonly [Key in TableKey]: TableSpec<SeedRows[Key][number]> };

/**
 * Where each kind of row goes. Listed parents first, so foreign keys inside a schema hold at every insert; there
 * are no foreign keys between schemas (each subgraph owns its database), which is what verifyCoherence checks.
 * Teams, routing rules and SLA policies are not here: tickets migration 002 owns them (reference data).
 */
export const TABLES: TableSpecs = {
  agents: { subgraph: 'tickets', table: 'tickets.agents', columns: { id: 'text', name: 'text', team_code: 'text' } },
  warehouses: {
    subgraph: 'inventory',
    table: 'inventory.warehouses',
    columns: { code: 'text', name: 'text', city: 'text', country: 'text' },
  },
  products: {
    subgraph: 'inventory',
    table: 'inventory.products',
    columns: { sku: 'text', name: 'text', price_minor: 'int', currency: 'text' },
  },
  stockLevels: {
    subgraph: 'inventory',
    table: 'inventory.stock_levels',
    columns: { sku: 'text', warehouse_code: 'text', on_hand: 'int', reserved: 'int', next_restock_at: 'timestamptz' },
  },
  customers: {
    subgraph: 'crm',
    table: 'crm.customers',
    columns: {
      id: 'text',
      name: 'text',
      email: 'text',
      phone: 'text',
      tier: 'text',
      preferred_channel: 'text',
      created_at: 'timestamptz',
    },
  },
  addresses: {
    subgraph: 'crm',
    table: 'crm.addresses',
    columns: {
      id: 'text',
      customer_id: 'text',
      position: 'int',
      label: 'text',
      street: 'text',
      postal_code: 'text',
      city: 'text',
      country: 'text',
      is_default: 'bool',
    },
  },
  notes: {
    subgraph: 'crm',
    table: 'crm.notes',
    columns: { id: 'text', customer_id: 'text', author: 'text', body: 'text', created_at: 'timestamptz' },
  },
  orders: {
    subgraph: 'orders',
    table: 'orders.orders',
    columns: {
      id: 'text',
      number: 'text',
      customer_id: 'text',
      status: 'text',
      currency: 'text',
      total_minor: 'int',
      placed_at: 'timestamptz',
      cancelled_at: 'timestamptz',
    },
  },
  orderLines: {
    subgraph: 'orders',
    table: 'orders.order_lines',
    columns: { id: 'text', order_id: 'text', position: 'int', sku: 'text', quantity: 'int', unit_price_minor: 'int' },
  },
  payments: {
    subgraph: 'orders',
    table: 'orders.payments',
    columns: {
      id: 'text',
      order_id: 'text',
      method: 'text',
      status: 'text',
      amount_minor: 'int',
      created_at: 'timestamptz',
    },
  },
  refunds: {
    subgraph: 'orders',
    table: 'orders.refunds',
    columns: { id: 'text', order_id: 'text', amount_minor: 'int', reason: 'text', created_at: 'timestamptz' },
  },
  shipments: {
    subgraph: 'logistics',
    table: 'logistics.shipments',
    columns: {
      id: 'text',
      tracking_number: 'text',
      order_id: 'text',
      customer_id: 'text',
      carrier: 'text',
      status: 'text',
      created_at: 'timestamptz',
      shipped_at: 'timestamptz',
      estimated_delivery_at: 'timestamptz',
      delivered_at: 'timestamptz',
    },
  },
  trackingEvents: {
    subgraph: 'logistics',
    table: 'logistics.tracking_events',
    columns: {
      id: 'text',
      shipment_id: 'text',
      occurred_at: 'timestamptz',
      status: 'text',
      location: 'text',
      description: 'text',
    },
  },
  tickets: {
    subgraph: 'tickets',
    table: 'tickets.tickets',
    columns: {
      id: 'text',
      number: 'text',
      customer_id: 'text',
      order_id: 'text',
      shipment_id: 'text',
      subject: 'text',
      category: 'text',
      channel: 'text',
      priority: 'text',
      status: 'text',
      team_code: 'text',
      assignee_id: 'text',
      created_at: 'timestamptz',
      first_response_due_at: 'timestamptz',
      first_responded_at: 'timestamptz',
      sla_due_at: 'timestamptz',
      resolved_at: 'timestamptz',
      reopen_count: 'int',
      order_skus: 'text[]',
      shipment_carrier: 'text',
    },
  },
  messages: {
    subgraph: 'tickets',
    table: 'tickets.messages',
    columns: {
      id: 'text',
      ticket_id: 'text',
      channel: 'text',
      direction: 'text',
      author: 'text',
      agent_id: 'text',
      consulted_team_code: 'text',
      body: 'text',
      sent_at: 'timestamptz',
    },
  },
  handoffs: {
    subgraph: 'tickets',
    table: 'tickets.handoffs',
    columns: {
      id: 'text',
      ticket_id: 'text',
      kind: 'text',
      from_team_code: 'text',
      to_team_code: 'text',
      reason: 'text',
      by_agent_id: 'text',
      at: 'timestamptz',
    },
  },
  customerRefs: { subgraph: 'tickets', table: 'tickets.customer_refs', columns: { customer_id: 'text' } },
  orderRefs: { subgraph: 'tickets', table: 'tickets.order_refs', columns: { order_id: 'text', customer_id: 'text' } },
  orderRefSkus: { subgraph: 'tickets', table: 'tickets.order_ref_skus', columns: { order_id: 'text', sku: 'text' } },
  shipmentRefs: {
    subgraph: 'tickets',
    table: 'tickets.shipment_refs',
    columns: { shipment_id: 'text', order_id: 'text', customer_id: 'text', carrier: 'text' },
  },
  customerPiiDigests: {
    subgraph: 'tickets',
    table: 'tickets.customer_pii_digests',
    columns: { customer_id: 'text', kind: 'text', digest: 'text', length: 'int' },
  },
};

/** Table keys in insert order (parents first). */
export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];
