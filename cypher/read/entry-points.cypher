// Entry points in source order; $level and $objective null mean no filter.
MATCH (e:EntryPoint)
WHERE ($level IS NULL OR e.level = $level)
  AND ($objective IS NULL OR e.objectiveNumber = $objective)
RETURN {{> node var=e}} AS properties
ORDER BY e.sourceLine, e.key
