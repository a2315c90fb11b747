import type { interest as id } from '../id/interest.ts';

/** Messages of replication-interest tracking: the activity, the form, the private page. */
export const interest: Record<keyof typeof id, string> = {
  'interest.activity.intro':
    'Agencies that registered their interest in replicating this innovation, and how far they have got. Names of people and contact data are never shown.',
  'interest.activity.total': 'Interested agencies',
  'interest.activity.byStage': 'Agencies per stage',
  'interest.activity.list': 'Agencies on record',
  'interest.activity.agency': 'Agency',
  'interest.activity.region': 'Region',
  'interest.activity.date': 'Since',
  'interest.activity.empty': 'No agency has registered its interest yet. Yours can be the first.',
  'interest.activity.more': 'Showing {shown} of {total} agencies, the latest change first.',
  'interest.activity.unavailable':
    'The list of agencies cannot be loaded right now; the figures above are from the catalogue.',
  'interest.form.open': 'Register interest in replicating',
  'interest.form.heading': 'Register your interest in replicating',
  'interest.form.intro':
    'Your agency’s name and region appear in the public list; you get a private link to update the stage of your replication. An agency that registers twice counts once.',
  'interest.form.for': 'Innovation: {title}',
  'interest.form.agencyGroup': 'Your agency (shown in the public list)',
  'interest.form.agency': 'Agency name',
  'interest.form.agency.hint':
    'Suggestions come from agencies on record; you may write another name.',
  'interest.form.cluster': 'Cluster',
  'interest.form.choose': 'Choose…',
  'interest.form.province': 'Province',
  'interest.form.regency': 'Regency/city',
  'interest.form.regency.none': 'None (central/provincial)',
  'interest.form.regency.hint':
    'Leave empty for a ministry, a central agency or a provincial government.',
  'interest.form.contactGroup': 'Contact (private, never shown)',
  'interest.form.private':
    'The contact person, e-mail, phone and note never appear on the portal. Only the portal’s administrators see them, to pass them on to the innovating agency’s contact so they can reach you; you see them on your private page.',
  'interest.form.contactName': 'Contact person',
  'interest.form.email': 'E-mail',
  'interest.form.phone': 'Phone',
  'interest.form.phone.hint': 'E.g. 0812 3456 7890 or +62 751 123456.',
  'interest.form.note': 'Note',
  'interest.form.note.hint': 'E.g. what you would like to learn from the innovating agency.',
  'interest.form.optional': '(optional)',
  'interest.form.consent':
    'I agree that this data is kept for this registration of interest and read by the portal’s administrators. It is never shown to the public.',
  'interest.form.share': 'What the agency behind this innovation may see',
  'interest.form.share.hint':
    'The innovating agency always sees your agency’s name, region and note. Of your contact, only what you tick here.',
  'interest.form.shareEmail': 'The contact person and e-mail, so it can reach you',
  'interest.form.sharePhone': 'The phone number',
  'interest.form.honeypot': 'Leave this field empty',
  'interest.form.submit': 'Register interest',
  'interest.form.errors': 'The form was not sent: {count} fields need correcting',
  'interest.done.title': 'Your interest is registered',
  'interest.done.knownTitle': 'Your agency is registered already',
  'interest.done.claimedTitle': 'Your request was passed on',
  'interest.done.text': '{agency} is now on record as interested in replicating this innovation.',
  'interest.done.knownText':
    '{agency} is registered for this innovation already with this address, so nothing was changed and it still counts once. Your private link is in the registration message; if you lost it, ask for a new one on the innovation page.',
  'interest.done.claimedText':
    '{agency} is registered for this innovation already with another address. That registration is unchanged: we asked its holder (or the portal administrators) to accept you. If they do, you get a private link of your own by e-mail.',
  'interest.done.checkMail':
    'We sent your private link to your e-mail. Open it to confirm your address: your interest is shown and counted on the portal from then on.',
  'interest.private.claims': 'Requests to join waiting for your decision',
  'interest.private.decided': 'Your decision on that request is saved.',
  'interest.claim.title': 'A request to join a registration of interest',
  'interest.claim.intro':
    '{name} ({email}, phone {phone}) asks to join the registration of interest of {own} in this innovation, for {agency}.',
  'interest.claim.note': 'Their note: {note}',
  'interest.claim.explain':
    'If you accept, this person gets a private link of their own to the same registration and can move its stage as you can. Your contact data and note stay as they are, and your link keeps working.',
  'interest.claim.accept': 'Accept',
  'interest.claim.decline': 'Decline',
  'interest.claim.accepted': 'This request was accepted.',
  'interest.claim.declined': 'This request was declined.',
  'interest.done.link': 'Your private link',
  'interest.done.keep':
    'This link was also mailed to you; if it is lost, ask for a new one on the innovation’s page. With it you update the stage of your replication or withdraw.',
  'interest.done.open': 'Open your private page',
  'interest.done.back': 'Back to the innovation',
  'interest.private.title': 'Your agency’s replication interest',
  'interest.private.intro':
    'This page is for you only. Anyone holding its link can change the stage, so do not share it.',
  'interest.private.innovation': 'Innovation',
  'interest.private.cluster': 'Cluster',
  'interest.private.stage': 'Current stage',
  'interest.private.since': 'Since',
  'interest.private.contact': 'Contact (private)',
  'interest.private.note': 'Note',
  'interest.private.shared': 'Shared with the innovating agency',
  'interest.private.sharedNothing': 'Only the agency’s name, region and note',
  'interest.private.saved': 'Saved: the stage is now “{stage}”.',
  'interest.private.move': 'Update the stage',
  'interest.private.moveHint':
    'Choose the stage your agency is at; the stage and its date appear on the innovation’s page.',
  'interest.private.moveTo': 'Move to “{stage}”',
  'interest.private.current': '{stage} (current)',
  'interest.private.withdraw': 'Withdraw interest',
  'interest.private.withdrawText':
    'Your agency is removed from the public list and no longer counted. You can make it active again on this page by choosing a stage.',
  'interest.private.withdrawConfirm': 'Yes, withdraw my agency’s interest',
  'interest.private.withdrawn':
    'This interest is withdrawn: your agency is not in the public list. Choose a stage below to make it active again.',
  'interest.private.edit':
    'Registering again never changes this entry. If your agency has a new contact person, ask them to register with the same agency name and region, then accept their request on this page: they get a private link of their own.',
  'interest.failed.title': 'The submission cannot be processed',
  'interest.failed.back': 'Back to the form',
  'interest.resend.title': 'Send my private link again',
  'interest.resend.intro':
    'Enter the e-mail address you used to register replication interest. We mail a new private link for every registration made with it; the old links stop working.',
  'interest.resend.email': 'E-mail used to register',
  'interest.resend.submit': 'Send the links',
  'interest.resend.done':
    'Request received. If that address was used to register, a message with the private links is on its way.',
  'interest.resend.open': 'Lost your private link? Send it again',
};
