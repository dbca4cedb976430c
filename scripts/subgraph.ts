// `npm run subgraph -- <name>`: runs one subgraph alone (its own database and port), e.g. to develop it or to run
// the gateway (`npx tsx gateway/index.ts`) in front of separately running subgraphs.
import { isSubgraphName, SUBGRAPH_NAMES } from '../subgraphs/shared/catalog';
import { SUBGRAPH_MODULES } from '../stack/subgraphModules';
import { runSubgraph } from '../subgraphs/shared/runSubgraph';

const name = process.argv[2];
if (name === undefined || !isSubgraphName(name)) {
  console.error(
    `${name === undefined ? 'Which subgraph?' : `There is no subgraph called ${JSON.stringify(name)}.`} ` +
      `Run \`npm run subgraph -- <name>\` with one of: ${SUBGRAPH_NAMES.join(', ')}.`,
  );
  process.exit(1);
}
void runSubgraph(SUBGRAPH_MODULES[name], process.env);
