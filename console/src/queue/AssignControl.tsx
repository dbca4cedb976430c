import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ConsoleQueueTakeDocument } from '../../../operations/__generated__/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIdempotencyKey } from '../ui/idempotencyKey';

export interface TeamAgent {
  id: string;
  name: string;
}

/**
 * A team lead's "Assign" on a queue row: opens a small form in place (select "Agent", "Assign ticket") listing the
 * owning team's agents, since only they may be given the ticket.
 */
export function AssignControl({
  ticketId,
  agents,
  currentAssigneeId,
  describedBy,
  onAssigned,
}: {
  ticketId: string;
  agents: readonly TeamAgent[];
  currentAssigneeId: string | undefined;
  describedBy: string;
  onAssigned: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [agentId, setAgentId] = useState(() => agents.find((agent) => agent.id !== currentAssigneeId)?.id ?? '');
  const [state, assign] = useMutation(ConsoleQueueTakeDocument);
  const idempotency = useIdempotencyKey();
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // the form replaced the button that had the focus: keep the keyboard where the person was working
    if (open) select.current?.focus();
  }, [open]);
  if (agents.length === 0) return <span className="muted">No agents in this team</span>;
  if (!open)
    return (
      <button type="button" className="secondary" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        Assign
      </button>
    );
  const submit = async () => {
    const input = { ticketId, agentId };
    const result = await assign({ ...input, idempotencyKey: idempotency.key(input) });
    if (result.data?.assignTicket) {
      idempotency.done();
      setOpen(false);
      onAssigned();
    }
  };
  return (
    <form
      className="row-action"
      aria-describedby={describedBy}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={selectId}>Agent</label>
      <select ref={select} id={selectId} value={agentId} onChange={(event) => setAgentId(event.target.value)}>
        {agents.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.name}
            {agent.id === currentAssigneeId ? ' (assigned now)' : ''}
          </option>
        ))}
      </select>
      <div className="row-action-buttons">
        <button type="submit" disabled={state.fetching || agentId === ''}>
          {state.fetching ? 'Assigning…' : 'Assign ticket'}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <ErrorNotice error={state.error} title="Could not assign the ticket." />
    </form>
  );
}
