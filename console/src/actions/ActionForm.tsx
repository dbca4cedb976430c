import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { ErrorNotice } from '../ui/ErrorNotice';

/**
 * The frame of every ticket action form: its fields, the submit and Cancel buttons, and the server's refusal where
 * the person acted. Escape cancels (the opener gets focus back); Ctrl+Enter submits from a textarea.
 */
export function ActionForm({
  id,
  submitLabel,
  busy,
  error,
  problem,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  submitLabel: string;
  busy: boolean;
  /** The server's answer when it refused the change. */
  error: CombinedError | undefined;
  /** A problem with the whole form found before sending (no agent to act as). */
  problem?: string | undefined;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  const keys = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !busy) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <form id={id} className="ticket-action-form" onSubmit={submit} onKeyDown={keys} noValidate>
      <div className="ticket-action-fields">{children}</div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorNotice error={error} title="Not done:" />
      <div className="ticket-action-buttons">
        <button type="submit" disabled={busy} aria-describedby={busy ? `${id}-busy` : undefined}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        {busy && (
          <span id={`${id}-busy`} className="loading">
            Sending…
          </span>
        )}
      </div>
    </form>
  );
}
