import type { Carrier, ShipmentStatus } from '../__generated__/resolvers-types';

/** Row types of the logistics database, camelCased by the SQL aliases in the repositories. */

/** A customer as logistics knows it: only its id (the codegen mapper of `Customer`). */
export interface CustomerRef {
  id: string;
}

/** An order as logistics knows it: only its id (the codegen mapper of `Order`). */
export interface OrderRef {
  id: string;
}

/** A parcel handed to a carrier (the codegen mapper of `Shipment`). */
export interface ShipmentRow {
  id: string;
  trackingNumber: string;
  orderId: string;
  customerId: string;
  carrier: Carrier;
  status: ShipmentStatus;
  createdAt: Date;
  shippedAt: Date | null;
  estimatedDeliveryAt: Date | null;
  deliveredAt: Date | null;
}

/** One scan or status change reported by a carrier (the codegen mapper of `TrackingEvent`). */
export interface TrackingEventRow {
  id: string;
  shipmentId: string;
  occurredAt: Date;
  status: ShipmentStatus;
  location: string | null;
  description: string;
}
