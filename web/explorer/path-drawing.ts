import { clauseLabel, contactLinks, dutyLabel, layoutPath, pathNodes, roleLabel, safeWebUrl, SupportPath, SupportStep, truncate, wrapText } from './path-model.js';

const SVG = 'http://www.w3.org/2000/svg';
const BOX = { width: 190, height: 114, gap: 46 };

type Attributes = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/**
 * Draws a support path into `container`: an SVG of boxes (the customer, then each step's party
 * with its role and duty) joined by arrows in the order the issue travels, gaps outlined in red;
 * below it one card per step with the reason, the clauses behind it when the answer has them,
 * and the contacts as mailto:/tel:/web links. Hovering or focusing a box highlights its card.
 * Every text goes in as text, never as HTML.
 */
export function drawSupportPath(container: HTMLElement, path: SupportPath): void {
  const nodes = pathNodes(path);
  const perRow = Math.max(2, Math.floor((Math.max(container.clientWidth, 400) + BOX.gap) / (BOX.width + BOX.gap)));
  const layout = layoutPath(nodes.length, { boxWidth: BOX.width, boxHeight: BOX.height, gap: BOX.gap, perRow });

  const drawing = svg('svg', {
    class: 'path-drawing',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    role: 'img',
    'aria-label': `Support path: ${nodes.map((n) => n.name).join(' → ')}`,
  });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow-head', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.append(marker);
  drawing.append(defs);
  for (const d of layout.arrows) drawing.append(svg('path', { d, class: 'arrow', 'marker-end': 'url(#arrow-head)' }));

  const cards = html('ol', { class: 'step-cards' });
  const cardOf = new Map<number, HTMLElement>();
  for (const step of [...path.steps].sort((a, b) => a.rank - b.rank)) {
    const card = stepCard(step);
    cardOf.set(step.rank, card);
    cards.append(card);
  }

  nodes.forEach((node, i) => {
    const { x, y } = layout.boxes[i];
    const gap = node.missing.length > 0;
    const group = svg('g', {
      class: `node node-${node.kind}${gap ? ' gap' : ''}`,
      transform: `translate(${x} ${y})`,
      'data-party': node.name,
      tabindex: 0,
      ...(node.rank !== null ? { 'data-rank': node.rank } : {}),
    });
    group.append(svg('title', {}, node.tooltip));
    group.append(svg('rect', { width: BOX.width, height: BOX.height, rx: 10, class: 'box' }));
    group.append(svg('text', { x: 12, y: 22, class: 'heading' }, truncate(node.heading, 20)));
    // The name on up to two lines, so that the box shows it whole.
    const name = svg('text', { x: 12, y: 46, class: 'party-name' });
    wrapText(node.name, 20, 2).forEach((line, i) => name.append(svg('tspan', { x: 12, dy: i === 0 ? 0 : 19 }, line)));
    group.append(name);
    group.append(svg('text', { x: 12, y: 86, class: 'detail' }, truncate(node.detail, 28)));
    if (gap) group.append(svg('text', { x: 12, y: 104, class: 'gap-label' }, truncate(`⚠ no ${node.missing.join(', ')}`, 28)));
    else if (node.reachedThroughRank) group.append(svg('text', { x: 12, y: 104, class: 'through-label' }, `↳ through step ${node.reachedThroughRank}`));
    if (node.rank !== null) {
      group.append(svg('circle', { cx: BOX.width - 16, cy: 18, r: 11, class: 'rank-badge' }));
      group.append(svg('text', { x: BOX.width - 16, y: 22, class: 'rank-text', 'text-anchor': 'middle' }, String(node.rank)));
      const card = cardOf.get(node.rank);
      const highlight = (on: boolean) => card?.classList.toggle('highlight', on);
      group.addEventListener('mouseenter', () => highlight(true));
      group.addEventListener('mouseleave', () => highlight(false));
      group.addEventListener('focus', () => highlight(true));
      group.addEventListener('blur', () => highlight(false));
      group.addEventListener('click', () => card?.scrollIntoView({ behavior: 'smooth', block: 'nearest' }));
    }
    drawing.append(group);
  });

  const gaps = path.steps.filter((s) => s.missingContactKinds.length > 0).length;
  const summary = html(
    'p',
    { class: `path-summary${path.hasGaps ? ' has-gaps' : ''}` },
    `${path.customer.name} · ${path.offer.name}${path.offer.publisher ? ` (${path.offer.publisher.name})` : ''} · ${path.issueType} · ${path.salesModel === 'INDIRECT' ? 'indirect' : 'direct'} sale · subscription ${path.subscription.id}`,
    path.hasGaps ? html('strong', { class: 'gap-count' }, ` · ${gaps} step${gaps === 1 ? '' : 's'} without a contact`) : '',
  );
  container.replaceChildren(summary, html('div', { class: 'drawing-frame' }, drawing), cards);
}

function stepCard(step: SupportStep): HTMLElement {
  const gap = step.missingContactKinds.length > 0;
  const card = html(
    'li',
    { class: `step-card${gap ? ' gap' : ''}`, 'data-rank': step.rank },
    html(
      'h3',
      {},
      html('span', { class: 'rank' }, String(step.rank)),
      ' ',
      html('span', { class: 'party-name' }, step.party.name),
      ' ',
      html('span', { class: 'role' }, roleLabel(step.role)),
      ' ',
      html('span', { class: `duty duty-${step.duty}` }, dutyLabel(step.duty)),
    ),
    html('p', { class: 'reason' }, step.reason),
  );
  if (step.reachedThroughRank) card.append(html('p', { class: 'reached-through' }, `Reached through step ${step.reachedThroughRank}.`));
  if (step.contacts.length) {
    const list = html('ul', { class: 'contacts' });
    for (const contact of step.contacts) {
      const item = html('li', { class: 'contact' }, html('span', { class: 'kind' }, contact.kind));
      if (contact.name) item.append(' ', html('span', { class: 'contact-name' }, contact.name));
      for (const link of contactLinks(contact)) {
        const anchor = html('a', { href: link.href, class: `contact-link contact-${link.kind}` }, link.label);
        if (link.kind === 'web') {
          anchor.target = '_blank';
          anchor.rel = 'noopener noreferrer';
        }
        item.append(' ', anchor);
      }
      if (contact.hours) item.append(' ', html('span', { class: 'hours' }, contact.hours));
      if (contact.sla) item.append(' ', html('span', { class: 'sla' }, `SLA: ${contact.sla}`));
      list.append(item);
    }
    card.append(list);
  }
  if (gap) {
    card.append(html('p', { class: 'gap-note' }, `⚠ Gap: no ${step.missingContactKinds.join(', ')} contact for ${step.party.name}. The data needs mending.`));
  }
  if (step.resources?.length) {
    const list = html('ul', { class: 'resources' });
    for (const resource of step.resources) {
      const href = safeWebUrl(resource.url);
      list.append(html('li', {}, href ? html('a', { href, target: '_blank', rel: 'noopener noreferrer' }, resource.kind) : resource.kind));
    }
    card.append(list);
  }
  // The clauses last: the contacts are what a reader acts on.
  if (step.clauses?.length) {
    const list = html('ul', { class: 'clauses' });
    for (const c of step.clauses) {
      list.append(
        html(
          'li',
          {},
          html('span', { class: 'clause-id' }, clauseLabel(c.clause)),
          ...(c.quote ? [' ', html('q', { lang: 'fr', class: 'quote' }, c.quote)] : []),
          ...(c.translation ? [html('span', { class: 'translation' }, c.translation)] : []),
        ),
      );
    }
    card.append(html('details', { class: 'clauses-box', open: '' }, html('summary', {}, 'Source clauses'), list));
  }
  return card;
}
