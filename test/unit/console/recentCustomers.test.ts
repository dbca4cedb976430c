import {
  RECENT_LIMIT,
  RECENT_STORAGE_KEY,
  recentCustomers,
  rememberCustomer,
  setRecentCustomersUser,
} from '../../../console/src/find/recentCustomers';
import type { KeyValueStore } from '../../../console/src/find/recentCustomers';

/** localStorage's contract, in memory. */
function memoryStore(initial?: string): KeyValueStore & { value(): string | null } {
  const values = new Map<string, string>();
  if (initial !== undefined) values.set(RECENT_STORAGE_KEY, initial);
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    value: () => values.get(RECENT_STORAGE_KEY) ?? null,
  };
}

describe('Find: the recent customers each person opened', () => {
  afterEach(() => setRecentCustomersUser(undefined));

  it('lists them newest first, once each, at most eight', () => {
    const store = memoryStore();
    for (let n = 1; n <= 10; n += 1) rememberCustomer({ id: `cus_${n}`, name: `Customer ${n}` }, 'agt_1', store, n);
    rememberCustomer({ id: 'cus_5', name: 'Customer 5' }, 'agt_1', store, 11);
    const recent = recentCustomers('agt_1', store);
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.map(({ id }) => id)).toEqual([
      'cus_5',
      'cus_10',
      'cus_9',
      'cus_8',
      'cus_7',
      'cus_6',
      'cus_4',
      'cus_3',
    ]);
    expect(recent[0]).toEqual({ id: 'cus_5', name: 'Customer 5', at: 11 });
  });

  it('keeps each signed-in person their own list', () => {
    const store = memoryStore();
    rememberCustomer({ id: 'cus_1', name: 'Maria Keller' }, 'agt_1', store, 1);
    rememberCustomer({ id: 'cus_2', name: 'Tom Berger' }, 'sup_dev', store, 2);
    expect(recentCustomers('agt_1', store).map(({ id }) => id)).toEqual(['cus_1']);
    expect(recentCustomers('sup_dev', store).map(({ id }) => id)).toEqual(['cus_2']);
    expect(recentCustomers(undefined, store)).toEqual([]);
  });

  it('files a customer under the person the Find page last saw signed in when no user id is passed, else nowhere', () => {
    const store = memoryStore();
    rememberCustomer({ id: 'cus_1', name: 'Maria Keller' }, undefined, store, 1);
    expect(store.value()).toBeNull();
    setRecentCustomersUser('agt_1');
    rememberCustomer({ id: 'cus_1', name: 'Maria Keller' }, undefined, store, 2);
    expect(recentCustomers('agt_1', store)).toEqual([{ id: 'cus_1', name: 'Maria Keller', at: 2 }]);
  });

  it.each([
    ['not JSON', '{nope'],
    ['a list', '[1,2,3]'],
    ['null', 'null'],
    ['a string', '"agt_1"'],
    ['a list that is not one', '{"agt_1":"cus_1"}'],
    ['entries of the wrong shape', '{"agt_1":[null,1,"x",{"id":1},{"id":"cus_1"},{"id":"cus_1","name":2,"at":1}]}'],
    ['ids that are not customer ids', '{"agt_1":[{"id":"javascript:alert(1)","name":"x","at":1}]}'],
    ['a time no Date can hold', '{"agt_1":[{"id":"cus_1","name":"x","at":1e300}]}'],
  ])('reads stored content that is %s as no list, and remembers over it', (_what, stored) => {
    const store = memoryStore(stored);
    expect(recentCustomers('agt_1', store)).toEqual([]);
    rememberCustomer({ id: 'cus_3', name: 'Aisha Rahman' }, 'agt_1', store, 5);
    expect(recentCustomers('agt_1', store)).toEqual([{ id: 'cus_3', name: 'Aisha Rahman', at: 5 }]);
  });

  it('keeps the valid entries of a partly damaged list, and a user called __proto__ is just a key', () => {
    // raw JSON: an object literal's __proto__ would set a prototype, not a key
    const store = memoryStore(
      '{"agt_1":[{"id":"cus_1","name":"Maria Keller","at":1},{"id":"bad"},{"id":"cus_1","name":"Again","at":2}],' +
        '"__proto__":[{"id":"cus_2","name":"Tom Berger","at":3}]}',
    );
    expect(recentCustomers('__proto__', store)).toEqual([{ id: 'cus_2', name: 'Tom Berger', at: 3 }]);
    expect(recentCustomers('agt_1', store)).toEqual([{ id: 'cus_1', name: 'Maria Keller', at: 1 }]);
    rememberCustomer({ id: 'cus_4', name: 'Jonas' }, '__proto__', store, 4);
    expect(recentCustomers('__proto__', store).map(({ id }) => id)).toEqual(['cus_4', 'cus_2']);
    expect(recentCustomers('agt_1', store)).toHaveLength(1);
  });

  it('never throws when storage does: full, disabled, or absent', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recentCustomers('agt_1', broken)).toEqual([]);
    expect(() => rememberCustomer({ id: 'cus_1', name: 'Maria Keller' }, 'agt_1', broken)).not.toThrow();
    expect(() => rememberCustomer({ id: 'cus_1', name: 'Maria Keller' }, 'agt_1', undefined)).not.toThrow();
    expect(recentCustomers('agt_1', undefined)).toEqual([]);
  });

  it('ignores ids that are not customer ids and shortens very long names', () => {
    const store = memoryStore();
    rememberCustomer({ id: '../kpis', name: 'x' }, 'agt_1', store, 1);
    expect(store.value()).toBeNull();
    rememberCustomer({ id: 'cus_1', name: 'M'.repeat(10_000) }, 'agt_1', store, 1);
    expect(recentCustomers('agt_1', store)[0]?.name).toHaveLength(200);
  });
});
