/** Environment variables as `process.env` holds them; readers take this so tests can pass a plain object. */
export type Env = Readonly<Record<string, string | undefined>>;

/** NODE_ENV=production: no development secrets or defaults that would open data to anyone. */
export function isProduction(env: Env): boolean {
  return env['NODE_ENV']?.trim() === 'production';
}
