#!/usr/bin/env bash
# Smoke test of a running topology through the balancer: the saved customer story (operations/customerStory.graphql)
# as an agent, then a ticket mutation (operations/openTicket.graphql, idempotent: a second run returns the same
# ticket). Fails unless both answer 200 without errors. Needs the host's node (20) for fetch.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
TOKEN=${C360_TOKEN:-$("$C360_ROOT/deploy/compose/token.sh" --role agent)}
export TOKEN C360_ROOT
node - <<'JS'
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const ops = join(process.env.C360_ROOT, 'operations');
const fragments = new Map(
  readdirSync(join(ops, 'fragments')).map((f) => {
    const text = readFileSync(join(ops, 'fragments', f), 'utf8');
    return [/fragment\s+(\w+)/.exec(text)[1], text];
  }),
);
// the operation and every shared fragment it spreads, transitively (as the playground sends it)
function document(name) {
  const parts = [readFileSync(join(ops, `${name}.graphql`), 'utf8')];
  const seen = new Set();
  for (let i = 0; i < parts.length; i++) {
    for (const [, spread] of parts[i].matchAll(/\.\.\.\s*(\w+)/g)) {
      if (seen.has(spread) || !fragments.has(spread)) continue;
      seen.add(spread);
      parts.push(fragments.get(spread));
    }
  }
  return parts.join('\n');
}
async function run(name) {
  const variables = JSON.parse(readFileSync(join(ops, `${name}.variables.json`), 'utf8'));
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${process.env.C360_HTTP_PORT}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: document(name), variables }),
  });
  const body = await response.json();
  const ms = Date.now() - started;
  if (response.status !== 200 || body.errors) {
    console.error(`${name}: HTTP ${response.status}`, JSON.stringify(body.errors ?? body).slice(0, 2000));
    process.exit(1);
  }
  return { body, ms };
}
(async () => {
  const story = await run('customerStory');
  const c = story.body.data.customer;
  console.log(
    `customerStory: ${c.name}, ${c.orders?.totalCount ?? c.orders?.edges?.length} orders, ${c.tickets?.totalCount ?? c.tickets?.edges?.length} tickets, ${c.timeline?.edges?.length} timeline entries (${story.ms} ms)`,
  );
  const opened = await run('openTicket');
  const t = opened.body.data.openTicket;
  console.log(`openTicket: ${t.number} ${t.status} on ${t.team.code} (${opened.ms} ms)`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
JS
