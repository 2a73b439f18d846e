// bin/validate-k8s: checks every manifest of infra/k8s offline, with no cluster and no network.
//
// Each YAML document is looked up by apiVersion + kind; a kind not listed below is an error.
//   - Kubernetes kinds (core, apps, autoscaling, policy, networking): the JSON schemas of the
//     Kubernetes OpenAPI definitions that the npm package kubernetes-models ships compiled for ajv
//     (types, required fields, enums, formats such as quantities), plus a strict pass that refuses
//     fields the API does not define: the documents are type-checked by TypeScript against the
//     same package's interfaces, whose excess-property check is `kubectl --validate=strict`'s
//     unknown-field check.
//   - Operator kinds (CloudNativePG Cluster and ScheduledBackup, Barman Cloud ObjectStore,
//     Keycloak and KeycloakRealmImport): the schemas in infra/k8s/schemas/, written from the
//     operators' CRDs (each file's $comment says what is trimmed), checked with ajv. As the API
//     server prunes and, under strict field validation, refuses fields a structural schema does
//     not name, every object schema that lists properties is closed (additionalProperties:
//     false) unless it carries x-kubernetes-preserve-unknown-fields.
// Then: keycloak-realm-import.yaml must be what realm-import.mjs makes of the realm JSON, and
// kustomization.yaml must list every manifest of the folder and nothing missing.
// Last, the negative self-check: each file in infra/k8s/tests/invalid/ is broken on purpose and
// says in a `# expect:` line the error it must get; the run fails if one is accepted, so a
// validator that stopped validating cannot pass.
//
// Prints one line per document and a closing "N passed, N failed"; exits 1 on any failure.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const K8S = join(ROOT, 'infra', 'k8s');
const FRONTEND = join(ROOT, 'frontend');
const MODULES = join(FRONTEND, 'node_modules');
if (!existsSync(join(MODULES, 'kubernetes-models'))) {
  console.error('validate-k8s: frontend/node_modules/kubernetes-models is missing: run `npm ci` in frontend/ first');
  process.exit(2);
}
const require = createRequire(join(FRONTEND, 'package.json'));
const YAML = require('yaml');
const Ajv = require('ajv');
const ts = require('typescript');

// apiVersion/kind -> the kubernetes-models module and the interface it exports.
const CORE_KINDS = {
  'v1/Namespace': 'v1/Namespace',
  'v1/ServiceAccount': 'v1/ServiceAccount',
  'v1/ConfigMap': 'v1/ConfigMap',
  'v1/Secret': 'v1/Secret',
  'v1/Service': 'v1/Service',
  'apps/v1/Deployment': 'apps/v1/Deployment',
  'autoscaling/v2/HorizontalPodAutoscaler': 'autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget': 'policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress': 'networking.k8s.io/v1/Ingress',
  'networking.k8s.io/v1/NetworkPolicy': 'networking.k8s.io/v1/NetworkPolicy',
};
// apiVersion/kind -> schema file in infra/k8s/schemas.
const CRD_KINDS = {
  'postgresql.cnpg.io/v1/Cluster': 'postgresql.cnpg.io_v1_Cluster.json',
  'postgresql.cnpg.io/v1/ScheduledBackup': 'postgresql.cnpg.io_v1_ScheduledBackup.json',
  'barmancloud.cnpg.io/v1/ObjectStore': 'barmancloud.cnpg.io_v1_ObjectStore.json',
  'k8s.keycloak.org/v2alpha1/Keycloak': 'k8s.keycloak.org_v2alpha1_Keycloak.json',
  'k8s.keycloak.org/v2alpha1/KeycloakRealmImport': 'k8s.keycloak.org_v2alpha1_KeycloakRealmImport.json',
};

const kindKey = (doc) => `${doc?.apiVersion}/${doc?.kind}`;
const label = (doc) => `${doc?.kind ?? '?'}/${doc?.metadata?.name ?? '?'} (${doc?.apiVersion ?? '?'})`;
const formatAjv = (errors) =>
  (errors ?? []).map((e) => {
    const at = e.instancePath || '/';
    if (e.keyword === 'additionalProperties') return `${at}: unknown field "${e.params.additionalProperty}"`;
    if (e.keyword === 'required') return `${at}: missing required field "${e.params.missingProperty}"`;
    if (e.keyword === 'enum') return `${at}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${at}: ${e.message}`;
  });

// --- operator kinds: ajv over the vendored schemas, closed like a structural schema ----------
function closeObjects(schema) {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'enum' ? v : closeObjects(v);
  if (out.properties && out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addKeyword({ keyword: 'x-kubernetes-preserve-unknown-fields' });
ajv.addKeyword({ keyword: 'x-kubernetes-int-or-string' });
const crdValidators = {};
function crdValidator(key) {
  if (!crdValidators[key]) {
    const schema = JSON.parse(readFileSync(join(K8S, 'schemas', CRD_KINDS[key]), 'utf8'));
    crdValidators[key] = ajv.compile(closeObjects(schema));
  }
  return crdValidators[key];
}

// --- Kubernetes kinds: kubernetes-models' compiled schemas ------------------------------------
const models = {};
async function coreModel(key) {
  if (!models[key]) {
    const mod = await import(pathToFileURL(join(MODULES, 'kubernetes-models', `${CORE_KINDS[key]}.js`)).href);
    models[key] = mod[basename(CORE_KINDS[key])];
  }
  return models[key];
}

// Pretty JSON of a document, with the JSON path of each line (to name the field of a TS error).
function jsonWithPaths(value) {
  const lines = JSON.stringify(value, null, 2).split('\n');
  const paths = [];
  const stack = []; // { kind: 'object'|'array', path, key?, index }
  for (const line of lines) {
    const t = line.trim();
    const top = stack[stack.length - 1];
    if (/^[}\]],?$/.test(t)) {
      paths.push(top ? top.path : '');
      stack.pop();
      continue;
    }
    let path;
    let rest = t;
    const keyed = /^("(?:[^"\\]|\\.)*"): ?(.*)$/.exec(t);
    if (top?.kind === 'object' && keyed) {
      path = `${top.path}/${JSON.parse(keyed[1])}`;
      rest = keyed[2];
    } else if (top?.kind === 'array') {
      top.index += 1;
      path = `${top.path}/${top.index}`;
    } else {
      path = '';
    }
    paths.push(path || '/');
    if (rest === '{' || rest === '[') stack.push({ kind: rest === '{' ? 'object' : 'array', path, index: -1 });
  }
  return { lines, paths };
}

// One TypeScript program for all Kubernetes documents: `const dN: IKind = <document>;`.
function strictFieldCheck(entries) {
  const errorsByEntry = new Map();
  if (entries.length === 0) return errorsByEntry;
  const file = join(FRONTEND, '.validate-k8s.generated.ts');
  const imports = [];
  const body = [];
  const spans = []; // { entry, first, paths }
  let line = 0;
  const types = new Map();
  for (const entry of entries) {
    const mod = CORE_KINDS[kindKey(entry.doc)];
    if (!types.has(mod)) {
      const alias = `T${types.size}`;
      types.set(mod, alias);
      imports.push(`import type { I${basename(mod)} as ${alias} } from "kubernetes-models/${mod}";`);
    }
  }
  line = imports.length;
  entries.forEach((entry, i) => {
    const { lines, paths } = jsonWithPaths(entry.doc);
    lines[0] = `export const d${i}: ${types.get(CORE_KINDS[kindKey(entry.doc)])} = ${lines[0]}`;
    lines[lines.length - 1] += ';';
    spans.push({ entry, first: line, count: lines.length, paths });
    body.push(...lines);
    line += lines.length;
  });
  const source = [...imports, ...body].join('\n') + '\n';
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name === file ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  for (const d of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/'"([^"]+)"'/g, "'$1'");
    if (!d.file || d.file.fileName !== file) {
      throw new Error(`validate-k8s: TypeScript could not load the Kubernetes types: ${message}`);
    }
    const at = d.file.getLineAndCharacterOfPosition(d.start).line;
    const span = spans.find((s) => at >= s.first && at < s.first + s.count);
    if (!span) throw new Error(`validate-k8s: ${message}`);
    const list = errorsByEntry.get(span.entry) ?? [];
    list.push(`${span.paths[at - span.first]}: ${message}`);
    errorsByEntry.set(span.entry, list);
  }
  return errorsByEntry;
}

function readDocs(file) {
  const text = readFileSync(file, 'utf8');
  const docs = YAML.parseAllDocuments(text);
  return docs
    .map((d, index) => ({ file, index, doc: d.toJS(), parseErrors: d.errors.map((e) => e.message) }))
    .filter((e) => e.doc !== null || e.parseErrors.length > 0);
}

async function validateEntries(entries) {
  const core = [];
  for (const entry of entries) {
    entry.errors = [...entry.parseErrors];
    if (entry.errors.length) continue;
    const { doc } = entry;
    const key = kindKey(doc);
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      entry.errors.push('/: a manifest must be a mapping');
    } else if (CORE_KINDS[key]) {
      const Model = await coreModel(key);
      try {
        new Model(doc).validate();
      } catch (e) {
        entry.errors.push(...(e.errors ? formatAjv(e.errors) : [e.message]));
      }
      if (!doc.metadata?.name) entry.errors.push('/metadata: missing required field "name"');
      core.push(entry);
    } else if (CRD_KINDS[key]) {
      const validate = crdValidator(key);
      if (!validate(doc)) entry.errors.push(...formatAjv(validate.errors));
    } else {
      entry.errors.push(`unknown kind: no schema for kind "${doc.kind}" of apiVersion "${doc.apiVersion}"`);
    }
  }
  for (const [entry, errors] of strictFieldCheck(core)) entry.errors.push(...errors);
  return entries;
}

const rel = (f) => relative(ROOT, f);
const yamlFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];

let passed = 0;
let failed = 0;
const pass = (what) => {
  passed += 1;
  console.log(`ok    ${what}`);
};
const fail = (what, errors) => {
  failed += 1;
  console.log(`FAIL  ${what}`);
  for (const e of errors) console.log(`        ${e}`);
};

// 1. The manifests (those kustomization.yaml applies, and the examples).
const manifestFiles = [...yamlFiles(K8S).filter((f) => basename(f) !== 'kustomization.yaml'), ...yamlFiles(join(K8S, 'examples'))];
const fixtureFiles = yamlFiles(join(K8S, 'tests', 'invalid'));
const manifests = manifestFiles.flatMap(readDocs);
const fixtures = fixtureFiles.flatMap((file) => readDocs(file).map((e) => ({ ...e, fixture: true })));
await validateEntries([...manifests, ...fixtures]);

console.log(`Kubernetes kinds: kubernetes-models ${require('kubernetes-models/package.json').version} (Kubernetes OpenAPI schemas) + strict fields (TypeScript ${ts.version})`);
console.log(`Operator kinds: ${Object.values(CRD_KINDS).map((f) => `schemas/${f}`).join(', ')}`);
console.log('');
for (const entry of manifests) {
  const what = `${rel(entry.file)}  ${label(entry.doc)}`;
  entry.errors.length ? fail(what, entry.errors) : pass(what);
}

// 2. The realm import is what the generator makes of infra/keycloak/tandem-realm.json.
{
  const { realmImportYaml, OUTPUT } = await import(pathToFileURL(join(K8S, 'realm-import.mjs')).href);
  const what = `${rel(OUTPUT)}  generated from infra/keycloak/tandem-realm.json`;
  readFileSync(OUTPUT, 'utf8') === (await realmImportYaml())
    ? pass(what)
    : fail(what, ['stale: run `node infra/k8s/realm-import.mjs` and commit the result']);
}

// 3. kustomization.yaml lists every top-level manifest, and each of its resources exists.
{
  const kustomization = YAML.parse(readFileSync(join(K8S, 'kustomization.yaml'), 'utf8'));
  const listed = new Set(kustomization.resources ?? []);
  const errors = [];
  for (const r of listed) if (!existsSync(join(K8S, r))) errors.push(`resource ${r} does not exist`);
  for (const f of yamlFiles(K8S)) {
    if (basename(f) !== 'kustomization.yaml' && !listed.has(basename(f))) errors.push(`${basename(f)} is not in resources`);
  }
  if (kustomization.kind !== 'Kustomization') errors.push('kind must be Kustomization');
  errors.length ? fail('infra/k8s/kustomization.yaml', errors) : pass('infra/k8s/kustomization.yaml  resources complete');
}

// 4. References between the manifests: what a Service, an Ingress, an HPA, a PDB or a pod
// points at must exist (Services the operators create are named here).
{
  const docs = manifests.filter((e) => manifestFiles.includes(e.file) && !e.file.includes('/examples/')).map((e) => e.doc);
  const byKind = (kind) => docs.filter((d) => d?.kind === kind);
  const names = (kind) => new Set(byKind(kind).map((d) => d.metadata?.name));
  const podTemplates = byKind('Deployment').map((d) => ({ name: d.metadata.name, labels: d.spec?.template?.metadata?.labels ?? {}, spec: d.spec?.template?.spec ?? {} }));
  const matches = (selector) => podTemplates.filter((p) => Object.entries(selector ?? {}).every(([k, v]) => p.labels[k] === v));
  const operatorServices = new Set([
    ...byKind('Cluster').flatMap((c) => ['rw', 'ro', 'r'].map((s) => `${c.metadata.name}-${s}`)),
    ...byKind('Keycloak').map((k) => `${k.metadata.name}-service`),
  ]);
  const services = new Set([...names('Service'), ...operatorServices]);
  const errors = [];
  for (const s of byKind('Service')) if (matches(s.spec?.selector).length === 0) errors.push(`Service ${s.metadata.name} selects no pod template`);
  for (const d of byKind('Deployment')) {
    const sel = d.spec?.selector?.matchLabels ?? {};
    if (!Object.entries(sel).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v)) errors.push(`Deployment ${d.metadata.name}: selector does not match its template`);
    const spec = d.spec?.template?.spec ?? {};
    if (spec.serviceAccountName && !names('ServiceAccount').has(spec.serviceAccountName)) errors.push(`Deployment ${d.metadata.name}: no ServiceAccount ${spec.serviceAccountName}`);
    for (const v of spec.volumes ?? []) if (v.configMap && !names('ConfigMap').has(v.configMap.name)) errors.push(`Deployment ${d.metadata.name}: no ConfigMap ${v.configMap.name}`);
    for (const c of spec.containers ?? []) {
      for (const f of c.envFrom ?? []) if (f.configMapRef && !names('ConfigMap').has(f.configMapRef.name)) errors.push(`Deployment ${d.metadata.name}: no ConfigMap ${f.configMapRef.name}`);
      for (const m of c.volumeMounts ?? []) if (!(spec.volumes ?? []).some((v) => v.name === m.name)) errors.push(`Deployment ${d.metadata.name}: volumeMount ${m.name} has no volume`);
    }
  }
  for (const ing of byKind('Ingress')) {
    for (const rule of ing.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const svc = p.backend?.service?.name;
        if (svc && !services.has(svc)) errors.push(`Ingress ${ing.metadata.name}: ${rule.host}${p.path} goes to unknown Service ${svc}`);
        if (p.path?.startsWith('/q/metrics') || p.path === '/q' || (p.path === '/' && svc === 'tandem-backend')) errors.push(`Ingress ${ing.metadata.name}: ${p.path} would publish /q/metrics`);
      }
    }
  }
  for (const h of byKind('HorizontalPodAutoscaler')) {
    const t = h.spec?.scaleTargetRef;
    if (t && !names(t.kind).has(t.name)) errors.push(`HorizontalPodAutoscaler ${h.metadata.name}: no ${t.kind} ${t.name}`);
  }
  for (const p of byKind('PodDisruptionBudget')) if (matches(p.spec?.selector?.matchLabels).length === 0) errors.push(`PodDisruptionBudget ${p.metadata.name} selects no pod template`);
  for (const b of byKind('ScheduledBackup')) if (!names('Cluster').has(b.spec?.cluster?.name)) errors.push(`ScheduledBackup ${b.metadata.name}: no Cluster ${b.spec?.cluster?.name}`);
  for (const c of byKind('Cluster')) {
    for (const pl of c.spec?.plugins ?? []) {
      const store = pl.parameters?.barmanObjectName;
      if (store && !names('ObjectStore').has(store)) errors.push(`Cluster ${c.metadata.name}: no ObjectStore ${store}`);
    }
  }
  for (const r of byKind('KeycloakRealmImport')) if (!names('Keycloak').has(r.spec?.keycloakCRName)) errors.push(`KeycloakRealmImport ${r.metadata.name}: no Keycloak ${r.spec?.keycloakCRName}`);
  errors.length ? fail('references between the manifests', errors) : pass('references between the manifests (Services, selectors, ConfigMaps, HPA, PDB, backups, realm)');
}

// 5. The Grafana dashboard: valid JSON, unique panel ids, a Prometheus data source variable, and
// queries that use only metrics the backend exposes at /q/metrics.
{
  const file = join(ROOT, 'infra', 'grafana', 'tandem-dashboard.json');
  const exposed = new Set([
    'http_server_requests_seconds_count', 'http_server_requests_seconds_sum', 'http_server_requests_seconds_bucket',
    'jvm_memory_used_bytes', 'process_cpu_usage', 'tandem_feedback_items', 'tandem_claims_waiting',
    'tandem_webhook_deliveries_pending', 'tandem_mail_pending', 'tandem_outbox_events_pending',
  ]);
  const errors = [];
  let dashboard;
  try {
    dashboard = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`not JSON: ${e.message}`);
  }
  if (dashboard) {
    const ids = dashboard.panels.map((p) => p.id);
    if (new Set(ids).size !== ids.length) errors.push('panel ids are not unique');
    if (!dashboard.templating?.list?.some((v) => v.type === 'datasource' && v.query === 'prometheus')) errors.push('no Prometheus data source variable');
    for (const p of dashboard.panels) {
      if (p.type !== 'row' && !(p.targets?.length > 0)) errors.push(`panel "${p.title}" has no query`);
      for (const target of p.targets ?? []) {
        for (const [, metric] of target.expr.matchAll(/\b([a-z_:][a-z0-9_:]*)\s*\{/g)) {
          if (!exposed.has(metric)) errors.push(`panel "${p.title}": metric ${metric} is not exposed by the backend`);
        }
      }
    }
  }
  const what = `infra/grafana/tandem-dashboard.json  ${dashboard?.panels?.length ?? 0} panels, metrics the backend exposes`;
  errors.length ? fail(what, errors) : pass(what);
}

// 6. Negative self-check: every broken fixture must be refused with the error it expects.
console.log('');
console.log('Negative self-check (infra/k8s/tests/invalid: each must be refused):');
if (fixtureFiles.length === 0) fail('infra/k8s/tests/invalid', ['no fixtures: the validator cannot show that it refuses anything']);
for (const file of fixtureFiles) {
  const expect = [...readFileSync(file, 'utf8').matchAll(/^# expect: (.+)$/gm)].map((m) => m[1].trim());
  const errors = fixtures.filter((e) => e.file === file).flatMap((e) => e.errors);
  const what = `${rel(file)}  refused`;
  if (expect.length === 0) fail(what, ['the fixture has no "# expect: <error text>" line']);
  else if (errors.length === 0) fail(rel(file), ['ACCEPTED, but it is broken on purpose: the validator does not validate']);
  else {
    const missing = expect.filter((x) => !errors.some((e) => e.includes(x)));
    if (missing.length) fail(rel(file), [...missing.map((x) => `expected an error containing: ${x}`), 'got:', ...errors]);
    else pass(`${what}: ${errors.find((e) => e.includes(expect[0]))}`);
  }
}

console.log('');
console.log(`validate-k8s: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
