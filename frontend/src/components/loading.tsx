/** Progress for a slow request: announced politely to screen readers. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="tandem-loading" role="status" aria-live="polite">
      <span className="tandem-spinner" aria-hidden="true" />
      {what}…
    </p>
  );
}
