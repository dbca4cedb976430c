import { Link } from '../app/router';
import { UpdatedMark } from '../ui/UpdatedMark';
import { formatDateTime, humanize } from '../ui/format';
import { AssignControl } from './AssignControl';
import type { TeamAgent } from './AssignControl';
import { ReasonBadges } from './ReasonBadges';
import { SlaCountdowns } from './SlaCountdowns';
import { formatCountdown } from './slaCountdown';
import { TakeButton } from './TakeButton';
import type { QueueRow } from './useTeamQueue';
import { useNow } from './useNow';

/** What a row offers: nothing (read-only), "Take" (an agent of the owning team) or "Assign" (a team lead). */
export type RowAction =
  { kind: 'none' } | { kind: 'take'; agentId: string } | { kind: 'assign'; agents: readonly TeamAgent[] };

/**
 * The unattended tickets, oldest first. Each row: the ticket (a link to its customer's page, scrolled to the
 * ticket), subject, customer, priority, reasons, how long it has waited and its SLA countdowns, which tick every
 * second. `updatedAt` marks the rows a live event just brought in or changed.
 */
export function QueueTable({
  rows,
  updatedAt,
  action,
  onChanged,
}: {
  rows: readonly QueueRow[];
  updatedAt: Readonly<Record<string, number>>;
  action: RowAction;
  onChanged: () => void;
}) {
  const now = useNow();
  return (
    <div className="table-scroll">
      <table className="queue-table">
        <caption>Unattended tickets</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Subject</th>
            <th scope="col">Customer</th>
            <th scope="col">Priority</th>
            <th scope="col">Reasons</th>
            <th scope="col">Waiting since</th>
            <th scope="col">SLA</th>
            {action.kind !== 'none' && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { ticket } = row;
            const numberId = `queue-ticket-${ticket.id}`;
            return (
              <tr key={ticket.id} data-ticket={ticket.number}>
                <th scope="row" id={numberId}>
                  {ticket.customer ? (
                    <Link to={`/customer/${encodeURIComponent(ticket.customer.id)}#ticket-${ticket.number}`}>
                      {ticket.number}
                    </Link>
                  ) : (
                    ticket.number
                  )}
                  <UpdatedMark at={updatedAt[ticket.id]} />
                </th>
                <td>{ticket.subject}</td>
                <td>{ticket.customer?.name ?? <span className="muted">Unknown customer</span>}</td>
                <td className={ticket.priority === 'URGENT' ? 'priority-urgent' : undefined}>
                  {humanize(ticket.priority)}
                </td>
                <td>
                  <ReasonBadges reasons={row.reasons} />
                  {ticket.assignee && <div className="muted">With {ticket.assignee.name}</div>}
                </td>
                <td>
                  <time dateTime={row.waitingSince} title={formatDateTime(row.waitingSince)}>
                    {formatCountdown(now - Date.parse(row.waitingSince))} ago
                  </time>
                </td>
                <td>
                  <SlaCountdowns ticket={ticket} now={now} />
                </td>
                {action.kind !== 'none' && (
                  <td>
                    {action.kind === 'take' ? (
                      ticket.assignee?.id === action.agentId ? (
                        <span className="muted">Yours</span>
                      ) : (
                        <TakeButton
                          ticketId={ticket.id}
                          agentId={action.agentId}
                          describedBy={numberId}
                          onTaken={onChanged}
                        />
                      )
                    ) : (
                      <AssignControl
                        ticketId={ticket.id}
                        agents={action.agents}
                        currentAssigneeId={ticket.assignee?.id}
                        describedBy={numberId}
                        onAssigned={onChanged}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
