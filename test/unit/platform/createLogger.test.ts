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
