import type { StockLevelRow } from './rows';

/** Units that can still be sold in one warehouse: reservations beyond what is on hand never go below zero. */
export function availableAt(level: StockLevelRow): number {
  return Math.max(level.onHand - level.reserved, 0);
}

/** Sum of what every warehouse can still sell. */
export function availableEverywhere(levels: readonly StockLevelRow[]): number {
  return levels.reduce((sum, level) => sum + availableAt(level), 0);
}

/**
 * The earliest announced restock among the warehouses, only when nothing is available anywhere: while some
 * warehouse can ship, a restock date would mislead an agent answering "when can I get it?".
 */
export function nextRestockEverywhere(levels: readonly StockLevelRow[]): Date | null {
  if (availableEverywhere(levels) > 0) return null;
  let earliest: Date | null = null;
  for (const level of levels) {
    if (level.nextRestockAt && (!earliest || level.nextRestockAt < earliest)) earliest = level.nextRestockAt;
  }
  return earliest;
}
