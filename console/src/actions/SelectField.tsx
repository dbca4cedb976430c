import { useId } from 'react';
import type { RefObject } from 'react';

/**
 * A labelled select of value/label options. With `placeholder`, nothing is chosen at first (a transfer should not
 * go to whichever team happens to be first); its problem is announced and tied to it like a textarea's.
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  placeholder,
  error,
  selectRef,
  autoFocus = false,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  placeholder?: string;
  error?: string | undefined;
  selectRef?: RefObject<HTMLSelectElement> | undefined;
  /** The form's main field: focused when the form opens. */
  autoFocus?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="ticket-action-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
