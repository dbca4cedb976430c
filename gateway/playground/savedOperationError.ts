/** A saved operation (or a fragment they share) cannot be served; the message names the file and the fix. */
export class SavedOperationError extends Error {
  override readonly name = 'SavedOperationError';
}
