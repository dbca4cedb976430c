/** TODO(helper): the real page. */
export function FindPage(_props: Record<string, unknown>) {
  return (
    <section>
      <h1 tabIndex={-1}>Find a customer</h1>
    </section>
  );
}
