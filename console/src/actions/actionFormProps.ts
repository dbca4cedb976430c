import type { ActionTicket } from './ticketAction';

/** What TicketActions gives each action form. */
export interface ActionFormProps {
  /** The form element's id (the opener button's aria-controls). */
  id: string;
  ticket: ActionTicket;
  /** The change is made: close the form, say `confirmation` in the ticket's status line, refetch the page. */
  onDone(confirmation: string): void;
  /** The server refused the change (its message shows in the form): the page refetches, it may be out of date. */
  onRefused(): void;
  /** Escape or Cancel: close the form and give the opener button its focus back. */
  onCancel(): void;
}
