import type { Queryable } from '../../shared';
import type { Carrier } from '../__generated__/resolvers-types';

/** Complaints about one shipment, as tickets reports them. */
export interface ShipmentComplaint {
  shipmentId: string;
  tickets: number;
}

export interface CarrierComplaintRow {
  carrier: Carrier;
  tickets: number;
}

const BY_CARRIER_SQL = `
  SELECT s.carrier, sum(c.tickets)::int AS tickets
    FROM unnest($1::text[], $2::int[]) AS c (shipment_id, tickets)
    JOIN logistics.shipments s ON s.id = c.shipment_id
   GROUP BY s.carrier
   ORDER BY sum(c.tickets) DESC, s.carrier COLLATE "C"`;

/** Turns complaints per shipment into complaints per carrier, in one statement. */
export function carrierComplaintsRepository(db: Queryable) {
  return {
    byCarrier(complaints: readonly ShipmentComplaint[]): Promise<CarrierComplaintRow[]> {
      return db.query<CarrierComplaintRow>(BY_CARRIER_SQL, [
        complaints.map((c) => c.shipmentId),
        complaints.map((c) => c.tickets),
      ]);
    },
  };
}
