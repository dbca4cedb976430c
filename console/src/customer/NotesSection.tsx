import type { ConsoleCustomerQuery } from '../../../operations/__generated__/graphql';
import { formatDateTime } from '../ui/format';
import { UpdatedMark } from '../ui/UpdatedMark';

type Notes = NonNullable<ConsoleCustomerQuery['customer']>['notes'];

/** The agents' CRM notes on the customer, newest first. */
export function NotesSection({ notes, updatedAt }: { notes: Notes; updatedAt: number | undefined }) {
  return (
    <section className="customer-section panel" aria-labelledby="customer-notes-heading">
      <div className="section-heading">
        <h2 id="customer-notes-heading">Notes</h2>
        <UpdatedMark at={updatedAt} />
      </div>
      {notes === null ? (
        <p className="muted">The notes could not be loaded.</p>
      ) : notes.edges.length === 0 ? (
        <p className="muted">No notes.</p>
      ) : (
        <ul className="plain-list">
          {notes.edges.map(({ node }) => (
            <li key={node.id}>
              <p className="thread-meta">
                <strong>{node.author}</strong> · <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
              </p>
              <p className="thread-body">{node.body}</p>
            </li>
          ))}
          {notes.totalCount > notes.edges.length && (
            <li className="muted">and {notes.totalCount - notes.edges.length} older notes</li>
          )}
        </ul>
      )}
    </section>
  );
}
