import type { CustomerPageRun } from './measureCustomerPage';

interface Connection<Node> {
  edges?: { node?: Node | null }[] | null;
}

/** The parts of the customer page's answer the check looks for (consoleCustomer's selection). */
interface PageCustomer {
  id?: string;
  name?: string;
  orders?: Connection<{ number?: string }> | null;
  tickets?: Connection<{ number?: string }> | null;
  timeline?: Connection<{ summary?: string }> | null;
}

/** The customer page's data in a GraphQL answer (a customer with orders, tickets or a timeline), if any. */
export function pageCustomerIn(response: unknown): PageCustomer | undefined {
  const customer = (response as { data?: { customer?: unknown } } | undefined)?.data?.customer;
  if (typeof customer !== 'object' || customer === null) return undefined;
  return 'orders' in customer || 'tickets' in customer || 'timeline' in customer
    ? (customer as PageCustomer)
    : undefined;
}

const nodes = <Node>(connection: Connection<Node> | null | undefined): Node[] =>
  (connection?.edges ?? []).flatMap((edge) => (edge.node ? [edge.node] : []));

/**
 * Did the page show the data when the probe stopped the clock? The probe only sees structure (a heading, sections
 * with content and nothing loading); this compares what it saw with the answer the page received: the h1 is the
 * customer's name, the Orders and Tickets sections name the first order and ticket, the Timeline shows one of the
 * first entries. A problem means the clock stopped early (or the page shows something else), so the time is wrong.
 */
export function snapshotProblems(run: CustomerPageRun): string[] {
  const customer = run.requests.map(({ response }) => pageCustomerIn(response)).find(Boolean);
  if (!customer) return [`${run.customerId}: no answer with the customer's orders, tickets or timeline was captured`];
  const { snapshot } = run;
  const problems: string[] = [];
  if (!snapshot.path.endsWith(`/${run.customerId}`))
    problems.push(`${run.customerId}: the page is ${snapshot.path}, not the searched customer's`);
  if (customer.name !== undefined && snapshot.heading !== customer.name)
    problems.push(`${run.customerId}: the h1 said "${snapshot.heading}", the name is "${customer.name}"`);
  const [order] = nodes(customer.orders);
  if (order?.number && !snapshot.sections['Orders']?.includes(order.number))
    problems.push(`${run.customerId}: Orders did not show the first order, ${order.number}`);
  const [ticket] = nodes(customer.tickets);
  if (ticket?.number && !snapshot.sections['Tickets']?.includes(ticket.number))
    problems.push(`${run.customerId}: Tickets did not show the latest ticket, ${ticket.number}`);
  const summaries = nodes(customer.timeline)
    .slice(0, 5)
    .flatMap(({ summary }) => (summary ? [summary.replace(/\s+/g, ' ').trim()] : []));
  if (summaries.length > 0 && !summaries.some((summary) => snapshot.sections['Timeline']?.includes(summary)))
    problems.push(`${run.customerId}: Timeline showed none of the first entries, e.g. "${summaries[0]}"`);
  return problems;
}
