// The policy editor: one CodeMirror view per file of the bundle, behind ARIA tabs. Diagnostics from
// the server become squiggles with the message and hint, and any span (a rule in the trace, a
// problem in the list) can be revealed: its tab selected, the text selected and scrolled to.
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Diagnostic, Span } from '../../engine/index.ts';
import type { PlaygroundFile } from '../../server/index.ts';
import { squiggle } from './diagnostics.ts';
import { h } from './dom.ts';
import { policyHighlighting } from './policy-language.ts';
import { tabs, type Tabs } from './tabs.ts';

export interface PolicyEditor {
  /** The draft as the officer has it now. */
  files(): PlaygroundFile[];
  /** Whether the draft differs from the running bundle it was loaded from. */
  changed(): boolean;
  showDiagnostics(ds: readonly Diagnostic[]): void;
  /** Whether `span` points into one of the files (spans of other files cannot be revealed). */
  has(span: Span): boolean;
  reveal(span: Span): void;
}

export function policyEditor(tabList: HTMLElement, host: HTMLElement, loaded: readonly PlaygroundFile[], onChange: () => void): PolicyEditor {
  const views = new Map<string, EditorView>();
  const specs = loaded.map((file) => {
    const panel = h('div', { class: 'editor-panel' });
    const view = new EditorView({
      parent: panel,
      state: EditorState.create({
        doc: file.text,
        extensions: [
          basicSetup,
          policyHighlighting,
          lintGutter(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': `Policy file ${file.name}` }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChange();
          }),
        ],
      }),
    });
    views.set(file.name, view);
    return { key: file.name, label: file.name, panel };
  });
  host.replaceChildren(...specs.map((s) => s.panel));
  const fileTabs: Tabs = tabs(tabList, specs);
  const original = new Map(loaded.map((f) => [f.name, f.text]));
  const files = (): PlaygroundFile[] => [...views].map(([name, view]) => ({ name, text: view.state.doc.toString() }));

  return {
    files,
    changed: () => files().some((f) => original.get(f.name) !== f.text),
    showDiagnostics(ds) {
      for (const [name, view] of views) {
        const mine = ds.filter((d) => d.span.file === name).map((d): CmDiagnostic => ({ ...squiggle(d, view.state.doc.length), renderMessage: () => renderMessage(d) }));
        view.dispatch(setDiagnostics(view.state, mine));
      }
    },
    has: (span) => views.has(span.file),
    reveal(span) {
      const view = views.get(span.file);
      if (!view) return;
      fileTabs.select(span.file);
      const length = view.state.doc.length;
      const from = Math.min(span.offset, length);
      view.dispatch({ selection: EditorSelection.single(from, Math.min(Math.max(span.endOffset, from), length)), effects: EditorView.scrollIntoView(from, { y: 'start', yMargin: 24 }) });
      view.focus();
    },
  };
}

function renderMessage(d: Diagnostic): Node {
  return h('div', { class: 'lint-message' }, h('div', {}, d.message), d.hint === undefined ? null : h('div', { class: 'lint-hint' }, `Hint: ${d.hint}`), h('div', { class: 'lint-code' }, d.code));
}
