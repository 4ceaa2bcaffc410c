/**
 * @generated SignedSource<<2f64de0affe40ed1cd5ea5dfcad99788>>
 * @relayHash cc94ea41fd9f76232cf0df8b84ca1dc4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 849db95919d9e77b48ec1b1f68955f3c66d347f14ef2ee0e74349795f3ee33de

import { ConcreteRequest } from 'relay-runtime';
export type ActorCategory = "FINANCIAL_INSTITUTION" | "IGO" | "ISCM" | "NON_STATE" | "UN_SYSTEM" | "%future added value";
export type RelationshipType = "APPEARS_IN" | "ENGAGES" | "FILED_UNDER" | "FOR_OBJECTIVE" | "IN_OBJECTIVE" | "MENTIONS" | "NAMES" | "QUOTES" | "REFERS_TO" | "SUMMARY_LISTS" | "%future added value";
export type documentsNeighbourhoodQuery$variables = {
  hops?: number | null | undefined;
  id: string;
};
export type documentsNeighbourhoodQuery$data = {
  readonly neighbourhood: {
    readonly edges: ReadonlyArray<{
      readonly from: string;
      readonly to: string;
      readonly type: RelationshipType;
    }>;
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly label: string;
      readonly name: string;
      readonly node: {
        readonly category?: ActorCategory;
        readonly id: string;
        readonly key?: string;
        readonly name?: string;
        readonly number?: number;
        readonly shortTitle?: string | null | undefined;
      };
    }>;
    readonly truncated: boolean;
  } | null | undefined;
};
export type documentsNeighbourhoodQuery = {
  response: documentsNeighbourhoodQuery$data;
  variables: documentsNeighbourhoodQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "hops"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v2 = [
  {
    "kind": "Variable",
    "name": "hops",
    "variableName": "hops"
  },
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "truncated",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "label",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v7 = {
  "kind": "InlineFragment",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "key",
      "storageKey": null
    },
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "category",
      "storageKey": null
    }
  ],
  "type": "Actor",
  "abstractKey": null
},
v8 = {
  "kind": "InlineFragment",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "number",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "shortTitle",
      "storageKey": null
    }
  ],
  "type": "Objective",
  "abstractKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "concreteType": "Relationship",
  "kind": "LinkedField",
  "name": "edges",
  "plural": true,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "type",
      "storageKey": null
    },
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
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "documentsNeighbourhoodQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "Subgraph",
        "kind": "LinkedField",
        "name": "neighbourhood",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SubgraphNode",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "documentsNeighbourhoodQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "Subgraph",
        "kind": "LinkedField",
        "name": "neighbourhood",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SubgraphNode",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
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
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "cc94ea41fd9f76232cf0df8b84ca1dc4",
    "id": "849db95919d9e77b48ec1b1f68955f3c66d347f14ef2ee0e74349795f3ee33de",
    "metadata": {},
    "name": "documentsNeighbourhoodQuery",
    "operationKind": "query",
    "text": "query documentsNeighbourhoodQuery(\n  $id: ID!\n  $hops: Int\n) {\n  neighbourhood(id: $id, hops: $hops) {\n    truncated\n    nodes {\n      id\n      label\n      name\n      node {\n        __typename\n        id\n        ... on Actor {\n          key\n          name\n          category\n        }\n        ... on Objective {\n          number\n          shortTitle\n        }\n      }\n    }\n    edges {\n      type\n      from\n      to\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "34fac3e2d0c96befcadb57da08fddf10";

export default node;
