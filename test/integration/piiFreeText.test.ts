import { SCENARIO } from '../../stack/seed/scenarioIds';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { ENGINES } from '../support/testDatabases';
import { authHeader } from '../support/tokens';

const LENA = SCENARIO.lena;

/** Every free text of Lena's that the graph shows: notes, timeline, her ticket's subject, messages, hand-offs, history. */
const TEXTS_OF_LENA = /* GraphQL */ `
  query TextsOfLena($id: ID!) {
    customer(id: $id) {
      notes {
        edges {
          node {
            body
          }
        }
      }
      timeline(first: 100) {
        edges {
          node {
            summary
          }
        }
      }
      tickets {
        edges {
          node {
            subject
            messages {
              edges {
                node {
                  body
                }
              }
            }
            handoffs {
              reason
            }
            history {
              details
            }
          }
        }
      }
    }
  }
`;

const TICKET_BY_NUMBER = /* GraphQL */ `
  query TicketTexts($number: String!) {
    ticketByNumber(number: $number) {
      subject
      messages {
        edges {
          node {
            body
          }
        }
      }
    }
  }
`;

interface Texts {
  customer: {
    notes: { edges: { node: { body: string } }[] };
    timeline: { edges: { node: { summary: string } }[] };
    tickets: { edges: { node: { subject: string; messages: { edges: { node: { body: string } }[] } } }[] };
  };
}

/** Lena's own values as the seeded texts write them (stack/seed/scenarios/regulars.ts). */
const CLEAR = ['lena.vogel@example.com', '0151 1234 5675', '+49 151 12345675', '0151-1234-5675', 'Rosenweg'];

// The seeded texts of Lena name her e-mail, phone and street (stack/seed/scenarios/regulars.ts); through the real gateway.
describe.each(ENGINES)('Free text through the gateway on %s: analysts see it masked, agents as written', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine, {
      customers: 10,
      gateway: { entityCache: { mode: 'memory', maxEntries: 1_000, prefix: `pii-free-text-${engine}` } },
    });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function textsAs(role: 'agent' | 'analyst' | 'supervisor'): Promise<Texts['customer']> {
    const { status, body } = await stack.query<Texts>(TEXTS_OF_LENA, { id: LENA.customerId }, await authHeader(role));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data!.customer;
  }

  const noteOf = (texts: Texts['customer']) => texts.notes.edges.map(({ node }) => node.body);
  const subjectOf = (texts: Texts['customer']) => texts.tickets.edges.map(({ node }) => node.subject);
  const messagesOf = (texts: Texts['customer']) =>
    texts.tickets.edges.flatMap(({ node }) => node.messages.edges.map((edge) => edge.node.body));
  const summariesOf = (texts: Texts['customer']) => texts.timeline.edges.map(({ node }) => node.summary);

  it('shows an agent every text as written, her e-mail, phone and street included', async () => {
    const texts = await textsAs('agent');
    expect(noteOf(texts)).toContain(
      'Pick-ups at Rosenweg 3 fail when she is out: call 0151-1234-5675 first (lena.vogel@example.com for labels).',
    );
    expect(subjectOf(texts)).toEqual(['Return pick-up at Rosenweg 3, call 0151 1234 5675']);
    expect(messagesOf(texts)).toContain(
      'The courier could not find Rosenweg, please call me on +49 151 12345675 or write to lena.vogel@example.com.',
    );
    const summaries = summariesOf(texts).join('\n');
    for (const clear of ['lena.vogel@example.com', '0151-1234-5675', 'Rosenweg 3']) expect(summaries).toContain(clear);
  });

  it('masks them for an analyst in notes, subjects, messages and the timeline, and nowhere shows them', async () => {
    const texts = await textsAs('analyst');
    expect(noteOf(texts)).toContain(
      'Pick-ups at [street] fail when she is out: call [phone] first ([email] for labels).',
    );
    expect(subjectOf(texts)).toEqual(['Return pick-up at [street], call [phone]']);
    // "Rosenweg" alone is no address to a detector: only her own street (a digest in tickets) reveals it
    expect(messagesOf(texts)).toContain(
      'The courier could not find [street], please call me on [phone] or write to [email].',
    );
    const summaries = summariesOf(texts).join('\n');
    expect(summaries).toContain('Note by');
    expect(summaries).toContain('[street]');
    const everything = JSON.stringify(texts);
    for (const clear of CLEAR) expect(everything).not.toContain(clear);
  });

  it('masks the ticket texts reached by ticket number too (tickets masks them itself)', async () => {
    const { body } = await stack.query<{ ticketByNumber: { subject: string; messages: unknown } }>(
      TICKET_BY_NUMBER,
      { number: LENA.ticketNumber },
      await authHeader('analyst'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.ticketByNumber.subject).toBe('Return pick-up at [street], call [phone]');
    for (const clear of CLEAR) expect(JSON.stringify(body.data)).not.toContain(clear);
  });

  it('masks hand-off reasons and history written through a mutation', async () => {
    const reason = 'Kundin bittet um Rückruf unter 0151 1234 5671, Erstattung auf DE89 3704 0044 0532 0130 00';
    const moved = await stack.query<{ transferTicket: { handoffs: { reason: string }[] } }>(
      `mutation ($reason: String!) {
        transferTicket(ticketId: "tkt_1", toTeam: "billing", reason: $reason, agentId: "agt_5") { handoffs { reason } }
      }`,
      { reason },
    );
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data?.transferTicket.handoffs.map((handoff) => handoff.reason)).toContain(reason);

    const { body } = await stack.query<{ ticket: { handoffs: { reason: string }[]; history: { details: string }[] } }>(
      '{ ticket(id: "tkt_1") { handoffs { reason } history { details } } }',
      {},
      await authHeader('analyst'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.ticket.handoffs.map((handoff) => handoff.reason)).toContain(
      'Kundin bittet um Rückruf unter [phone], Erstattung auf [iban]',
    );
    const history = body.data?.ticket.history.map((event) => event.details).join('\n') ?? '';
    expect(history).toContain('[phone]');
    for (const clear of ['0151 1234 5671', 'DE89 3704']) expect(JSON.stringify(body.data)).not.toContain(clear);
  });

  it('masks what orders and logistics keep as free text: refund reasons and tracking events', async () => {
    await stack.dbs.orders.query(
      `INSERT INTO orders.refunds (id, order_id, amount_minor, reason, created_at)
       VALUES ('ref_pii_1', $1, 500, 'Goodwill, paid to DE89 3704 0044 0532 0130 00 as lena.vogel@example.com asked', now())`,
      [LENA.orderIds[0]],
    );
    // stored as a carrier feed would store them (the graph's recordShipmentEvent takes no events after delivery)
    await stack.dbs.logistics.query(
      `INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description)
       VALUES ('evt_pii_1', $1, now(), 'DELIVERED', 'Rosenweg 3, 10115 Berlin',
               'Nobody home, driver will call +49 151 12345675 tomorrow')`,
      [LENA.shipmentIds[1]],
    );
    const TEXTS = `query ($order: ID!, $shipment: ID!) {
      order(id: $order) { refunds { reason } }
      shipment(id: $shipment) { events { location description } }
    }`;
    const variables = { order: LENA.orderIds[0], shipment: LENA.shipmentIds[1] };
    const agent = await stack.query(TEXTS, variables, await authHeader('agent'));
    const analyst = await stack.query(TEXTS, variables, await authHeader('analyst'));
    expect(agent.body.errors).toBeUndefined();
    expect(analyst.body.errors).toBeUndefined();
    const clear = JSON.stringify(agent.body.data);
    const masked = JSON.stringify(analyst.body.data);
    for (const value of ['DE89 3704', 'lena.vogel@example.com', 'Rosenweg 3', '+49 151 12345675']) {
      expect(clear).toContain(value);
      expect(masked).not.toContain(value);
    }
    expect(masked).toContain('Goodwill, paid to [iban] as [email] asked');
    expect(masked).toContain('Nobody home, driver will call [phone] tomorrow');
    expect(masked).toContain('[street]');
  });

  it('never serves one role the answer the entity cache keeps for the other', async () => {
    const analystFirst = JSON.stringify(await textsAs('analyst'));
    const agent = JSON.stringify(await textsAs('agent'));
    const analystAgain = JSON.stringify(await textsAs('analyst'));
    const supervisor = JSON.stringify(await textsAs('supervisor'));
    expect(agent).toContain('lena.vogel@example.com');
    expect(supervisor).toBe(agent);
    expect(analystAgain).toBe(analystFirst);
    for (const clear of CLEAR) expect(analystAgain).not.toContain(clear);
  });

  it('masks for a service token without pii:read, and not for one with it', async () => {
    const without = await stack.query<Texts>(
      TEXTS_OF_LENA,
      { id: LENA.customerId },
      await authHeader({ role: 'service', sub: 'report-tool', scopes: ['graph:read'] }),
    );
    const granted = await stack.query<Texts>(
      TEXTS_OF_LENA,
      { id: LENA.customerId },
      await authHeader({ role: 'service', sub: 'crm-sync', scopes: ['graph:read', 'pii:read'] }),
    );
    expect(JSON.stringify(without.body.data)).not.toContain('lena.vogel@example.com');
    expect(JSON.stringify(granted.body.data)).toContain('lena.vogel@example.com');
  });
});
