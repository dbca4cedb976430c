/** The five subgraphs of the customer graph, in start order, with the port each listens on when run alone. */
export const SUBGRAPHS = [
  { name: 'crm', defaultPort: 4001 },
  { name: 'orders', defaultPort: 4002 },
  { name: 'inventory', defaultPort: 4003 },
  { name: 'logistics', defaultPort: 4004 },
  { name: 'tickets', defaultPort: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

export function isSubgraphName(value: string): value is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(value);
}
