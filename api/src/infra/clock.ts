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
