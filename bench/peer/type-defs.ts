/**
 * The peer's type definitions: what a team would write to put the Neo4j GraphQL Library
 * (@neo4j/graphql 7) over Simpul's own graph, mapping its labels, relationship types and
 * properties as they are stored. Read-only: no mutation is generated (`@mutation(operations: [])`),
 * nor subscriptions. Bench only, never served by Simpul.
 *
 * Two `@cypher` fields, each named in the bench rows that use it: the sentra of a region and of
 * every region below it (Simpul's `Region.sentra`: a variable-length PART_OF walk that
 * `@relationship` cannot express), and horizontal density computed from the raw ties (Simpul
 * stores it on every write; the peer has no write hook, so it computes it on each read).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  extend schema @mutation(operations: [])

  type Region @node(labels: ["Region"]) @query(read: true, aggregate: true) {
    id: ID!
    name: String!
    level: String!
    archivedAt: DateTime
    parent: Region @relationship(type: "PART_OF", direction: OUT)
    children: [Region!]! @relationship(type: "PART_OF", direction: IN)
    sentra: [Sentra!]! @relationship(type: "LOCATED_IN", direction: IN)
    "The first live sentra located in this region or anywhere below it, by name (Simpul's Region.sentra)."
    sentraBelow(first: Int! = 20): [Sentra!]!
      @cypher(
        statement: """
        MATCH (this)<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(s:Sentra)
        WHERE s.archivedAt IS NULL
        WITH DISTINCT s
        ORDER BY s.name, s.id
        LIMIT $first
        RETURN s
        """
        columnName: "s"
      )
    sentraBelowCount: Int!
      @cypher(
        statement: """
        MATCH (this)<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(s:Sentra)
        WHERE s.archivedAt IS NULL
        RETURN count(DISTINCT s) AS n
        """
        columnName: "n"
      )
  }

  type Sentra @node(labels: ["Sentra"]) @query(read: true, aggregate: true) {
    id: ID!
    name: String!
    product: String!
    sector: String!
    archivedAt: DateTime
    region: Region @relationship(type: "LOCATED_IN", direction: OUT)
    members: [Actor!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
    "Ties that belong to this sentra are stored with its id; the peer reaches them from the members."
    horizontalDensity: Float
      @cypher(
        statement: """
        OPTIONAL MATCH (c:Actor)-[p:PARTICIPATES_IN {role: 'CORE'}]->(this)
        WHERE p.archivedAt IS NULL AND c.archivedAt IS NULL
        WITH this, collect(DISTINCT c) AS core
        CALL (this, core) {
          UNWIND core AS a
          MATCH (a)-[l:LINKED {type: 'HORIZONTAL_COOPERATION'}]-(b:Actor)
          WHERE a.id < b.id AND b IN core AND l.archivedAt IS NULL AND (l.sentraId IS NULL OR l.sentraId = this.id)
          RETURN count(DISTINCT [a.id, b.id]) AS pairs
        }
        RETURN CASE WHEN size(core) < 2 THEN null ELSE 2.0 * pairs / (size(core) * (size(core) - 1)) END AS density
        """
        columnName: "density"
      )
  }

  type Actor @node(labels: ["Actor"]) @query(read: true, aggregate: true) {
    id: ID!
    name: String!
    "The name lowered, as Simpul stores it for its text index."
    nameLower: String
    kind: String!
    archivedAt: DateTime
    sentra: [Sentra!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
    "Ties either way: Simpul's linkages are read from both ends."
    linkages: [Actor!]! @relationship(type: "LINKED", direction: OUT, queryDirection: UNDIRECTED, properties: "Linkage")
  }

  type Participation @relationshipProperties {
    role: String!
    since: String
    archivedAt: DateTime
  }

  type Linkage @relationshipProperties {
    id: ID!
    type: String!
    intensity: String
    sentraId: String
    archivedAt: DateTime
  }
`;
