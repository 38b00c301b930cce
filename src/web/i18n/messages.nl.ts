import type { Messages } from './messages.en';

export const messagesNl: Messages = {
  'app.name': 'Integriteitsdashboard',
  'app.skipToContent': 'Naar de hoofdinhoud',
  'app.loading': 'Laden…',
  'app.documentTitle': '{page} – Integriteitsdashboard',

  'language.label': 'Taal',
  'language.automatic': 'Automatisch ({language})',
  'language.nl': 'Nederlands',
  'language.fr': 'Français',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'nav.label': 'Onderdelen',
  'nav.home': 'Start',
  'nav.plan': 'Beleidsplan',
  'nav.measurements': 'Metingen',
  'nav.dashboard': 'Dashboard',
  'nav.my-actions': 'Mijn acties',
  'nav.settings': 'Instellingen',

  'page.objective.title': 'Doelstelling',
  'page.measurement.title': 'Meting',
  'page.history.title': 'Wijzigingsgeschiedenis',

  'comingSoon.title': 'Komt in deze versie',
  'comingSoon.home':
    'Hier verschijnen de PDCA-fase, de volgende meting, acties die over tijd zijn en doelstellingen die gevaar lopen.',
  'comingSoon.plan':
    'De plan-editor volgt de zeven onderdelen van het modelplan van de AIG: identificatie, ambitie en SMART-doelstellingen, instrumenten en acties, actoren, opvolging, evaluatie en communicatie.',
  'comingSoon.objective':
    'Hier ziet u één operationele doelstelling met haar indicator, nulwaarde, streefwaarde, acties en eigenaars.',
  'comingSoon.measurements':
    'Hier komen de nulmeting, de jaarlijkse metingen en de eindmeting van de maturiteitsmatrix over de drie IMF-pijlers.',
  'comingSoon.measurement':
    'Hier beoordeelt u elk element van de IMF-catalogus op de schaal met vijf niveaus.',
  'comingSoon.dashboard':
    'Het dashboard toont de maturiteit per pijler, functie en laag, de evolutie ten opzichte van de nulmeting en het evenwicht tussen controlerende en stimulerende maatregelen.',
  'comingSoon.history':
    'Hier ziet u elke bewaarde versie van dit item: wie wat wanneer heeft gewijzigd.',
  'comingSoon.my-actions':
    'Hier komen de acties uit het plan waarvan u eigenaar bent, met hun deadlines.',
  'comingSoon.settings':
    'Hier stelt u de entiteit in: de talen, het kanaal voor de herinneringen en hun ritme.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Er is geen pagina op „{path}” in dit tabblad.',
  'notFound.action': 'Naar Start',

  'home.welcome': 'Welkom, {name}',
  'home.welcomeAnonymous': 'Welkom',
  'home.today': 'Vandaag is het {date}.',
  'home.where.heading': 'Waar u bent',
  'home.where.team': 'Team',
  'home.where.channel': 'Kanaal',
  'home.where.unknown': 'Onbekend',
  'home.where.noTeam':
    'Het tabblad is niet in een team geopend. Open het in het team van uw entiteit om aan haar plan te werken.',
  'home.localMode':
    'Lokale demo: de gegevens komen uit de lokale Microsoft 365-emulator, niet uit een tenant.',
  'home.summary.heading': 'Het plan in één oogopslag',

  'persona.commander': 'Mandaathouder',
  'persona.integrity-officer': 'Integriteitsverantwoordelijke',
  'persona.member': 'Teamlid',
  'persona.aig-reviewer': 'Lezer AIG',
  'persona.commander.description':
    'Korpschef of directeur: is eigenaar van het plan, keurt het goed en tekent de metingen af.',
  'persona.integrity-officer.description':
    'Werkt het plan bij, voert de metingen uit en beheert de dialoogvragen.',
  'persona.member.description':
    'Leest het plan en het dashboard en neemt deel aan de integriteitsdialoog.',
  'persona.aig-reviewer.description': 'Leest mee voor het toezicht, voor een beperkte tijd.',

  'signIn.title': 'Aanmelden bij de lokale demo',
  'signIn.intro':
    "Kies een van de {count, plural, one {# persona} other {# persona's}} van de demo-entiteit. Elke persona heeft de rechten van haar rol.",
  'signIn.persona': 'Persona',
  'signIn.submit': 'Aanmelden',
  'signIn.busy': 'Bezig met aanmelden…',
  'signIn.error.unreachable':
    'De lokale emulator antwoordt niet. Controleer of `npm start` draait en probeer opnieuw.',
  'signIn.error.rejected':
    'De lokale emulator weigerde aan te melden als {persona} (status {status}).',
  'signIn.error.invalid':
    'Het antwoord van de lokale emulator is onleesbaar. Probeer opnieuw of herstart `npm start`.',
  'signIn.unavailable.title': 'Aanmelden met Microsoft 365 komt in deze versie',
  'signIn.unavailable.body':
    'In een tenant meldt het tabblad u via Teams aan met uw Microsoft 365-account. Gebruik tot dan de lokale demo (npm start).',

  'user.signedInAs': 'Aangemeld als {name} ({role})',
  'user.switchPersona': 'Andere persona',

  'config.title': 'Het integriteitsdashboard aan dit team toevoegen',
  'config.body':
    'Het tabblad bewaart het integriteitsbeleidsplan en de maturiteitsmetingen van de entiteit in SharePoint-lijsten van de site van dit team. Klik op Opslaan om het toe te voegen.',
  'config.noTeam':
    'Voeg dit tabblad toe vanuit een kanaal van een team: het plan en de metingen worden bewaard in de site van het team.',
  'config.tabName': 'Integriteit',
};
