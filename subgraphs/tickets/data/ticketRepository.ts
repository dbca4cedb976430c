import { byKey, groupByKey, notFound, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { TicketRow } from './rows';
import { TICKET_COLUMNS } from './ticketColumns';

/** Batch reads of tickets by their own keys and by the order or shipment they are about. */
export function ticketRepository(db: Queryable) {
  return {
    /** One row per id, in key order; NOT_FOUND where no ticket has the id. */
    async findByIds(ids: readonly string[]): Promise<(TicketRow | Error)[]> {
      const rows = await db.query<TicketRow>(
        preparedStatement(`SELECT ${TICKET_COLUMNS} FROM tickets.tickets t WHERE t.id = ANY($1::text[])`),
        [ids],
      );
      return byKey(
        ids,
        rows,
        (row) => row.id,
        (id) => notFound('ticket', 'id', id),
      );
    },

    /** One row per number, in key order; NOT_FOUND where no ticket has the number. */
    async findByNumbers(numbers: readonly string[]): Promise<(TicketRow | Error)[]> {
      const rows = await db.query<TicketRow>(
        preparedStatement(`SELECT ${TICKET_COLUMNS} FROM tickets.tickets t WHERE t.number = ANY($1::text[])`),
        [numbers],
      );
      return byKey(
        numbers,
        rows,
        (row) => row.number,
        (value) => notFound('ticket', 'number', value),
      );
    },

    /** Every ticket about each order, newest first. */
    async findByOrderIds(orderIds: readonly string[]): Promise<TicketRow[][]> {
      const rows = await db.query<TicketRow>(
        `SELECT ${TICKET_COLUMNS} FROM tickets.tickets t
          WHERE t.order_id = ANY($1::text[])
          ORDER BY t.created_at DESC, t.id DESC`,
        [orderIds],
      );
      return groupByKey(orderIds, rows, (row) => row.orderId ?? '');
    },

    /** Every ticket about each shipment, newest first. */
    async findByShipmentIds(shipmentIds: readonly string[]): Promise<TicketRow[][]> {
      const rows = await db.query<TicketRow>(
        `SELECT ${TICKET_COLUMNS} FROM tickets.tickets t
          WHERE t.shipment_id = ANY($1::text[])
          ORDER BY t.created_at DESC, t.id DESC`,
        [shipmentIds],
      );
      return groupByKey(shipmentIds, rows, (row) => row.shipmentId ?? '');
    },
  };
}

export type TicketRepository = ReturnType<typeof ticketRepository>;
