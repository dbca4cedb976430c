import type { StockLevelResolvers } from '../__generated__/resolvers-types';
import { availableAt } from '../data/stockFigures';

export const StockLevel: StockLevelResolvers = {
  available: (level) => availableAt(level),
  // A restock date matters only where nothing can be sold; elsewhere it would suggest a shortage there is not.
  nextRestockAt: (level) => (availableAt(level) === 0 ? level.nextRestockAt : null),
};
