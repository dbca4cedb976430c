import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useClient } from 'urql';
import { useSession } from '../auth/session';
import { Link, navigate } from '../app/router';
import { lookupCustomer } from './lookupCustomer';
import {
  ACCEPTED_FORMS,
  describeKinds,
  MAX_INPUT_LENGTH,
  phoneNeedsCountryCode,
  recognizeIdentifier,
} from './recognizeIdentifier';
import { rememberCustomer } from './recentCustomers';
import { RecentCustomerList } from './RecentCustomerList';
import './find.css';

type Problem =
  | { kind: 'message'; text: string }
  /** Nothing recognised: the accepted forms, with an example each. */
  | { kind: 'unrecognised'; input: string };

/** The console's home: one box for any identifier, and the customers this person opened lately. */
export function FindPage() {
  const session = useSession();
  const client = useClient();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const candidates = recognizeIdentifier(text);
  const userId = session.identity?.userId;
  // "0151 1234 5671": digits a tracking number can be, or a phone number typed without its country code
  const nationalPhone = phoneNeedsCountryCode(text);

  const hint =
    text.trim() === ''
      ? ''
      : candidates.length > 0
        ? `Looks like ${describeKinds(candidates)}${nationalPhone ? ' (a phone number needs its country code)' : ''}`
        : nationalPhone
          ? 'Phone numbers need their country code: +49 151 … or 0049 151 …'
          : 'Not a form the console knows: try a customer id, e-mail, phone (+49…), order, tracking or ticket number.';

  async function find(event: FormEvent) {
    event.preventDefault();
    const shown = text.trim();
    if (shown === '') return;
    if (candidates.length === 0) {
      setProblem(
        nationalPhone
          ? {
              kind: 'message',
              text: `“${shown}” looks like a phone number without its country code. Type it as +49 151 12345671 or 0049 151 12345671.`,
            }
          : { kind: 'unrecognised', input: shown },
      );
      return;
    }
    setProblem(undefined);
    setBusy(`Looking up ${describeKinds(candidates)}…`);
    try {
      const result = await lookupCustomer(client, candidates);
      switch (result.kind) {
        case 'found':
          rememberCustomer(result.customer, userId);
          navigate(`/customer/${encodeURIComponent(result.customer.id)}${result.hash ? `#${result.hash}` : ''}`);
          return;
        case 'notFound':
          setProblem({
            kind: 'message',
            text:
              `No customer matches “${shown}” as ${describeKinds(candidates)}. Check it, or search by another identifier.` +
              (nationalPhone ? ' A phone number needs its country code: +49 151 … or 0049 151 ….' : ''),
          });
          return;
        case 'invalid':
        case 'failed':
          setProblem({ kind: 'message', text: result.message });
          return;
      }
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="find-page">
      <h1 tabIndex={-1}>Find a customer</h1>
      <form className="find-form panel" role="search" onSubmit={(event) => void find(event)}>
        <label htmlFor={inputId}>Customer, order, parcel or ticket</label>
        <div className="find-row">
          <input
            id={inputId}
            type="search"
            name="identifier"
            value={text}
            maxLength={MAX_INPUT_LENGTH}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            placeholder="e.g. DHL00012345678 or maria.keller@example.com"
            onChange={(event) => {
              setText(event.target.value);
              setProblem(undefined);
            }}
          />
          <button type="submit" disabled={busy !== undefined}>
            Find
          </button>
        </div>
        <p id={hintId} className="find-hint muted" aria-live="polite">
          {hint}
        </p>
        {busy && (
          <p role="status" className="loading" aria-busy="true">
            {busy}
          </p>
        )}
        {problem && <FindProblem problem={problem} />}
      </form>
      {session.can.seeQueue && (
        <p className="find-queue-hint">
          Tickets nobody has picked up yet wait in{' '}
          <Link to={session.identity?.team ? `/queue/${encodeURIComponent(session.identity.team)}` : '/queue'}>
            your team&apos;s queue
          </Link>
          .
        </p>
      )}
      <RecentCustomerList userId={userId} />
    </div>
  );
}

function FindProblem({ problem }: { problem: Problem }) {
  if (problem.kind === 'message')
    return (
      <div role="alert" className="notice notice-error">
        {problem.text}
      </div>
    );
  return (
    <div role="alert" className="notice notice-error">
      <p>
        “{problem.input}” is not an identifier the console can look up (it cannot search by name). Type one of these:
      </p>
      <ul>
        {ACCEPTED_FORMS.map(({ label, example }) => (
          <li key={label}>
            {label}, e.g. <code>{example}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
