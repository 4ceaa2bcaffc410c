// The whole list of relation {{relation}} of node n, as column {{relation}}, when $relations names it.
CASE WHEN '{{relation}}' IN $relations THEN COLLECT {
  {{> related-of-node}}
  RETURN {{> node var=m}}
} END AS {{relation}}
