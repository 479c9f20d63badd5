// REE Graph schema: constraints and indexes. Applied by `npm start`, `npm run seed` and the tests;
// every statement is idempotent (IF NOT EXISTS), so running the file again changes nothing.
//
// The model (one line per label; relationship types after it):
//   (:Element)        a chemical element: the 17 rare earths and co-products flagged isRareEarth=false.
//   (:Country)        ISO 3166 country or territory, or the EU (kind UNION); id = ISO alpha-2.
//   (:Statistic)      a USGS Mineral Commodity Summaries figure: mine production or reserves, per year and edition.
//   (:Deposit)        a rare-earth deposit or mine, with status, resource, location (point) and contents.
//   (:Facility)       a processing plant: mining/concentration, cracking/leaching, separation, metal/alloy, magnet, recycling.
//   (:Company)        a company, state agency, government, armed group or research body.
//   (:Person)         a person the sources name (e.g. the source article's experts).
//   (:TradeDependence) an importer's dependence on a supplier for a product in a year (share, basis, metric).
//   (:Agreement)      an offtake, JV, equity, financing, licence, framework, price floor... with status and dates.
//   (:ExportControl)  a dated export measure (quota, licensing, ban, suspension) of a state, per element.
//   (:Claim)          a statement from a source (notably the 2020 source article) with a verdict and correction.
//   (:MarketShare)    a published share (%) of one country in one stage (mining, separation, metal, magnets…).
//   (:Quantity)       tonnes per year a site makes or can make of one element (or a combined figure), for a stage
//                     and years: low–high, unit (t of oxide, REO basis, e.g. Tb4O7; metal; product), basis, confidence.
//   (:RatioShare)     one element's share (low–high %) of a combined figure, for one ratio band (id band/element).
//   (:Milestone)      a dated statement of when a site starts (expected) or started (actual) a step.
//   (:Offtake)        tonnes per year (or a share of a site's output) an agreement gives a buyer, with years.
//   (:ElementVolume)  a country's or the world's demand, consumption, output or quota of an element in a year.
//   (:ControlPeriod)  effective control of a site or company between two dates, computed from the stakes
//                     (src/domain/control.ts) by the seed loader and every write; never edited by hand.
//   (:Source)         a publication a fact comes from: title, publisher, class, URL (the publisher's page), dates.
//   (:AuditEntry)     one write through the API or the import: who, when, what changed, on which sources.
// Every node but :Source also has the :Entity label (one id space) and a sourceIds list.
//
// Relationships:
//   (Deposit|Facility)-[:LOCATED_IN]->(Country)          (Company)-[:HEADQUARTERED_IN]->(Country)
//   (Country)-[:HAS_STATISTIC]->(Statistic)               (Deposit)-[:CONTAINS {role, content, sharePct}]->(Element)
//   (Facility)-[:PROCESSES {role, product, capacityTonnesPerYear, status}]->(Element)
//   (Company)-[:OWNS {stakePct, basis, asOf, until, status}]->(Company|Deposit|Facility)
//   (Company)-[:OPERATES {since, until}]->(Deposit|Facility)
//   (Deposit|Facility)-[:SUPPLIES {product, since, until, status}]->(Facility|Company)
//   (Country)-[:IMPORT_DEPENDENCE]->(TradeDependence)-[:SUPPLIED_BY]->(Country); (TradeDependence)-[:COVERS]->(Element)
//   (Company|Country)-[:PARTY_TO {role}]->(Agreement)-[:COVERS]->(Element|Deposit|Facility)
//   (Country)-[:IMPOSES]->(ExportControl)-[:CONTROLS]->(Element); (ExportControl)-[:TARGETS]->(Country)
//   (ExportControl)-[:SUSPENDS|AMENDS|REPLACES|LIFTS]->(ExportControl)
//   (Claim)-[:ABOUT]->(Entity)                            (Person)-[:AFFILIATED_WITH]->(Company)
//   (Country)-[:HAS_MARKET_SHARE]->(MarketShare)
//   (Deposit|Facility)-[:HAS_QUANTITY]->(Quantity)      (Deposit|Facility)-[:HAS_MILESTONE]->(Milestone)
//   (Agreement)-[:HAS_OFFTAKE]->(Offtake)-[:BOUGHT_BY]->(Company|Country); (Offtake)-[:FROM_SITE]->(Deposit|Facility)
//   (Country)-[:HAS_VOLUME]->(ElementVolume)
//   (Quantity|Offtake|ElementVolume|Milestone)-[:OF_ELEMENT]->(Element)
//   (Quantity|Offtake|ElementVolume)-[:SPLIT_BY]->(RatioShare)-[:SHARE_OF]->(Element)
//   (Deposit|Facility|Company)-[:HAS_CONTROL]->(ControlPeriod)-[:CONTROLLED_FROM {pct}]->(Country)
//   (Entity)-[:CITES]->(Source)   (every relationship also carries sourceIds)

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deposit_id IF NOT EXISTS FOR (n:Deposit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_dependence_id IF NOT EXISTS FOR (n:TradeDependence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT export_control_id IF NOT EXISTS FOR (n:ExportControl) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT market_share_id IF NOT EXISTS FOR (n:MarketShare) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quantity_id IF NOT EXISTS FOR (n:Quantity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ratio_share_id IF NOT EXISTS FOR (n:RatioShare) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offtake_id IF NOT EXISTS FOR (n:Offtake) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_volume_id IF NOT EXISTS FOR (n:ElementVolume) REQUIRE n.id IS UNIQUE;

// The audit log of API writes (not :Entity: it is about the graph, not part of the model).
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entity IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityId);
CREATE INDEX audit_target IF NOT EXISTS FOR (n:AuditEntry) ON (n.targetId);
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);

// One (:GraphVersion {id: 'graph'}), bumped by every write transaction (cypher/writes/graph-version):
// bookkeeping for the service instances, left out of checksums, counts and exports.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// Lookups by alternative identifiers.
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX element_name IF NOT EXISTS FOR (n:Element) ON (n.name);
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);

// What list filters and analytics anchor on.
CREATE INDEX deposit_status IF NOT EXISTS FOR (n:Deposit) ON (n.status);
CREATE INDEX deposit_type IF NOT EXISTS FOR (n:Deposit) ON (n.depositType);
CREATE INDEX deposit_heavy IF NOT EXISTS FOR (n:Deposit) ON (n.heavyRareEarthNotable);
CREATE INDEX deposit_name IF NOT EXISTS FOR (n:Deposit) ON (n.name);
CREATE POINT INDEX deposit_location IF NOT EXISTS FOR (n:Deposit) ON (n.location);
CREATE INDEX facility_status IF NOT EXISTS FOR (n:Facility) ON (n.status);
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE POINT INDEX facility_location IF NOT EXISTS FOR (n:Facility) ON (n.location);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_ownership IF NOT EXISTS FOR (n:Company) ON (n.ownershipType);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX export_control_effective IF NOT EXISTS FOR (n:ExportControl) ON (n.effective);
CREATE INDEX statistic_measure_year IF NOT EXISTS FOR (n:Statistic) ON (n.measure, n.year);
CREATE INDEX trade_dependence_year IF NOT EXISTS FOR (n:TradeDependence) ON (n.year);
CREATE INDEX owns_status IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.status);
CREATE INDEX quantity_stage IF NOT EXISTS FOR (n:Quantity) ON (n.stage);
CREATE INDEX element_volume_measure_year IF NOT EXISTS FOR (n:ElementVolume) ON (n.measure, n.year);

// Search over names and aliases of every named entity (typo-tolerant with ~ in the query).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Element|Country|Deposit|Facility|Company|Person|Agreement|ExportControl)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
