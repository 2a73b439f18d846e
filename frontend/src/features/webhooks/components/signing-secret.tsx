/** A signing secret, shown once: after creating a subscription or rotating its secret. */
export function SigningSecret({ secret, heading }: { secret: string; heading: string }) {
  return (
    <div className="nhsuk-inset-text" data-testid="signing-secret">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s">{heading}</h2>
      <p>
        <strong>Keep this secret now: it is never shown again.</strong>
      </p>
      <p>
        <code className="tandem-break-all">{secret}</code>
      </p>
      <p className="nhsuk-body-s">
        Copy it (select it, then Ctrl+C or Cmd+C) into your system’s settings: it checks the webhook-signature header of
        each delivery with it. If it is lost, rotate the secret to get a new one.
      </p>
    </div>
  );
}
