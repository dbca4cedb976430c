export { openTicket } from './openTicket';
export { addMessage } from './addMessage';
export { assignTicket } from './assignTicket';
export { transferTicket } from './transferTicket';
export { consultTeam } from './consultTeam';
export { answerConsultation } from './answerConsultation';
export { resolveTicket } from './resolveTicket';
export { reopenTicket } from './reopenTicket';
export type { CommandContext } from './commandContext';
