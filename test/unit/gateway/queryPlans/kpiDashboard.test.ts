import { astSerializer, queryPlanSerializer } from '@apollo/query-planner';
import { planSavedOperation } from './planSavedOperation';

expect.addSnapshotSerializer(astSerializer);
expect.addSnapshotSerializer(queryPlanSerializer);

// The dashboard's complaints are counted in the tickets subgraph (tickets migration 010). Before, tickets handed
// every complained-about order and shipment to orders and logistics (`@requires`): ~1 MB of JSON through the
// gateway for a year's window. A schema change that brings such a hop back changes this plan.
describe('Query plan: kpiDashboard (operations/kpiDashboard.graphql)', () => {
  it('reads every figure from tickets, then only the names of the listed products from inventory', () => {
    expect(planSavedOperation('kpiDashboard')).toMatchInlineSnapshot(`
     QueryPlan {
       Sequence {
         Fetch(service: "tickets") {
           {
             ticketKpis(
               from: $from
               to: $to
               team: $team
               category: $category
               channel: $channel
             ) {
               id
               from
               to
               team {
                 name
               }
               category
               channel
               ticketCount
               firstResponseTime {
                 median
                 p90
                 count
               }
               resolutionTime {
                 median
                 p90
                 count
               }
               slaBreachRate
               reopenRate
               backlog {
                 label
                 fromHours
                 toHours
                 count
               }
               volumeByCategory {
                 category
                 count
               }
               volumeByChannel {
                 channel
                 count
               }
               handoffsPerTicket
               transfersPerTicket
               consultsPerTicket
               complaintsByProduct {
                 product {
                   __typename
                   sku
                 }
                 tickets
               }
               complaintsByCarrier {
                 carrier
                 tickets
               }
             }
           }
         },
         Flatten(path: "ticketKpis.complaintsByProduct.@.product") {
           Fetch(service: "inventory") {
             {
               ... on Product {
                 __typename
                 sku
               }
             } =>
             {
               ... on Product {
                 name
               }
             }
           },
         },
       },
     }
    `);
  });
});
