import { isReadyMessage, tokenOfFragment, tokenOfMessage } from '../../../console/src/embed/embedMessages';
import { latestShipment, slaState } from '../../../console/src/embed/cardFacts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmNfZGV2In0.c2lnbmF0dXJl';

describe('Embedded card: what it accepts from the page that frames it', () => {
  it('takes the token from a { type: "c360:token", token } message and nothing else', () => {
    expect(tokenOfMessage({ type: 'c360:token', token: TOKEN })).toBe(TOKEN);
    for (const data of [
      null,
      undefined,
      TOKEN,
      { type: 'c360:token' },
      { type: 'c360:token', token: 42 },
      { type: 'other', token: TOKEN },
      { type: 'c360:token', token: 'not a jwt' },
      { type: 'c360:token', token: `${TOKEN}<script>` },
      { type: 'c360:token', token: `a.${'b'.repeat(9000)}.c` },
    ]) {
      expect(tokenOfMessage(data)).toBeUndefined();
    }
  });

  it('takes the token from a #token= fragment', () => {
    expect(tokenOfFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfFragment(`#x=1&token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfFragment('#token=')).toBeUndefined();
    expect(tokenOfFragment('')).toBeUndefined();
    expect(tokenOfFragment(`#token=${'a'.repeat(20_000)}`)).toBeUndefined();
  });

  it('knows the frame\'s "ready" message', () => {
    expect(isReadyMessage({ type: 'c360:ready' })).toBe(true);
    expect(isReadyMessage({ type: 'c360:token' })).toBe(false);
    expect(isReadyMessage('c360:ready')).toBe(false);
  });
});

describe('Embedded card: the facts it works out', () => {
  const now = Date.parse('2026-12-05T10:00:00Z');

  it('calls a ticket breached, due within the hour, or on time', () => {
    expect(slaState({ slaBreached: true, slaDueAt: '2026-12-06T10:00:00Z' }, now)).toEqual({
      breached: true,
      tone: 'danger',
    });
    expect(slaState({ slaBreached: false, slaDueAt: '2026-12-05T10:30:00Z' }, now).tone).toBe('warn');
    expect(slaState({ slaBreached: false, slaDueAt: '2026-12-05T14:00:00Z' }, now).tone).toBe('ok');
  });

  it('picks the latest parcel of the newest order that has one', () => {
    const orders = [
      { shipments: [] },
      {
        shipments: [
          { id: 'a', shippedAt: '2026-11-01T00:00:00Z' },
          { id: 'b', shippedAt: '2026-11-03T00:00:00Z' },
          { id: 'c', shippedAt: '2026-11-02T00:00:00Z' },
        ],
      },
      { shipments: [{ id: 'old', shippedAt: '2026-12-01T00:00:00Z' }] },
    ];
    expect(latestShipment(orders)?.id).toBe('b');
    expect(
      latestShipment([
        {
          shipments: [
            { id: 'shipped', shippedAt: '2026-11-01T00:00:00Z' },
            { id: 'label', shippedAt: null },
          ],
        },
      ])?.id,
    ).toBe('label');
    expect(latestShipment([{ shipments: null }, { shipments: [] }])).toBeUndefined();
  });
});
