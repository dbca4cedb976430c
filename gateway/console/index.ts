export { consoleRouter } from './consoleRouter';
export type { ConsoleRouterOptions } from './consoleRouter';
export { readConsoleVariables } from './consoleVariables';
export { CONSOLE_PATH, DEFAULT_CONSOLE_DIR, DEFAULT_OIDC_SCOPE } from './consoleOptions';
export type { ConsoleAuthConfig, ConsoleClientConfig, ConsoleOptions } from './consoleOptions';
