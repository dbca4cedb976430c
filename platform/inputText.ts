import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit } from 'graphql';
import type { DocumentNode } from 'graphql';

/**
 * Text no database column can hold. `NUL`: U+0000, which PostgreSQL refuses in text ("invalid byte sequence").
 * `LONE_SURROGATE`: half of a UTF-16 surrogate pair without its other half (e.g. "\ud800" in JSON): not Unicode,
 * and turned into U+FFFD on its way to UTF-8, so what is stored would differ from what was sent.
 */
export type InvalidTextProblem = 'NUL' | 'LONE_SURROGATE' | 'TOO_LONG';

export interface InvalidText {
  problem: InvalidTextProblem;
  /** Where in the value: object keys and list indexes from the top, e.g. ['input', 'subject']. */
  path: (string | number)[];
  /** The UTF-16 offset of the bad character in its string. */
  index: number;
  /** Its code unit, e.g. 0xd800. */
  codeUnit: number;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The first NUL or unpaired surrogate in `text`, one pass, no regex. */
export function findInvalidChar(text: string): { problem: InvalidTextProblem; index: number } | undefined {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0) return { problem: 'NUL', index };
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (isHigh(unit) && isLow(text.charCodeAt(index + 1))) index++;
    else return { problem: 'LONE_SURROGATE', index };
  }
  return undefined;
}

/** A list or object still to look into, and how it was reached (to name the path only when something is found). */
interface Pending {
  value: object;
  key: string | number | undefined;
  parent: Pending | undefined;
}

const pathOf = (at: Pending | undefined): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let step = at; step?.key !== undefined; step = step.parent) path.push(step.key);
  return path.reverse();
};

/**
 * `findInvalidChar`, after a length check: a string longer than `maxLength` is `TOO_LONG` (at `maxLength`) without
 * its characters being read, so a megabyte costs nothing more than having been parsed.
 */
function findProblem(text: string, maxLength: number): { problem: InvalidTextProblem; index: number } | undefined {
  return text.length > maxLength ? { problem: 'TOO_LONG', index: maxLength } : findInvalidChar(text);
}

/**
 * The first string (or object key) in a JSON value — a request's variables — holding a NUL or an unpaired
 * surrogate, or longer than `maxLength`. Time linear in the value's size; an explicit stack, so nesting depth cannot
 * overflow the call stack. Strings are checked where they are met and only lists and objects are queued: a 1 MB
 * body of 100,000 small objects is walked in tens of milliseconds.
 */
export function findInvalidText(value: unknown, maxLength = Number.POSITIVE_INFINITY): InvalidText | undefined {
  const check = (text: string) => findProblem(text, maxLength);
  if (typeof value === 'string') {
    const bad = check(value);
    return bad && { ...bad, path: [], codeUnit: value.charCodeAt(bad.index) };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Pending[] = [{ value, key: undefined, parent: undefined }];
  // the order children are met in does not matter for "the first": any bad one will do, so no reversing
  const meet = (child: unknown, key: string | number, parent: Pending): InvalidText | undefined => {
    if (typeof child === 'string') {
      const bad = check(child);
      if (bad) return { ...bad, path: [...pathOf(parent), key], codeUnit: child.charCodeAt(bad.index) };
    } else if (typeof child === 'object' && child !== null) stack.push({ value: child, key, parent });
    return undefined;
  };
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    const item = current.value;
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) {
        const found = meet(item[index], index, current);
        if (found) return found;
      }
      continue;
    }
    for (const key of Object.keys(item)) {
      const badKey = check(key);
      if (badKey) return { ...badKey, path: [...pathOf(current), key], codeUnit: key.charCodeAt(badKey.index) };
      const found = meet((item as Record<string, unknown>)[key], key, current);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The first string literal in a document holding a NUL or an unpaired surrogate, or longer than `maxLength`, with
 * the path of the argument it is given to (field, argument, input fields), e.g. ['openTicket', 'input', 'subject'].
 */
export function findInvalidTextInDocument(
  document: DocumentNode,
  maxLength = Number.POSITIVE_INFINITY,
): InvalidText | undefined {
  const check = (text: string) => findProblem(text, maxLength);
  const names: string[] = [];
  let found: InvalidText | undefined;
  const push = (name: string) => {
    names.push(name);
  };
  const pop = () => {
    names.pop();
  };
  visit(document, {
    Field: { enter: (node) => push(node.alias?.value ?? node.name.value), leave: pop },
    Directive: { enter: (node) => push(`@${node.name.value}`), leave: pop },
    VariableDefinition: { enter: (node) => push(`$${node.variable.name.value}`), leave: pop },
    Argument: { enter: (node) => push(node.name.value), leave: pop },
    ObjectField: { enter: (node) => push(node.name.value), leave: pop },
    StringValue(node) {
      const bad = check(node.value);
      if (!bad) return undefined;
      found = { ...bad, path: [...names], codeUnit: node.value.charCodeAt(bad.index) };
      return BREAK;
    },
  });
  return found;
}

const explain = (found: InvalidText, maxLength: number) => {
  if (found.problem === 'TOO_LONG')
    return `a text longer than the ${maxLength} characters the gateway accepts in one value. Send a shorter value (identifiers, e-mail addresses and phone numbers are far shorter; a message body may have 10,000 characters).`;
  const unit = `U+${found.codeUnit.toString(16).toUpperCase().padStart(4, '0')}`;
  return found.problem === 'NUL'
    ? `a NUL character (${unit}) at position ${found.index}, which text may not contain. Remove it (or replace it with a space) and send the request again.`
    : `an unpaired UTF-16 surrogate (${unit}) at position ${found.index}, which is not valid Unicode. Send well-formed text: a surrogate must be half of a pair (an emoji such as "\\ud83d\\ude00"), or be removed.`;
};

/** Enough to find the argument; a path through 100,000 nested lists (or a 1 MB key) is not repeated whole. */
const MAX_PATH_SHOWN = 120;
const shortened = (text: string) => (text.length > MAX_PATH_SHOWN ? `${text.slice(0, MAX_PATH_SHOWN)}…` : text);

/** `$input.subject`, `$ids[2]`; built step by step only up to the length shown. */
function renderPath(path: (string | number)[], variable: boolean): string {
  let text = '';
  for (let index = 0; index < path.length && text.length <= MAX_PATH_SHOWN; index++) {
    const step = path[index];
    if (typeof step === 'number') text += `[${step}]`;
    else text += index === 0 ? `${variable ? '$' : ''}${step}` : `.${step}`;
  }
  return shortened(text);
}

/**
 * A request's variables and the string literals of its document, checked for text no database can store: the
 * BAD_USER_INPUT error naming the first bad argument, or undefined. `http` status 400: the caller's mistake.
 */
export function invalidTextError(
  document: DocumentNode | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
  maxLength = Number.POSITIVE_INFINITY,
  inDocumentOf: (document: DocumentNode) => InvalidText | undefined = (parsed) =>
    findInvalidTextInDocument(parsed, maxLength),
): GraphQLError | undefined {
  const inVariables = findInvalidText(variables ?? {}, maxLength);
  const inDocument = inVariables || !document ? undefined : inDocumentOf(document);
  const found = inVariables ?? inDocument;
  if (!found) return undefined;
  const argumentName = renderPath(found.path, inVariables !== undefined);
  const where = inVariables ? `Variable ${argumentName}` : `The argument ${argumentName}`;
  // a value over the gateway's length limit is a limit like the others (gateway/limits), with its own code
  const code = found.problem === 'TOO_LONG' ? 'STRING_TOO_LONG' : 'BAD_USER_INPUT';
  return new GraphQLError(`${where} contains ${explain(found, maxLength)}`, {
    extensions: {
      code,
      argumentName,
      problem: found.problem,
      ...(found.problem === 'TOO_LONG' ? { maxLength } : {}),
      http: { status: 400 },
    },
  });
}

/**
 * Refuses, once the operation is known and before anything runs it (the gateway plans nothing, a subgraph reads
 * nothing), a request whose variables or string literals hold a NUL or an unpaired surrogate: 400 BAD_USER_INPUT
 * naming the argument, where PostgreSQL would have failed with "invalid byte sequence" and the client got a 500.
 * With `maxStringLength` (the gateway's GRAPHQL_MAX_STRING_LENGTH), a longer value is 400 STRING_TOO_LONG: a
 * megabyte identifier is refused where it arrives, not carried to a subgraph to be refused there.
 * The gateway and every subgraph run it: a subgraph may be reached by a signed request that skipped the gateway's.
 */
export function invalidTextPlugin<Context extends object>({
  maxStringLength = Number.POSITIVE_INFINITY,
}: { maxStringLength?: number } = {}): ApolloServerPlugin<Context> {
  // A document's literals are the same on every request that sends it, and Apollo hands those requests the same
  // parsed document: walk each once, not on every request (as the authorization and cost walks, bench/PROFILE.md).
  // Weak keys: documents evicted from Apollo's cache are dropped here too. Variables change per request.
  const walked = new WeakMap<DocumentNode, InvalidText | null>();
  const inDocumentOf = (document: DocumentNode): InvalidText | undefined => {
    let found = walked.get(document);
    if (found === undefined)
      walked.set(document, (found = findInvalidTextInDocument(document, maxStringLength) ?? null));
    return found ?? undefined;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = invalidTextError(document, request.variables, maxStringLength, inDocumentOf);
          if (error) throw error;
        },
      };
    },
  };
}
