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
};
