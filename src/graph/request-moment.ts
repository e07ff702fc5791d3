/**
 * A request's moment for its reads: `$at` of every statement it runs (one clock). It starts at
 * the request's moment and only moves forward: a mutation's answer is read at the moment its
 * write took effect, so what the write made visible (a partner's new subscription, and through it
 * the customer) is in the answer.
 */
export class RequestMoment {
  constructor(private current: Date) {}

  get at(): Date {
    return this.current;
  }

  /** Reads from `moment` on, when it is later than the current one. */
  advanceTo(moment: Date): void {
    if (moment.getTime() > this.current.getTime()) this.current = moment;
  }
}
