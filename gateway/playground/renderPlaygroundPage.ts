import { createHash } from 'node:crypto';
import { ASSETS_PATH } from './assets';
import type { SavedOperation } from './savedOperations';

export interface PlaygroundPageOptions {
  /** Shown in the banner and the title. */
  title: string;
  /** The GraphQL endpoint path the page sends operations to. */
  endpoint: string;
  operations: readonly SavedOperation[];
}

/**
 * JSON that is safe inside a <script> element: `<` never appears raw, so an operation containing `</script>` or
 * `<!--` cannot end the element early; U+2028/2029 are escaped for older parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Runs in the browser. Plain ES2020 on the React / GraphiQL UMD globals, so it needs no build step.
const BOOT_SCRIPT = `
const config = JSON.parse(document.getElementById('c360-config').textContent);
const tabs = config.operations.map((op) => ({ query: op.query, variables: op.variables }));
// A new set of saved operations gets fresh storage, so its tabs show instead of last visit's.
const storage = GraphiQL.createLocalStorage({ namespace: 'c360-playground:' + config.version });
if (tabs.length > 0 && storage.getItem('graphiql:tabState') === null) {
  // GraphiQL 3.9 fills the editors of the first default tab from storage, and takes only its query from
  // defaultTabs: without this the customer story would open with empty variables.
  storage.setItem('graphiql:query', tabs[0].query);
  if (tabs[0].variables) storage.setItem('graphiql:variables', tabs[0].variables);
}
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).href }),
    defaultTabs: tabs.length > 0 ? tabs : undefined,
    defaultEditorToolsVisibility: true,
    visiblePlugin: 'Documentation Explorer',
    storage,
  }),
);
`;

const STYLE = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
#c360-banner { padding: 6px 14px; background: #0b2545; color: #fff; font-size: 13px; line-height: 1.5; }
#c360-banner h1 { display: inline; font-size: 15px; margin: 0 12px 0 0; }
#c360-banner ul { display: inline; list-style: none; margin: 0; padding: 0; }
#c360-banner li { display: inline; margin-right: 10px; }
#c360-banner code { color: #9ad1ff; }
#graphiql { flex: 1; min-height: 0; }
`;

/** The playground: GraphiQL with the schema docs open and one tab per saved operation, all assets self-hosted. */
export function renderPlaygroundPage({ title, endpoint, operations }: PlaygroundPageOptions): string {
  const version = createHash('sha256').update(JSON.stringify(operations)).digest('hex').slice(0, 12);
  const config = scriptSafeJson({ endpoint, version, operations });
  const list = operations
    .map((op) => `<li title="${escapeHtml(op.description)}"><code>${escapeHtml(op.name)}</code></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · GraphQL playground</title>
<link rel="stylesheet" href="${ASSETS_PATH}/graphiql.css">
<style>${STYLE}</style>
</head>
<body>
<header id="c360-banner">
<h1>${escapeHtml(title)}</h1>
${operations.length > 0 ? `<span>Saved operations, one tab each:</span> <ul>${list}</ul>` : '<span>Write a query below; the Docs panel lists every type.</span>'}
</header>
<div id="graphiql">Loading the playground…</div>
<script id="c360-config" type="application/json">${config}</script>
<script src="${ASSETS_PATH}/react.js"></script>
<script src="${ASSETS_PATH}/react-dom.js"></script>
<script src="${ASSETS_PATH}/graphiql.js"></script>
<script>${BOOT_SCRIPT}</script>
</body>
</html>
`;
}
