import { astSerializer, queryPlanSerializer } from '@apollo/query-planner';
import { planSavedOperation } from './planSavedOperation';

// print plans and the subgraph selections in them as GraphQL, the way the federation repository's tests do
expect.addSnapshotSerializer(astSerializer);
expect.addSnapshotSerializer(queryPlanSerializer);

// crm's Customer.timeline @requires the activity feeds orders, logistics and tickets own: a schema change that
// moves a feed, or loses the @requires, changes this plan, and the review sees it here.
describe('Query plan: customerTimeline (operations/customerTimeline.graphql)', () => {
  it('fetches the three activity feeds in parallel, hands them to crm for the timeline, then resolves what each entry concerns', () => {
    expect(planSavedOperation('customerTimeline')).toMatchInlineSnapshot(`
     QueryPlan {
       Sequence {
         Fetch(service: "crm") {
           {
             customer(id: $id) {
               __typename
               id
               name
             }
           }
         },
         Parallel {
           Flatten(path: "customer") {
             Fetch(service: "tickets") {
               {
                 ... on Customer {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Customer {
                   ticketActivity {
                     id
                     occurredAt
                     kind
                     summary
                     orderId
                     shipmentId
                     ticketId
                     channel
                   }
                 }
               }
             },
           },
           Flatten(path: "customer") {
             Fetch(service: "logistics") {
               {
                 ... on Customer {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Customer {
                   shipmentActivity {
                     id
                     occurredAt
                     kind
                     summary
                     orderId
                     shipmentId
                     ticketId
                     channel
                   }
                 }
               }
             },
           },
           Flatten(path: "customer") {
             Fetch(service: "orders") {
               {
                 ... on Customer {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Customer {
                   orderActivity {
                     id
                     occurredAt
                     kind
                     summary
                     orderId
                     shipmentId
                     ticketId
                     channel
                   }
                 }
               }
             },
           },
         },
         Flatten(path: "customer") {
           Fetch(service: "crm") {
             {
               ... on Customer {
                 __typename
                 orderActivity {
                   id
                   occurredAt
                   kind
                   summary
                   orderId
                   shipmentId
                   ticketId
                   channel
                 }
                 shipmentActivity {
                   id
                   occurredAt
                   kind
                   summary
                   orderId
                   shipmentId
                   ticketId
                   channel
                 }
                 ticketActivity {
                   id
                   occurredAt
                   kind
                   summary
                   orderId
                   shipmentId
                   ticketId
                   channel
                 }
                 id
               }
             } =>
             {
               ... on Customer {
                 timeline(first: $first, after: $after, order: $order, systems: $systems) {
                   totalCount
                   pageInfo {
                     hasNextPage
                     endCursor
                   }
                   edges {
                     cursor
                     node {
                       id
                       occurredAt
                       system
                       kind
                       summary
                       channel
                       order {
                         __typename
                         id
                       }
                       shipment {
                         __typename
                         id
                       }
                       ticket {
                         __typename
                         id
                       }
                     }
                   }
                 }
               }
             }
           },
         },
         Parallel {
           Flatten(path: "customer.timeline.edges.@.node.order") {
             Fetch(service: "orders") {
               {
                 ... on Order {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Order {
                   number
                   status
                 }
               }
             },
           },
           Flatten(path: "customer.timeline.edges.@.node.shipment") {
             Fetch(service: "logistics") {
               {
                 ... on Shipment {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Shipment {
                   trackingNumber
                   status
                 }
               }
             },
           },
           Flatten(path: "customer.timeline.edges.@.node.ticket") {
             Fetch(service: "tickets") {
               {
                 ... on Ticket {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Ticket {
                   number
                   status
                 }
               }
             },
           },
         },
       },
     }
    `);
  });
});
