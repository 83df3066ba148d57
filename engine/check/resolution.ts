// What a name in a rule resolves to: a fact, a declared list, or a vocabulary value. Shared by the
// checker and the satisfiability test.
import type * as A from '../../grammar/ast.ts';
import type { FactInfo, ValueType } from '../contract/index.ts';

export interface ListInfo {
  name: string;
  kind: A.ListKind;
  type: ValueType; // always a list type
  values: string[];
  decl: A.ListDecl;
}

export type Resolution =
  | { kind: 'fact'; path: string; info: FactInfo }
  | { kind: 'list'; list: ListInfo }
  | { kind: 'value'; value: string };
