import type { Messages } from './messages.en';

export const messagesDe: Messages = {
  'app.name': 'Integritäts-Dashboard',
  'app.skipToContent': 'Zum Hauptinhalt springen',
  'app.loading': 'Wird geladen…',
  'app.documentTitle': '{page} – Integritäts-Dashboard',

  'language.label': 'Sprache',
  'language.automatic': 'Automatisch ({language})',
  'language.nl': 'Nederlands',
  'language.fr': 'Français',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'nav.label': 'Bereiche',
  'nav.home': 'Start',
  'nav.plan': 'Plan',
  'nav.measurements': 'Messungen',
  'nav.dashboard': 'Dashboard',
  'nav.my-actions': 'Meine Maßnahmen',
  'nav.settings': 'Einstellungen',

  'page.objective.title': 'Ziel',
  'page.measurement.title': 'Messung',
  'page.history.title': 'Änderungsverlauf',

  'comingSoon.title': 'Kommt in dieser Version',
  'comingSoon.home':
    'Hier erscheinen die PDCA-Phase, die nächste fällige Messung, überfällige Maßnahmen und gefährdete Ziele.',
  'comingSoon.plan':
    'Der Plan-Editor folgt den sieben Teilen des Musterplans der AIG: Identifikation, Ambition und SMART-Ziele, Instrumente und Maßnahmen, Akteure, Überwachung, Bewertung und Kommunikation.',
  'comingSoon.objective':
    'Hier sehen Sie ein operatives Ziel mit Indikator, Ausgangswert, Zielwert, Maßnahmen und Verantwortlichen.',
  'comingSoon.measurements':
    'Hier stehen die Ausgangsmessung, die jährlichen Messungen und die Abschlussmessung der Reifegradmatrix über die drei IMF-Säulen.',
  'comingSoon.measurement':
    'Hier bewerten Sie jedes Element des IMF-Katalogs auf der fünfstufigen Skala.',
  'comingSoon.dashboard':
    'Das Dashboard zeigt den Reifegrad je Säule, Funktion und Ebene, seine Entwicklung gegenüber der Ausgangsmessung und das Gleichgewicht zwischen kontrollierenden und stimulierenden Maßnahmen.',
  'comingSoon.history':
    'Hier sehen Sie jede gespeicherte Version dieses Eintrags: wer was wann geändert hat.',
  'comingSoon.my-actions':
    'Hier stehen die Maßnahmen des Plans, für die Sie verantwortlich sind, mit ihren Fristen.',
  'comingSoon.settings':
    'Hier stellen Sie die Einheit ein: die Sprachen, den Kanal der Erinnerungen und ihren Rhythmus.',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Unter „{path}“ gibt es in diesem Tab keine Seite.',
  'notFound.action': 'Zur Startseite',

  'home.welcome': 'Willkommen, {name}',
  'home.welcomeAnonymous': 'Willkommen',
  'home.today': 'Heute ist {date}.',
  'home.where.heading': 'Wo Sie sind',
  'home.where.team': 'Team',
  'home.where.channel': 'Kanal',
  'home.where.unknown': 'Unbekannt',
  'home.where.noTeam':
    'Der Tab ist nicht in einem Team geöffnet. Öffnen Sie ihn im Team Ihrer Einheit, um an deren Plan zu arbeiten.',
  'home.localMode':
    'Lokale Demo: Die Daten stammen aus dem lokalen Microsoft-365-Emulator, nicht aus einem Mandanten.',
  'home.summary.heading': 'Der Plan auf einen Blick',

  'persona.commander': 'Mandatsträger',
  'persona.integrity-officer': 'Integritätsbeauftragter',
  'persona.member': 'Teammitglied',
  'persona.aig-reviewer': 'Leser AIG',
  'persona.commander.description':
    'Korpschef oder Direktor: verantwortet den Plan, verabschiedet ihn und zeichnet die Messungen ab.',
  'persona.integrity-officer.description':
    'Bearbeitet den Plan, führt die Messungen durch und pflegt die Dialogfragen.',
  'persona.member.description':
    'Liest den Plan und das Dashboard und nimmt am Integritätsdialog teil.',
  'persona.aig-reviewer.description': 'Liest für die Aufsicht mit, für begrenzte Zeit.',

  'signIn.title': 'Bei der lokalen Demo anmelden',
  'signIn.intro':
    'Wählen Sie eine der {count, plural, one {# Persona} other {# Personas}} der Demo-Einheit. Jede hat die Rechte ihrer Rolle.',
  'signIn.persona': 'Persona',
  'signIn.submit': 'Anmelden',
  'signIn.busy': 'Anmeldung läuft…',
  'signIn.error.unreachable':
    'Der lokale Emulator antwortet nicht. Prüfen Sie, ob `npm start` läuft, und versuchen Sie es erneut.',
  'signIn.error.rejected':
    'Der lokale Emulator hat die Anmeldung als {persona} abgelehnt (Status {status}).',
  'signIn.error.invalid':
    'Die Antwort des lokalen Emulators ist nicht lesbar. Versuchen Sie es erneut oder starten Sie `npm start` neu.',
  'signIn.unavailable.title': 'Die Anmeldung mit Microsoft 365 kommt in dieser Version',
  'signIn.unavailable.body':
    'In einem Mandanten meldet der Tab Sie über Teams mit Ihrem Microsoft-365-Konto an. Nutzen Sie bis dahin die lokale Demo (npm start).',

  'user.signedInAs': 'Angemeldet als {name} ({role})',
  'user.switchPersona': 'Persona wechseln',

  'config.title': 'Das Integritäts-Dashboard zu diesem Team hinzufügen',
  'config.body':
    'Der Tab speichert den Integritätsplan und die Reifegradmessungen der Einheit in SharePoint-Listen der Website dieses Teams. Klicken Sie auf Speichern, um ihn hinzuzufügen.',
  'config.noTeam':
    'Fügen Sie diesen Tab aus einem Kanal eines Teams hinzu: Plan und Messungen werden in der Website des Teams gespeichert.',
  'config.tabName': 'Integrität',
};
