import type { accounts as id } from '../id/accounts.ts';

/** Accounts: signing in by e-mailed link, invitations, and their messages. */
export const accounts: Record<keyof typeof id, string> = {
  'accounts.signIn.title': 'Sign in with an account',
  'accounts.signIn.intro':
    'Enter your account’s e-mail address. We mail a one-time sign-in link, valid for 15 minutes.',
  'accounts.signIn.email': 'E-mail',
  'accounts.signIn.submit': 'Send the sign-in link',
  'accounts.signIn.sent':
    'If that address has an account, a sign-in link is on its way. It works once, for 15 minutes.',
  'accounts.signIn.error.email': 'Write a valid e-mail address, e.g. name@agency.go.id.',
  'accounts.link.title': 'Sign in to Lumbung Inovasi',
  'accounts.link.intro': 'Press the button to sign in. This link works only once.',
  'accounts.link.submit': 'Sign in',
  'accounts.link.invalid':
    'This sign-in link no longer works (used, older than 15 minutes, or wrong). Ask for a new one.',
  'accounts.link.again': 'Ask for a new sign-in link',
  'accounts.link.signedIn': 'You are signed in.',
  'accounts.area.title': 'Agency area',
  'accounts.area.intro':
    'The innovations of {agency} on Lumbung Inovasi and the agencies that want to replicate them. Registrants’ contacts are shown because they agreed to be contacted by the innovating agency.',
  'accounts.area.none': 'No innovation in the catalogue has this agency’s name yet.',
  'accounts.area.noRegistrations': 'No registration of interest yet.',
  'accounts.area.registrant': 'Registering agency',
  'accounts.area.contact': 'Contact',
  'accounts.area.notShared': 'The registrant did not share its contact.',
  'accounts.area.stage': 'Stage',
  'accounts.area.note': 'Note',
  'accounts.area.signOut': 'Sign out',
  'accounts.admin.title': 'Accounts',
  'accounts.admin.none':
    'No account yet. The first administrator signs in with the administrators’ token.',
  'accounts.admin.email': 'E-mail',
  'accounts.admin.role': 'Role',
  'accounts.admin.agency': 'Agency',
  'accounts.admin.invitedBy': 'Invited by',
  'accounts.admin.role.admin': 'Administrator',
  'accounts.admin.role.agency': 'Agency',
  'accounts.invite.heading': 'Invite a person',
  'accounts.invite.intro':
    'The person invited signs in with a link mailed to their address. One person, one agency.',
  'accounts.invite.agency.hint':
    'For the Agency role: the agency’s name as the innovation data writes it.',
  'accounts.invite.submit': 'Invite',
  'accounts.invite.done': 'Invitation sent to {email}.',
  'accounts.invite.exists': 'That address has an account already.',
  'accounts.invite.error.email': 'Write a valid e-mail address.',
  'accounts.invite.error.role': 'Choose a role.',
  'accounts.invite.error.agency':
    'Write the agency’s name (3–200 characters, with letters) for the Agency role.',
  'mail.signIn.subject': 'Your Lumbung Inovasi sign-in link',
  'mail.signIn.intro':
    'Use this link to sign in to Lumbung Inovasi. It works once, for 15 minutes. If you did not ask for it, ignore this message.',
  'mail.signIn.label': 'Sign in to Lumbung Inovasi',
  'mail.invite.subject': 'Your invitation to Lumbung Inovasi',
  'mail.invite.admin': 'You are invited as an administrator of Lumbung Inovasi.',
  'mail.invite.agency':
    'You are invited to keep the innovations of {agency} current on Lumbung Inovasi.',
  'mail.invite.how': 'Sign in with this e-mail address: we mail you a one-time sign-in link.',
  'mail.invite.label': 'Sign in',
  'mail.accountFooter':
    'Lumbung Inovasi sent this message automatically to an account holder or a person invited.',
};
