import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildConsole } from '../../console/build/buildConsole';
import type { BenchOptions } from '../benchArgs';
import { chooseStorage } from '../chooseStorage';
import { GATEWAY_TARGETS, startGateway } from '../gateways/gatewayTargets';
import { BENCH_AS_OF } from '../runBench';
import { spawnSubgraphHost } from '../subgraphHost/spawnSubgraphHost';
import { assembleConsoleResults } from './assembleConsoleResults';
import { FIRST_PAGE_JS_BUDGET_BYTES } from './consoleBudgets';
import type { ConsoleBenchResults } from './consoleBenchResults';
import { consoleMarkdown } from './consoleMarkdown';
import { launchChromium } from './launchChromium';
import { CustomerSearches, isFailure } from './measureCustomerPage';
import type { CustomerPageRun } from './measureCustomerPage';
import { measureKpiChunk } from './measureKpiChunk';
import { measureReady } from './measureReady';
import { pickCustomers } from './pickCustomers';
import { replayOverHttp } from './replayOverHttp';
import type { ApiRun } from './replayOverHttp';
import { pageCustomerIn, snapshotProblems } from './snapshotProblems';
import { measureSubgraphFloor } from './measureSubgraphFloor';
import { writeConsoleResults } from './writeConsoleResults';

export interface ConsoleBenchRun {
  results: ConsoleBenchResults;
  markdown: string;
  files: { markdown: string; json: string };
}

/** Customers the subgraph host samples; the ends of the id range are picked from these. */
const SAMPLE_SIZE = 2_000;
const WARMUP_SEARCHES = 2;

/**
 * `--console`: issue 12's budgets. Builds the console (first-page JavaScript gzipped), starts the five subgraphs on
 * the bench's data set (seeded once, reused; 100,000 customers by default) and our gateway serving that build with
 * the entity cache off, then drives Debian's Chromium: the page ready after navigation, cold and warm; the customer
 * page after a search, each customer once; the KPI page's lazy chunk. The page's own requests, replayed over plain
 * HTTP for other customers, are the baseline that shows what the browser adds.
 */
export async function runConsoleBench(options: BenchOptions, log: (line: string) => void): Promise<ConsoleBenchRun> {
  const consoleOptions = options.console;
  if (!consoleOptions) throw new Error('invariant: runConsoleBench needs options.console');
  const started = Date.now();
  const stops: (() => Promise<void>)[] = [];
  const buildDir = mkdtempSync(join(tmpdir(), 'c360-bench-console-'));
  stops.push(async () => rmSync(buildDir, { recursive: true, force: true }));
  try {
    const build = await buildConsole({ outDir: buildDir });
    const firstJs = build.firstPage.files.filter((file) => file.endsWith('.js'));
    const firstFiles = build.outputs.filter((output) => build.firstPage.files.includes(output.file));
    const jsFiles = firstFiles.filter((output) => firstJs.includes(output.file));
    const jsGzipBytes = jsFiles.reduce((sum, file) => sum + file.gzipBytes, 0);
    log(
      `console: built in ${build.elapsedMs} ms; first page ${(jsGzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${FIRST_PAGE_JS_BUDGET_BYTES / 1024} KB)`,
    );

    // a smoke run (--quick) seeds a small data set of its own: the other quick runs may use theirs at the same time
    const storage = await chooseStorage(options, log, options.quick ? 'console' : undefined);
    log(
      `subgraphs: starting (${options.customers.toLocaleString('en')} customers, seed ${options.seed}; seeding takes minutes once)`,
    );
    const host = await spawnSubgraphHost({
      storage,
      dataset: { customers: options.customers, seed: options.seed, asOf: BENCH_AS_OF },
      auth: { mode: 'off' },
      onLine: (line) => log(`subgraphs: ${line}`),
    });
    stops.push(() => host.stop());
    const target = GATEWAY_TARGETS.ours;
    const entityCache = target.env({}, undefined)['ENTITY_CACHE'] ?? 'unset';
    const gateway = await startGateway(target, host.subgraphUrls, {
      env: { CONSOLE_DIR: buildDir },
      onLine: (line) => {
        if (!line.startsWith('{"level":30')) log(`gateway: ${line}`);
      },
    });
    stops.push(() => gateway.stop());
    const graphqlUrl = new URL(gateway.url);
    const origin = graphqlUrl.origin;
    log(`gateway: ready at ${origin}/console (pid ${gateway.pid}, ENTITY_CACHE=${entityCache})`);

    // a key of its own per run: no customer a previous run searched is picked again (its rows would be cached)
    const sample = await host.sample(Math.min(SAMPLE_SIZE, options.customers), `console-${Date.now().toString(36)}`);
    const customers = pickCustomers(sample.customerIds, {
      warmup: WARMUP_SEARCHES,
      browser: consoleOptions.searches,
      http: consoleOptions.searches,
      floor: consoleOptions.searches,
    });

    const browser: Browser = await launchChromium(consoleOptions.chromiumPath);
    stops.push(() => browser.close());
    log(`browser: ${browser.version()}; ${consoleOptions.pageLoads} page loads cold, then warm`);
    const loads = await measureReady(browser, `${origin}/console/`, consoleOptions.pageLoads, log);
    const kpiChunk = await measureKpiChunk(browser, origin, build);
    log(`kpi page: ${kpiChunk.files.length} lazy script(s), ${(kpiChunk.gzipBytes / 1024).toFixed(1)} KB gzipped`);

    log(`customer page: ${WARMUP_SEARCHES} warm-up searches, then ${consoleOptions.searches} customers, each once`);
    const searches = await CustomerSearches.open(browser, origin, graphqlUrl.pathname);
    stops.push(() => searches.close());
    let template: CustomerPageRun | undefined;
    for (const customerId of customers.warmup) {
      const run = await searches.search(customerId);
      if (isFailure(run)) throw new Error(`the warm-up search for ${customerId} failed: ${run.problem}`);
      template = run;
    }
    if (!template || template.requests.length === 0) {
      throw new Error(
        `the customer page sent no request to ${graphqlUrl.pathname} after a search: nothing to replay over HTTP`,
      );
    }
    for (const customerId of customers.warmup) await replayOverHttp(template, customerId);

    const runs: CustomerPageRun[] = [];
    const failures: { customerId: string; problem: string }[] = [];
    const apiRuns: ApiRun[] = [];
    // browser and HTTP alternate, so a busy moment on the machine does not land on one of them only
    for (let n = 0; n < consoleOptions.searches; n++) {
      const browserId = customers.browser[n];
      const httpId = customers.http[n];
      if (browserId) {
        const run = await searches.search(browserId);
        if (isFailure(run)) {
          failures.push(run);
          log(`  ${browserId.padEnd(11)} browser FAILED: ${run.problem}`);
        } else {
          runs.push(run);
          template = run;
          log(`  ${browserId.padEnd(11)} browser ${run.ms.toFixed(0).padStart(5)} ms`);
        }
      }
      if (httpId) {
        const api = await replayOverHttp(template, httpId);
        apiRuns.push(api);
        log(
          `  ${httpId.padEnd(11)} http    ${api.ms.toFixed(0).padStart(5)} ms (${api.operations.map(({ operation, ms }) => `${operation} ${ms.toFixed(0)}`).join(', ')})`,
        );
      }
    }
    const problems = runs.flatMap((run) => snapshotProblems(run));
    for (const problem of problems) log(`  mismatch: ${problem}`);
    const pageQuery = template.requests.find(({ response }) => pageCustomerIn(response) !== undefined);
    const floor = pageQuery
      ? await measureSubgraphFloor(host.subgraphUrls, pageQuery, template.customerId, customers.floor)
      : undefined;
    if (floor)
      log(
        `floor: ${floor.operation} is ${floor.fetches.toFixed(1)} subgraph requests in ${floor.stages} stages; straight to the subgraphs p50 ${floor.spread?.p50.toFixed(0) ?? '–'} ms`,
      );

    const results = assembleConsoleResults({
      options,
      started,
      meta: { storage: host.child.ready.storage, reused: host.child.ready.dataset === 'reused' },
      chromium: `Chromium ${browser.version()}`,
      entityCache,
      build: { ...build, jsFiles, jsGzipBytes, firstFiles },
      loads,
      kpiChunk,
      runs,
      failures,
      problems,
      pageErrors: searches.pageErrors,
      apiRuns,
      floor,
    });
    const markdown = consoleMarkdown(results);
    return { results, markdown, files: writeConsoleResults(options.out, results, markdown) };
  } finally {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  }
}
