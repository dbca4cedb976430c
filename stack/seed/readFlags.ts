export interface ReadFlags<Value extends string, Switch extends string> {
  /** `-h` or `--help` was given: the caller prints its help and ignores everything else. */
  help: boolean;
  values: Partial<Record<Value, string>>;
  switches: Set<Switch>;
  /** Unknown arguments and flags without a value, each with the fix; every one, not just the first. */
  errors: string[];
}

/**
 * Splits a command line into `--flag value` / `--flag=value` pairs and bare switches, as the seed and bench commands
 * take them. Node's `util.parseArgs` stops at the first problem; these commands report every bad argument at once.
 */
export function readFlags<Value extends string, Switch extends string>(
  argv: readonly string[],
  valueFlags: readonly Value[],
  switchFlags: readonly Switch[],
): ReadFlags<Value, Switch> {
  const read: ReadFlags<Value, Switch> = { help: false, values: {}, switches: new Set(), errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { ...read, help: true };
    if ((switchFlags as readonly string[]).includes(arg)) {
      read.switches.add(arg as Switch);
      continue;
    }
    const equals = arg.indexOf('=');
    const [flag, inline] =
      arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    if (!(valueFlags as readonly string[]).includes(flag)) {
      read.errors.push(`unknown argument '${arg}' (see --help)`);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      read.errors.push(`${flag} needs a value (see --help)`);
      if (value !== undefined) i--;
      continue;
    }
    read.values[flag as Value] = value;
  }
  return read;
}
