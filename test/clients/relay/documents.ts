// The operations of the relay-runtime test, as a Relay front-end writes them; relay-compiler turns each
// into an artifact in __generated__/ and lists it in persisted-queries.json (see relay.config.json).
import { graphql } from 'relay-runtime';

export const neighbourhood = graphql`
  query documentsNeighbourhoodQuery($id: ID!, $hops: Int) {
    neighbourhood(id: $id, hops: $hops) {
      truncated
      nodes { id label name node { id ... on Actor { key name category } ... on Objective { number shortTitle } } }
      edges { type from to }
    }
  }
`;

export const actorNetwork = graphql`
  query documentsActorNetworkQuery {
    actorNetwork(minWeight: 5) { nodes { id name node { id } } edges { from to weight } }
    actor(key: "gfmd") { id key name objectives(first: 3) { edges { node { id number } } } }
  }
`;
