/**
 * Whether this process sends notifications by e-mail: on while a mail worker with SMTP configured runs
 * (`notification-worker.ts`), off otherwise. `notify` reads it to decide whether a new notification is also
 * an e-mail job. It is process state rather than an argument because `notify` is called deep inside use cases
 * (any module's transaction) that receive the database and the clock, not the configuration; SMTP is a
 * property of the running process, read once at start.
 */
let enabled = false;

export const emailDelivery = {
  get enabled(): boolean {
    return enabled;
  },
  set(on: boolean): void {
    enabled = on;
  },
};
