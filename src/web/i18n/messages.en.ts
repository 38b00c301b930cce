/**
 * The tab's English messages; the other languages must have exactly these keys with the same ICU
 * arguments (checked by the compiler and by messages.test.ts). Keys are flat: `area.item`.
 */
export const messagesEn = {
  'app.name': 'Integrity Dashboard',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.documentTitle': '{page} – Integrity Dashboard',

  'language.label': 'Language',
  'language.automatic': 'Automatic ({language})',
  'language.nl': 'Nederlands',
  'language.fr': 'Français',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'nav.label': 'Sections',
  'nav.home': 'Home',
  'nav.plan': 'Plan',
  'nav.measurements': 'Measurements',
  'nav.dashboard': 'Dashboard',
  'nav.my-actions': 'My actions',
  'nav.settings': 'Settings',

  'page.objective.title': 'Objective',
  'page.measurement.title': 'Measurement',
  'page.history.title': 'Change history',

  'comingSoon.title': 'Coming in this version',
  'comingSoon.home':
    'The PDCA phase, the next measurement due, overdue actions and objectives at risk will appear here.',
  'comingSoon.plan':
    "The plan editor follows the seven sections of the AIG's model plan: identification, ambition and SMART objectives, instruments and actions, actors, monitoring, evaluation and communication.",
  'comingSoon.objective':
    'Here you will see one operational objective with its indicator, baseline, target, actions and owners.',
  'comingSoon.measurements':
    'The baseline, the annual measurements and the final measurement of the maturity matrix on the three IMF pillars will be listed here.',
  'comingSoon.measurement':
    'Here you will rate each element of the IMF catalogue on the five-level scale.',
  'comingSoon.dashboard':
    'The dashboard will show maturity per pillar, function and layer, its evolution against the baseline, and the balance between controlling and stimulating measures.',
  'comingSoon.history':
    'Here you will see every saved version of this item: who changed what, and when.',
  'comingSoon.my-actions': 'The plan actions you own, with their deadlines, will be listed here.',
  'comingSoon.settings':
    "The entity's settings will be edited here: languages, the reminder channel and its rhythm.",

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at “{path}” in this tab.',
  'notFound.action': 'Go to Home',

  'home.welcome': 'Welcome, {name}',
  'home.welcomeAnonymous': 'Welcome',
  'home.today': 'Today is {date}.',
  'home.where.heading': 'Where you are',
  'home.where.team': 'Team',
  'home.where.channel': 'Channel',
  'home.where.unknown': 'Not known',
  'home.where.noTeam':
    "The tab is not open in a team. Open it in your entity's team to work on that entity's plan.",
  'home.localMode':
    'Local demo: the data comes from the local Microsoft 365 emulator, not from a tenant.',
  'home.summary.heading': 'The plan at a glance',

  'persona.commander': 'Mandate holder',
  'persona.integrity-officer': 'Integrity officer',
  'persona.member': 'Team member',
  'persona.aig-reviewer': 'AIG reviewer',
  'persona.commander.description':
    'Commander or director: owns the plan, adopts it and signs off measurements.',
  'persona.integrity-officer.description':
    'Edits the plan, runs measurements and curates the dialogue prompts.',
  'persona.member.description':
    'Reads the plan and the dashboard and takes part in the integrity dialogue.',
  'persona.aig-reviewer.description': 'Reads for oversight, for a limited time.',

  'signIn.title': 'Sign in to the local demo',
  'signIn.intro':
    'Choose one of the {count, plural, one {# persona} other {# personas}} of the demo entity. Each has the rights of its role.',
  'signIn.persona': 'Persona',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.error.unreachable':
    'The local emulator did not answer. Check that `npm start` is running, then try again.',
  'signIn.error.rejected': 'The local emulator refused to sign in as {persona} (status {status}).',
  'signIn.error.invalid':
    "The local emulator's answer could not be read. Try again, or restart `npm start`.",
  'signIn.unavailable.title': 'Signing in with Microsoft 365 is coming in this version',
  'signIn.unavailable.body':
    'In a tenant, the tab will sign you in with your Microsoft 365 account through Teams. Until then, use the local demo (npm start).',

  'user.signedInAs': 'Signed in as {name} ({role})',
  'user.switchPersona': 'Switch persona',

  'config.title': 'Add the integrity dashboard to this team',
  'config.body':
    "The tab keeps the entity's integrity policy plan and maturity measurements in SharePoint lists of this team's site. Press Save to add it.",
  'config.noTeam':
    "Add this tab from a channel of a team: the plan and the measurements are kept in the team's site.",
  'config.tabName': 'Integrity',
} as const satisfies Readonly<Record<string, string>>;

export type MessageId = keyof typeof messagesEn;

/** A complete catalogue: every key, no other. */
export type Messages = Readonly<Record<MessageId, string>>;
