import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ConsoleTicketAssignDocument } from '../../../operations/__generated__/graphql';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { teamName } from './actingAgent';
import { AnswerConsultForm } from './AnswerConsultForm';
import { AssignForm } from './AssignForm';
import { ConsultForm } from './ConsultForm';
import { MessageForm } from './MessageForm';
import { offeredActions } from './offeredActions';
import type { PendingMessage } from './pendingMessage';
import { PendingMessages } from './PendingMessages';
import type { PendingState } from './PendingMessages';
import { ReopenForm } from './ReopenForm';
import { ResolveForm } from './ResolveForm';
import { ACTION_LABELS } from './ticketAction';
import type { ActionTicket, TicketAction } from './ticketAction';
import { TransferForm } from './TransferForm';
import { useKeyedMutation } from './useKeyedMutation';
import { useTeams } from './useTeams';
import './ticketActions.css';

/** How long a sent message stays pending when the page never re-renders the ticket (a refetch that failed). */
const PENDING_AT_MOST_MS = 15_000;

export interface TicketActionsProps {
  ticket: ActionTicket;
  /** A change was made: the page refetches the ticket (returning the refetch's promise ends "Sending…" sooner). */
  onChanged: () => void;
}

/**
 * What an agent or team lead can do to one ticket, as buttons that open a small form in place. Shows nothing to
 * roles that may not act (analysts); the gateway refuses their mutations anyway.
 */
export function TicketActions(props: TicketActionsProps) {
  const { can } = useSession();
  if (!can.act) return null;
  return <TicketActionBar {...props} />;
}

type Pending = PendingMessage & { state: PendingState };

function TicketActionBar({ ticket, onChanged }: TicketActionsProps) {
  const { identity } = useSession();
  const { teams } = useTeams();
  const offer = offeredActions(ticket, identity);
  const baseId = useId();
  const [open, setOpen] = useState<TicketAction | undefined>();
  const [confirmation, setConfirmation] = useState<string | undefined>();
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const buttons = useRef(new Map<TicketAction, HTMLButtonElement>());
  const status = useRef<HTMLParagraphElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const focusNext = useRef<TicketAction | 'status' | undefined>(undefined);

  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    // the opener may be gone (the refetch after a refusal took Resolve away): then the first action, or the status
    const fallback = bar.current?.querySelector('button') ?? status.current;
    (target === 'status' ? status.current : (buttons.current.get(target) ?? fallback))?.focus();
  });

  const dropSent = useCallback(() => setPending((items) => items.filter((item) => item.state !== 'sent')), []);
  // a new ticket object is the page's refetch arriving: its conversation now has what was pending
  useEffect(dropSent, [ticket, dropSent]);
  useEffect(() => {
    if (!pending.some((item) => item.state === 'sent')) return;
    const timer = setTimeout(dropSent, PENDING_AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [pending, dropSent]);

  // a refusal usually means the page is behind (resolved, transferred or answered meanwhile): refetch it, so the
  // buttons match the ticket again, and leave the form open with the server's message
  const refused = useCallback(() => void onChanged(), [onChanged]);
  const take = useKeyedMutation(ConsoleTicketAssignDocument, refused);
  const changed = (message: string) => {
    setConfirmation(message);
    setOpen(undefined);
    focusNext.current = 'status';
    const refetch: unknown = onChanged();
    if (refetch instanceof Promise) refetch.then(dropSent, dropSent);
  };
  const toggle = (action: TicketAction) => {
    setConfirmation(undefined);
    setOpen((current) => (current === action ? undefined : action));
  };
  const cancel = () => {
    focusNext.current = open;
    setOpen(undefined);
  };
  const onPending = (message: PendingMessage, state: PendingState | 'failed') => {
    setPending((items) => [
      ...items.filter((item) => item.id !== message.id),
      ...(state === 'failed' ? [] : [{ ...message, state }]),
    ]);
  };
  const takeIt = async () => {
    if (!identity) return;
    setOpen(undefined);
    setConfirmation(undefined);
    const input = { ticketId: ticket.id, agentId: identity.userId };
    const result = await take.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    if (result.data && !result.error) changed(`You took ${ticket.number}`);
  };

  const formId = `${baseId}-form`;
  const formProps = { id: formId, ticket, onDone: changed, onRefused: refused, onCancel: cancel };
  const ownerName = teamName(teams, ticket.team.code);

  return (
    // Escape closes the open form from anywhere in the actions (the form handles it itself when focus is inside)
    <div className="ticket-actions" onKeyDown={(event) => event.key === 'Escape' && open && cancel()}>
      {offer.ownedElsewhere && (
        <p className="muted ticket-action-note">
          Owned by {ownerName} — you can answer consults addressed to your team
        </p>
      )}
      {offer.closed && <p className="muted ticket-action-note">Closed — a closed ticket takes no more changes.</p>}
      {offer.actions.length > 0 && (
        <div className="ticket-action-bar" ref={bar} role="group" aria-label={`Actions on ${ticket.number}`}>
          {offer.actions.map((action) =>
            action === 'take' ? (
              <button
                key={action}
                type="button"
                className="secondary"
                ref={(element) => remember(buttons.current, action, element)}
                disabled={take.fetching}
                onClick={() => void takeIt()}
              >
                {ACTION_LABELS[action]}
              </button>
            ) : (
              <button
                key={action}
                type="button"
                className="secondary"
                ref={(element) => remember(buttons.current, action, element)}
                aria-expanded={open === action}
                aria-controls={open === action ? formId : undefined}
                onClick={() => toggle(action)}
              >
                {ACTION_LABELS[action]}
              </button>
            ),
          )}
        </div>
      )}
      {/* a refused Take is news until the person does something else */}
      {!open && !confirmation && <ErrorNotice error={take.error} title="Not done:" />}
      {open === 'reply' && <MessageForm kind="reply" onPending={onPending} {...formProps} />}
      {open === 'note' && <MessageForm kind="note" onPending={onPending} {...formProps} />}
      {open === 'assign' && <AssignForm {...formProps} />}
      {open === 'transfer' && <TransferForm {...formProps} />}
      {open === 'consult' && <ConsultForm {...formProps} />}
      {open === 'answerConsult' && <AnswerConsultForm consultedTeams={offer.answerableConsults} {...formProps} />}
      {open === 'resolve' && <ResolveForm {...formProps} />}
      {open === 'reopen' && <ReopenForm {...formProps} />}
      <p role="status" className="ticket-action-status" ref={status} tabIndex={-1}>
        {confirmation}
      </p>
      <PendingMessages ticketNumber={ticket.number} items={pending} />
    </div>
  );
}

function remember(map: Map<TicketAction, HTMLButtonElement>, action: TicketAction, element: HTMLButtonElement | null) {
  if (element) map.set(action, element);
  else map.delete(action);
}
