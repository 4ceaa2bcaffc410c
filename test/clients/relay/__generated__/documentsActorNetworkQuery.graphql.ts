/**
 * @generated SignedSource<<8719673204ef329cf943b5bfe99943d9>>
 * @relayHash 255c6a9aa4f20885d64d825e774fcb75
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID a093b07b0888b3dc353560f7fef53b5461caa1f73820b21e96a4ffab579415fd

import { ConcreteRequest } from 'relay-runtime';
export type documentsActorNetworkQuery$variables = Record<PropertyKey, never>;
export type documentsActorNetworkQuery$data = {
  readonly actor: {
    readonly id: string;
    readonly key: string;
    readonly name: string;
    readonly objectives: {
      readonly edges: ReadonlyArray<{
        readonly node: {
          readonly id: string;
          readonly number: number;
        };
      }>;
    };
  } | null | undefined;
  readonly actorNetwork: {
    readonly edges: ReadonlyArray<{
      readonly from: string;
      readonly to: string;
      readonly weight: number;
    }>;
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
      readonly node: {
        readonly id: string;
      };
    }>;
  };
};
export type documentsActorNetworkQuery = {
  response: documentsActorNetworkQuery$data;
  variables: documentsActorNetworkQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "minWeight",
    "value": 5
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "concreteType": "WeightedEdge",
  "kind": "LinkedField",
  "name": "edges",
  "plural": true,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "from",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "to",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "weight",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": [
    {
      "kind": "Literal",
      "name": "key",
      "value": "gfmd"
    }
  ],
  "concreteType": "Actor",
  "kind": "LinkedField",
  "name": "actor",
  "plural": false,
  "selections": [
    (v1/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "key",
      "storageKey": null
    },
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": [
        {
          "kind": "Literal",
          "name": "first",
          "value": 3
        }
      ],
      "concreteType": "ActorObjectiveConnection",
      "kind": "LinkedField",
      "name": "objectives",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "ActorObjectiveEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Objective",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                (v1/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "number",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": "objectives(first:3)"
    }
  ],
  "storageKey": "actor(key:\"gfmd\")"
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "documentsActorNetworkQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ActorNetwork",
        "kind": "LinkedField",
        "name": "actorNetwork",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "SubgraphNode",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v3/*:: as any*/)
        ],
        "storageKey": "actorNetwork(minWeight:5)"
      },
      (v4/*:: as any*/)
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "documentsActorNetworkQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ActorNetwork",
        "kind": "LinkedField",
        "name": "actorNetwork",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "SubgraphNode",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "__typename",
                    "storageKey": null
                  },
                  (v1/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v3/*:: as any*/)
        ],
        "storageKey": "actorNetwork(minWeight:5)"
      },
      (v4/*:: as any*/)
    ]
  },
  "params": {
    "cacheID": "255c6a9aa4f20885d64d825e774fcb75",
    "id": "a093b07b0888b3dc353560f7fef53b5461caa1f73820b21e96a4ffab579415fd",
    "metadata": {},
    "name": "documentsActorNetworkQuery",
    "operationKind": "query",
    "text": "query documentsActorNetworkQuery {\n  actorNetwork(minWeight: 5) {\n    nodes {\n      id\n      name\n      node {\n        __typename\n        id\n      }\n    }\n    edges {\n      from\n      to\n      weight\n    }\n  }\n  actor(key: \"gfmd\") {\n    id\n    key\n    name\n    objectives(first: 3) {\n      edges {\n        node {\n          id\n          number\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "6044abf7cf3371d7c2ab1c993aada168";

export default node;
