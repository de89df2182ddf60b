import fs from "node:fs";
import path from "node:path";

/**
 * GraphiQL for people, served entirely from npm packages so it works with no internet access
 * (Apollo's default landing page loads its code from a CDN).
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "/ide/react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "/ide/react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "/ide/graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "/ide/graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

const DEFAULT_QUERY = `# Simpul: press the run button to see which Neo4j answers.
query {
  serverInfo {
    version
    neo4j { version edition database }
  }
}
`;

/**
 * The page holds no inline code, so its CSP (IDE_PAGE_CSP) allows scripts and styles from this
 * origin only: the start script and the page's style are served as /ide/ files like GraphiQL.
 */
export function idePage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Simpul GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <link rel="stylesheet" href="/ide/page.css" />
</head>
<body>
  <div id="graphiql" data-graphql-path="${escapeAttribute(graphqlPath)}">Loading GraphiQL…</div>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script src="/ide/start.js"></script>
</body>
</html>`;
}

const PAGE_CSS = "body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }\n";

const START_SCRIPT = `const root = document.getElementById("graphiql");
const fetcher = GraphiQL.createFetcher({ url: root.dataset.graphqlPath });
// "Show the query" in /explore opens this page with ?query=...&variables=... filled in.
const asked = new URLSearchParams(location.search);
ReactDOM.createRoot(root).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    query: asked.get("query") || undefined,
    variables: asked.get("variables") || undefined,
  })
);
`;

/** The page's own files, written here rather than inline so the CSP needs no hash or unsafe-inline. */
const OWN_ASSETS: Record<string, IdeAsset> = {
  "/ide/page.css": { body: Buffer.from(PAGE_CSS), type: "text/css" },
  "/ide/start.js": { body: Buffer.from(START_SCRIPT), type: "text/javascript" },
};

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export interface IdeAsset {
  body: Buffer;
  type: string;
}

/** The bundled file behind an /ide/ path, or undefined. */
export function ideAsset(urlPath: string): IdeAsset | undefined {
  if (urlPath in OWN_ASSETS) return OWN_ASSETS[urlPath];
  const asset = ASSETS[urlPath];
  if (!asset) return undefined;
  // The UMD files are not in the packages' "exports", so resolve the package folder instead.
  const packageDir = path.dirname(require.resolve(`${asset.pkg}/package.json`));
  return { body: fs.readFileSync(path.join(packageDir, asset.file)), type: asset.type };
}

/** What a browser opening / or /graphql sees when the IDE is off: where the API is, and that the IDE is off. */
export function ideOffPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Simpul GraphQL API</title>
</head>
<body>
  <h1>Simpul GraphQL API</h1>
  <p>The API answers GraphQL at <code>${graphqlPath}</code>: POST a JSON body <code>{"query": "..."}</code> with <code>Content-Type: application/json</code>.</p>
  <p>The in-browser IDE is off on this server.</p>
</body>
</html>`;
}
