import { astSerializer, queryPlanSerializer } from '@apollo/query-planner';
import { planSavedOperation } from './planSavedOperation';

// print plans and the subgraph selections in them as GraphQL, the way the federation repository's tests do
expect.addSnapshotSerializer(astSerializer);
expect.addSnapshotSerializer(queryPlanSerializer);

// The one query that shows what the graph is for touches all five subgraphs: a schema change that adds a fetch,
// a step or a round trip to it changes this plan, and the review sees it here.
describe('Query plan: customerStory (operations/customerStory.graphql)', () => {
  it('reads the profile from crm, then tickets, parcels and orders in parallel, then the timeline from crm with the activity it requires', () => {
    expect(planSavedOperation('customerStory')).toMatchInlineSnapshot(`
     QueryPlan {
       Sequence {
         Fetch(service: "crm") {
           {
             customer(id: $id) {
               __typename
               id
               name
               email
               phone
               tier
               preferredChannel
               createdAt
               addresses {
                 label
                 street
                 postalCode
                 city
                 country
                 isDefault
               }
               notes(first: 5) {
                 totalCount
                 edges {
                   node {
                     author
                     body
                     createdAt
                   }
                 }
               }
             }
           }
         },
         Parallel {
           Sequence {
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
                     tickets(first: $tickets) {
                       totalCount
                       edges {
                         node {
                           number
                           subject
                           category
                           channel
                           priority
                           status
                           team {
                             code
                             name
                           }
                           assignee {
                             name
                             team {
                               name
                             }
                           }
                           createdAt
                           firstResponseDueAt
                           firstRespondedAt
                           slaDueAt
                           slaBreached
                           resolvedAt
                           messages(first: 20) {
                             totalCount
                             edges {
                               node {
                                 sentAt
                                 channel
                                 direction
                                 author
                                 consultedTeam {
                                   name
                                 }
                                 body
                               }
                             }
                           }
                           handoffs {
                             kind
                             fromTeam {
                               name
                             }
                             toTeam {
                               name
                             }
                             reason
                             by {
                               name
                             }
                             at
                           }
                           order {
                             __typename
                             id
                           }
                           shipment {
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
               Flatten(path: "customer.tickets.edges.@.node.order") {
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
               Flatten(path: "customer.tickets.edges.@.node.shipment") {
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
                       carrier
                       status
                     }
                   }
                 },
               },
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
           Sequence {
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
                     orderCount
                     lifetimeValue {
                       amount
                       currency
                     }
                     orders(first: $orders) {
                       totalCount
                       pageInfo {
                         hasNextPage
                         endCursor
                       }
                       edges {
                         node {
                           __typename
                           id
                           number
                           status
                           placedAt
                           total {
                             amount
                             currency
                           }
                           lines {
                             quantity
                             unitPrice {
                               amount
                               currency
                             }
                             lineTotal {
                               amount
                               currency
                             }
                             product {
                               __typename
                               sku
                             }
                           }
                           payments {
                             method
                             status
                             amount {
                               amount
                               currency
                             }
                             createdAt
                           }
                           refunds {
                             amount {
                               amount
                               currency
                             }
                             reason
                             createdAt
                           }
                         }
                       }
                     }
                   }
                 }
               },
             },
             Parallel {
               Flatten(path: "customer.orders.edges.@.node") {
                 Fetch(service: "logistics") {
                   {
                     ... on Order {
                       __typename
                       id
                     }
                   } =>
                   {
                     ... on Order {
                       shipments {
                         trackingNumber
                         carrier
                         status
                         shippedAt
                         estimatedDeliveryAt
                         deliveredAt
                         events {
                           occurredAt
                           status
                           location
                           description
                         }
                       }
                     }
                   }
                 },
               },
               Flatten(path: "customer.orders.edges.@.node.lines.@.product") {
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
                       available
                       outOfStock
                       nextRestockAt
                       stock {
                         warehouse {
                           code
                           city
                         }
                         onHand
                         reserved
                         available
                         nextRestockAt
                       }
                     }
                   }
                 },
               },
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
                 timeline(first: $timeline) {
                   totalCount
                   pageInfo {
                     hasNextPage
                     endCursor
                   }
                   edges {
                     node {
                       occurredAt
                       system
                       kind
                       summary
                       channel
                     }
                   }
                 }
               }
             }
           },
         },
       },
     }
    `);
  });
});
