/**
 * The dependency rule, checked by `npm run lint:deps` (part of `npm test`):
 * - shared/ is the domain: it imports nothing of the repo outside itself, and nothing of Node;
 * - the client reaches the backend only by calling functions: it imports no cloudfunctions/, and
 *   of shared/ only the modules without zod (types excepted: they are erased from the bundle);
 * - core/ knows no host: it imports neither the local host nor the deployed functions' entries;
 * - no module depends on itself through others.
 */
/** The shared modules that import zod: the schemas, the API table and its per-function parts, the building blocks. */
const ZOD_MODULES = '^shared/src/(api/index\\.ts|api/actions/|index\\.ts|schema/|consultation/planSchema\\.ts|files/fileSchema\\.ts)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two modules one: split what both need into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-self-contained',
      severity: 'error',
      comment: 'shared/ is the domain both sides use: it imports only itself and zod.',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'client-calls-functions-only',
      severity: 'error',
      comment: 'The client reaches the backend through functions (client/src/api), never by importing it.',
      from: { path: '^client/' },
      to: { path: ['^cloudfunctions/', '^scripts/', '^test/'] },
    },
    {
      name: 'client-ships-no-zod',
      severity: 'error',
      comment: 'The mini program bundle stays small: the client takes types from the schemas, never the schemas.',
      from: { path: '^client/src/' },
      to: { path: [ZOD_MODULES, '(^|/)node_modules/zod/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-knows-no-host',
      severity: 'error',
      comment: 'Use cases run the same on the local host and on CloudBase: core/ imports neither host.',
      from: { path: '^cloudfunctions/core/' },
      to: { path: ['^cloudfunctions/local/', '^cloudfunctions/[a-z]+/index\\.ts$', '^client/', '^scripts/', '^test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^client/dist/', '\\.temp/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
