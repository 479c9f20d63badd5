// Effective control, kept in the graph: removes every control period before a full recomputation
// (the seed loader), so no period outlives the site or company it was computed for.
// Parameters: none. Columns: removed.
MATCH (period:ControlPeriod)
DETACH DELETE period
RETURN count(period) AS removed
