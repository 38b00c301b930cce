import type { ProcessIn } from './categories';

/**
 * The processes that bring the instruments to life and keep them alive: the integrity policy's
 * own PDCA cycle, its place in the general planning cycle and ad hoc projects. Integration in
 * cycles whose main aim is not integrity (NSP, ZSP, HR, quality, CP3) is complementary.
 */
export const PROCESS_ELEMENTS = [
  // PDCA cycle
  {
    id: 'pro.pdca.plan',
    pillar: 'processes',
    category: 'pro.pdca',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Plannen van integriteitsdoelstellingen',
      fr: 'Planifier les objectifs d’intégrité',
      de: 'Integritätsziele planen',
      en: 'Planning integrity objectives',
    },
    description: {
      nl: 'Het vastleggen van SMART-doelstellingen, acties, middelen en verantwoordelijken in het integriteitsbeleidsplan, vertrekkend van een stand van zaken.',
      fr: 'La définition d’objectifs SMART, d’actions, de moyens et de responsables dans le plan de politique d’intégrité, à partir d’un état des lieux.',
      de: 'Die Festlegung von SMART-Zielen, Maßnahmen, Mitteln und Verantwortlichen im Integritätspolitikplan, ausgehend von einer Bestandsaufnahme.',
      en: 'Setting SMART objectives, actions, resources and owners in the integrity policy plan, starting from a review of the current situation.',
    },
  },
  {
    id: 'pro.pdca.implement',
    pillar: 'processes',
    category: 'pro.pdca',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Uitvoeren van de geplande acties',
      fr: 'Mettre en œuvre les actions planifiées',
      de: 'Geplante Maßnahmen umsetzen',
      en: 'Implementing the planned actions',
    },
    description: {
      nl: 'Het uitvoeren van de activiteiten die aan de doelstellingen gekoppeld zijn, met de voorziene tijd, het budget en de aangeduide verantwoordelijken.',
      fr: 'La réalisation des activités liées aux objectifs, avec le temps, le budget et les responsables prévus.',
      de: 'Die Durchführung der mit den Zielen verknüpften Aktivitäten mit der vorgesehenen Zeit, dem Budget und den benannten Verantwortlichen.',
      en: 'Carrying out the activities linked to the objectives, with the planned time, budget and designated owners.',
    },
  },
  {
    id: 'pro.pdca.evaluate',
    pillar: 'processes',
    category: 'pro.pdca',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Evalueren van de maturiteit',
      fr: 'Évaluer la maturité',
      de: 'Reifegrad evaluieren',
      en: 'Evaluating maturity',
    },
    description: {
      nl: 'Een interne evaluatie van de maturiteit van elk instrument, via een nulmeting, jaarlijkse metingen en een eindmeting.',
      fr: 'Une évaluation interne de la maturité de chaque instrument, au moyen d’une mesure initiale, de mesures annuelles et d’une mesure finale.',
      de: 'Eine interne Evaluierung des Reifegrads jedes Instruments durch eine Nullmessung, jährliche Messungen und eine Abschlussmessung.',
      en: 'An internal evaluation of each instrument’s maturity through a baseline, annual measurements and a final measurement.',
    },
  },
  {
    id: 'pro.pdca.adapt',
    pillar: 'processes',
    category: 'pro.pdca',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Bijsturen en optimaliseren',
      fr: 'Ajuster et optimiser',
      de: 'Anpassen und optimieren',
      en: 'Adapting and optimising',
    },
    description: {
      nl: 'De aanpassing van doelstellingen en instrumenten op basis van de evaluatie, en de rapportering daarover aan de leiding.',
      fr: 'L’adaptation des objectifs et des instruments sur la base de l’évaluation, et le compte rendu à ce sujet à la direction.',
      de: 'Die Anpassung von Zielen und Instrumenten auf Grundlage der Evaluierung und die Berichterstattung darüber an die Leitung.',
      en: 'Adjusting objectives and instruments based on the evaluation, and reporting on it to leadership.',
    },
  },

  // Integration in the planning cycle
  {
    id: 'pro.planning-cycle.nvp',
    pillar: 'processes',
    category: 'pro.planning-cycle',
    layer: 'complementary',
    approach: 'both',
    label: {
      nl: 'Integriteit in het Nationaal Veiligheidsplan (NVP)',
      fr: 'Intégrité dans le Plan national de sécurité (PNS)',
      de: 'Integrität im Nationalen Sicherheitsplan (NSP)',
      en: 'Integrity in the National Security Plan (NSP)',
    },
    description: {
      nl: 'Integriteit als beleidsdomein in het NVP en in de plannen van de federale directies die eruit voortvloeien.',
      fr: 'L’intégrité comme domaine politique dans le PNS et dans les plans des directions fédérales qui en découlent.',
      de: 'Integrität als Politikbereich im NSP und in den daraus abgeleiteten Plänen der föderalen Direktionen.',
      en: 'Integrity as a policy domain in the NSP and in the federal directorates’ plans that derive from it.',
    },
  },
  {
    id: 'pro.planning-cycle.zvp',
    pillar: 'processes',
    category: 'pro.planning-cycle',
    layer: 'complementary',
    approach: 'both',
    label: {
      nl: 'Integriteit in het Zonaal Veiligheidsplan (ZVP)',
      fr: 'Intégrité dans le Plan zonal de sécurité (PZS)',
      de: 'Integrität im Zonalen Sicherheitsplan (ZSP)',
      en: 'Integrity in the Zonal Security Plan (ZSP)',
    },
    description: {
      nl: 'Integriteit als strategische doelstelling of beleidsdomein in het ZVP dat de zonale veiligheidsraad goedkeurt.',
      fr: 'L’intégrité comme objectif stratégique ou domaine politique dans le PZS approuvé par le conseil zonal de sécurité.',
      de: 'Integrität als strategisches Ziel oder Politikbereich im ZSP, den der zonale Sicherheitsrat billigt.',
      en: 'Integrity as a strategic objective or policy domain in the ZSP approved by the zonal security council.',
    },
  },
  {
    id: 'pro.planning-cycle.mission-letter',
    pillar: 'processes',
    category: 'pro.planning-cycle',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Integriteit in de opdrachtbrief',
      fr: 'Intégrité dans la lettre de mission',
      de: 'Integrität im Auftragsschreiben',
      en: 'Integrity in the mission letter',
    },
    description: {
      nl: 'De opdracht om een integriteitsbeleidsplan op te stellen en uit te voeren, opgenomen in de opdrachtbrief van de mandaathouder.',
      fr: 'La mission d’élaborer et de mettre en œuvre un plan de politique d’intégrité, inscrite dans la lettre de mission du mandataire.',
      de: 'Der Auftrag, einen Integritätspolitikplan zu erstellen und umzusetzen, aufgenommen in das Auftragsschreiben des Mandatsträgers.',
      en: 'The task of drawing up and implementing an integrity policy plan, written into the mandate holder’s mission letter.',
    },
  },
  {
    id: 'pro.planning-cycle.support-policies',
    pillar: 'processes',
    category: 'pro.planning-cycle',
    layer: 'complementary',
    approach: 'both',
    label: {
      nl: 'Afstemming met personeels-, kwaliteits- en financieel beleid',
      fr: 'Alignement sur les politiques du personnel, de qualité et financière',
      de: 'Abstimmung mit Personal-, Qualitäts- und Finanzpolitik',
      en: 'Alignment with HR, quality and financial policy',
    },
    description: {
      nl: 'Het verankeren van integriteit in de cycli van deze ondersteunende domeinen, met inspiratie uit hun werkwijze.',
      fr: 'L’ancrage de l’intégrité dans les cycles de ces domaines d’appui, en s’inspirant de leurs méthodes.',
      de: 'Die Verankerung der Integrität in den Zyklen dieser unterstützenden Bereiche, angeregt durch deren Arbeitsweise.',
      en: 'Anchoring integrity in the cycles of these support domains, drawing on their methods.',
    },
  },
  {
    id: 'pro.planning-cycle.internal-control',
    pillar: 'processes',
    category: 'pro.planning-cycle',
    layer: 'complementary',
    approach: 'controlling',
    label: {
      nl: 'Integriteit in de organisatiebeheersing (CP3)',
      fr: 'Intégrité dans le contrôle interne (CP3)',
      de: 'Integrität in der internen Kontrolle (CP3)',
      en: 'Integrity in internal control (CP3)',
    },
    description: {
      nl: 'Het integriteitsbeleid als onderdeel van het systeem van interne beheersing volgens de omzendbrief CP3.',
      fr: 'La politique d’intégrité comme partie du système de contrôle interne prévu par la circulaire CP3.',
      de: 'Die Integritätspolitik als Teil des Systems der internen Kontrolle nach dem Rundschreiben CP3.',
      en: 'Integrity policy as part of the internal control system set out in circular CP3.',
    },
  },

  // Ad hoc projects
  {
    id: 'pro.ad-hoc.introduction',
    pillar: 'processes',
    category: 'pro.ad-hoc',
    layer: 'core',
    approach: 'stimulating',
    label: {
      nl: 'Project voor de introductie van een integriteitsbeleid',
      fr: 'Projet de lancement d’une politique d’intégrité',
      de: 'Projekt zur Einführung einer Integritätspolitik',
      en: 'Project to introduce an integrity policy',
    },
    description: {
      nl: 'Een afgebakend project met een eigen planning en evaluatie om het beleid of een nieuw instrument te lanceren.',
      fr: 'Un projet délimité, avec sa propre planification et son évaluation, pour lancer la politique ou un nouvel instrument.',
      de: 'Ein abgegrenztes Projekt mit eigener Planung und Evaluierung, um die Politik oder ein neues Instrument einzuführen.',
      en: 'A bounded project with its own planning and evaluation to launch the policy or a new instrument.',
    },
  },
  {
    id: 'pro.ad-hoc.incident-response',
    pillar: 'processes',
    category: 'pro.ad-hoc',
    layer: 'core',
    approach: 'controlling',
    label: {
      nl: 'Project na een integriteitsincident',
      fr: 'Projet à la suite d’un incident d’intégrité',
      de: 'Projekt nach einem Integritätsvorfall',
      en: 'Project after an integrity incident',
    },
    description: {
      nl: 'Een gericht project dat na een schandaal of een reeks schendingen een structurele, eerder controlerende aanpak uitwerkt en opvolgt.',
      fr: 'Un projet ciblé qui, après un scandale ou une série de manquements, élabore et suit une approche structurelle plutôt axée sur le contrôle.',
      de: 'Ein gezieltes Projekt, das nach einem Skandal oder einer Reihe von Verstößen einen strukturellen, eher kontrollierenden Ansatz erarbeitet und begleitet.',
      en: 'A targeted project that, after a scandal or a series of violations, designs and follows up a structural, rather controlling approach.',
    },
  },
  {
    id: 'pro.ad-hoc.thematic',
    pillar: 'processes',
    category: 'pro.ad-hoc',
    layer: 'core',
    approach: 'both',
    label: {
      nl: 'Thematisch project',
      fr: 'Projet thématique',
      de: 'Thematisches Projekt',
      en: 'Thematic project',
    },
    description: {
      nl: 'Een project rond één prioritair thema, zoals de strijd tegen onrechtmatige consultaties van databanken, met eigen doelstellingen en metingen.',
      fr: 'Un projet centré sur un thème prioritaire, comme la lutte contre les consultations illégitimes de banques de données, avec ses propres objectifs et mesures.',
      de: 'Ein Projekt zu einem vorrangigen Thema, etwa der Bekämpfung unrechtmäßiger Datenbankabfragen, mit eigenen Zielen und Messungen.',
      en: 'A project on one priority theme, such as tackling unlawful database consultations, with its own objectives and measurements.',
    },
  },
] as const satisfies readonly ProcessIn[];
