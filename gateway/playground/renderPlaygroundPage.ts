import { createHash } from 'node:crypto';
import { ASSETS_PATH } from './assets';
import { PLAYGROUND_FETCHER_SCRIPT } from './playgroundFetcherScript';
import { PLAYGROUND_ROLE_LABELS, PLAYGROUND_ROLES } from './playgroundRoles';
import type { SavedOperation } from './savedOperations';

export interface PlaygroundPageOptions {
  /** Shown in the banner and the title. */
  title: string;
  /** The GraphQL endpoint path the page sends queries and mutations to. */
  endpoint: string;
  /** Where subscriptions go over SSE (graphql-sse, distinct connections); `<endpoint>/stream` by default. */
  streamEndpoint?: string | undefined;
  /** Where subscriptions go over WebSocket (graphql-transport-ws); `<endpoint>/ws` by default. */
  wsEndpoint?: string | undefined;
  operations: readonly SavedOperation[];
  /**
   * Where the page gets a token for the role picked in its switcher (GET `<devTokenUrl>?role=analyst`); the
   * switcher is shown only when this is set. Without it the page asks for a token in the Headers tab.
   */
  devTokenUrl?: string | undefined;
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

// The role switcher, in the browser: every request GraphiQL sends (the schema's introspection included) carries
// the picked role's dev token, fetched once per role and again shortly before it expires.
const ROLE_SWITCHER_SCRIPT = `
function roleSwitcher(config) {
  const ROLE_KEY = 'c360-playground:role';
  const select = document.getElementById('c360-role');
  const status = document.getElementById('c360-role-status');
  const known = (role) => config.roles.some((r) => r.role === role);
  const stored = (() => {
    try {
      return localStorage.getItem(ROLE_KEY);
    } catch {
      return null; // storage blocked: the switcher still works, it just forgets
    }
  })();
  let role = known(stored) ? stored : config.roles[0].role;
  const show = (text) => {
    select.value = role;
    document.body.dataset.role = role;
    status.textContent = text ?? config.roles.find((r) => r.role === role).sees;
  };
  select.addEventListener('change', () => {
    role = select.value;
    try {
      localStorage.setItem(ROLE_KEY, role);
    } catch {}
    show();
  });
  show();

  const tokens = new Map();
  async function tokenFor(role) {
    const cached = tokens.get(role);
    if (cached && (cached.expiresAt === null || Date.parse(cached.expiresAt) - Date.now() > 60000)) return cached.token;
    const response = await fetch(config.devTokenUrl + '?role=' + encodeURIComponent(role), { cache: 'no-store' });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || typeof body.token !== 'string') {
      const why = (body.errors && body.errors[0] && body.errors[0].message) || 'HTTP ' + response.status;
      throw new Error('The playground could not get a ' + role + ' token: ' + why + ' Reload the page, or paste a token in the Headers tab.');
    }
    tokens.set(role, body);
    return body.token;
  }
  // a token pasted in the Headers tab is a deliberate choice: it wins, and the banner says so
  const PASTED = 'this run used the Authorization header from the Headers tab, not the switcher';
  return {
    async fetch(input, init) {
      const headers = new Headers(init && init.headers);
      if (headers.has('authorization')) {
        show(PASTED);
      } else {
        show();
        headers.set('authorization', 'Bearer ' + (await tokenFor(role)));
      }
      return fetch(input, { ...init, headers });
    },
    // a WebSocket carries no headers: its ConnectionInit payload gets the same Authorization a POST would
    async authorization(tabHeaders) {
      const pasted = headerIn(tabHeaders, 'authorization');
      show(pasted === undefined ? undefined : PASTED);
      return pasted === undefined ? 'Bearer ' + (await tokenFor(role)) : pasted;
    },
  };
}
`;

// Which transport the page runs subscriptions over (the banner's select), remembered like the role.
const LIVE_TRANSPORT_SCRIPT = `
function liveTransportPicker() {
  const KEY = 'c360-playground:live-transport';
  const select = document.getElementById('c360-live-transport');
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'sse' || stored === 'ws') select.value = stored;
  } catch {}
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(KEY, select.value);
    } catch {}
  });
  return () => select.value;
}
`;

// Runs in the browser. Plain ES2020 on the React / GraphiQL UMD globals, so it needs no build step.
const BOOT_SCRIPT = `
const config = JSON.parse(document.getElementById('c360-config').textContent);
${PLAYGROUND_FETCHER_SCRIPT}
${ROLE_SWITCHER_SCRIPT}
${LIVE_TRANSPORT_SCRIPT}
const tabs = config.operations.map((op) => ({ query: op.query, variables: op.variables }));
// A new set of saved operations gets fresh storage, so its tabs show instead of last visit's.
const storage = GraphiQL.createLocalStorage({ namespace: 'c360-playground:' + config.version });
if (tabs.length > 0 && storage.getItem('graphiql:tabState') === null) {
  // GraphiQL 3.9 fills the editors of the first default tab from storage, and takes only its query from
  // defaultTabs: without this the customer story would open with empty variables.
  storage.setItem('graphiql:query', tabs[0].query);
  if (tabs[0].variables) storage.setItem('graphiql:variables', tabs[0].variables);
}
const signer = config.devTokenUrl
  ? roleSwitcher(config)
  : { fetch: (input, init) => fetch(input, init), authorization: async (headers) => headerIn(headers, 'authorization') };
const absolute = (path) => new URL(path, window.location.href);
const wsUrl = absolute(config.wsEndpoint);
wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
const fetcher = createPlaygroundFetcher({
  // queries and mutations: GraphiQL's own fetcher, POST to the GraphQL endpoint
  httpFetcher: GraphiQL.createFetcher({ url: absolute(config.endpoint).href, fetch: signer.fetch }),
  streamUrl: absolute(config.streamEndpoint).href,
  wsUrl: wsUrl.href,
  fetch: signer.fetch,
  authorization: signer.authorization,
  transport: liveTransportPicker(),
  sse: window.graphqlSse,
  ws: window.graphqlWs,
});
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
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
#c360-auth { margin-right: 14px; }
#c360-auth select, #c360-live select { font: inherit; margin: 0 6px; }
#c360-live { margin-right: 14px; }
#c360-role-status { color: #c8d6e5; margin-left: 4px; }
#graphiql { flex: 1; min-height: 0; }
`;

// Without dev tokens (production, or real keys configured) the page cannot sign anyone in: it says how to.
const TOKEN_HINT =
  '<span id="c360-auth">Send your token: in the Headers tab below, add <code>{"Authorization": "Bearer &lt;JWT&gt;"}</code>.</span>';

// SSE first: it is plain HTTP, so it passes the proxies a support desk sits behind; WebSocket for those who want it.
const LIVE_TRANSPORT_HTML =
  '<span id="c360-live"><label>Subscriptions over<select id="c360-live-transport"><option value="sse">SSE</option><option value="ws">WebSocket</option></select></label></span>';

function roleSwitcherHtml(roles: readonly { role: string; label: string; sees: string }[]): string {
  const options = roles.map(({ role, label }) => `<option value="${role}">${escapeHtml(label)}</option>`).join('');
  // the select starts on the first role; the boot script moves it to the one remembered from the last visit
  return `<span id="c360-auth"><label>Run as<select id="c360-role">${options}</select></label><span id="c360-role-status"></span></span>`;
}

/** The playground: GraphiQL with the schema docs open and one tab per saved operation, all assets self-hosted. */
export function renderPlaygroundPage({
  title,
  endpoint,
  streamEndpoint = `${endpoint}/stream`,
  wsEndpoint = `${endpoint}/ws`,
  operations,
  devTokenUrl,
}: PlaygroundPageOptions): string {
  const version = createHash('sha256').update(JSON.stringify(operations)).digest('hex').slice(0, 12);
  const roles = PLAYGROUND_ROLES.map((role) => ({ role, ...PLAYGROUND_ROLE_LABELS[role] }));
  const config = scriptSafeJson({
    endpoint,
    streamEndpoint,
    wsEndpoint,
    version,
    operations,
    devTokenUrl: devTokenUrl ?? null,
    roles,
  });
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
${devTokenUrl ? roleSwitcherHtml(roles) : TOKEN_HINT}
${LIVE_TRANSPORT_HTML}
${operations.length > 0 ? `<span>Saved operations, one tab each:</span> <ul>${list}</ul>` : '<span>Write a query below; the Docs panel lists every type.</span>'}
</header>
<div id="graphiql">Loading the playground…</div>
<script id="c360-config" type="application/json">${config}</script>
<script src="${ASSETS_PATH}/react.js"></script>
<script src="${ASSETS_PATH}/react-dom.js"></script>
<script src="${ASSETS_PATH}/graphiql.js"></script>
<script src="${ASSETS_PATH}/graphql-sse.js"></script>
<script src="${ASSETS_PATH}/graphql-ws.js"></script>
<script>${BOOT_SCRIPT}</script>
</body>
</html>
`;
}
