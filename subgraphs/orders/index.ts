import { runSubgraph } from '../shared/runSubgraph';
import { ordersModule } from './module';

void runSubgraph(ordersModule, process.env);
