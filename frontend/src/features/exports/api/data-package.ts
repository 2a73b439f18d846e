/**
 * datapackage.json, narrowed: the contract types it only as an object (it is a Frictionless Data
 * Package, whose shape Frictionless defines), so what the dictionary page shows is read here field
 * by field, and anything missing or of another type is left out rather than trusted.
 */

export interface PackageField {
  name: string;
  type: string;
  format?: string;
  description?: string;
  required: boolean;
  /** The allowed values, when the field takes only some (an enum constraint). */
  allowed: string[];
  minimum?: number;
}

export interface PackageForeignKey {
  fields: string[];
  /** The dataset it points to: '' (as Frictionless writes it) is the dataset itself. */
  resource: string;
  referenceFields: string[];
}

export interface PackageResource {
  name: string;
  title?: string;
  description?: string;
  /** Where it lies in the archive of every dataset (data/<name>.csv). */
  path?: string;
  fields: PackageField[];
  primaryKey: string[];
  foreignKeys: PackageForeignKey[];
  adminsOnly: boolean;
  partnershipFilter: boolean;
  /** What from and to compare; none when the dataset takes no dates. */
  dateFilter?: string;
  /** The path of its change feed; none when it has none (a summary: export it whole). */
  changeFeed?: string;
  formats: string[];
}

export interface DataPackage {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  smallNumberThreshold?: number;
  resources: PackageResource[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Frictionless allows a single field name or a list of them. */
function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function field(raw: Record<string, unknown>): PackageField | undefined {
  const name = text(raw['name']);
  if (!name) return undefined;
  const constraints = isRecord(raw['constraints']) ? raw['constraints'] : {};
  const allowed = Array.isArray(constraints['enum'])
    ? constraints['enum'].filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String)
    : [];
  return {
    name,
    type: text(raw['type']) ?? 'any',
    format: text(raw['format']),
    description: text(raw['description']),
    required: constraints['required'] === true,
    allowed,
    minimum: number(constraints['minimum']),
  };
}

function foreignKey(raw: Record<string, unknown>): PackageForeignKey | undefined {
  const reference = isRecord(raw['reference']) ? raw['reference'] : undefined;
  const fields = names(raw['fields']);
  if (!reference || fields.length === 0 || typeof reference['resource'] !== 'string') return undefined;
  return { fields, resource: reference['resource'], referenceFields: names(reference['fields']) };
}

function resource(raw: Record<string, unknown>): PackageResource | undefined {
  const name = text(raw['name']);
  if (!name) return undefined;
  const schema = isRecord(raw['schema']) ? raw['schema'] : {};
  const tandem = isRecord(raw['tandem']) ? raw['tandem'] : {};
  return {
    name,
    title: text(raw['title']),
    description: text(raw['description']),
    path: text(raw['path']),
    fields: records(schema['fields']).flatMap((f) => field(f) ?? []),
    primaryKey: names(schema['primaryKey']),
    foreignKeys: records(schema['foreignKeys']).flatMap((k) => foreignKey(k) ?? []),
    adminsOnly: tandem['adminsOnly'] === true,
    partnershipFilter: tandem['partnershipFilter'] === true,
    dateFilter: text(tandem['dateFilter']),
    changeFeed: text(tandem['changeFeed']),
    formats: names(tandem['formats']),
  };
}

/** Reads a data package, or throws when what came is not one (no list of resources). */
export function toDataPackage(value: unknown): DataPackage {
  if (!isRecord(value) || !Array.isArray(value['resources'])) {
    throw new Error('The data dictionary is not a data package');
  }
  return {
    name: text(value['name']),
    title: text(value['title']),
    description: text(value['description']),
    version: text(value['version']),
    smallNumberThreshold: number(value['smallNumberThreshold']),
    resources: records(value['resources']).flatMap((r) => resource(r) ?? []),
  };
}
