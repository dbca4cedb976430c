import { mintDevToken } from '../../gateway/auth/devToken';
import type { DevTokenOptions } from '../../gateway/auth/devToken';

const cache = new Map<string, Promise<string>>();

/** `{ authorization: 'Bearer …' }` for a dev token of `role` (a supervisor by default), minted once per options. */
export async function authHeader(
  options: DevTokenOptions | DevTokenOptions['role'] = 'supervisor',
): Promise<{ authorization: string }> {
  const resolved = typeof options === 'string' ? { role: options } : options;
  const key = JSON.stringify(resolved);
  let token = cache.get(key);
  if (!token) {
    token = mintDevToken(resolved);
    cache.set(key, token);
  }
  return { authorization: `Bearer ${await token}` };
}
