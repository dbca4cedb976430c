/**
 * One interface per table the seeder fills, with the column names of the migrations (snake_case), so a row goes
 * into its table without any mapping. Instants are Dates; the loader sends them as ISO strings.
 */

// --- crm
export interface CustomerRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  tier: 'STANDARD' | 'SILVER' | 'GOLD' | 'PLATINUM';
  preferred_channel: Channel;
  created_at: Date;
}
export interface AddressRow {
  id: string;
  customer_id: string;
  position: number;
  label: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  is_default: boolean;
}
export interface NoteRow {
  id: string;
  customer_id: string;
  author: string;
  body: string;
  created_at: Date;
}

// --- inventory
export interface ProductRow {
  sku: string;
  name: string;
  price_minor: number;
  currency: string;
}
export interface WarehouseRow {
  code: string;
  name: string;
  city: string;
  country: string;
}
export interface StockLevelRow {
  sku: string;
  warehouse_code: string;
  on_hand: number;
  reserved: number;
  next_restock_at: Date | null;
}

// --- orders
export type OrderStatus = 'PENDING' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';
export interface OrderRow {
  id: string;
  number: string;
  customer_id: string;
  status: OrderStatus;
  currency: string;
  total_minor: number;
  placed_at: Date;
  cancelled_at: Date | null;
}
export interface OrderLineRow {
  id: string;
  order_id: string;
  position: number;
  sku: string;
  quantity: number;
  unit_price_minor: number;
}
export interface PaymentRow {
  id: string;
  order_id: string;
  method: 'CARD' | 'PAYPAL' | 'INVOICE' | 'GIFT_CARD';
  status: 'AUTHORIZED' | 'CAPTURED' | 'FAILED';
  amount_minor: number;
  created_at: Date;
}
export interface RefundRow {
  id: string;
  order_id: string;
  amount_minor: number;
  reason: string;
  created_at: Date;
}

// --- logistics
export type Carrier = 'DHL' | 'UPS' | 'DPD' | 'GLS' | 'HERMES';
export type ShipmentStatus =
  'LABEL_CREATED' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'EXCEPTION' | 'LOST' | 'RETURNED';
export interface ShipmentRow {
  id: string;
  tracking_number: string;
  order_id: string;
  customer_id: string;
  carrier: Carrier;
  status: ShipmentStatus;
  created_at: Date;
  shipped_at: Date | null;
  estimated_delivery_at: Date | null;
  delivered_at: Date | null;
}
export interface TrackingEventRow {
  id: string;
  shipment_id: string;
  occurred_at: Date;
  status: ShipmentStatus;
  location: string | null;
  description: string;
}

// --- tickets
export type Channel = 'CHAT' | 'EMAIL' | 'PHONE' | 'SOCIAL' | 'WEB_FORM';
export type TeamCode = 'customer_care' | 'logistics_desk' | 'billing' | 'product_support' | 'returns';
export type TicketCategory = 'DELIVERY' | 'BILLING' | 'PRODUCT_DEFECT' | 'RETURN' | 'ACCOUNT' | 'OTHER';
export type TicketPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING_CUSTOMER' | 'RESOLVED' | 'CLOSED';
export interface TeamRow {
  code: TeamCode;
  name: string;
}
export interface AgentRow {
  id: string;
  name: string;
  team_code: TeamCode;
}
export interface TicketRow {
  id: string;
  number: string;
  customer_id: string;
  order_id: string | null;
  shipment_id: string | null;
  subject: string;
  category: TicketCategory;
  channel: Channel;
  priority: TicketPriority;
  status: TicketStatus;
  team_code: TeamCode;
  assignee_id: string | null;
  created_at: Date;
  first_response_due_at: Date;
  first_responded_at: Date | null;
  sla_due_at: Date;
  resolved_at: Date | null;
  /** How many times the customer reopened it after a resolution (see stack/seed/scenarios/supportQueue.ts). */
  reopen_count: number;
  /**
   * The distinct skus of its order and the carrier of its shipment (tickets migration 011): set with the batch's
   * copy of the owners' facts (referenceRows.ts), null when it is about none.
   */
  order_skus?: string[] | null;
  shipment_carrier?: Carrier | null;
}
export interface MessageRow {
  id: string;
  ticket_id: string;
  channel: Channel | null;
  direction: 'INBOUND' | 'OUTBOUND' | 'INTERNAL';
  author: string;
  agent_id: string | null;
  consulted_team_code: TeamCode | null;
  body: string;
  sent_at: Date;
}
export interface HandoffRow {
  id: string;
  ticket_id: string;
  kind: 'TRANSFER' | 'CONSULT';
  from_team_code: TeamCode;
  to_team_code: TeamCode;
  reason: string;
  by_agent_id: string | null;
  at: Date;
}

// --- tickets' copy of the ids other subgraphs own (tickets migration 006), and of the immutable facts the complaint
// KPIs need: each distinct sku of an order, the carrier of a shipment (migration 010; see stack/seed/referenceRows.ts)
export interface CustomerRefRow {
  customer_id: string;
}
export interface OrderRefRow {
  order_id: string;
  customer_id: string;
}
export interface ShipmentRefRow {
  shipment_id: string;
  order_id: string;
  customer_id: string;
  carrier: Carrier;
}
export interface OrderRefSkuRow {
  order_id: string;
  sku: string;
}

// --- tickets' digests of the customers' own contact data (tickets migration 007; see stack/seed/piiDigestRows.ts)
export interface CustomerPiiDigestRow {
  customer_id: string;
  kind: 'email' | 'phone' | 'street';
  digest: string;
  length: number;
}

/** Rows for every table, keyed by a camelCase table key (see TABLES for where each one goes). */
export interface SeedRows {
  agents: AgentRow[];
  warehouses: WarehouseRow[];
  products: ProductRow[];
  stockLevels: StockLevelRow[];
  customers: CustomerRow[];
  addresses: AddressRow[];
  notes: NoteRow[];
  orders: OrderRow[];
  orderLines: OrderLineRow[];
  payments: PaymentRow[];
  refunds: RefundRow[];
  shipments: ShipmentRow[];
  trackingEvents: TrackingEventRow[];
  tickets: TicketRow[];
  messages: MessageRow[];
  handoffs: HandoffRow[];
  customerRefs: CustomerRefRow[];
  orderRefs: OrderRefRow[];
  orderRefSkus: OrderRefSkuRow[];
  shipmentRefs: ShipmentRefRow[];
  customerPiiDigests: CustomerPiiDigestRow[];
}

export type TableKey = keyof SeedRows;

export function emptyRows(): SeedRows {
  return {
    agents: [],
    warehouses: [],
    products: [],
    stockLevels: [],
    customers: [],
    addresses: [],
    notes: [],
    orders: [],
    orderLines: [],
    payments: [],
    refunds: [],
    shipments: [],
    trackingEvents: [],
    tickets: [],
    messages: [],
    handoffs: [],
    customerRefs: [],
    orderRefs: [],
    orderRefSkus: [],
    shipmentRefs: [],
    customerPiiDigests: [],
  };
}
