import { graphqlRequest, GraphQLRequestError } from './graphql-client.js';
import { drawSupportPath } from './path-drawing.js';
import { asOfInstant, SupportPath } from './path-model.js';

/**
 * The support-path explorer: search a customer, pick one of its subscriptions and an issue type
 * (the partner's or the customer's view, and an "as of" date), and see the path drawn. It talks only to the service's /graphql, with
 * the Bearer token when authentication is on. The choice lives in the URL's #fragment, so a
 * drawn path can be linked to.
 */

interface ExplorerConfig {
  endpoint: string;
  authRequired: boolean;
  ide: boolean;
  tokenPlaceholder: string;
  /** Every operation the explorer sends (src/http/explorer-operations.ts, which the warm-up runs too). */
  operations: { SEARCH_CUSTOMERS: string; CUSTOMER_SUBSCRIPTIONS: string; MATRIX_ISSUE_TYPES: string; SUPPORT_PATH: string };
}

interface Subscription {
  id: string;
  salesModel: string;
  startedAt: string;
  endedAt: string | null;
  offer: { id: string; name: string; publisher: { id: string; name: string; isMicrosoft: boolean } };
  partnerOfRecord: { id: string; name: string };
  indirectProvider: { id: string; name: string } | null;
}

interface Customer {
  id: string;
  name: string;
  subscriptions: Subscription[];
}

const config = JSON.parse(document.getElementById('explorer-config')!.textContent!) as ExplorerConfig;
const { SEARCH_CUSTOMERS, CUSTOMER_SUBSCRIPTIONS, MATRIX_ISSUE_TYPES, SUPPORT_PATH } = config.operations;
const TOKEN_KEY = 'csp-support-graph.token';

let customer: Customer | null = null;
const issueTypesByCategory = new Map<string, string[]>();
let drawCount = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// The page: built here so that the HTML the service sends stays a shell.
const tokenInput = element('input', { id: 'token', type: 'password', autocomplete: 'off', placeholder: config.tokenPlaceholder, size: '48' });
const searchInput = element('input', { id: 'customer-search', type: 'search', placeholder: 'Search a customer by name, e.g. Wide World', required: '' });
const searchResults = element('ul', { id: 'search-results', class: 'search-results' });
const customerName = element('h2', { id: 'customer-name' });
const subscriptionSelect = element('select', { id: 'subscription' });
const issueSelect = element('select', { id: 'issue-type' });
const asOfInput = element('input', { id: 'as-of', type: 'date' });
// Whose view: the contacts a partner's agent may use, or those the customer may (the `audience` argument).
const audienceBox = element(
  'fieldset',
  { id: 'audience', class: 'audience' },
  element('legend', {}, 'View'),
  element('label', {}, element('input', { type: 'radio', name: 'audience', value: 'PARTNERS', checked: '' }), " Partner's"),
  element('label', {}, element('input', { type: 'radio', name: 'audience', value: 'CUSTOMERS' }), " Customer's"),
);
const choice = element(
  'section',
  { id: 'choice', class: 'choice', hidden: '' },
  customerName,
  element('label', {}, 'Subscription ', subscriptionSelect),
  element('label', {}, 'Issue type ', issueSelect),
  element('label', { title: 'The path as it was at the end of that day (UTC); empty: now' }, 'As of ', asOfInput),
  audienceBox,
);
const status = element('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
const pathView = element('section', { id: 'path', class: 'path', 'data-testid': 'path' });

const root = document.getElementById('explorer')!;
root.replaceChildren(
  element(
    'header',
    {},
    element('h1', {}, 'Who supports this customer?'),
    ...(config.ide ? [element('a', { href: '/graphql', class: 'ide-link' }, 'GraphQL IDE')] : []),
  ),
  ...(config.authRequired ? [element('p', { class: 'token-row' }, element('label', { for: 'token' }, 'Bearer token '), tokenInput)] : []),
  element('form', { id: 'search-form', class: 'search', role: 'search' }, searchInput, element('button', { type: 'submit' }, 'Search')),
  searchResults,
  choice,
  status,
  pathView,
);

const token = () => tokenInput.value.trim().replace(/^Bearer\s+/i, '') || undefined;
tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
tokenInput.addEventListener('change', () => {
  sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  void start();
});

const ask = <T>(query: string, variables: Record<string, unknown> = {}) => graphqlRequest<T>(config.endpoint, query, variables, token());

function showStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = `status ${kind}`;
}

function showError(error: unknown): void {
  if (error instanceof GraphQLRequestError) {
    showStatus(`${error.message}${error.code ? ` (${error.code})` : ''}${error.requestId ? ` — request ${error.requestId}` : ''}`, 'error');
  } else {
    showStatus(error instanceof Error ? error.message : String(error), 'error');
  }
}

const categoryOf = (s: Subscription) => (s.offer.publisher.isMicrosoft ? 'FIRST_PARTY' : 'THIRD_PARTY');
const selectedSubscription = () => customer?.subscriptions.find((s) => s.id === subscriptionSelect.value);
const selectedAudience = () => (audienceBox.querySelector('input:checked') as HTMLInputElement | null)?.value ?? 'PARTNERS';

/** Reads the issue types of the support matrix; false (the error on screen) when the service refused. */
async function loadMatrix(): Promise<boolean> {
  try {
    const data = await ask<{ supportMatrix: Array<{ offerCategory: string; issueType: string }> }>(MATRIX_ISSUE_TYPES);
    issueTypesByCategory.clear();
    for (const rule of data.supportMatrix) issueTypesByCategory.set(rule.offerCategory, [...(issueTypesByCategory.get(rule.offerCategory) ?? []), rule.issueType]);
    fillIssueTypes();
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

function fillIssueTypes(preferred?: string): void {
  const subscription = selectedSubscription();
  const types = subscription ? issueTypesByCategory.get(categoryOf(subscription)) ?? [] : [];
  const keep = preferred ?? issueSelect.value;
  issueSelect.replaceChildren(...types.map((t) => element('option', { value: t }, t)));
  if (types.includes(keep)) issueSelect.value = keep;
}

async function search(text: string): Promise<void> {
  showStatus('Searching…');
  try {
    const data = await ask<{ search: Array<{ node: { __typename: string; id?: string; name?: string } }> }>(SEARCH_CUSTOMERS, { text });
    const customers = data.search.map((hit) => hit.node).filter((n) => n.__typename === 'Customer' && n.id && n.name);
    searchResults.replaceChildren(
      ...customers.map((c) => {
        const button = element('button', { type: 'button', class: 'customer-hit', 'data-customer-id': c.id! }, c.name!);
        button.addEventListener('click', () => void chooseCustomer(c.id!));
        return element('li', {}, button);
      }),
    );
    showStatus(customers.length ? `${customers.length} customer${customers.length === 1 ? '' : 's'} found: pick one.` : `No customer matches "${text}".`);
  } catch (error) {
    showError(error);
  }
}

async function chooseCustomer(id: string, wanted: { subscription?: string; issue?: string } = {}): Promise<void> {
  showStatus('Loading the customer…');
  try {
    const data = await ask<{ customer: Customer | null }>(CUSTOMER_SUBSCRIPTIONS, { id });
    if (!data.customer) return showStatus(`No customer with id "${id}".`, 'error');
    customer = data.customer;
    customerName.textContent = customer.name;
    subscriptionSelect.replaceChildren(
      ...customer.subscriptions.map((s) =>
        element(
          'option',
          { value: s.id },
          `${s.offer.name} (${s.offer.publisher.name}) · sold by ${s.partnerOfRecord.name}${s.indirectProvider ? ` via ${s.indirectProvider.name}` : ''}${s.endedAt ? ' · ended' : ''} · ${s.id}`,
        ),
      ),
    );
    if (wanted.subscription && customer.subscriptions.some((s) => s.id === wanted.subscription)) subscriptionSelect.value = wanted.subscription;
    choice.hidden = false;
    fillIssueTypes(wanted.issue);
    if (!customer.subscriptions.length) return showStatus(`${customer.name} has no subscription.`);
    await draw();
  } catch (error) {
    showError(error);
  }
}

async function draw(): Promise<void> {
  const subscription = selectedSubscription();
  if (!customer || !subscription || !issueSelect.value) return;
  const at = asOfInstant(asOfInput.value);
  const variables: Record<string, unknown> = {
    customerId: customer.id,
    offerId: subscription.offer.id,
    subscriptionId: subscription.id,
    issueType: issueSelect.value,
    at,
    audience: selectedAudience(),
  };
  saveChoice();
  const mine = ++drawCount;
  showStatus('Finding who supports it…');
  try {
    const data = await ask<{ supportPath: SupportPath }>(SUPPORT_PATH, variables);
    if (mine !== drawCount) return;
    drawSupportPath(pathView, data.supportPath);
    showStatus(`As of ${at ? asOfInput.value : 'now'}.`);
  } catch (error) {
    if (mine !== drawCount) return;
    pathView.replaceChildren();
    showError(error);
  }
}

function saveChoice(): void {
  const params = new URLSearchParams();
  if (customer) params.set('customer', customer.id);
  if (subscriptionSelect.value) params.set('subscription', subscriptionSelect.value);
  if (issueSelect.value) params.set('issue', issueSelect.value);
  if (asOfInput.value) params.set('at', asOfInput.value);
  params.set('audience', selectedAudience());
  history.replaceState(null, '', `#${params}`);
}

document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  if (searchInput.value.trim()) void search(searchInput.value.trim());
});
subscriptionSelect.addEventListener('change', () => {
  fillIssueTypes();
  void draw();
});
issueSelect.addEventListener('change', () => void draw());
asOfInput.addEventListener('change', () => void draw());
audienceBox.addEventListener('change', () => void draw());

/**
 * Loads the matrix, then draws what the URL's fragment names (a linked path). When the service
 * refuses (no token yet where one is needed) its answer stays on screen; a new token starts again.
 */
async function start(): Promise<void> {
  if (!(await loadMatrix())) return;
  const params = new URLSearchParams(location.hash.slice(1));
  const audience = params.get('audience');
  if (audience) audienceBox.querySelectorAll('input').forEach((input) => (input.checked = input.value === audience));
  if (params.get('at')) asOfInput.value = params.get('at')!;
  const customerId = params.get('customer');
  if (customerId) await chooseCustomer(customerId, { subscription: params.get('subscription') ?? undefined, issue: params.get('issue') ?? undefined });
  else showStatus('Search a customer to begin.');
}

void start();
