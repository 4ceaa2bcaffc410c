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

export const schema = builder.toSchema({ sortSchema: false });
