import type { Messages } from './messages.en';

// French typography: a no-break space (\u00a0) before a colon and inside « ».
export const messagesFr: Messages = {
  'app.name': 'Tableau de bord intégrité',
  'app.skipToContent': 'Aller au contenu principal',
  'app.loading': 'Chargement…',
  'app.documentTitle': '{page} – Tableau de bord intégrité',

  'language.label': 'Langue',
  'language.automatic': 'Automatique ({language})',
  'language.nl': 'Nederlands',
  'language.fr': 'Français',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'nav.label': 'Rubriques',
  'nav.home': 'Accueil',
  'nav.plan': 'Plan',
  'nav.measurements': 'Mesures',
  'nav.dashboard': 'Tableau de bord',
  'nav.my-actions': 'Mes actions',
  'nav.settings': 'Paramètres',

  'page.objective.title': 'Objectif',
  'page.measurement.title': 'Mesure',
  'page.history.title': 'Historique des modifications',

  'comingSoon.title': 'Prévu dans cette version',
  'comingSoon.home':
    'La phase PDCA, la prochaine mesure prévue, les actions en retard et les objectifs menacés apparaîtront ici.',
  'comingSoon.plan':
    "L'éditeur suit les sept parties du plan modèle de l'AIG\u00a0: identification, ambition et objectifs SMART, instruments et actions, acteurs, suivi, évaluation et communication.",
  'comingSoon.objective':
    'Vous verrez ici un objectif opérationnel avec son indicateur, sa valeur de départ, sa valeur cible, ses actions et leurs responsables.',
  'comingSoon.measurements':
    "La mesure de départ, les mesures annuelles et la mesure finale de la matrice de maturité sur les trois piliers de l'IMF seront listées ici.",
  'comingSoon.measurement':
    "Vous évaluerez ici chaque élément du catalogue de l'IMF sur l'échelle à cinq niveaux.",
  'comingSoon.dashboard':
    "Le tableau de bord montrera la maturité par pilier, fonction et couche, son évolution depuis la mesure de départ et l'équilibre entre mesures de contrôle et mesures de stimulation.",
  'comingSoon.history':
    'Vous verrez ici chaque version enregistrée de cet élément\u00a0: qui a modifié quoi, et quand.',
  'comingSoon.my-actions':
    'Les actions du plan dont vous êtes responsable, avec leurs échéances, seront listées ici.',
  'comingSoon.settings':
    "Vous réglerez ici l'entité\u00a0: les langues, le canal des rappels et leur rythme.",

  'notFound.title': 'Page introuvable',
  'notFound.body': "Il n'y a pas de page «\u00a0{path}\u00a0» dans cet onglet.",
  'notFound.action': "Aller à l'accueil",

  'home.welcome': 'Bienvenue, {name}',
  'home.welcomeAnonymous': 'Bienvenue',
  'home.today': 'Nous sommes le {date}.',
  'home.where.heading': 'Où vous êtes',
  'home.where.team': 'Équipe',
  'home.where.channel': 'Canal',
  'home.where.unknown': 'Inconnu',
  'home.where.noTeam':
    "L'onglet n'est pas ouvert dans une équipe. Ouvrez-le dans l'équipe de votre entité pour travailler sur son plan.",
  'home.localMode':
    "Démo locale\u00a0: les données viennent de l'émulateur Microsoft 365 local, pas d'un tenant.",
  'home.summary.heading': "Le plan en un coup d'œil",

  'persona.commander': 'Mandataire',
  'persona.integrity-officer': 'Responsable intégrité',
  'persona.member': "Membre de l'équipe",
  'persona.aig-reviewer': 'Lecteur AIG',
  'persona.commander.description':
    "Chef de corps ou directeur\u00a0: porte le plan, l'adopte et valide les mesures.",
  'persona.integrity-officer.description':
    'Met à jour le plan, mène les mesures et gère les questions de dialogue.',
  'persona.member.description':
    "Lit le plan et le tableau de bord et participe au dialogue sur l'intégrité.",
  'persona.aig-reviewer.description': 'Lit pour la surveillance, pour une durée limitée.',

  'signIn.title': 'Se connecter à la démo locale',
  'signIn.intro':
    "Choisissez l'un des {count, plural, one {# persona} other {# personas}} de l'entité de démonstration. Chacun a les droits de son rôle.",
  'signIn.persona': 'Persona',
  'signIn.submit': 'Se connecter',
  'signIn.busy': 'Connexion…',
  'signIn.error.unreachable':
    "L'émulateur local ne répond pas. Vérifiez que `npm start` tourne, puis réessayez.",
  'signIn.error.rejected':
    "L'émulateur local a refusé la connexion en tant que {persona} (statut {status}).",
  'signIn.error.invalid':
    "La réponse de l'émulateur local est illisible. Réessayez ou relancez `npm start`.",
  'signIn.unavailable.title': 'La connexion avec Microsoft 365 est prévue dans cette version',
  'signIn.unavailable.body':
    "Dans un tenant, l'onglet vous connectera avec votre compte Microsoft 365 via Teams. D'ici là, utilisez la démo locale (npm start).",

  'user.signedInAs': 'Connecté en tant que {name} ({role})',
  'user.switchPersona': 'Changer de persona',

  'config.title': 'Ajouter le tableau de bord intégrité à cette équipe',
  'config.body':
    "L'onglet conserve le plan de politique d'intégrité et les mesures de maturité de l'entité dans des listes SharePoint du site de cette équipe. Cliquez sur Enregistrer pour l'ajouter.",
  'config.noTeam':
    "Ajoutez cet onglet depuis un canal d'une équipe\u00a0: le plan et les mesures sont conservés dans le site de l'équipe.",
  'config.tabName': 'Intégrité',
};
