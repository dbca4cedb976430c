import { runSubgraph } from '../shared/runSubgraph';
import { crmModule } from './module';

void runSubgraph(crmModule, process.env);
