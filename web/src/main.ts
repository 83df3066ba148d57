// The playground page: ask for the API key, load the running bundle into the editor and the
// request panel, and decide the draft again (debounced) after every edit.
import type { Diagnostic, Span } from '../../engine/index.ts';
import type { PlaygroundBundle, PlaygroundResult } from '../../server/index.ts';
import { ApiError, decideDraft, fetchBundle, forgetKey, storedKey, storeKey } from './api.ts';
import { placeOf, problemCount, withHint } from './diagnostics.ts';
import { byId, fill, h, type Child } from './dom.ts';
import { policyEditor, type PolicyEditor } from './editor.ts';
import { matrixView } from './matrix-view.ts';
import { requestOf, requestPanel, type RequestForm } from './request-form.ts';
import { resultView, type Explained } from './result-view.ts';
import { tabs, type Tabs } from './tabs.ts';

/** Long enough that typing does not send a request per key, short enough to feel live. */
const DEBOUNCE_MS = 400;

interface Session {
  key: string;
  editor: PolicyEditor;
  form: RequestForm;
  views: Tabs;
  /** The draft and time the Matrix tab shows, so it is recomputed only when they change. */
  analysed?: string;
  /** Rule name → span in the draft, from the latest traced decision. */
  ruleSpans: Map<string, Span>;
  /** The running bundle's time zone (`time_zone`), the patient's clock when the request names none. */
  timeZone?: string;
  sequence: number;
  timer?: ReturnType<typeof setTimeout>;
}

const status = (text: string): void => void (byId('status').textContent = text);

function askForKey(message?: string): void {
  byId('app').hidden = true;
  byId('key-status').hidden = true;
  const form = byId<HTMLFormElement>('key-form');
  form.hidden = false;
  fill(byId('key-message'), message ?? 'Enter the API key your administrator gave you. It is kept in this browser tab only, until you close it.');
  byId<HTMLInputElement>('api-key').focus();
}

async function start(key: string): Promise<void> {
  let bundle: PlaygroundBundle;
  try {
    bundle = await fetchBundle(key);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      forgetKey();
      return askForKey('That key was not accepted. Check it and try again.');
    }
    return askForKey((e as Error).message);
  }
  byId('key-form').hidden = true;
  byId('key-status').hidden = false;
  byId('app').hidden = false;
  fill(byId('bundle-name'), `${bundle.policy.name} ${bundle.policy.version}`);

  // The callbacks run on the officer's edits and tab changes, after `session` exists.
  const later = (): void => schedule(session);
  const editor = policyEditor(byId('file-tabs'), byId('editors'), bundle.files, later);
  const form = requestPanel(byId('request-panel'), bundle, later, byId('result-area'));
  const views = tabs(
    byId('view-tabs'),
    [
      { key: 'decision', label: 'Decision', panel: byId('decision-panel') },
      { key: 'matrix', label: 'Matrix and changes', panel: byId('matrix-panel') },
    ],
    (view) => {
      if (view === 'matrix' && session.analysed !== analysisKey(session)) void run(session);
    },
  );
  const timeZone = bundle.settings.time_zone;
  const session: Session = { key, editor, form, views, ruleSpans: new Map(), sequence: 0, ...(timeZone === undefined ? {} : { timeZone }) };
  await run(session);
}

function schedule(session: Session): void {
  clearTimeout(session.timer);
  fill(byId('draft-note'), session.editor.changed() ? 'Your draft differs from the running bundle. The Matrix tab shows the decisions that would change.' : 'This is the running bundle. Edit it freely: nothing you change here is served.');
  session.timer = setTimeout(() => void run(session), DEBOUNCE_MS);
}

const analysisKey = (s: Session): string => JSON.stringify([s.editor.files(), s.form.at]);

/** Decide the draft; an answer that arrives after a newer request was sent is dropped. */
async function run(session: Session): Promise<void> {
  const mine = ++session.sequence;
  const files = session.editor.files();
  const request = requestOf(session.form);
  const key = analysisKey(session);
  const analysis = session.views.selected === 'matrix' && session.analysed !== key;
  status(analysis ? 'Deciding, and comparing with the running bundle…' : 'Deciding…');
  let result: PlaygroundResult;
  try {
    result = await decideDraft(session.key, { files, request, explain: true, analysis });
  } catch (e) {
    if (mine === session.sequence) failed(e);
    return;
  }
  if (mine !== session.sequence) return;
  showProblems(session, result.diagnostics);
  if (!result.ok) {
    status('The draft has errors: see the problems under the editor.');
    const blocked = (): HTMLElement => h('p', { class: 'blocked' }, 'The draft policy has errors, so it cannot decide. Fix the problems marked in the editor.');
    fill(byId('decision-panel'), blocked());
    fill(byId('matrix-panel'), blocked());
    session.analysed = undefined;
    return;
  }
  const response = result.response as Explained;
  session.ruleSpans = new Map((response.trace?.rules ?? []).map((r) => [r.rule, r.span]));
  fill(byId('decision-panel'), resultView(response, request, (rule) => ruleLink(session, rule), request.patient.timeZone ?? session.timeZone));
  if (result.matrix) {
    fill(byId('matrix-panel'), matrixView(result.matrix, result.diff, (rule) => ruleLink(session, rule)));
    session.analysed = key;
  } else if (session.analysed !== key) {
    fill(byId('matrix-panel'), h('p', {}, 'The matrix is worked out when you open this tab.'));
  }
  status(`Decided by the draft: ${response.decision}.`);
}

function failed(e: unknown): void {
  if (e instanceof ApiError && e.status === 401) {
    forgetKey();
    return askForKey('The service no longer accepts this key. Enter a valid key.');
  }
  const err = e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e));
  status('The request could not be decided.');
  fill(byId('decision-panel'), h('div', { class: 'blocked' }, h('p', {}, err.message), err.issues.length > 0 ? h('ul', {}, ...err.issues.map((i) => h('li', {}, `${i.path}: ${i.message}`))) : null));
}

function ruleLink(session: Session, rule: string): Child {
  const span = session.ruleSpans.get(rule);
  if (!span || !session.editor.has(span)) return h('span', { class: 'rule-name' }, rule);
  return h('button', { type: 'button', class: 'rule-link', title: `Show rule ${rule} in ${span.file}`, onclick: () => session.editor.reveal(span) }, rule);
}

function showProblems(session: Session, ds: readonly Diagnostic[]): void {
  session.editor.showDiagnostics(ds);
  fill(
    byId('problems'),
    h('h3', {}, problemCount(ds)),
    ds.length === 0
      ? null
      : h(
          'ul',
          {},
          ...ds.map((d) => {
            const where = `${d.span.file}: ${placeOf(d)}`;
            const place = session.editor.has(d.span) ? h('button', { type: 'button', class: 'rule-link', onclick: () => session.editor.reveal(d.span) }, where) : h('span', {}, where);
            return h('li', { class: `problem problem-${d.severity}` }, place, ` ${d.severity}: ${withHint(d)}`);
          }),
        ),
  );
}

function boot(): void {
  byId<HTMLFormElement>('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = byId<HTMLInputElement>('api-key');
    const key = input.value.trim();
    if (key === '') return;
    input.value = '';
    storeKey(key);
    void start(key);
  });
  byId('forget-key').addEventListener('click', () => {
    forgetKey();
    location.reload();
  });
  const key = storedKey();
  if (key) void start(key);
  else askForKey();
}

boot();
