/**
 * Whether a record's view lets this caller do something now: the server's `allowedActions`
 * (computed for the caller and the record's state) decide where the view has them; a view
 * without them falls back to what the page worked out before.
 */
export function allows<A extends string>(allowed: readonly A[] | undefined, action: A, fallback: boolean): boolean {
  return allowed ? allowed.includes(action) : fallback;
}
