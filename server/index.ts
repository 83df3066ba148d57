// The decision service: what bin/ starts and the playground page's types. bin/ and web/ import only this file.
export { startServer, dataDirOf } from './start.ts';
export { buildApp } from './app.ts';
export type { PlaygroundBundle, PlaygroundFile, PlaygroundRequest, PlaygroundResult, PlaygroundVendor, MatrixSummary, DiffSummary } from './routes/playground.ts';
