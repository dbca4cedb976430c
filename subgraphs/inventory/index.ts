import { runSubgraph } from '../shared/runSubgraph';
import { inventoryModule } from './module';

void runSubgraph(inventoryModule, process.env);
