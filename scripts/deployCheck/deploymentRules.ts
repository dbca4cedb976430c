// Our own rules for the rendered manifests, beyond what the Kubernetes schemas can say: probes on the paths each
// program serves, a locked-down pod, resources, a PDB per Deployment, the gateway's HPA, and NetworkPolicies that
// let only the gateway reach a subgraph. Each message names the object and what to change.
import { at, list, nameOf, record } from './manifestObject';
import type { Located } from './manifestObject';

/**
 * The paths each program answers (gateway/createGateway.ts; subgraphs/shared/listenSubgraph.ts). A subgraph has no
 * /ready: it listens, and so answers /health, only once its database is migrated, so /health is its readiness.
 */
const PROBE_PATHS: Record<string, Record<'startupProbe' | 'readinessProbe' | 'livenessProbe', string>> = {
  gateway: { startupProbe: '/ready', readinessProbe: '/ready', livenessProbe: '/health' },
  subgraph: { startupProbe: '/health', readinessProbe: '/health', livenessProbe: '/health' },
};
const COMPONENT = 'app.kubernetes.io/component';
const NAME = 'app.kubernetes.io/name';
const USER = 10001;

const ofKind = (objects: readonly Located[], kind: string) => objects.filter(({ object }) => object.kind === kind);

/** Does `selector` (matchLabels) pick pods labelled `labels`? An empty selector picks every pod. */
function selects(selector: unknown, labels: Record<string, unknown>): boolean {
  const matchLabels = record(at(selector, 'matchLabels'));
  return Object.entries(matchLabels).every(([key, value]) => labels[key] === value);
}

export function checkDeploymentRules(
  objects: readonly Located[],
  drainMsOf: (deployment: Located) => number,
): string[] {
  const problems: string[] = [];
  const deployments = ofKind(objects, 'Deployment');
  for (const deployment of deployments) {
    const problem = (text: string) => problems.push(`${nameOf(deployment)}: ${text}`);
    const pod = at(deployment.object, 'spec.template.spec');
    const podLabels = record(at(deployment.object, 'spec.template.metadata.labels'));
    const component = String(podLabels[COMPONENT] ?? '');
    const paths = PROBE_PATHS[component];
    if (paths === undefined) problem(`its pods need the label ${COMPONENT}: gateway or subgraph`);
    if (at(pod, 'securityContext.runAsNonRoot') !== true)
      problem('spec.template.spec.securityContext.runAsNonRoot must be true');
    if (at(pod, 'securityContext.runAsUser') !== USER)
      problem(`spec.template.spec.securityContext.runAsUser must be ${USER}`);
    if (at(pod, 'securityContext.seccompProfile.type') !== 'RuntimeDefault')
      problem('spec.template.spec.securityContext.seccompProfile.type must be RuntimeDefault');
    const tmpVolumes = new Set(
      list(at(pod, 'volumes'))
        .filter((volume) => at(volume, 'emptyDir') !== undefined)
        .map((volume) => at(volume, 'name')),
    );
    const grace = Number(at(pod, 'terminationGracePeriodSeconds') ?? 30);
    const containers = list(at(pod, 'containers'));
    if (containers.length === 0) problem('has no containers');
    for (const [index, container] of containers.entries()) {
      const where = `container ${String(at(container, 'name') ?? index)}`;
      for (const [probe, path] of Object.entries(paths ?? {})) {
        const actual = at(container, `${probe}.httpGet.path`);
        if (at(container, probe) === undefined) problem(`${where} has no ${probe}: add one with httpGet path ${path}`);
        else if (actual !== path)
          problem(`${where}: ${probe} must GET ${path}, not ${String(actual ?? '(no httpGet)')}`);
      }
      const security = at(container, 'securityContext');
      if (at(security, 'readOnlyRootFilesystem') !== true)
        problem(`${where}: securityContext.readOnlyRootFilesystem must be true`);
      if (at(security, 'allowPrivilegeEscalation') !== false)
        problem(`${where}: securityContext.allowPrivilegeEscalation must be false`);
      if (!list(at(security, 'capabilities.drop')).includes('ALL'))
        problem(`${where}: securityContext.capabilities.drop must be [ALL]`);
      for (const kind of ['requests', 'limits'])
        for (const resource of ['cpu', 'memory'])
          if (at(container, `resources.${kind}.${resource}`) === undefined)
            problem(`${where}: resources.${kind}.${resource} is not set`);
      const tmp = list(at(container, 'volumeMounts')).find((mount) => at(mount, 'mountPath') === '/tmp');
      if (tmp === undefined || !tmpVolumes.has(at(tmp, 'name')))
        problem(`${where}: mount an emptyDir at /tmp (the root filesystem is read-only)`);
      const sleep = list(at(container, 'lifecycle.preStop.exec.command'));
      const sleepSeconds = sleep[0] === 'sleep' ? Number(sleep[1]) : NaN;
      if (!Number.isFinite(sleepSeconds)) {
        problem(
          `${where}: lifecycle.preStop must be exec ["sleep", "<seconds>"], so endpoints are gone before SIGTERM`,
        );
      } else {
        const needed = sleepSeconds + drainMsOf(deployment) / 1000;
        if (grace <= needed)
          problem(
            `terminationGracePeriodSeconds (${grace}) must exceed preStop's ${sleepSeconds} s + the ${drainMsOf(deployment) / 1000} s drain`,
          );
      }
    }
    const budgets = ofKind(objects, 'PodDisruptionBudget').filter(({ object }) =>
      selects(at(object, 'spec.selector'), podLabels),
    );
    if (budgets.length === 0) problem('no PodDisruptionBudget selects its pods: add one with maxUnavailable: 1');
  }

  const gateway = deployments.find(({ object }) => object.metadata?.name === 'gateway');
  const autoscalers = ofKind(objects, 'HorizontalPodAutoscaler');
  if (gateway === undefined) problems.push(`${objects[0]?.source ?? '?'}: no Deployment called gateway`);
  const gatewayHpa = autoscalers.filter(
    ({ object }) =>
      at(object, 'spec.scaleTargetRef.kind') === 'Deployment' && at(object, 'spec.scaleTargetRef.name') === 'gateway',
  );
  if (gatewayHpa.length === 0)
    problems.push(`${objects[0]?.source ?? '?'}: no HorizontalPodAutoscaler targets the Deployment gateway`);
  for (const hpa of autoscalers) {
    if (hpa.object.apiVersion !== 'autoscaling/v2') problems.push(`${nameOf(hpa)}: use autoscaling/v2`);
    if (!gatewayHpa.includes(hpa)) problems.push(`${nameOf(hpa)}: scaleTargetRef must be the Deployment gateway`);
  }

  problems.push(...checkNetworkPolicies(objects, deployments));
  return problems;
}

/** Default deny; each subgraph admits the gateway's pods on its own port and nothing else. */
function checkNetworkPolicies(objects: readonly Located[], deployments: readonly Located[]): string[] {
  const problems: string[] = [];
  const policies = ofKind(objects, 'NetworkPolicy');
  const ingressPolicies = policies.filter(({ object }) => list(at(object, 'spec.policyTypes')).includes('Ingress'));
  const denyAll = ingressPolicies.some(
    ({ object }) =>
      Object.keys(record(at(object, 'spec.podSelector'))).length === 0 && list(at(object, 'spec.ingress')).length === 0,
  );
  if (!denyAll)
    problems.push(
      `${objects[0]?.source ?? '?'}: no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress], no ingress rules)`,
    );
  for (const deployment of deployments) {
    const podLabels = record(at(deployment.object, 'spec.template.metadata.labels'));
    if (podLabels[COMPONENT] !== 'subgraph') continue;
    const ports = new Set(
      list(at(deployment.object, 'spec.template.spec.containers')).flatMap((container) =>
        list(at(container, 'ports')).map((port) => at(port, 'containerPort')),
      ),
    );
    const applying = ingressPolicies.filter(
      ({ object }) =>
        Object.keys(record(at(object, 'spec.podSelector'))).length > 0 &&
        selects(at(object, 'spec.podSelector'), podLabels),
    );
    if (applying.length === 0)
      problems.push(
        `${nameOf(deployment)}: no NetworkPolicy selects its pods; add one admitting only pods labelled ${NAME}: gateway`,
      );
    for (const policy of applying) {
      for (const rule of list(at(policy.object, 'spec.ingress'))) {
        const from = list(at(rule, 'from'));
        // a peer must pick the gateway's pods and no other Deployment's (a selector on part-of alone would not)
        const onlyGateway =
          from.length > 0 &&
          from.every(
            (peer) =>
              at(peer, 'ipBlock') === undefined &&
              at(peer, 'namespaceSelector') === undefined &&
              Object.keys(record(at(peer, 'podSelector.matchLabels'))).length > 0 &&
              deployments.every(
                (other) =>
                  selects(at(peer, 'podSelector'), record(at(other.object, 'spec.template.metadata.labels'))) ===
                  (other.object.metadata?.name === 'gateway'),
              ),
          );
        if (!onlyGateway)
          problems.push(
            `${nameOf(policy)}: admits more than the gateway into ${nameOf(deployment)}: every ingress rule's from must be podSelector ${NAME}: gateway only`,
          );
        const rulePorts = list(at(rule, 'ports')).map((port) => at(port, 'port'));
        if (rulePorts.length === 0 || rulePorts.some((port) => !ports.has(port)))
          problems.push(
            `${nameOf(policy)}: must admit only the subgraph's port (${[...ports].join(', ')}), not ${rulePorts.join(', ') || 'every port'}`,
          );
      }
    }
  }
  return problems;
}
