// The Matrix tab: the draft's decision for every channel × kind of message under one patient
// profile at a time, and the decisions that would change against the running bundle.
import type { Effect } from '../../engine/index.ts';
import type { DiffSummary, MatrixSummary } from '../../server/index.ts';
import { h, uid } from './dom.ts';
import type { RuleLink } from './result-view.ts';
import { categoryName, channelName, EFFECT_SYMBOL } from './words.ts';

export function matrixView(matrix: MatrixSummary, diff: DiffSummary | undefined, link: RuleLink): HTMLElement[] {
  const tableHost = h('div', {});
  const selectId = uid('profile');
  const profile = h('select', { id: selectId }, ...matrix.profiles.map((p, i) => h('option', { value: String(i) }, p.profile.replace(/-/g, ' '))));
  const show = (): void => tableHost.replaceChildren(...profileTable(matrix, Number(profile.value), link));
  profile.addEventListener('change', show);
  show();
  return [
    diff ? diffView(diff) : h('p', {}, 'Open this tab after a change to see what it changes.'),
    h('section', { class: 'result-section' }, h('h3', {}, 'What the draft decides'), h('div', { class: 'field' }, h('label', { for: selectId }, 'Patient and vendors'), profile), tableHost),
  ];
}

/**
 * The key, the table and the rules it names. Only the table scrolls sideways, in its own region: its
 * title stays outside it and wraps (a <caption> is as wide as its table, so it would scroll away).
 */
function profileTable(matrix: MatrixSummary, index: number, link: RuleLink): HTMLElement[] {
  const p = matrix.profiles[index]!;
  const used = new Set<string>();
  const cell = (category: string, channel: string, c: { decision: Effect; rules: string[] }): HTMLElement => {
    for (const r of c.rules) used.add(r);
    const words = `${categoryName(category)} by ${channelName(channel)}: ${c.decision}, by ${c.rules.join(', ')}`;
    return h('td', { class: `cell cell-${c.decision}`, title: words }, h('span', { 'aria-hidden': 'true' }, EFFECT_SYMBOL[c.decision]), h('span', { class: 'visually-hidden' }, c.decision));
  };
  const captionId = uid('matrix-caption');
  const table = h(
    'table',
    { class: 'matrix', 'aria-labelledby': captionId },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kind of message'), ...matrix.channels.map((c) => h('th', { scope: 'col', class: 'vertical' }, h('span', {}, channelName(c)))))),
    ...p.tiers.map((t) =>
      h(
        'tbody',
        {},
        h('tr', { class: 'tier' }, h('th', { scope: 'rowgroup', colspan: matrix.channels.length + 1 }, t.description ?? t.tier)),
        ...t.rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, categoryName(row.category)), ...row.cells.map((c, i) => cell(row.category, matrix.channels[i]!, c)))),
      ),
    ),
  );
  const legend = h(
    'ul',
    { class: 'reasons' },
    ...[...used].map((rule) => {
      const r = matrix.reasons[rule];
      return h('li', {}, link(rule), r ? ` (${r.effect}): ${r.text}` : '');
    }),
  );
  const key = h('p', { class: 'note matrix-key' }, (['allow', 'downgrade', 'deny'] as const).map((e) => h('span', { class: `cell-${e}` }, `${EFFECT_SYMBOL[e]} ${e}`)));
  return [
    key,
    h('p', { class: 'matrix-caption', id: captionId }, p.description),
    h('div', { class: 'grid-scroll', tabindex: 0, role: 'region', 'aria-label': 'Decision matrix, scrollable' }, table),
    h('h4', {}, 'The rules that decide in this table'),
    legend,
  ];
}

export function diffView(diff: DiffSummary): HTMLElement {
  if (diff.changed === 0) return h('section', { class: 'result-section' }, h('h3', {}, 'Changes'), h('p', { id: 'diff-summary' }, 'The draft decides every situation the same way as the running bundle.'));
  const direction = `${diff.loosened} toward allow, ${diff.tightened} stricter`;
  return h(
    'section',
    { class: 'result-section' },
    h('h3', {}, 'Changes'),
    h('p', { id: 'diff-summary', class: 'diff-count' }, `These ${diff.changed} decisions would change (${direction}), out of ${diff.situations.toLocaleString('en-US')} situations tried.`),
    h(
      'ul',
      { class: 'diff-examples' },
      ...diff.examples.map((e) =>
        h(
          'li',
          { class: `diff-${e.direction}` },
          h('p', {}, h('strong', {}, `${e.from} → ${e.to}`), ` in ${e.count} situation${e.count === 1 ? '' : 's'} such as: ${e.description}`),
          h('p', { class: 'note' }, `Before: ${e.before.join(', ') || 'no rule'}. After: ${e.after.join(', ') || 'no rule'}.`),
        ),
      ),
    ),
  );
}
