import { Injectable } from '@nestjs/common';
import type { RequestActionDef } from './action.js';
import { REPAIR_ACTION_DEFS } from './index.js';

/**
 * The actions of every request type, keyed by (type, name): the dispatcher looks an action up
 * here, never in a switch. A new request type (complaints, suggestions) registers its own files.
 */
@Injectable()
export class ActionRegistry {
  private readonly byKey = new Map<string, RequestActionDef>();

  constructor() {
    for (const a of REPAIR_ACTION_DEFS) this.register(a);
  }

  register(a: RequestActionDef): void {
    const key = `${a.type}:${a.name}`;
    if (this.byKey.has(key)) throw new Error(`action ${key} registered twice`);
    this.byKey.set(key, a);
  }
  get(type: string, name: string): RequestActionDef | undefined {
    return this.byKey.get(`${type}:${name}`);
  }
  /** The actions shown as a request's buttons, in registration order. */
  buttons(type: string): RequestActionDef[] {
    return [...this.byKey.values()].filter((a) => a.type === type && a.button);
  }
}
