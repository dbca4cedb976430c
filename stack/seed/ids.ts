/**
 * Hands out sequential ids. Generation runs in one fixed order (reference data, scenario customers, then random
 * customers by number), so the same options always give every record the same id, chunk boundaries included.
 */
export class IdAllocator {
  private readonly counters = {
    order: 0,
    shipment: 0,
    ticket: 0,
    address: 0,
    note: 0,
    line: 0,
    payment: 0,
    refund: 0,
    event: 0,
    message: 0,
    handoff: 0,
  };

  /** `ord_<n>` with its customer-facing number `ORD-<100000+n>`. */
  order(): { id: string; number: string } {
    const n = ++this.counters.order;
    return { id: `ord_${n}`, number: `ORD-${100000 + n}` };
  }

  /** `tkt_<n>` with its customer-facing number `T-<100000+n>`. */
  ticket(): { id: string; number: string } {
    const n = ++this.counters.ticket;
    return { id: `tkt_${n}`, number: `T-${100000 + n}` };
  }

  /** `shp_<n>` and `n`, which tracking numbers embed to stay unique. */
  shipment(): { id: string; n: number } {
    const n = ++this.counters.shipment;
    return { id: `shp_${n}`, n };
  }

  /** Ids of rows the API never looks up by themselves (lines, payments, messages…): a prefix and a counter. */
  row(kind: RowKind): string {
    return `${ROW_PREFIX[kind]}_${++this.counters[kind]}`;
  }
}

export type RowKind = 'address' | 'note' | 'line' | 'payment' | 'refund' | 'event' | 'message' | 'handoff';

const ROW_PREFIX: Record<RowKind, string> = {
  address: 'adr',
  note: 'note',
  line: 'oln',
  payment: 'pay',
  refund: 'rfd',
  event: 'evt',
  message: 'msg',
  handoff: 'hof',
};
