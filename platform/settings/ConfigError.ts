/** What a secret's value shows as in an issue and in ConfigError's message: that it is set, never what it is. */
export const HIDDEN = '(set; not shown)';

/** One bad variable: which, what it held (as it may be shown), what is wrong, how to fix it. */
export interface EnvIssue {
  variable: string;
  /** Undefined when unset; HIDDEN for a secret; passwords in URLs are masked (see readVariables). */
  value: string | undefined;
  problem: string;
  fix: string;
}

/** The one error code of a refused configuration, for scripts that tell it apart from a crash. */
export const CONFIG_INVALID = 'CONFIG_INVALID';

/**
 * Every bad variable at once. Reporting them one per start-up would make fixing a deployment a guessing game of
 * restarts, so the message lists them all.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = CONFIG_INVALID;

  constructor(
    readonly issues: readonly EnvIssue[],
    what = 'configuration',
  ) {
    super(
      `Invalid ${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n'),
    );
  }
}

/** `VARIABLE ("value"): problem. Fix.`, the line ConfigError lists, for programs that report issues their own way. */
export function describeIssue({ variable, value, problem, fix }: EnvIssue): string {
  const shown = value === undefined ? 'unset' : value === HIDDEN ? HIDDEN : JSON.stringify(value);
  const sentence = (text: string) => (text === '' ? '' : ` ${text.replace(/\.$/, '')}.`);
  return `${variable} (${shown}):${sentence(problem)}${sentence(fix)}`;
}

/** Throws one ConfigError for all of `issues`, if there are any. */
export function throwIfIssues(issues: readonly EnvIssue[], what: string): void {
  if (issues.length > 0) throw new ConfigError(issues, what);
}
