import { defaultActingAgent, teamName } from '../../../console/src/actions/actingAgent';
import { TEXT_FIELDS, textProblem } from '../../../console/src/actions/actionFields';
import { replyChannel } from '../../../console/src/actions/choices';

describe('Ticket actions: what a form checks before it sends', () => {
  it('refuses an empty or blank text with a message that says what to write', () => {
    expect(textProblem('transferReason', '')).toBe(TEXT_FIELDS.transferReason.empty);
    expect(textProblem('transferReason', '  \n\t ')).toMatch(/^Give a reason for the transfer/);
    expect(textProblem('message', ' ')).toBe('Write the reply before sending it.');
  });

  it("refuses text over the tickets subgraph's limits (500 for reasons, 10,000 for messages), counting it trimmed", () => {
    expect(textProblem('transferReason', 'x'.repeat(500))).toBeUndefined();
    expect(textProblem('transferReason', `  ${'x'.repeat(500)}  `)).toBeUndefined();
    expect(textProblem('reopenReason', 'x'.repeat(501))).toBe(
      'This is 501 characters long; shorten it to at most 500.',
    );
    expect(textProblem('note', 'x'.repeat(10_000))).toBeUndefined();
    expect(textProblem('note', 'x'.repeat(10_001))).toMatch(/at most 10000/);
  });

  it('accepts ordinary text', () => {
    expect(textProblem('question', 'Can you refund the second capture?')).toBeUndefined();
  });
});

describe('Ticket actions: defaults', () => {
  const agents = [
    { id: 'agt_1', name: 'Anna' },
    { id: 'agt_2', name: 'Ben' },
  ];

  it("has a team lead act as the ticket's assignee when they are in the team, else as its first agent", () => {
    expect(defaultActingAgent(agents, 'agt_2')).toBe('agt_2');
    expect(defaultActingAgent(agents, 'agt_9')).toBe('agt_1');
    expect(defaultActingAgent(agents, null)).toBe('agt_1');
    expect(defaultActingAgent([], 'agt_1')).toBeUndefined();
  });

  it('replies on the channel the ticket came in on, else by e-mail', () => {
    expect(replyChannel('CHAT')).toBe('CHAT');
    expect(replyChannel('WEB_FORM')).toBe('WEB_FORM');
    expect(replyChannel(undefined)).toBe('EMAIL');
    expect(replyChannel('FAX')).toBe('EMAIL');
  });

  it('names a team by its name, or by its code while the list loads', () => {
    const teams = [{ code: 'logistics_desk', name: 'Logistics desk', agents }];
    expect(teamName(teams, 'logistics_desk')).toBe('Logistics desk');
    expect(teamName(undefined, 'logistics_desk')).toBe('logistics_desk');
  });
});
