// Logs and request ids, shared by the gateway and the subgraphs (which must not import from gateway/).
export { createLogger, LOG_LEVELS } from './createLogger';
export type { LoggerOptions, LogLevel } from './createLogger';
export { logLevelVariable } from './logLevelVariable';
export { logInternalError } from './logInternalError';
export { validOperationName } from './operationName';
export { requestIdFrom } from './requestId';
export { observedLocals, requestLogging } from './requestLogging';
export type { ObservedLocals } from './requestLogging';
export { currentRequestScope, requestLog, runInRequestScope } from './requestScope';
export type { RequestScope } from './requestScope';
export { REQUEST_ID_HEADER } from '../caller';
