// The change analysis for people: the decision matrix as Markdown or as a self-contained HTML page
// (inline CSS, no scripts, no external assets), and the diff as plain text or Markdown.
import type { Reason } from '../compile/index.ts';
import type { ChangeGroup, DecisionDiff } from './diff.ts';
import type { DecisionMatrix, MatrixCell, PolicyId, ProfileMatrix, TextEffect, TierGroup } from './matrix.ts';

// ---- the matrix ----

/** The determining rules of one profile's table, each numbered once, in reading order. */
function notesOf(m: ProfileMatrix): { numbers: (cell: MatrixCell) => number[]; notes: Reason[] } {
  const numbers = new Map<string, number>();
  const notes: Reason[] = [];
  for (const t of m.tiers) {
    for (const row of t.rows) {
      for (const r of row.cells.flatMap((c) => c.reasons)) {
        if (numbers.has(r.rule)) continue;
        notes.push(r);
        numbers.set(r.rule, notes.length);
      }
    }
  }
  return { numbers: (cell) => cell.reasons.map((r) => numbers.get(r.rule)!), notes };
}

const tierTitle = (t: TierGroup<unknown>): string => t.description ?? t.tier;
const vendorText = (vendor: string | undefined): string => vendor ?? 'no vendor with a BAA';
const shortDigest = (digest: string): string => digest.slice(0, 'sha256:'.length + 12);
const policyLine = (p: PolicyId): string => `${p.name} ${p.version} (${shortDigest(p.digest)})`;
const reasonText = (r: Reason): string => `${r.rule} (${r.effect}): ${r.text}${r.citation ? ` [${r.citation}]` : ''}`;

/** Escape what would break a table cell or start emphasis; underscores inside names are left readable. */
const md = (text: string): string => text.replace(/([|\\*`])/g, '\\$1');

export function matrixMarkdown(matrix: DecisionMatrix): string {
  const out = [
    `# Decision matrix: ${matrix.policy.name} ${matrix.policy.version}`,
    '',
    `Decided at ${matrix.at} with policy digest \`${matrix.policy.digest}\`. Each cell is the decision for a message of that category on that channel; the numbers after it point to the rules that decided it, listed under the table.`,
  ];
  for (const p of matrix.profiles) {
    const { numbers, notes } = notesOf(p);
    out.push('', `## ${p.profile}`, '', md(p.description), '');
    out.push(`Vendors: ${matrix.channels.map((ch, i) => `${ch}: ${md(vendorText(p.vendors[i]))}`).join(' · ')}`, '');
    out.push(`| Category | ${matrix.channels.join(' | ')} |`, `| --- |${' --- |'.repeat(matrix.channels.length)}`);
    for (const t of p.tiers) {
      out.push(`| **${md(tierTitle(t))}** (tier \`${t.tier}\`) |${' |'.repeat(matrix.channels.length)}`);
      for (const row of t.rows) out.push(`| ${row.category} | ${row.cells.map((c) => `${c.decision} [${numbers(c).join(', ')}]`).join(' | ')} |`);
    }
    out.push('');
    notes.forEach((r, i) => out.push(`- [${i + 1}] ${md(reasonText(r))}`));
    if (p.at !== matrix.at) out.push('', `Decided at ${p.at} for this profile.`);
    if (p.texts.length > 0) out.push('', '### Sample texts that change a decision', '', ...p.texts.map((t) => `- ${md(textEffectText(t))}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * `"Reminder about group therapy" (terms heightened_services): downgrade by heightened-on-unsecured in
 * 30 cells (e.g. appointment_reminder by sms)`, one clause per decision and rules.
 */
export function textEffectText(t: TextEffect): string {
  const byOutcome = new Map<string, TextEffect['changes']>();
  for (const c of t.changes) {
    const key = `${c.decision} by ${c.reasons.map((r) => r.rule).join(', ')}`;
    byOutcome.set(key, [...(byOutcome.get(key) ?? []), c]);
  }
  const clauses = [...byOutcome].map(([outcome, cells]) => `${outcome} in ${cells.length} cell${cells.length === 1 ? '' : 's'} (e.g. ${cells[0]!.category} by ${cells[0]!.channel})`);
  return `"${t.sample.text}" (${t.sample.group}): ${clauses.join('; ')}`;
}

const html = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Symbol and word, so the decision reads without colour (grayscale print, colour blindness). */
const DECISION_MARK = { allow: '✓ allow', downgrade: '↓ downgrade', deny: '✕ deny' } as const;

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 75rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
.meta, .via { color: #555; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #999; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
.via { display: block; font-weight: normal; font-size: .8rem; }
tr.tier th { background: #d8dde6; font-size: .95rem; }
tr.tier .tier-name { font-weight: normal; color: #444; }
tbody th[scope=row] { font-weight: normal; font-family: ui-monospace, monospace; font-size: .85rem; }
td.allow { background: #d7f0dc; color: #0f4d1f; }
td.downgrade { background: #fff0bf; color: #5c3a00; font-style: italic; }
td.deny { background: #f9d3d3; color: #6e1111; font-weight: 700; }
td sup a { color: inherit; }
.legend span { padding: .1rem .4rem; border: 1px solid #999; }
.legend .allow { background: #d7f0dc; } .legend .downgrade { background: #fff0bf; font-style: italic; } .legend .deny { background: #f9d3d3; font-weight: 700; }
ol.notes { font-size: .9rem; } ol.notes code { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
`;

export function matrixHtml(matrix: DecisionMatrix): string {
  const title = `Decision matrix: ${matrix.policy.name} ${matrix.policy.version}`;
  const sections = matrix.profiles.map((p, i) => profileSection(matrix, p, i + 1));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${html(title)}</h1>
<p class="meta">Decided at ${html(matrix.at)} · policy digest <code>${html(matrix.policy.digest)}</code></p>
<p class="legend"><span class="allow">${DECISION_MARK.allow}</span> sent as written · <span class="downgrade">${DECISION_MARK.downgrade}</span> a safer form is sent instead · <span class="deny">${DECISION_MARK.deny}</span> not sent. The numbers in a cell point to the rules that decided it, listed under each table; hover a cell to read them.</p>
${sections.join('\n')}
</body>
</html>
`;
}

function profileSection(matrix: DecisionMatrix, p: ProfileMatrix, index: number): string {
  const { numbers, notes } = notesOf(p);
  const noteId = (n: number): string => `p${index}-n${n}`;
  const columns = matrix.channels.map((ch, i) => `<th scope="col">${html(ch)}<span class="via">${html(p.vendors[i] === undefined ? 'no vendor with a BAA' : `via ${p.vendors[i]}`)}</span></th>`);
  const cell = (c: MatrixCell): string => {
    const links = numbers(c).map((n) => `<a href="#${noteId(n)}" aria-label="rule note ${n}">${n}</a>`);
    return `<td class="${c.decision}" title="${html(c.reasons.map(reasonText).join('\n'))}">${DECISION_MARK[c.decision]} <sup>${links.join(',')}</sup></td>`;
  };
  const bodies = p.tiers.map((t) => {
    const head = `<tr class="tier"><th scope="rowgroup" colspan="${matrix.channels.length + 1}">${html(tierTitle(t))} <span class="tier-name">(tier ${html(t.tier)})</span></th></tr>`;
    const rows = t.rows.map((row) => `<tr><th scope="row">${html(row.category)}</th>${row.cells.map(cell).join('')}</tr>`);
    return `<tbody>\n${head}\n${rows.join('\n')}\n</tbody>`;
  });
  const noteItems = notes.map((r, i) => `<li id="${noteId(i + 1)}"><code>${html(r.rule)}</code> (${r.effect}): ${html(r.text)}${r.citation ? ` <cite>${html(r.citation)}</cite>` : ''}</li>`);
  return `<section aria-labelledby="p${index}">
<h2 id="p${index}">${html(p.profile)}</h2>
<p>${html(p.description)}</p>
<table>
<caption>Decisions for ${html(p.profile)}: message categories by tier (rows) and channels (columns)</caption>
<thead><tr><th scope="col">Category</th>${columns.join('')}</tr></thead>
${bodies.join('\n')}
</table>
<ol class="notes">
${noteItems.join('\n')}
</ol>
${p.at === matrix.at ? '' : `<p class="meta">Decided at ${html(p.at)} for this profile.</p>\n`}${p.texts.length === 0 ? '' : `<h3>Sample texts that change a decision</h3>\n<ul class="texts">\n${p.texts.map((t) => `<li>${html(textEffectText(t))}</li>`).join('\n')}\n</ul>\n`}</section>`;
}

// ---- the diff ----

const arrow = (g: ChangeGroup): string => `${g.from} → ${g.to}`;
const rules = (names: readonly string[]): string => names.join(', ');

function diffHeader(d: DecisionDiff): string[] {
  const corpus = d.decided.corpus > 0 ? ` and ${d.decided.corpus} corpus request${d.decided.corpus === 1 ? '' : 's'}` : '';
  const verdict = d.changed === 0 ? 'No decision changes.' : `${d.changed} decision${d.changed === 1 ? '' : 's'} change: ${d.loosened} loosen, ${d.tightened} tighten.`;
  return [`Decided ${d.decided.situations} situations${corpus} under both bundles, at ${d.at}.`, '', verdict];
}

export function diffText(d: DecisionDiff): string {
  const out = [`base:   ${policyLine(d.base)}`, `bundle: ${policyLine(d.bundle)}`, ...d.warnings.map((w) => `warning: ${w}`), ...diffHeader(d)];
  for (const g of d.groups) {
    out.push('', `${arrow(g)} (${g.direction === 'loosen' ? 'LOOSENS' : 'tightens'}): ${g.count}`);
    for (const s of g.shifts) {
      out.push(`  ${s.count} × decided by ${rules(s.before)}, now by ${rules(s.after)}`);
      out.push(`      e.g. ${s.example.description}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function diffMarkdown(d: DecisionDiff): string {
  const out = [
    `# Decision changes: ${md(d.base.name)} ${md(d.base.version)} → ${md(d.bundle.name)} ${md(d.bundle.version)}`,
    '',
    `Base digest \`${d.base.digest}\`, new digest \`${d.bundle.digest}\`.`,
    '',
    ...d.warnings.flatMap((w) => [`> **Warning:** ${md(w)}`, '']),
    ...diffHeader(d).map(md),
  ];
  for (const g of d.groups) {
    out.push('', `## ${arrow(g)} (${g.direction === 'loosen' ? 'loosens' : 'tightens'}): ${g.count}`, '');
    out.push('| decisions | decided by (before) | decided by (after) | first example |', '| ---: | --- | --- | --- |');
    for (const s of g.shifts) out.push(`| ${s.count} | ${md(rules(s.before))} | ${md(rules(s.after))} | ${md(s.example.description)} |`);
  }
  return `${out.join('\n')}\n`;
}
