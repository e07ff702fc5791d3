/**
 * The explorer's pure part: what a support path looks like once drawn (nodes, links, layout),
 * with no DOM, so it is unit-tested in Node and copied as is by a frontend.
 */

export interface Contact {
  id?: string;
  kind: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  url?: string | null;
  hours?: string | null;
  sla?: string | null;
}

/** A clause of the source article behind a step (present once the schema has `SupportStep.clauses`). */
export interface SourceClause {
  clause: unknown;
  quote?: string | null;
  translation?: string | null;
}

export interface StepResource {
  kind: string;
  url: string;
}

export interface SupportStep {
  rank: number;
  role: string;
  duty: string;
  reason: string;
  missingContactKinds: string[];
  party: { __typename?: string; id: string; name: string };
  contacts: Contact[];
  clauses?: SourceClause[] | null;
  resources?: StepResource[] | null;
  reachedThroughRank?: number | null;
}

export interface SupportPath {
  issueType: string;
  salesModel: string;
  offerCategory: string;
  hasGaps: boolean;
  customer: { id: string; name: string };
  offer: { id: string; name: string; publisher?: { id: string; name: string } };
  subscription: { id: string; startedAt?: string; endedAt?: string | null };
  steps: SupportStep[];
}

export interface ContactLink {
  kind: 'email' | 'phone' | 'web';
  label: string;
  href: string;
}

const ROLE_LABELS: Record<string, string> = {
  PARTNER_OF_RECORD: 'Partner of record',
  INDIRECT_PROVIDER: 'Indirect provider',
  PUBLISHER: 'Publisher (ISV)',
  MICROSOFT: 'Microsoft',
};

const DUTY_LABELS: Record<string, string> = {
  FIRST_CONTACT: 'First contact',
  RESPONSIBLE: 'Responsible',
  SHARED: 'Shared',
  PLATFORM: 'Platform',
};

/** "PARTNER_OF_RECORD" → "Partner of record"; an unknown value in words. */
export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? words(role);
/** "FIRST_CONTACT" → "First contact"; an unknown value in words. */
export const dutyLabel = (duty: string): string => DUTY_LABELS[duty] ?? words(duty);

function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The URL when it is http(s), else null: a contact's URL never becomes a `javascript:` link. */
export function safeWebUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The links a contact offers, in this order: `mailto:` for its email, `tel:` for its phone (digits
 * and a leading +), its web page when http(s). Fields it lacks give no link.
 */
export function contactLinks(contact: Contact): ContactLink[] {
  const links: ContactLink[] = [];
  if (contact.email) links.push({ kind: 'email', label: contact.email, href: `mailto:${encodeURI(contact.email)}` });
  if (contact.phone) {
    const dialable = contact.phone.replace(/(?!^\+)[^\d]/g, '');
    if (/\d/.test(dialable)) links.push({ kind: 'phone', label: contact.phone, href: `tel:${dialable}` });
  }
  if (contact.url) {
    const href = safeWebUrl(contact.url);
    if (href) links.push({ kind: 'web', label: contact.url, href });
  }
  return links;
}

/** A clause as a short label: the value itself, or the id/name of an object. */
export function clauseLabel(clause: unknown): string {
  if (typeof clause === 'string') return clause;
  if (clause && typeof clause === 'object') {
    const record = clause as Record<string, unknown>;
    for (const key of ['id', 'name', 'code', 'key']) if (typeof record[key] === 'string') return record[key] as string;
  }
  return String(clause);
}

/** One box of the drawing: the customer first, then each step's party. */
export interface PathNode {
  key: string;
  kind: 'customer' | 'step';
  rank: number | null;
  /** Small line above the name: "Customer", or the step's role. */
  heading: string;
  name: string;
  /** Small line below the name: the offer, or the step's duty. */
  detail: string;
  /** Contact kinds the step should have and lacks; non-empty marks a gap. */
  missing: string[];
  /** In the customer's view: the earlier step through which the customer reaches this party (it has no contact for customers). */
  reachedThroughRank: number | null;
  /** What hovering the box shows: the reason and the clauses behind the step. */
  tooltip: string;
}

/** The boxes of a path, in the order the issue travels: the customer, then the steps by rank. */
export function pathNodes(path: SupportPath): PathNode[] {
  const steps = [...path.steps].sort((a, b) => a.rank - b.rank);
  return [
    {
      key: `customer:${path.customer.id}`,
      kind: 'customer',
      rank: null,
      heading: 'Customer',
      name: path.customer.name,
      detail: path.offer.name,
      missing: [],
      reachedThroughRank: null,
      tooltip: `${path.customer.name}: ${words(path.issueType)} issue on ${path.offer.name} (subscription ${path.subscription.id})`,
    },
    ...steps.map((step): PathNode => {
      const clauses = (step.clauses ?? []).map((c) => `${clauseLabel(c.clause)}${c.translation ? `: ${c.translation}` : ''}`);
      return {
        key: `step:${step.rank}`,
        kind: 'step',
        rank: step.rank,
        heading: roleLabel(step.role),
        name: step.party.name,
        detail: dutyLabel(step.duty),
        missing: step.missingContactKinds,
        reachedThroughRank: step.reachedThroughRank ?? null,
        tooltip: [step.reason, ...(step.reachedThroughRank ? [`Reached through step ${step.reachedThroughRank}.`] : []), ...clauses].join('\n'),
      };
    }),
  ];
}

export interface Box {
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  /** SVG path data of the arrow from box i to box i + 1. */
  arrows: string[];
}

export interface LayoutOptions {
  boxWidth: number;
  boxHeight: number;
  gap: number;
  /** Most boxes on one row; later boxes wrap to the next row, left to right again. */
  perRow: number;
}

/**
 * Places `count` boxes left to right, wrapping after `perRow`, with an arrow from each box to the
 * next: straight within a row, an elbow down to the next row.
 */
export function layoutPath(count: number, options: LayoutOptions): Layout {
  const { boxWidth: w, boxHeight: h, gap } = options;
  const perRow = Math.max(1, Math.min(options.perRow, count || 1));
  const margin = 8;
  const rows = Math.max(1, Math.ceil(count / perRow));
  const boxes: Box[] = Array.from({ length: count }, (_, i) => ({
    x: margin + (i % perRow) * (w + gap),
    y: margin + Math.floor(i / perRow) * (h + gap),
  }));
  const arrows: string[] = [];
  for (let i = 0; i + 1 < count; i++) {
    const from = boxes[i];
    const to = boxes[i + 1];
    if (from.y === to.y) {
      arrows.push(`M ${from.x + w} ${from.y + h / 2} H ${to.x - 4}`);
    } else {
      const midY = from.y + h + gap / 2;
      arrows.push(`M ${from.x + w / 2} ${from.y + h} V ${midY} H ${to.x + w / 2} V ${to.y - 4}`);
    }
  }
  return { width: 2 * margin + perRow * w + (perRow - 1) * gap, height: 2 * margin + rows * h + (rows - 1) * gap, boxes, arrows };
}

/** Text cut to `max` characters with an ellipsis (SVG text does not wrap). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * `text` in at most `lines` lines of at most `width` characters, broken at spaces (SVG text does
 * not wrap): a party's whole name in its box. What the last line cannot hold, and a word longer
 * than a line, is cut with an ellipsis.
 */
export function wrapText(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let next = 0;
  while (next < words.length && out.length < lines - 1) {
    let line = words[next++];
    while (next < words.length && `${line} ${words[next]}`.length <= width) line += ` ${words[next++]}`;
    out.push(truncate(line, width));
  }
  if (next < words.length) out.push(truncate(words.slice(next).join(' '), width));
  return out;
}

/** The `at` argument for an "as of" date (YYYY-MM-DD): the end of that day, UTC; null for none. */
export function asOfInstant(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const instant = new Date(`${date}T23:59:59.999Z`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
