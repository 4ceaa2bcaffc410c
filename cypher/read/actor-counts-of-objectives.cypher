// For each objective number, how many actors it is linked to (its LINKED_TO relationships, which only
// actors have): what `objective { actors { totalCount } }` reads, without sending the links.
UNWIND $objectiveNumbers AS objectiveNumber
MATCH (o:Objective {key: toString(objectiveNumber)})
RETURN objectiveNumber, COUNT { (o)<-[:LINKED_TO]-() } AS count
