/** For a sign-in that is not linked to a person in the directory (the server answers 409 not-linked). */
export function NotLinked() {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Your sign-in is not linked to a person in Tandem, so there is nothing to notify you about. Staff of your
        organisation can link it to your record in the directory.
      </p>
    </div>
  );
}
