/** TODO(helper): the real page. */
export function KpiPage(_props: Record<string, unknown>) {
  return (
    <section>
      <h1 tabIndex={-1}>KPIs</h1>
    </section>
  );
}
