/** TODO(helper): the embeddable customer card. */
export function EmbedCustomerCard({ customerId }: { customerId: string }) {
  return <main>Customer {customerId}</main>;
}
