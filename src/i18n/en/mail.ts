import type { mail as id } from '../id/mail.ts';

/** The messages the portal mails, in English (for people who used the English pages). */
export const mail: Record<keyof typeof id, string> = {
  'mail.footer':
    'Lumbung Inovasi sent this message automatically because this address was used to register interest in replicating an innovation. If that was not you, ignore this message.',
  'mail.link.subject': 'Your private link to your replication interest',
  'mail.link.intro':
    '{agency} is now registered as interested in replicating “{innovation}”. Thank you.',
  'mail.link.body':
    'With the private link below you can see your registration, move it to another stage or withdraw it. Do not share it: whoever holds it can change your registration.',
  'mail.link.label': 'Open your registration',
  'mail.resend.subject': 'Your private links to your replication interest',
  'mail.resend.intro':
    'The private links of the replication-interest registrations made with this address were requested on Lumbung Inovasi. Here is a new link for each; the old links no longer work.',
  'mail.resend.entry': '{agency}: {innovation}',
  'mail.stage.subject': 'Your replication interest is now “{stage}”',
  'mail.stage.intro':
    'An administrator of Lumbung Inovasi moved the replication interest of {agency} in “{innovation}” from “{from}” to “{stage}”.',
  'mail.stage.body':
    'Your private link is in the message you got when you registered; if it is lost, ask for a new one on the innovation’s page.',
  'mail.stage.label': 'The innovation’s page',
  'mail.agency.subject': 'New replication interest in “{innovation}”',
  'mail.agency.intro':
    '{agency} ({region}) registered its interest in replicating the innovation “{innovation}” run by {owner}.',
  'mail.agency.forward':
    '{owner} has no account on Lumbung Inovasi yet, so this message went to the administrators. Please forward it to that agency.',
  'mail.agency.note': "The registrant's note: {note}",
  'mail.agency.noNote': 'The registrant wrote no note.',
  'mail.agency.contact': 'The registrant shared its contact with the innovating agency: {contact}.',
  'mail.agency.contactEmail': 'contact person {name}, e-mail {email}',
  'mail.agency.contactPhone': 'phone {phone}',
  'mail.agency.noContact':
    'The registrant did not share its contact, so this message does not carry it.',
  'mail.agency.areaLabel': "Open your agency's area",
  'mail.agency.adminLabel': 'Open the registrations in the administration',
  'mail.agency.innovationLabel': "The innovation's page",
  'mail.agency.footer':
    "This message was sent automatically by Lumbung Inovasi to the agency that runs the innovation (or to the portal's administrators). Its contact data is for replicating this innovation only.",
  'mail.claim.subject': "A request to join {agency}'s registration of interest",
  'mail.claim.intro':
    '{name} ({email}) registered interest in replicating “{innovation}” for {agency}. That agency is registered for this innovation already as {own}, with your address.',
  'mail.claim.body':
    'Your registration is unchanged and your private link keeps working. If this person is from your agency, accept the request: they get a private link of their own to the same registration. If not, decline it or ignore this message.',
  'mail.claim.label': 'Accept or decline the request',
  'mail.claimAccepted.subject': 'Your request was accepted: the private link to the registration',
  'mail.claimAccepted.intro':
    "Your request to join {agency}'s registration of interest in the innovation “{innovation}” was accepted.",
  'mail.reminder.subject': "Please update {agency}'s innovations on Lumbung Inovasi",
  'mail.reminder.intro':
    'The following innovations of {agency} have not been updated for more than 12 months: no update from the agency and no dated status from a programme.',
  'mail.reminder.body':
    "Please tell whether each is continuing, growing, stopped or dormant. One click opens its page in your agency's area (sign in with this address if asked).",
  'mail.reminder.footer':
    'This message was sent automatically by Lumbung Inovasi to the agency that runs the innovations, at most once a month.',
};
