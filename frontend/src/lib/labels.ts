/** Labels for each value of one of the contract's enums. */
export type Labels<K extends string> = Record<K, string>;

/** The options of a select or radios for an enum's labels, in their declared order. */
export function optionsOf<K extends string>(labels: Labels<K>): { value: K; label: string }[] {
  return Object.entries<string>(labels).flatMap(([value, label]) => (isKey(labels, value) ? [{ value, label }] : []));
}

/** Whether a string is one of the enum's values (a select gives back plain strings). */
export function isKey<K extends string>(labels: Labels<K>, value: string): value is K {
  return Object.hasOwn(labels, value);
}
