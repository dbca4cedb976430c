// The seeder's public face: generate a coherent data set for the five subgraphs and load it.
export { generateSeed, checkSeedOptions, MAX_CUSTOMERS, DEFAULT_CHUNK_SIZE } from './generate';
export type { SeedBatch, SeedOptions } from './generate';
export { seedDatabases, isSeeded, verifyCoherence, SeedRefusedError } from './load';
export type { LoadOptions, SeedProgress, SeedSummary } from './load';
export { SCENARIO, SCENARIO_CUSTOMER_COUNT } from './scenarios';
export { defaultAsOf } from './time';
export { Random } from './random';
export type { SeedRows, TableKey } from './rows';
export { TABLES, TABLE_KEYS } from './tables';
