import { accounts } from './accounts';
import { inventory } from './inventory';
import { products } from './products';
import { reviews } from './reviews';
import type { BenchSubgraph } from '../benchSubgraph';

/** The federation workload's four subgraphs, as in the public benchmark. */
export const FEDERATION_SUBGRAPHS: readonly BenchSubgraph[] = [accounts, inventory, products, reviews];
