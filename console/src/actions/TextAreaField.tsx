import { useId } from 'react';
import { TEXT_FIELDS } from './actionFields';
import type { TextField } from './useTextField';

/** A labelled textarea whose problem (empty, too long) is announced and tied to it with aria-describedby. */
export function TextAreaField({
  label,
  field,
  rows = 3,
  autoFocus = false,
}: {
  label: string;
  field: TextField;
  rows?: number;
  /** The form's main field: the cursor goes there when the form opens. */
  autoFocus?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="ticket-action-field ticket-action-text">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field.ref}
        rows={rows}
        autoFocus={autoFocus}
        maxLength={TEXT_FIELDS[field.name].max}
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? errorId : undefined}
      />
      {field.error && (
        <p id={errorId} className="field-error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}
