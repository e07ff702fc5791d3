/**
 * Starts GraphiQL 3 (its prebuilt bundle and React 18, loaded by the page from this service) with
 * the configuration the service wrote into the page: the endpoint, the example tabs and, when
 * authentication is on, an Authorization header to fill in.
 */
interface IdeConfig {
  endpoint: string;
  authRequired: boolean;
  tabs: Array<{ query: string; variables: string; headers?: string }>;
}

interface GraphiQLGlobal {
  createFetcher(options: { url: string }): unknown;
}

declare const React: { createElement(type: unknown, props: Record<string, unknown>): unknown };
declare const ReactDOM: { createRoot(element: Element): { render(node: unknown): void } };
declare const GraphiQL: GraphiQLGlobal;

const config = JSON.parse(document.getElementById('ide-config')!.textContent!) as IdeConfig;
// GraphiQL 3 fills the first tab's editors from `defaultTabs` except its variables: on a first
// visit (no tabs kept in this browser yet) they are passed explicitly. Later visits keep the tabs.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;
const root = ReactDOM.createRoot(document.getElementById('graphiql')!);
root.render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    defaultTabs: config.tabs,
    ...(firstVisit && config.tabs[0] ? { variables: config.tabs[0].variables } : {}),
    defaultHeaders: config.tabs[0]?.headers,
    // With authentication on, the headers editor opens first: the token goes there.
    defaultEditorToolsVisibility: config.authRequired ? 'headers' : 'variables',
    isHeadersEditorEnabled: true,
    // A token is a secret: it is not kept in the browser's storage between visits.
    shouldPersistHeaders: false,
    visiblePlugin: 'Documentation Explorer',
  }),
);

export {};
