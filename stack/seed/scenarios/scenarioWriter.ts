import type { AgentRow, Channel, CustomerRow, MessageRow, ShipmentStatus, TeamCode } from '../rows';
import type { StoryContext } from '../storyContext';
import { plus } from '../time';

/**
 * Small helpers for writing a scenario by hand: times are offsets from `asOf` (negative = in the past), so the
 * story reads like a timeline and stays "recent" whatever day it is seeded.
 */
export function scenarioWriter(ctx: StoryContext) {
  const at = (offsetMs: number): Date => plus(ctx.asOf, offsetMs);
  return {
    at,
    /**
     * Takes the next id of a kind from the allocator and checks it is the one SCENARIO promises, so hand-written
     * records and generated ones never share an id.
     */
    claim(kind: 'order' | 'shipment' | 'ticket', expectedId: string): void {
      const { id } = ctx.ids[kind]();
      if (id !== expectedId)
        throw new Error(
          `invariant violated: scenario expected ${expectedId} but the allocator is at ${id}; scenarios must run first, in SCENARIO order`,
        );
    },
    agent(team: TeamCode, index = 0): AgentRow {
      const agent = ctx.catalogue.agentsByTeam[team][index];
      if (!agent) throw new Error(`invariant violated: no agent ${index} in team ${team}`);
      return agent;
    },
    address(
      customer: CustomerRow,
      position: number,
      label: string,
      street: string,
      postalCode: string,
      city: string,
    ): void {
      ctx.rows.addresses.push({
        id: ctx.ids.row('address'),
        customer_id: customer.id,
        position,
        label,
        street,
        postal_code: postalCode,
        city,
        country: 'DE',
        is_default: position === 1,
      });
    },
    trackingEvent(
      shipmentId: string,
      offsetMs: number,
      status: ShipmentStatus,
      location: string,
      description: string,
    ): void {
      ctx.rows.trackingEvents.push({
        id: ctx.ids.row('event'),
        shipment_id: shipmentId,
        occurred_at: at(offsetMs),
        status,
        location,
        description,
      });
    },
    /** A message from the customer (`from` null) or an agent, on a channel; `channel` null makes it internal. */
    message(
      ticketId: string,
      offsetMs: number,
      channel: Channel | null,
      direction: MessageRow['direction'],
      from: AgentRow | CustomerRow,
      body: string,
      consultedTeam: TeamCode | null = null,
    ): void {
      const isAgent = 'team_code' in from;
      ctx.rows.messages.push({
        id: ctx.ids.row('message'),
        ticket_id: ticketId,
        channel,
        direction,
        author: from.name,
        agent_id: isAgent ? from.id : null,
        consulted_team_code: consultedTeam,
        body,
        sent_at: at(offsetMs),
      });
    },
  };
}
