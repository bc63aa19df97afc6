import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';

/** The one event bus, visible to every feature module (like the infra adapters). */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventsModule {}
