import { runSubgraph } from '../shared/runSubgraph';
import { logisticsModule } from './module';

void runSubgraph(logisticsModule, process.env);
