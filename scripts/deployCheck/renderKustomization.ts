import { execFileSync } from 'node:child_process';

/**
 * `kubectl kustomize <dir>`: the real renderer, not a reimplementation. kubectl 1.20 (Debian's kubernetes-client)
 * and later embed kustomize; the manifests keep to what both v2.0 and v5 render alike. Deprecation warnings that
 * kustomize v5 prints on stderr are not failures.
 */
export function renderKustomization(dir: string, kubectl = process.env['KUBECTL'] ?? 'kubectl'): string {
  try {
    return execFileSync(kubectl, ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `${kubectl} is not installed: install kubectl 1.20 or later (Debian: apt-get install kubernetes-client), or point KUBECTL at one.`,
        { cause: error },
      );
    }
    throw new Error(`${kubectl} kustomize ${dir} failed: ${failure.stderr?.trim() || failure.message}`, {
      cause: error,
    });
  }
}
