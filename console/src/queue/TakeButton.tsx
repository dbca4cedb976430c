import { useMutation } from 'urql';
import { ConsoleQueueTakeDocument } from '../../../operations/__generated__/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIdempotencyKey } from '../ui/idempotencyKey';

/**
 * "Take": an agent assigns the ticket to themself. The idempotency key makes a double click or a retry after a
 * network error one assignment. `describedBy` names the row's ticket, so the button reads "Take, T-100004".
 */
export function TakeButton({
  ticketId,
  agentId,
  describedBy,
  onTaken,
}: {
  ticketId: string;
  agentId: string;
  describedBy: string;
  onTaken: () => void;
}) {
  const [state, assign] = useMutation(ConsoleQueueTakeDocument);
  const idempotency = useIdempotencyKey();
  const take = async () => {
    const input = { ticketId, agentId };
    const result = await assign({ ...input, idempotencyKey: idempotency.key(input) });
    if (result.data?.assignTicket) {
      idempotency.done();
      onTaken();
    }
  };
  return (
    <div className="row-action">
      <button type="button" aria-describedby={describedBy} disabled={state.fetching} onClick={() => void take()}>
        {state.fetching ? 'Taking…' : 'Take'}
      </button>
      <ErrorNotice error={state.error} title="Could not take the ticket." />
    </div>
  );
}
