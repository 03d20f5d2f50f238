// English strings of groups (groups/*.tsx); the French catalog (fr/groups.ts) is the reference.

import type { Catalog } from '../../catalog'
import type { groupsFr } from '../fr/groups'

export const groupsEn: Catalog<typeof groupsFr> = {
  open: 'Groups…',
  title: 'Groups',
  notConnected: 'Groups go through a Folio server: connect this device first (Sync, in the header).',
  offline: 'The server cannot be reached: these are the groups known at the last connection.',
  none: 'You are in no group.',
  create: {
    label: 'Name of the new group',
    submit: 'Create the group',
    done: 'Group “{{name}}” created.'
  },
  join: {
    label: 'Invite code',
    hint: 'Paste the code (or the link) an owner of the group gave you.',
    submit: 'Join',
    done: 'You joined the group.',
    badCode: 'This text holds no invite code (22 characters).',
    otherServer: 'This link invites you to a group on the server {{server}}, not on this device’s: nothing was sent.',
    badLink: 'This invite link cannot be read: {{why}}'
  },
  you: 'you',
  yourRole: 'Your role: {{role}}',
  members: 'Members',
  roles: { owner: 'owner', annotate: 'can annotate', read: 'can read' },
  roleOf: 'Role of {{name}}',
  remove: 'Remove',
  removeLabel: 'Remove {{name}} from the group',
  leave: 'Leave the group',
  invite: {
    role: 'Role of the invited person',
    submit: 'Invite',
    code: 'Invite code for {{group}}',
    copy: 'Copy',
    copied: 'Code copied.',
    copyLink: 'Copy the invite link',
    linkCopied: 'Link copied.',
    expires: 'Give it to the person you invite: it serves once, until {{date}}.'
  },
  inviteLink: {
    title: 'Invitation to a group',
    server: 'The group’s server',
    notConnected:
      'This device is not connected to any server. To join this group, connect it to this server with your account; Folio does not contact it without you.',
    otherServer:
      'This device is connected to another server ({{current}}). To join this group, disconnect it, then connect it to this server with your account; Folio does not contact it without you.',
    connect: 'Connect to this server…',
    cancel: 'Cancel',
    bad: 'This invite link cannot be read: {{why}}',
    problems: {
      'not-invite': 'it is not an invite link.',
      'too-long': 'it is too long.',
      'control-character': 'it holds invisible or control characters.',
      'bad-encoding': 'it is badly encoded.',
      'repeated-part': 'one of its parts is given twice.',
      'missing-parts': 'it lacks the code or the server.',
      'bad-code': 'its code is not shaped like an invite code.',
      'bad-server': 'it names no server address (http, https, ws or wss, without credentials).'
    }
  },
  close: 'Close',
  errors: {
    off: 'This device is connected to no server.',
    offline: 'The server does not answer; try again once online.',
    'bad-code': 'This invite code is unknown, used or expired.',
    'last-owner': 'The group must keep an owner: make someone else owner first.',
    forbidden: 'Your role in this group does not allow it.',
    'not-found': 'This group is not (or no longer) one of yours.',
    'not-member': 'This person is no longer a member of the group.',
    'group-full': 'This group is full.',
    'too-many-invites': 'Too many pending invites for this group.',
    self: 'To go yourself, leave the group.',
    other: 'The server refuses: {{message}}'
  },
  share: {
    title: 'Share with a group',
    hint: 'The annotations of this document go to the groups ticked; other documents stay private.',
    readOnly: '{{group}} (read only)',
    readOnlyShared: '{{group}} (read only: untick to take back what you shared there)',
    withdraw: 'Take {{name}}’s annotations of this document out of {{group}}',
    withdrawn: '{{name}}’s annotations of this document have left {{group}}.',
    shared: 'Annotations of this document shared with {{group}}.',
    unshared: 'This document is no longer shared with {{group}}.'
  },
  filter: {
    label: 'Annotations to show',
    all: 'All',
    mine: 'Mine',
    theirs: 'Members’',
    member: 'By {{name}}'
  },
  memberNotes_one: '{{count}} annotation by members',
  memberNotes_other: '{{count}} annotations by members',
  by: 'by {{name}}',
  cardLabel: 'Annotation by {{name}}: {{quote}}',
  orphan: 'Passage not found in this text',
  inGroup: 'in {{group}}'
}
