// The dependency rule (`npm run depcheck`, run by `npm test`): no cycles; engine stages import only the
// stages before them, and another stage only through its index.ts; bin/, server/, web/ and audit/ reach
// the engine only through engine/index.ts, and server/ and audit/ only through their index.ts.
const STAGES = ['contract', 'classify', 'check', 'compile', 'decide', 'explain', 'testing', 'export', 'analysis'];

const stageOrder = STAGES.map((stage, i) => {
  const later = STAGES.slice(i + 1);
  return later.length === 0
    ? null
    : {
        name: `stage-order-${stage}`,
        comment: `engine/${stage}/ comes before ${later.join(', ')}: it may not import them`,
        severity: 'error',
        from: { path: `^engine/${stage}/` },
        to: { path: `^engine/(${later.join('|')})/` },
      };
}).filter(Boolean);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import cycle', severity: 'error', from: {}, to: { circular: true } },
    ...stageOrder,
    {
      name: 'stage-through-index',
      comment: 'another engine stage is imported only through its index.ts',
      severity: 'error',
      from: { path: '^engine/([^/]+)/' },
      to: { path: '^engine/[^/]+/', pathNot: ['^engine/$1/', '^engine/[^/]+/index\\.ts$'] },
    },
    {
      name: 'engine-entry-only',
      comment: 'bin/, server/, web/ and audit/ import the engine (and the grammar) only through engine/index.ts',
      severity: 'error',
      from: { path: '^(bin|server|web|audit)/' },
      to: { path: '^(engine|grammar)/', pathNot: '^engine/index\\.ts$' },
    },
    {
      name: 'service-entry-only',
      comment: 'server/ and audit/ are imported from outside only through their index.ts',
      severity: 'error',
      from: { path: '^(bin|server|web|audit|engine)/' },
      to: { path: '^(server|audit)/', pathNot: ['^$1/', '^(server|audit)/index\\.ts$'] },
    },
    {
      name: 'engine-below-infrastructure',
      comment: 'the engine and the grammar do not import the service, the audit store, the CLI or the page',
      severity: 'error',
      from: { path: '^(engine|grammar)/' },
      to: { path: '^(bin|server|web|audit)/' },
    },
    {
      name: 'grammar-below-engine',
      comment: 'the grammar does not import the engine',
      severity: 'error',
      from: { path: '^grammar/' },
      to: { path: '^engine/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|web/dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.cjs'] },
  },
};
