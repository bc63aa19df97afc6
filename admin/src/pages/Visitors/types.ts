/** The visitor screens' types, from the API's OpenAPI document. */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type Visitor = S['VisitorDto'];
export type GateVisitor = S['GateVisitorDto'];
export type VisitorHost = S['VisitorHostDto'];
