import { GraphQLDeferDirective, GraphQLStreamDirective } from '@graphql-tools/utils';
import { specifiedDirectives } from 'graphql';
import { builder } from './builder.ts';
import './actor.ts';
import './objective.ts';
import './paragraph.ts';
import './quote.ts';
import './reference-phrase.ts';
import './entry-point.ts';
import './search.ts';
import './graph.ts';
import './research.ts';

// @defer and @stream are declared in the schema (and so in schema.graphql) for client tooling that
// validates against it; Yoga's defer-stream plugin executes them.
export const schema = builder.toSchema({ sortSchema: false, directives: [...specifiedDirectives, GraphQLDeferDirective, GraphQLStreamDirective] });
