/**
 * The hand-written customers and their interesting records, with fixed ids: tests, saved operations and the demo
 * script refer to these. They are the same for every seed and every `asOf` (their times are relative to `asOf`).
 */
export const SCENARIO = {
  /** GOLD, prefers chat. Her DHL parcel was lost at the Leipzig hub; her ticket went chat → e-mail → phone and was transferred to the logistics desk, still open. */
  maria: {
    customerId: 'cus_1',
    name: 'Maria Keller',
    email: 'maria.keller@example.com',
    phone: '+4915112345671',
    orderId: 'ord_1',
    orderNumber: 'ORD-100001',
    shipmentId: 'shp_1',
    trackingNumber: 'DHL00012345678',
    ticketId: 'tkt_1',
    ticketNumber: 'T-100001',
  },
  /** Charged twice for one order; billing was consulted (customer care kept the ticket) and the duplicate refunded. */
  tom: {
    customerId: 'cus_2',
    name: 'Tom Becker',
    email: 'tom.becker@example.com',
    phone: '+4915112345672',
    orderId: 'ord_2',
    orderNumber: 'ORD-100002',
    shipmentId: 'shp_2',
    trackingNumber: 'DPD00087654321',
    ticketId: 'tkt_2',
    ticketNumber: 'T-100002',
  },
  /** Paid for an espresso machine that is out of stock in every warehouse; asks when it ships. */
  aisha: {
    customerId: 'cus_3',
    name: 'Aisha Rahman',
    email: 'aisha.rahman@example.com',
    phone: '+4915112345673',
    orderId: 'ord_3',
    orderNumber: 'ORD-100003',
    sku: 'SKU-0042',
    ticketId: 'tkt_3',
    ticketNumber: 'T-100003',
  },
  /** A loyal customer with exactly 50 orders and several tickets: the big side of the N+1 test. */
  jonas: {
    customerId: 'cus_4',
    name: 'Jonas Weber',
    email: 'jonas.weber@example.com',
    phone: '+4915112345674',
    orderCount: 50,
    firstOrderId: 'ord_6',
    lastOrderId: 'ord_55',
    ticketCount: 4,
  },
  /** Exactly 2 orders with parcels and one ticket: the small side of the N+1 test. */
  lena: {
    customerId: 'cus_5',
    name: 'Lena Vogel',
    email: 'lena.vogel@example.com',
    phone: '+4915112345675',
    orderCount: 2,
    orderIds: ['ord_4', 'ord_5'],
    orderNumbers: ['ORD-100004', 'ORD-100005'],
    shipmentIds: ['shp_3', 'shp_4'],
    ticketId: 'tkt_4',
    ticketNumber: 'T-100004',
  },
} as const;

/** Customers cus_1 … cus_5 are the scenarios; generated customers start at cus_6. */
export const SCENARIO_CUSTOMER_COUNT = 5;
