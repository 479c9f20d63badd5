// Source ids that look like an unknown one (for BAD_USER_INPUT suggestions): those containing its
// longest word, shortest first.
// Parameters: $word (lower-case word of at least 3 characters), $limit.
// Columns: id.
MATCH (s:Source)
WHERE s.id CONTAINS $word
RETURN s.id AS id
ORDER BY size(s.id), s.id
LIMIT toInteger($limit)
