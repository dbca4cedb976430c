/** TODO(helper): the real page. */
export function QueuePage(_props: Record<string, unknown>) {
  return (
    <section>
      <h1 tabIndex={-1}>Team queue</h1>
    </section>
  );
}
