// The bundle's names as the checker meets them, declaration by declaration: every declared name (for
// duplicates), lists in bundle order (a list is known only below its declaration), finding labels,
// tiers and the tier and consent scope of each category, and the values each domain admits.
import type * as A from '../../grammar/ast.ts';
import { didYouMean, type Span } from '../../grammar/diagnostics.ts';
import { BUILTIN_LABELS, CATEGORIES, CHANNELS, CONSENT_STATUSES, DOMAIN_NAMES, SCOPES, SENDER_KINDS, WEEKDAYS, type Domain } from '../contract/index.ts';
import type { ListInfo } from './resolution.ts';
import { unknownValueHint, type Report } from './wording.ts';

/** `message.tier` of a category that no `tier` list holds. */
export const NO_TIER = 'none';

const LIST_ELEMENT: Record<A.ListKind, Domain> = {
  tier: 'category',
  scope: 'category',
  channels: 'channel',
  categories: 'category',
  scopes: 'scope',
  labels: 'label',
  fields: 'field',
};

export class Names {
  /** The referable lists declared so far (every kind but `scope`). */
  readonly lists = new Map<string, ListInfo>();
  readonly tierOf = new Map<string, string>(); // category -> tier, as declared so far
  readonly scopeOf = new Map<string, string>(); // category -> the consent scope it needs
  /** Built-in labels and every `terms` and `pattern` name of the bundle, wherever declared. */
  readonly labels = new Set<string>(BUILTIN_LABELS);
  private readonly declared = new Map<string, Span>();
  /** Tier names, wherever declared: a tier is a value of `message.tier` anywhere in the bundle. */
  private readonly tierNames = new Set<string>();
  /** Every list declaration in the bundle, so "used before declared" can be told from "unknown". */
  private readonly pendingLists = new Map<string, A.ListDecl>();

  constructor(
    private readonly report: Report,
    decls: readonly A.Declaration[],
  ) {
    for (const d of decls) {
      if (d.kind === 'list' && d.listKind !== 'scope') this.pendingLists.set(d.name.name, d);
      if (d.kind === 'list' && d.listKind === 'tier') this.tierNames.add(d.name.name);
      if (d.kind === 'terms' || d.kind === 'pattern') this.labels.add(d.name.name);
    }
  }

  /** Registers a declared name; `clash` says what else the name already is (a built-in label). */
  declare(name: A.Name, clash?: string): void {
    const previous = this.declared.get(name.name);
    if (previous) this.report.error('check/duplicate-name', `\`${name.name}\` is already declared`, name.span, `the first declaration is at ${previous.file}:${previous.line}; rename one of them`);
    else if (clash) this.report.error('check/duplicate-name', `\`${name.name}\` is ${clash}`, name.span, 'choose another name');
    else this.declared.set(name.name, name.span);
  }

  declareList(d: A.ListDecl): void {
    const domain = LIST_ELEMENT[d.listKind];
    if (d.listKind === 'tier' && d.name.name === NO_TIER) {
      this.report.error('check/duplicate-name', `\`${NO_TIER}\` is the tier of categories in no tier; choose another name`, d.name.span);
    } else if (d.listKind === 'scope' && !SCOPES.includes(d.name.name as never)) {
      this.report.error('check/unknown-value', `\`${d.name.name}\` is not a consent scope`, d.name.span, didYouMean(d.name.name, SCOPES) ?? `scopes are: ${SCOPES.join(', ')}`);
    } else if (d.listKind !== 'scope') this.declare(d.name);
    const values = d.items.filter((i) => this.checkValue(i.name, domain, i.span)).map((i) => i.name);
    if (d.listKind === 'tier' || d.listKind === 'scope') {
      const map = d.listKind === 'tier' ? this.tierOf : this.scopeOf;
      for (const v of values) {
        const previous = map.get(v);
        if (previous !== undefined && previous !== d.name.name) {
          const item = d.items.find((i) => i.name === v)!;
          this.report.error('check/duplicate-name', `\`${v}\` is already in ${d.listKind} \`${previous}\`; a category belongs to one ${d.listKind}`, item.span);
        } else map.set(v, d.name.name);
      }
    }
    if (d.listKind === 'scope') return; // scope mappings are not referable lists: the scope name is a value
    this.lists.set(d.name.name, { name: d.name.name, kind: d.listKind, type: { t: 'list', of: { t: 'enum', domain } }, values, decl: d });
  }

  /** Is `value` a member of `domain`? Reports unknown values with a "did you mean". */
  checkValue(value: string, domain: Domain, span: Span): boolean {
    const known = this.domainValues(domain);
    if (known === undefined || known.includes(value)) return true;
    const labelLists = [...this.lists.values()].filter((l) => l.kind === 'labels').map((l) => l.name);
    this.report.error('check/unknown-value', `\`${value}\` is not a known ${DOMAIN_NAMES[domain]}`, span, didYouMean(value, known) ?? unknownValueHint(value, domain, known, labelLists));
    return false;
  }

  domainValues(domain: Domain): readonly string[] | undefined {
    switch (domain) {
      case 'channel':
        return CHANNELS;
      case 'category':
        return CATEGORIES;
      case 'scope':
        return SCOPES;
      case 'senderKind':
        return SENDER_KINDS;
      case 'consentStatus':
        return CONSENT_STATUSES;
      case 'tier':
        return [...this.tierNames, NO_TIER];
      case 'label':
        return [...this.labels];
      case 'field':
        return undefined; // template fields are the app's own names
      case 'weekday':
        return WEEKDAYS;
    }
  }

  /** Lists are registered in bundle order, so only lists declared above this line are found. */
  list(p: A.PathRef): ListInfo | undefined {
    return p.segments.length === 1 ? this.lists.get(p.segments[0]!) : undefined;
  }

  /** A list declared further down than this line. */
  laterList(name: string): A.ListDecl | undefined {
    return this.lists.has(name) ? undefined : this.pendingLists.get(name);
  }

  categoriesOfTier(tier: string): string[] {
    return CATEGORIES.filter((c) => (this.tierOf.get(c) ?? NO_TIER) === tier);
  }
}
