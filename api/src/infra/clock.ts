/** The one source of "now". Rules never call Date.now(); tests pin time with a settable clock. */
export abstract class Clock {
  abstract now(): Date;
}
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
export class SettableClock extends Clock {
  constructor(private t: Date = new Date('2026-11-23T02:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.t.getTime());
  }
  set(t: Date | string): void {
    this.t = new Date(t);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

/** The system clock shifted by an offset that the demo/test hook can move (never in production). */
export class OffsetClock extends Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
