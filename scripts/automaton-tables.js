// Writes dist/vocabulary.automaton: the built-in vocabulary's automaton, compiled once at build time
// (engine/classify/tables.ts says why and how it is read). Runs after tsc has written dist/.
import { builtinVocabulary } from '../dist/engine/classify/vocab.js';
import { writeTables } from '../dist/engine/classify/tables.js';

const { table, automaton } = builtinVocabulary();
const tables = automaton.tables();
if (tables === null) throw new Error('automaton-tables: the built-in automaton is not dense');
writeTables(table.patterns, tables);
console.log(`automaton-tables: ${table.patterns.length} patterns, ${tables.delta.length / 37} states`);
