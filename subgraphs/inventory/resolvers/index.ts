import type { Resolvers } from '../__generated__/resolvers-types';
import { Product } from './Product';
import { Query } from './Query';
import { StockLevel } from './StockLevel';

// Warehouse needs no resolvers: its row has exactly the fields of the type.
export const resolvers: Resolvers = { Query, Product, StockLevel };
