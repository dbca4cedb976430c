import { runSubgraph } from '../shared/runSubgraph';
import { ticketsModule } from './module';

void runSubgraph(ticketsModule, process.env);
