import type { Targets } from "../targets";
import type { GraphqlRequest } from "../trace";

/**
 * The rows Simpul and the peer share: for each, Simpul's request (by its name in
 * bench/requests.ts) and the peer's document and variables built from the same targets, variant
 * for variant, or why the peer cannot answer it. `agree` compares the two answers of one variant
 * (the `data` of each) and names every difference; the bench refuses to compare rows that differ.
 */
export interface PeerRow {
  /** The name of Simpul's request in HOT_REQUESTS. */
  name: string;
  /** How the peer answers, in a few words for the table (a `@cypher` field is said so). */
  how: string;
  /** The peer's variants, in the order of Simpul's; absent when the peer cannot answer. */
  variants?(targets: Targets): GraphqlRequest[];
  agree?(simpul: unknown, peer: unknown): string[];
}

// Live only, as Simpul reads: an archived participation, tie or actor is history, not network.
const LIVE_EDGE_AND_NODE = `{ edge: { archivedAt: { eq: null } }, node: { archivedAt: { eq: null } } }`;
// Simpul's orders (src/repositories): members by role, name, id; linkages by type, then the
// partner's name (Simpul puts direction between them, which the peer cannot sort by), then id.
const MEMBER_ORDER = `[{ edge: { role: ASC } }, { node: { name: ASC } }, { node: { id: ASC } }]`;
const LINKAGE_ORDER = `[{ edge: { type: ASC } }, { node: { name: ASC } }, { edge: { id: ASC } }]`;

const perSentra =
  (query: string, extra: (id: string) => Record<string, unknown> = () => ({})) =>
  (targets: Targets) =>
    targets.sentraIds.map((id) => ({ query, variables: { id, ...extra(id) } }));

type Page<T> = { totalCount: number; edges: T[] };
type Named = { id: string; name: string; kind: string };

/** Differences between two lists of ids, in order, named by `what`. */
function sameIds(what: string, simpul: readonly string[], peer: readonly string[]): string[] {
  return simpul.join("\n") === peer.join("\n")
    ? []
    : [`${what}: Simpul [${simpul.slice(0, 5).join(", ")}…] (${simpul.length}), peer [${peer.slice(0, 5).join(", ")}…] (${peer.length})`];
}
const sameCount = (what: string, simpul: number, peer: number) => (simpul === peer ? [] : [`${what}: Simpul ${simpul}, peer ${peer}`]);
const sorted = (ids: readonly string[]) => [...ids].sort();

type SimpulMembers = Page<{ role: string; node: Named & { linkages: Page<{ node: { partner: Named } }> } }>;
type PeerMembers = Page<{ properties: { role: string }; node: Named & { linkagesConnection: Page<{ node: Named }> } }>;

/** Members page by page, and each member's linkages: the counts, and the partners when a page holds them all. */
function sameMembers(where: string, simpul: SimpulMembers, peer: PeerMembers): string[] {
  const differences = [
    ...sameCount(`${where} members`, simpul.totalCount, peer.totalCount),
    ...sameIds(
      `${where} member page`,
      simpul.edges.map((e) => `${e.role} ${e.node.id}`),
      peer.edges.map((e) => `${e.properties.role} ${e.node.id}`),
    ),
  ];
  simpul.edges.forEach((edge, i) => {
    const theirs = peer.edges[i]?.node.linkagesConnection;
    const ours = edge.node.linkages;
    if (!theirs || !ours) return;
    differences.push(...sameCount(`${where} ${edge.node.id} linkages`, ours.totalCount, theirs.totalCount));
    // Only a whole list can be compared: a partial page may cut ties in a different place (direction).
    if (ours.totalCount <= ours.edges.length)
      differences.push(
        ...sameIds(`${where} ${edge.node.id} partners`, sorted(ours.edges.map((e) => e.node.partner.id)), sorted(theirs.edges.map((e) => e.node.id))),
      );
  });
  return differences;
}

export const PEER_ROWS: PeerRow[] = [
  {
    name: "sentra with members and linkages",
    how: "nested connections, edge properties",
    variants: perSentra(`query ($id: ID!) { sentras(where: { id: { eq: $id } }) { name product
      membersConnection(first: 50, where: ${LIVE_EDGE_AND_NODE}, sort: ${MEMBER_ORDER}) { totalCount edges { properties { role } node { id name kind
        linkagesConnection(first: 20, where: ${LIVE_EDGE_AND_NODE}, sort: ${LINKAGE_ORDER}) { totalCount
          edges { properties { type intensity } node { id name kind } } } } } } } }`),
    agree(simpul, peer) {
      const ours = (simpul as { sentra: { members: SimpulMembers } }).sentra.members;
      const theirs = (peer as { sentras: Array<{ membersConnection: PeerMembers }> }).sentras[0].membersConnection;
      return sameMembers("sentra", ours, theirs);
    },
  },
  {
    name: "a region's sentra with their members (two levels down)",
    how: "`@cypher` field for the sentra below the region (PART_OF*), nested connection",
    variants: (targets) =>
      targets.provinceIds.map((id) => ({
        query: `query ($id: ID!) { regions(where: { id: { eq: $id } }) { name sentraBelowCount sentraBelow(first: 20) { id name
          membersConnection(first: 20, where: ${LIVE_EDGE_AND_NODE}, sort: ${MEMBER_ORDER}) { totalCount edges { properties { role } node { id name kind } } } } } }`,
        variables: { id },
      })),
    agree(simpul, peer) {
      type Ours = Page<{ node: { id: string; members: Page<{ role: string; node: Named }> } }>;
      type Theirs = { sentraBelowCount: number; sentraBelow: Array<{ id: string; membersConnection: Page<{ properties: { role: string }; node: Named }> }> };
      const ours = (simpul as { region: { sentra: Ours } }).region.sentra;
      const theirs = (peer as { regions: Theirs[] }).regions[0];
      const differences = [
        ...sameCount("sentra below the region", ours.totalCount, theirs.sentraBelowCount),
        ...sameIds(
          "sentra page",
          ours.edges.map((e) => e.node.id),
          theirs.sentraBelow.map((s) => s.id),
        ),
      ];
      ours.edges.forEach((edge, i) => {
        const members = theirs.sentraBelow[i]?.membersConnection;
        if (!members) return;
        differences.push(...sameCount(`${edge.node.id} members`, edge.node.members.totalCount, members.totalCount));
        differences.push(
          ...sameIds(
            `${edge.node.id} member page`,
            edge.node.members.edges.map((e) => `${e.role} ${e.node.id}`),
            members.edges.map((e) => `${e.properties.role} ${e.node.id}`),
          ),
        );
      });
      return differences;
    },
  },
  {
    name: "name search (actors nameContains)",
    how: "root connection, `contains` on the stored lowered name",
    variants: (targets) =>
      targets.nameFragments.map((text) => ({
        query: `query ($text: String!) { actorsConnection(first: 20, where: { nameLower: { contains: $text }, archivedAt: { eq: null } }, sort: [{ name: ASC }, { id: ASC }]) {
          totalCount edges { node { id name kind } } } }`,
        variables: { text: text.toLowerCase() },
      })),
    agree(simpul, peer) {
      const ours = (simpul as { actors: Page<{ node: Named }> }).actors;
      const theirs = (peer as { actorsConnection: Page<{ node: Named }> }).actorsConnection;
      return [
        ...sameCount("matches", ours.totalCount, theirs.totalCount),
        ...sameIds(
          "page",
          ours.edges.map((e) => e.node.id),
          theirs.edges.map((e) => e.node.id),
        ),
      ];
    },
  },
  {
    name: "network to draw (depth 1)",
    how: "participants with role and their ties of the sentra or of none, nested connections; no depth walk, cap, stage or flags (left to the client)",
    variants: perSentra(
      `query ($id: ID!, $sentraId: String!) { sentras(where: { id: { eq: $id } }) { membersConnection(where: ${LIVE_EDGE_AND_NODE}) { edges { properties { role } node { id name kind
        linkagesConnection(where: { edge: { archivedAt: { eq: null }, OR: [{ sentraId: { eq: $sentraId } }, { sentraId: { eq: null } }] }, node: { archivedAt: { eq: null } } }) {
          edges { properties { id type intensity } node { id name kind } } } } } } } }`,
      (id) => ({ sentraId: id }),
    ),
    agree(simpul, peer) {
      // What Simpul draws must be in what the peer returns: every node, and every tie with a participant at one end.
      type Drawn = { nodes: Array<{ id: string; roles: string[] }>; edges: Array<{ fromId: string; toId: string; type: string }> };
      type Theirs = { edges: Array<{ node: { id: string; linkagesConnection: { edges: Array<{ properties: { type: string }; node: { id: string } }> } } }> };
      const drawn = (simpul as { sentra: { network: Drawn } }).sentra.network;
      const theirs = (peer as { sentras: Array<{ membersConnection: Theirs }> }).sentras[0].membersConnection;
      const nodes = new Set<string>();
      const ties = new Set<string>();
      for (const { node } of theirs.edges) {
        nodes.add(node.id);
        for (const tie of node.linkagesConnection.edges) {
          nodes.add(tie.node.id);
          ties.add([node.id, tie.node.id].sort().join(" ") + ` ${tie.properties.type}`);
        }
      }
      const participants = new Set(drawn.nodes.filter((n) => n.roles.length > 0).map((n) => n.id));
      const missingNodes = drawn.nodes.filter((n) => !nodes.has(n.id)).map((n) => n.id);
      const missingTies = drawn.edges
        .filter((e) => participants.has(e.fromId) || participants.has(e.toId))
        .map((e) => [e.fromId, e.toId].sort().join(" ") + ` ${e.type}`)
        .filter((key) => !ties.has(key));
      return [
        ...(missingNodes.length ? [`nodes Simpul draws that the peer lacks: ${missingNodes.slice(0, 5).join(", ")} (${missingNodes.length})`] : []),
        ...(missingTies.length ? [`ties Simpul draws that the peer lacks: ${missingTies.slice(0, 5).join(", ")} (${missingTies.length})`] : []),
      ];
    },
  },
  {
    name: "value-chain completeness",
    how: "cannot: completeness places every actor in value-chain stages by its role, the ties it provides, forum seats and agreements (Simpul's domain rules); no generated query or aggregation expresses it",
  },
  {
    name: "density",
    how: "`@cypher` field computing horizontal density from the ties on every read (Simpul reads it stored)",
    variants: perSentra(`query ($id: ID!) { sentras(where: { id: { eq: $id } }) { horizontalDensity } }`),
    agree(simpul, peer) {
      const ours = (simpul as { sentraAnalysis: { cooperation: { horizontal: { metrics: { density: number | null } } } } }).sentraAnalysis.cooperation
        .horizontal.metrics.density;
      const theirs = (peer as { sentras: Array<{ horizontalDensity: number | null }> }).sentras[0].horizontalDensity;
      const same = ours === null || theirs === null ? ours === theirs : Math.abs(ours - theirs) < 1e-9;
      return same ? [] : [`horizontal density: Simpul ${ours}, peer ${theirs}`];
    },
  },
];
