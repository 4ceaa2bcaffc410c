// Actors are listed by name (read/actors.cypher): with this index a page of them is read in index order
// and stops at the page's end, instead of sorting every actor for each page.
CREATE RANGE INDEX actor_name IF NOT EXISTS
FOR (n:Actor)
ON (n.name)
