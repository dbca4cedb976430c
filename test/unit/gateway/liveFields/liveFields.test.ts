import { customerChanged, slaAlerts, teamQueue, ticketChanged } from '../../../../gateway/liveFields';
import type { ChangeEvent } from '../../../../platform/changeEvents';

const codeOf = (error: { extensions: Record<string, unknown> } | undefined) => error?.extensions['code'];

const event = (kind: string, facts: ChangeEvent['facts'] = {}): ChangeEvent => ({
  id: '1765000000000-0',
  kind,
  system: 'tickets',
  changedAt: '2026-11-01T12:00:00.000Z',
  entities: [
    { typename: 'Ticket', keys: { id: 'tkt_3', number: 'T-100003' } },
    { typename: 'Customer', keys: { id: 'cus_9' } },
    { typename: 'Order', keys: { id: 'ord_4', number: 'ORD-100004' } },
  ],
  facts,
});

describe('Live fields: argument checks', () => {
  it('customerChanged takes ids of the form cus_<number>', () => {
    expect(customerChanged.validateArgs({ id: 'cus_1' })).toBeUndefined();
    const error = customerChanged.validateArgs({ id: 'customer 1' });
    expect(codeOf(error)).toBe('INVALID_IDENTIFIER');
    expect(error?.message).toBe('id "customer 1" is not valid. Expected cus_<number>, e.g. cus_1.');
    expect(codeOf(customerChanged.validateArgs({ id: `cus_${'1'.repeat(100)}` }))).toBe('INVALID_IDENTIFIER');
  });

  it('ticketChanged takes exactly one of id and number, each in its form', () => {
    expect(ticketChanged.validateArgs({ id: 'tkt_1' })).toBeUndefined();
    expect(ticketChanged.validateArgs({ number: 'T-100001', id: null })).toBeUndefined();
    expect(codeOf(ticketChanged.validateArgs({}))).toBe('BAD_USER_INPUT');
    const both = ticketChanged.validateArgs({ id: 'tkt_1', number: 'T-100001' });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both?.message).toContain('exactly one of `id`');
    expect(codeOf(ticketChanged.validateArgs({ number: 'T-1' }))).toBe('INVALID_IDENTIFIER');
    expect(codeOf(ticketChanged.validateArgs({ id: 'T-100001' }))).toBe('INVALID_IDENTIFIER');
  });

  it('teamQueue and slaAlerts take team codes; slaAlerts only the alert windows', () => {
    expect(teamQueue.validateArgs({ team: 'logistics_desk' })).toBeUndefined();
    expect(codeOf(teamQueue.validateArgs({ team: 'Billing' }))).toBe('INVALID_IDENTIFIER');
    expect(slaAlerts.validateArgs({ withinMinutes: 5 })).toBeUndefined();
    expect(slaAlerts.validateArgs({ withinMinutes: 240, team: 'billing' })).toBeUndefined();
    const window = slaAlerts.validateArgs({ withinMinutes: 45 });
    expect(codeOf(window)).toBe('BAD_USER_INPUT');
    expect(window?.message).toBe('withinMinutes 45 is not an alert window. Use one of 5, 15, 30, 60, 120, 240.');
    expect(codeOf(slaAlerts.validateArgs({ withinMinutes: 30, team: 'x y' }))).toBe('INVALID_IDENTIFIER');
  });
});

describe('Live fields: which events reach which subscription', () => {
  const matches = (binding: typeof customerChanged, args: Record<string, unknown>, e: ChangeEvent) =>
    binding.topicsOfEvent(e).some((topic) => binding.topicsOf(args).includes(topic)) &&
    (binding.accepts?.(args, e) ?? true);

  it('customerChanged and ticketChanged take every event naming the entity but queue moves', () => {
    expect(matches(customerChanged, { id: 'cus_9' }, event('ORDER_CANCELLED'))).toBe(true);
    expect(matches(customerChanged, { id: 'cus_8' }, event('ORDER_CANCELLED'))).toBe(false);
    expect(matches(customerChanged, { id: 'cus_9' }, event('TEAM_QUEUE_CHANGED', { team: 'billing' }))).toBe(false);
    expect(matches(ticketChanged, { id: 'tkt_3' }, event('SLA_DEADLINE', { stage: 0 }))).toBe(true);
    expect(matches(ticketChanged, { number: 'T-100003' }, event('TICKET_OPENED'))).toBe(true);
    expect(matches(ticketChanged, { id: 'T-100003' }, event('TICKET_OPENED'))).toBe(false);
    expect(matches(ticketChanged, { id: 'tkt_3' }, event('TEAM_QUEUE_CHANGED', { team: 'billing' }))).toBe(false);
  });

  it("teamQueue takes its team's queue moves only; slaAlerts its window and breaches", () => {
    expect(matches(teamQueue, { team: 'billing' }, event('TEAM_QUEUE_CHANGED', { team: 'billing' }))).toBe(true);
    expect(matches(teamQueue, { team: 'billing' }, event('TEAM_QUEUE_CHANGED', { team: 'returns' }))).toBe(false);
    expect(matches(teamQueue, { team: 'billing' }, event('TICKET_ASSIGNED', { team: 'billing' }))).toBe(false);
    const sla = (team: string, stage: number) => event('SLA_DEADLINE', { team, stage });
    expect(matches(slaAlerts, { withinMinutes: 15 }, sla('returns', 15))).toBe(true);
    expect(matches(slaAlerts, { withinMinutes: 15 }, sla('returns', 30))).toBe(false);
    expect(matches(slaAlerts, { withinMinutes: 15, team: 'billing' }, sla('returns', 0))).toBe(false);
    expect(matches(slaAlerts, { withinMinutes: 15, team: 'billing' }, sla('billing', 0))).toBe(true);
  });

  it('answers with event fields and entity stubs in the live schema’s terms', () => {
    const e = event('ORDER_CANCELLED');
    expect(customerChanged.rootValue([e], { eventId: e.id, resync: false }, { id: 'cus_9' })).toEqual({
      eventId: e.id,
      resync: false,
      customer: { __typename: 'Customer', id: 'cus_9' },
      changes: [
        {
          id: e.id,
          system: 'TICKETS',
          kind: 'ORDER_CANCELLED',
          changedAt: e.changedAt,
          ticket: { __typename: 'Ticket', id: 'tkt_3' },
          order: { __typename: 'Order', id: 'ord_4' },
          shipment: null,
        },
      ],
    });
  });
});
