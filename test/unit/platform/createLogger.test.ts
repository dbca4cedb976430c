import pino from 'pino';
import { createLogger } from '../../../platform/observability';

describe('Logs: createLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('opens no stdout stream (nor its flush timer) for a silent logger, which modules may build on import', () => {
    const destination = jest.spyOn(pino, 'destination');
    const log = createLogger({ level: 'silent' });
    log.error('never written');
    expect(destination).not.toHaveBeenCalled();
  });

  it('writes to buffered standard output when it may log and is given no destination', () => {
    const destination = jest.spyOn(pino, 'destination');
    createLogger({ level: 'warn' });
    expect(destination).toHaveBeenCalledWith(expect.objectContaining({ dest: 1, sync: false }));
  });

  it('flushes buffered lines within 250 ms, and leaves standard output alone while nothing is logged', () => {
    jest.useFakeTimers();
    try {
      const stream = { write: jest.fn(), flush: jest.fn() };
      jest.spyOn(pino, 'destination').mockReturnValue(stream as unknown as ReturnType<typeof pino.destination>);
      const log = createLogger({ level: 'info' });
      jest.advanceTimersByTime(1_000);
      expect(stream.flush).not.toHaveBeenCalled();
      log.info('one line');
      expect(stream.write).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(250);
      expect(stream.flush).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(1_000);
      expect(stream.flush).toHaveBeenCalledTimes(1);
    } finally {
      jest.clearAllTimers();
      jest.useRealTimers();
    }
  });

  it('writes to the destination it is given, as JSON with the base fields', () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'info',
      base: { service: 'crm' },
      destination: { write: (line) => lines.push(line) },
    });
    log.info({ subgraph: 'orders' }, 'hello');
    log.debug('below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, service: 'crm', subgraph: 'orders', msg: 'hello' });
  });
});
