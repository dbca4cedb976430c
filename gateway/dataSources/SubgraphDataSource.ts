import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { SubgraphHealth } from './breakerLayer';
import { createDataSource } from './createDataSource';
import type { DataSource, DataSourceOptions } from './createDataSource';
import { operationKindOf } from './retryPolicy';

/**
 * What Apollo's gateway calls for one subgraph: an adapter from its data source interface to our layers
 * (createDataSource.ts). It extends RemoteGraphQLDataSource only to be one; none of its HTTP code runs.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  private readonly source: DataSource;

  constructor(options: DataSourceOptions) {
    super({ url: options.url });
    this.source = createDataSource(options);
  }

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    return this.source.fetch({ options, kind: operationKindOf(options.request.query ?? '') });
  }

  health(): SubgraphHealth {
    return this.source.health();
  }

  close(): void {
    this.source.close();
  }
}
