/** What lets one process of many run a periodic job, and what the agency reminders record. */
export interface JobStore {
  /**
   * Takes the lease of a job (free, or run out at `now`) or renews it (held by `holder`):
   * true when `holder` holds it until `until`. Atomic: of two processes asking at once, one
   * gets it.
   */
  holdLease(lease: { name: string; holder: string; now: string; until: string }): Promise<boolean>;
  /**
   * Records a reminder to an agency unless one was recorded after `since`: true when it was
   * recorded (the caller writes its message in the same transaction), false when the agency
   * was reminded since. Atomic, so an agency is never reminded twice in one period.
   */
  recordReminder(reminder: { agencyKey: string; now: string; since: string }): Promise<boolean>;
  /** When each of these agencies was last reminded (agencies never reminded are absent). */
  lastReminders(agencyKeys: readonly string[]): Promise<Map<string, string>>;
}
