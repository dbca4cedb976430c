/** Money as the GraphQL `Money` type shows it: minor units are the truth, the decimal string is derived. */
export interface Money {
  amount: string;
  minorUnits: number;
  currency: string;
}

/** Two-decimal currencies only (EUR, USD, GBP, CHF…), which is all we sell in. */
export function money(minorUnits: number, currency: string): Money {
  const sign = minorUnits < 0 ? '-' : '';
  const abs = Math.abs(minorUnits);
  const amount = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return { amount, minorUnits, currency };
}
