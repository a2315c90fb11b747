/** A registration's contact fields with the registrant's choices of what to share. */
export interface ContactChoices {
  contactName: string;
  email: string;
  phone: string;
  shareEmail: boolean;
  sharePhone: boolean;
}

/** What of a registrant's contact the innovating agency may see; nothing is `{}`. */
export interface SharedContact {
  person?: { name: string; email: string };
  phone?: string;
}

/**
 * The contact the innovating agency sees (its area, its mail, the message administrators
 * forward to it): the person and e-mail only when the registrant shared them, the phone only
 * when it shared that. One rule for every way contact data leaves the administrators' hands.
 */
export function sharedContactOf(entry: ContactChoices): SharedContact {
  return {
    ...(entry.shareEmail ? { person: { name: entry.contactName, email: entry.email } } : {}),
    ...(entry.sharePhone ? { phone: entry.phone } : {}),
  };
}
