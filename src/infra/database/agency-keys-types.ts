/**
 * What puts the stored agency keys right when the way names fold changes (a new row of the
 * abbreviation table, a new rule): a step run once per fold, recorded by name, and the
 * statements that give an entry or an account its new key.
 */
export interface AgencyKeyStore {
  /** Whether a data step (`agencyFoldVersion`) was recorded as done. */
  dataStepDone(name: string): Promise<boolean>;
  /** Records a data step as done (a second record of it changes nothing). */
  recordDataStep(name: string, now: string): Promise<void>;
  /**
   * Gives an entry its new key; false, leaving the entry as it is, when another entry of the
   * same innovation has that key already (two entries registered apart stay two: neither
   * registrant's entry is taken over).
   */
  rekeyRegistration(id: number, agencyKey: string): Promise<boolean>;
  /**
   * Names an agency's account in the agency's one form and gives it the new key, with the
   * updates and the reminder recorded under its old key (run in a transaction).
   */
  rekeyAccount(account: { id: number; agency: string; from: string; to: string }): Promise<void>;
}
