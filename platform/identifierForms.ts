/**
 * The shape of every public identifier, so a malformed one is rejected before any SQL runs. `maxLength` is the
 * longest value accepted as sent (spaces, dashes and brackets a normaliser drops included), checked before any other
 * work, so no pass over the caller's text (trim, normalisation, the pattern, the message) is ever longer than that.
 * Keep them in step with the SDL descriptions of the arguments (schema/*.graphql): the schema documents them.
 * Shared by the subgraphs (subgraphs/shared/identifiers.ts) and the gateway's subscription arguments (gateway/liveFields).
 */
export const IDENTIFIERS = {
  customerId: { maxLength: 64, pattern: /^cus_[1-9]\d{0,11}$/, expected: 'cus_<number>, e.g. cus_1' },
  orderId: { maxLength: 64, pattern: /^ord_[1-9]\d{0,11}$/, expected: 'ord_<number>, e.g. ord_1' },
  orderNumber: { maxLength: 64, pattern: /^ORD-\d{6,12}$/, expected: 'ORD-<6 to 12 digits>, e.g. ORD-100001' },
  sku: { maxLength: 64, pattern: /^SKU-\d{4,8}$/, expected: 'SKU-<4 to 8 digits>, e.g. SKU-0001' },
  shipmentId: { maxLength: 64, pattern: /^shp_[1-9]\d{0,11}$/, expected: 'shp_<number>, e.g. shp_1' },
  trackingNumber: {
    maxLength: 64,
    pattern: /^[\dA-Z]{8,30}$/,
    expected: '8 to 30 letters and digits, e.g. DHL00012345678',
  },
  ticketId: { maxLength: 64, pattern: /^tkt_[1-9]\d{0,11}$/, expected: 'tkt_<number>, e.g. tkt_1' },
  ticketNumber: { maxLength: 64, pattern: /^T-\d{6,12}$/, expected: 'T-<6 to 12 digits>, e.g. T-100001' },
  agentId: { maxLength: 64, pattern: /^agt_[1-9]\d{0,11}$/, expected: 'agt_<number>, e.g. agt_1' },
  teamCode: {
    maxLength: 64,
    pattern: /^[a-z][_a-z]{0,39}$/,
    expected: 'a team code in lower case, e.g. billing (see Query.teams)',
  },
  // RFC 5321's limit on a forward path
  email: {
    maxLength: 254,
    pattern: /^[^\s@]+@[^\s@][^\s.@]*\.[^\s@]+$/,
    expected: 'an e-mail address such as maria@example.com',
  },
  // E.164 has at most 15 digits; 40 leaves room for the spaces, dashes and brackets people type
  phone: { maxLength: 40, pattern: /^\+[1-9]\d{6,14}$/, expected: 'a phone number in E.164 form such as +4930123456' },
} as const;
