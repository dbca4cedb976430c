import type { Spread } from './consoleBudgets';
import type { ConsoleBenchResults } from './consoleBenchResults';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value.toFixed(0)} ms`;
const ratio = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const spreadCells = (spread: Spread | null) =>
  spread ? `${ms(spread.p50)} | ${ms(spread.p90)} | ${ms(spread.max)} | ${spread.n}` : '– | – | – | 0';

/** The last search's requests, on the page's clock when it timed them. */
function lastRequests({ customerPage }: ConsoleBenchResults): string {
  const last = customerPage.runs.at(-1);
  const requests = last?.requestTimings ?? last?.requests ?? [];
  const described = requests.map(
    ({ operation, startMs, endMs }) => `${operation} ${startMs.toFixed(0)}–${endMs === null ? '?' : endMs.toFixed(0)}`,
  );
  return described.join(', ') || '–';
}

/** Requests sent once the page was complete: neither in its time nor in the HTTP replay. */
function lateRequests({ customerPage }: ConsoleBenchResults): string[] {
  const counts = new Map<string, number>();
  for (const run of customerPage.runs)
    for (const operation of run.lateRequests) counts.set(operation, (counts.get(operation) ?? 0) + 1);
  if (counts.size === 0) return [];
  const listed = [...counts].map(([operation, count]) => `${operation} (${count} of ${customerPage.runs.length})`);
  return [`- Sent once the page was complete, so neither timed nor replayed: ${listed.join(', ')}.`];
}

/** The results file people read: the verdicts first, then each measurement and how it was taken. */
export function consoleMarkdown(results: ConsoleBenchResults): string {
  const { meta, build, ready, customerPage, api } = results;
  const lines: string[] = [
    `# Console budgets ${meta.date}`,
    '',
    `- Machine: ${meta.cpus}, ${meta.memoryGb} GB, Node ${meta.node}, ${meta.chromium}, load average at start ${meta.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')}`,
    `- Commit: ${meta.commit ?? 'unknown'}`,
    `- Data: ${meta.dataset.customers.toLocaleString('en')} customers, seed ${meta.dataset.seed}, as of ${meta.dataset.asOf} (${meta.dataset.reused ? 'reused' : 'seeded for this run'}) on ${meta.storage}`,
    `- Stack: the five subgraphs in one process, our gateway (gateway/index.ts) in another serving the console build, ENTITY_CACHE=${meta.entityCache}; the browser and the HTTP baseline on the same machine, over 127.0.0.1`,
    `- ${meta.pageLoads} page loads cold and ${meta.pageLoads} warm; ${meta.searches} customers searched in the browser and ${meta.searches} others over HTTP, each once; took ${Math.round(meta.durationSeconds)} s${meta.quick ? ' (--quick: a smoke test, not a measurement)' : ''}`,
    '',
    '## Budgets',
    '',
    '| budget | statistic | measured | budget | measured / budget | |',
    '|---|---|---:|---:|---:|---|',
    ...results.budgets.map(
      (budget) =>
        `| ${budget.label} | ${budget.statistic} | ${budget.measured === null ? '–' : budget.unit === 'KB' ? kb(budget.measured) : ms(budget.measured)} | ${budget.unit === 'KB' ? kb(budget.budget) : ms(budget.budget)} | ${ratio(budget.ratio)} | **${budget.met ? 'pass' : 'FAIL'}** |`,
    ),
    '',
    '## Customer page after a search',
    '',
    '| | p50 | p90 | max | n |',
    '|---|---:|---:|---:|---:|',
    `| browser: Enter → customer page painted with its data | ${spreadCells(customerPage.spread)} |`,
    `| browser: Enter → data in the DOM (before paint) | ${spreadCells(customerPage.domSpread)} |`,
    `| HTTP only: the page's requests, replayed for other customers | ${spreadCells(api.spread)} |`,
    ...api.operations.map(({ operation, spread }) => `| HTTP only: ${operation} | ${spreadCells(spread)} |`),
    ...(api.floor
      ? [
          `| subgraphs only: ${api.floor.operation}'s ${api.floor.fetches.toFixed(0)} subgraph requests in ${api.floor.stages} stages, no gateway | ${spreadCells(api.floor.spread)} |`,
        ]
      : []),
    '',
    `- Browser overhead at p50: ${ms(results.browserOverhead.p50Ms)} over the API (customer page / HTTP = ${ratio(results.browserOverhead.ratioP50)}).`,
    `- Requests the page sent for the last search, ms after Enter: ${lastRequests(results)}.`,
    ...lateRequests(results),
    `- Checked: ${customerPage.runs.length - new Set(customerPage.snapshotProblems.map((problem) => problem.split(':')[0])).size} of ${customerPage.runs.length} pages showed the API's name, first order, latest ticket and a first timeline entry when the clock stopped.`,
    ...customerPage.snapshotProblems.map((problem) => `  - mismatch: ${problem}`),
    ...customerPage.failures.map(({ customerId, problem }) => `- Failed search ${customerId}: ${problem}`),
    ...api.errors.map((error) => `- HTTP error: ${error}`),
    ...customerPage.pageErrors.map((error) => `- Page error: ${error}`),
    '',
    "Where the browser's time goes (each phase's own p50 and p90, so they do not add up exactly):",
    '',
    '| phase | p50 | p90 |',
    '|---|---:|---:|',
    ...customerPage.phases.map(({ label, spread }) => `| ${label} | ${ms(spread?.p50)} | ${ms(spread?.p90)} |`),
    '',
    '## Console ready after navigation',
    '',
    '| | p50 | p90 | max | n | script bytes on the wire (median) |',
    '|---|---:|---:|---:|---:|---:|',
    `| cold: new profile, nothing cached, dev sign-in | ${spreadCells(ready.cold)} | ${ready.scriptTransferBytes.cold === null ? '–' : kb(ready.scriptTransferBytes.cold)} |`,
    `| warm: new tab, assets cached | ${spreadCells(ready.warm)} | ${ready.scriptTransferBytes.warm === null ? '–' : kb(ready.scriptTransferBytes.warm)} |`,
    '',
    '## Bundle',
    '',
    `Built in ${build.elapsedMs} ms. First page: ${kb(build.firstPage.jsGzipBytes)} of JavaScript gzipped (${kb(build.firstPage.jsBytes)} raw), ${kb(build.firstPage.gzipBytes)} with CSS.`,
    '',
    '| first-page file | raw | gzipped |',
    '|---|---:|---:|',
    ...build.firstPage.files.map((file) => `| ${file.file} | ${kb(file.bytes)} | ${kb(file.gzipBytes)} |`),
    '',
    build.kpiChunk.files.length > 0
      ? `KPI page (lazy): ${build.kpiChunk.files.map((file) => `${file.file} ${kb(file.bytes)} raw, ${kb(file.gzipBytes)} gzipped`).join('; ')}; not part of the first page.`
      : "KPI page (lazy): no script beyond the first page's was loaded.",
    ...(build.kpiChunk.problem ? [`- ${build.kpiChunk.problem}`] : []),
    '',
    '## How it was measured',
    '',
    '- Times are the browser\'s own (`performance.now()`, recorded in the page by a MutationObserver and the next animation frame), so no round trip to the bench is counted. Ready: from navigation start to the frame that first shows the h1 "Find a customer" and an enabled search box labelled "Customer, order, parcel or ticket".',
    '- Customer page: from the Enter keydown in the search box (the Find page looks the identifier up, then opens the customer page) to the frame that first shows an h1 with the name and the Orders, Tickets and Timeline sections each with content and nothing in them still loading (no `aria-busy="true"`, no `.loading`). Afterwards the bench checks that what the page showed then matches the answer it received. Each customer is searched once, in one agent\'s browser that stays on the console (back to Find through the navigation link), after two unmeasured warm-up searches (they also warm the gateway\'s query plans, as a gateway in service has them).',
    '- HTTP only: the requests the page sent for a search (same documents by id, same variables but the customer, same token), for other customers, from Node over keep-alive connections; requests the page had in flight together are sent together.',
    "- Subgraphs only (the floor): the page query's plan, recorded once per customer through Apollo's planner in the bench process, then its subgraph requests sent again stage by stage and timed; the gap to HTTP only is the gateway's own work.",
    '- Customers: half from the end of the id range, half at random, alternating; a different set for the browser, for HTTP and for the floor.',
    ...results.notes.map((note) => `- ${note}`),
    '',
  ];
  return lines.join('\n');
}
