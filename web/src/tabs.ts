// ARIA tabs (WAI-ARIA Authoring Practices): one tab stop for the list, arrow keys, Home and End
// move between tabs, and each tab controls its panel.
import { h, uid } from './dom.ts';

export interface TabSpec {
  key: string;
  label: string;
  panel: HTMLElement;
}

export interface Tabs {
  select(key: string, focus?: boolean): void;
  readonly selected: string;
}

export function tabs(list: HTMLElement, specs: readonly TabSpec[], onSelect: (key: string) => void = () => {}): Tabs {
  list.setAttribute('role', 'tablist');
  const buttons = specs.map((spec) => {
    const id = uid('tab');
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', id);
    spec.panel.id ||= uid('panel');
    return h('button', { type: 'button', role: 'tab', id, 'aria-controls': spec.panel.id, 'data-key': spec.key, class: 'tab' }, spec.label);
  });
  list.replaceChildren(...buttons);
  let selected = specs[0]?.key ?? '';

  const select = (key: string, focus = false): void => {
    selected = key;
    specs.forEach((spec, i) => {
      const on = spec.key === key;
      const b = buttons[i]!;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      spec.panel.hidden = !on;
      if (on && focus) b.focus();
    });
    onSelect(key);
  };

  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(specs[i]!.key));
    b.addEventListener('keydown', (e) => {
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: specs.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      select(specs[(to + specs.length) % specs.length]!.key, true);
    });
  });
  select(selected);
  return {
    select,
    get selected() {
      return selected;
    },
  };
}
