import type { CombinedError } from '@urql/core';
import { shownErrors } from './graphqlErrors';

/**
 * The gateway's errors, where the thing that failed is (a form, a section, the page), announced to screen readers.
 * `partial`: the page still shows what did load, and says what is missing.
 */
export function ErrorNotice({
  error,
  partial = false,
  title,
}: {
  error: CombinedError | undefined;
  partial?: boolean;
  title?: string;
}) {
  const shown = shownErrors(error);
  if (shown.length === 0) return null;
  return (
    <div role="alert" className={`notice ${partial ? 'notice-warn' : 'notice-error'}`}>
      {title && <strong>{title} </strong>}
      <ul className="error-list">
        {shown.map((item, index) => (
          <li key={index}>
            {item.message}
            {item.code && (
              <span className="muted">
                {' '}
                ({item.code}
                {item.service ? `, ${item.service}` : ''})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
