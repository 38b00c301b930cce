import type { KnownElementId } from './catalogue';

/** One example the AIG guide gives, and the catalogue element that covers it. */
export type SourceExample = {
  /** The example as the guide words it (Dutch), short enough to find in the source. */
  readonly nl: string;
  /** A distinctive word of the example that the covering element's Dutch text must contain. */
  readonly keyword: string;
  readonly elementId: KnownElementId;
};

/**
 * Every example instrument, process and structure in the AIG's model integrity policy plan
 * (April 2022), in the guide's order. The tests prove each is covered, so an element cannot be
 * dropped or reworded away from what the source asks for.
 */
export const SOURCE_EXAMPLES = [
  // F1.1 determine the needs
  { nl: 'risicoanalyse', keyword: 'risicoanalyse', elementId: 'ins.determine.needs.risk-analysis' },
  {
    nl: 'kwantitatieve vragenlijsten',
    keyword: 'vragenlijsten',
    elementId: 'ins.determine.needs.quantitative-survey',
  },
  {
    nl: "analyse van ethische dilemma's",
    keyword: 'dilemma',
    elementId: 'ins.determine.needs.dilemma-analysis',
  },
  {
    nl: 'consultatie van stakeholders en belangengroepen',
    keyword: 'stakeholders',
    elementId: 'ins.determine.needs.stakeholder-consultation',
  },
  {
    nl: 'buurtverenigingen, individuele burgers',
    keyword: 'buurtverenigingen',
    elementId: 'ins.determine.needs.stakeholder-consultation',
  },
  {
    nl: 'overzicht van kwetsbare functies en processen',
    keyword: 'overzicht',
    elementId: 'ins.determine.needs.vulnerable-functions',
  },
  {
    nl: 'klachtenbeheer',
    keyword: 'klachtenbeheer',
    elementId: 'ins.determine.needs.complaints-management',
  },
  {
    nl: 'tuchtprocedures',
    keyword: 'tuchtprocedures',
    elementId: 'ins.determine.needs.disciplinary-data',
  },
  { nl: 'brainstorming', keyword: 'brainstorming', elementId: 'ins.determine.needs.workshops' },
  { nl: 'workshops', keyword: 'workshops', elementId: 'ins.determine.needs.workshops' },

  // F1.2 written values, rules and procedures
  {
    nl: 'deontologische code',
    keyword: 'deontologische code',
    elementId: 'ins.determine.written.deontological-code',
  },
  {
    nl: 'Missie/Visie/Waarden',
    keyword: 'missie',
    elementId: 'ins.determine.written.mission-vision-values',
  },
  {
    nl: 'kernwaardendocument',
    keyword: 'kernwaardendocument',
    elementId: 'ins.determine.written.mission-vision-values',
  },
  { nl: 'beleidsplan integriteit', keyword: 'beleidsplan', elementId: 'pro.pdca.plan' },
  {
    nl: 'korps-, dienst- of functiespecifieke deontologische leidraad',
    keyword: 'leidraad',
    elementId: 'ins.determine.written.specific-guideline',
  },
  {
    nl: 'nota’s inzake het professioneel functioneren',
    keyword: 'professioneel functioneren',
    elementId: 'ins.determine.written.conduct-notes',
  },
  {
    nl: "omgaan met collega's, burgers, bevoegdheden, informatie",
    keyword: 'bevoegdheden',
    elementId: 'ins.determine.written.conduct-notes',
  },
  {
    nl: 'rechtmatig gebruik van geweld',
    keyword: 'geweld',
    elementId: 'ins.determine.written.conduct-notes',
  },
  { nl: 'diversiteit', keyword: 'diversiteit', elementId: 'ins.determine.written.conduct-notes' },
  {
    nl: 'etnisch profileren',
    keyword: 'etnisch profileren',
    elementId: 'ins.determine.written.conduct-notes',
  },
  {
    nl: 'belangenconflicten',
    keyword: 'belangenconflicten',
    elementId: 'ins.determine.written.conduct-notes',
  },
  {
    nl: 'nota’s inzake het gebruik van middelen',
    keyword: 'middelen',
    elementId: 'ins.determine.written.resource-notes',
  },
  {
    nl: 'dienstvoertuigen, ICT-materiaal, werktijd, uniformdracht',
    keyword: 'uniformdracht',
    elementId: 'ins.determine.written.resource-notes',
  },
  {
    nl: 'Maatschappelijk Verantwoord Ondernemen',
    keyword: 'maatschappelijk verantwoord',
    elementId: 'ins.determine.written.resource-notes',
  },

  // F1.2 unwritten codes, rules and standards
  {
    nl: 'onderlinge sociale controle',
    keyword: 'sociale controle',
    elementId: 'ins.determine.unwritten.social-control',
  },
  {
    nl: 'Ongeschreven codes, regels of standaarden',
    keyword: 'ongeschreven',
    elementId: 'ins.determine.unwritten.informal-norms',
  },

  // F1.2 structural measures
  {
    nl: 'functiescheiding',
    keyword: 'functiescheiding',
    elementId: 'ins.determine.structural.separation-of-functions',
  },
  {
    nl: 'aankoopprocedures',
    keyword: 'aankoopprocedures',
    elementId: 'ins.determine.structural.separation-of-functions',
  },
  {
    nl: 'functieroulatie',
    keyword: 'functieroulatie',
    elementId: 'ins.determine.structural.job-rotation',
  },
  {
    nl: 'strikte regeling kwetsbare functies',
    keyword: 'strikte regeling',
    elementId: 'ins.determine.structural.vulnerable-functions-regime',
  },
  {
    nl: 'informatiebescherming',
    keyword: 'informatiebescherming',
    elementId: 'ins.determine.structural.information-protection',
  },
  {
    nl: 'rechtmatig gebruik van politionele informatie',
    keyword: 'politionele informatie',
    elementId: 'ins.determine.structural.information-protection',
  },
  {
    nl: 'consultatie van databanken',
    keyword: 'consultatie van databanken',
    elementId: 'ins.determine.structural.information-protection',
  },
  {
    nl: 'procedure nevenactiviteiten en onverenigbare functies',
    keyword: 'nevenactiviteiten',
    elementId: 'ins.determine.structural.side-activities',
  },
  {
    nl: 'belangenconflictenbeleid',
    keyword: 'belangenconflict',
    elementId: 'ins.determine.structural.side-activities',
  },
  { nl: 'geschenken', keyword: 'geschenken', elementId: 'ins.determine.structural.gifts-policy' },
  {
    nl: 'alcohol',
    keyword: 'alcohol',
    elementId: 'ins.determine.structural.alcohol-drugs-driving',
  },
  { nl: 'drugs', keyword: 'drugs', elementId: 'ins.determine.structural.alcohol-drugs-driving' },
  {
    nl: 'rijgedrag',
    keyword: 'rijgedrag',
    elementId: 'ins.determine.structural.alcohol-drugs-driving',
  },
  {
    nl: 'gebruik sociale media',
    keyword: 'sociale media',
    elementId: 'ins.determine.structural.social-media-policy',
  },
  {
    nl: 'respect voor statutaire bepalingen',
    keyword: 'statutaire bepalingen',
    elementId: 'ins.determine.structural.exemplary-conduct',
  },
  {
    nl: 'voorbeeldfunctie binnen en buiten dienst',
    keyword: 'buiten dienst',
    elementId: 'ins.determine.structural.exemplary-conduct',
  },
  {
    nl: 'werving',
    keyword: 'werving',
    elementId: 'ins.determine.structural.recruitment-selection',
  },
  {
    nl: 'selectie',
    keyword: 'selectie',
    elementId: 'ins.determine.structural.recruitment-selection',
  },
  {
    nl: 'rekrutering',
    keyword: 'rekrutering',
    elementId: 'ins.determine.structural.recruitment-selection',
  },
  {
    nl: 'functieprofielen',
    keyword: 'functieprofielen',
    elementId: 'ins.determine.structural.recruitment-selection',
  },
  {
    nl: 'kwalitatief antecedentenonderzoek',
    keyword: 'antecedentenonderzoek',
    elementId: 'ins.determine.structural.background-screening',
  },
  {
    nl: 'onthaal nieuwe medewerkers',
    keyword: 'onthaal',
    elementId: 'ins.determine.structural.onboarding',
  },
  { nl: 'mentorschap', keyword: 'mentorschap', elementId: 'ins.determine.structural.onboarding' },
  {
    nl: 'functionerings- en evaluatiegesprekken',
    keyword: 'evaluatiegesprekken',
    elementId: 'ins.determine.structural.appraisal',
  },

  // F2.1 training
  {
    nl: 'opleidingen ethisch leiderschap voor leidinggevenden',
    keyword: 'ethisch leiderschap',
    elementId: 'ins.guide.training.ethical-leadership',
  },
  {
    nl: 'dilemmatrainingen (morele oordeelsvorming)',
    keyword: 'morele oordeelsvorming',
    elementId: 'ins.guide.training.dilemma-training',
  },
  {
    nl: 'aandacht voor integriteit in voortgezette opleidingen',
    keyword: 'voortgezette opleidingen',
    elementId: 'ins.guide.training.continuing-training',
  },
  { nl: 'GPI48, GPI62', keyword: 'GPI', elementId: 'ins.guide.training.continuing-training' },
  {
    nl: 'opleidingen inzake wettelijke opdrachten',
    keyword: 'wettelijke opdrachten',
    elementId: 'ins.guide.training.continuing-training',
  },
  {
    nl: 'discussiesessies',
    keyword: 'discussiesessies',
    elementId: 'ins.guide.training.discussion-sessions',
  },
  {
    nl: 'sensibiliseringscampagnes',
    keyword: 'sensibiliseringscampagnes',
    elementId: 'ins.guide.training.awareness-campaigns',
  },

  // F2.2 introduction and mentoring
  {
    nl: 'onthaaldagen en introductietrajecten',
    keyword: 'onthaaldagen',
    elementId: 'ins.guide.introduction.welcome-days',
  },
  {
    nl: 'begeleiding door mentoren',
    keyword: 'mentoren',
    elementId: 'ins.guide.introduction.mentors',
  },

  // F2.3 coaching and advice
  {
    nl: 'voorbeeldgedrag',
    keyword: 'voorbeeldgedrag',
    elementId: 'ins.guide.coaching.exemplary-behaviour',
  },
  {
    nl: 'individuele coaches',
    keyword: 'individuele coaches',
    elementId: 'ins.guide.coaching.individual-coaches',
  },
  {
    nl: 'vertrouwenspersoon',
    keyword: 'vertrouwenspersoon',
    elementId: 'ins.guide.coaching.confidential-counsellor',
  },
  {
    nl: 'integriteitsoverleg in interne korpsvergaderingen en overlegfora',
    keyword: 'korpsvergaderingen',
    elementId: 'ins.guide.coaching.integrity-consultation',
  },
  {
    nl: 'semi-onafhankelijk orgaan',
    keyword: 'semi-onafhankelijk',
    elementId: 'ins.guide.coaching.working-group',
  },
  {
    nl: '(inter-)zonale werkgroep',
    keyword: 'werkgroep',
    elementId: 'ins.guide.coaching.working-group',
  },
  { nl: 'projectteam', keyword: 'projectteam', elementId: 'ins.guide.coaching.working-group' },
  {
    nl: 'deontologische commissie',
    keyword: 'deontologische commissie',
    elementId: 'ins.guide.coaching.deontological-committee',
  },

  // F2.4 communication
  { nl: 'intranet', keyword: 'intranet', elementId: 'ins.guide.communication.internal' },
  {
    nl: 'personeelsbladen',
    keyword: 'personeelsbladen',
    elementId: 'ins.guide.communication.internal',
  },
  { nl: 'posters, flyers', keyword: 'posters', elementId: 'ins.guide.communication.internal' },
  { nl: 'mailing', keyword: 'mailing', elementId: 'ins.guide.communication.internal' },
  {
    nl: 'teamoverleg, briefings',
    keyword: 'briefings',
    elementId: 'ins.guide.communication.briefings',
  },
  { nl: 'website', keyword: 'website', elementId: 'ins.guide.communication.external' },
  { nl: 'jaarverslag', keyword: 'jaarverslag', elementId: 'ins.guide.communication.external' },
  { nl: 'lokale media', keyword: 'lokale media', elementId: 'ins.guide.communication.external' },
  {
    nl: 'in externe communicatie',
    keyword: 'externe communicatie',
    elementId: 'ins.guide.communication.external',
  },
  {
    nl: 'Communiceer over integriteit en over mogelijke reacties',
    keyword: 'reacties',
    elementId: 'ins.guide.communication.reactions',
  },

  // F3.1 passive monitoring
  { nl: 'meldpunt', keyword: 'meldpunt', elementId: 'ins.monitor.passive.reporting-point' },
  {
    nl: 'klokkenluidersregelingen',
    keyword: 'klokkenluidersregeling',
    elementId: 'ins.monitor.passive.reporting-point',
  },
  {
    nl: 'klachtensysteem',
    keyword: 'klachtensysteem',
    elementId: 'ins.monitor.passive.complaints-system',
  },
  {
    nl: 'hiërarchische chef',
    keyword: 'hiërarchische chef',
    elementId: 'ins.monitor.passive.hierarchy',
  },
  {
    nl: 'intern toezicht',
    keyword: 'intern toezicht',
    elementId: 'ins.monitor.passive.internal-supervision',
  },
  { nl: 'AIG', keyword: 'AIG', elementId: 'ins.monitor.passive.aig' },
  { nl: 'Comité P', keyword: 'Comité P', elementId: 'ins.monitor.passive.comite-p' },
  {
    nl: 'Procureur des Konings',
    keyword: 'procureur',
    elementId: 'ins.monitor.passive.judicial-authorities',
  },
  {
    nl: 'Onderzoekrechters',
    keyword: 'rechters',
    elementId: 'ins.monitor.passive.judicial-authorities',
  },

  // F3.2 active monitoring
  {
    nl: 'dagelijkse supervisie',
    keyword: 'dagelijkse supervisie',
    elementId: 'ins.monitor.active.daily-supervision',
  },
  {
    nl: 'formele codes',
    keyword: 'formele codes',
    elementId: 'ins.monitor.active.data-registration',
  },
  {
    nl: 'systematische registratie en analyse van gegevens',
    keyword: 'registratie',
    elementId: 'ins.monitor.active.data-registration',
  },
  {
    nl: 'aantal klachten, onderzoeken, tuchtstraffen',
    keyword: 'tuchtstraffen',
    elementId: 'ins.monitor.active.data-registration',
  },
  {
    nl: 'terugkerende patronen te identificeren',
    keyword: 'patronen',
    elementId: 'ins.monitor.active.data-registration',
  },
  { nl: 'fleetloggers', keyword: 'fleetloggers', elementId: 'ins.monitor.active.fleet-data' },
  { nl: 'track&trace', keyword: 'track', elementId: 'ins.monitor.active.fleet-data' },
  {
    nl: 'illegale consultaties van databanken',
    keyword: 'consultaties',
    elementId: 'ins.monitor.active.database-logging',
  },
  {
    nl: 'regelmatige steekproefgewijze controles',
    keyword: 'steekproefgewijze',
    elementId: 'ins.monitor.active.spot-checks',
  },
  {
    nl: 'integriteitsaudits',
    keyword: 'integriteitsaudits',
    elementId: 'ins.monitor.active.spot-checks',
  },
  {
    nl: 'controle-uitoefening door de lijnverantwoordelijken',
    keyword: 'lijnverantwoordelijken',
    elementId: 'ins.monitor.active.line-control',
  },
  {
    nl: 'wetenschappelijke surveys',
    keyword: 'wetenschappelijke surveys',
    elementId: 'ins.monitor.active.scientific-surveys',
  },

  // F4.1 formal sanction procedures
  {
    nl: 'schriftelijke terechtwijzingen',
    keyword: 'schriftelijke terechtwijzing',
    elementId: 'ins.enforce.formal.written-reprimand',
  },
  {
    nl: 'functioneringsnota’s',
    keyword: 'functioneringsnota',
    elementId: 'ins.enforce.formal.performance-note',
  },
  {
    nl: 'evaluatieprocedure',
    keyword: 'evaluatieprocedure',
    elementId: 'ins.enforce.formal.evaluation-procedure',
  },
  {
    nl: 'tuchtprocedure, strafrechtelijke procedure',
    keyword: 'tuchtprocedure',
    elementId: 'ins.enforce.formal.disciplinary-procedure',
  },
  {
    nl: 'gepercipieerde rechtvaardigheid van de maatregel',
    keyword: 'rechtvaardig',
    elementId: 'ins.enforce.formal.disciplinary-procedure',
  },
  {
    nl: 'strafrechtelijke procedure',
    keyword: 'strafrechtelijke procedure',
    elementId: 'ins.enforce.formal.criminal-procedure',
  },

  // F4.2 informal reactions
  {
    nl: 'het onderling aanspreken op gedrag',
    keyword: 'aanspreken op gedrag',
    elementId: 'ins.enforce.informal.peer-feedback',
  },
  {
    nl: 'mondelinge opmerking of terechtwijzing',
    keyword: 'mondelinge opmerking',
    elementId: 'ins.enforce.informal.verbal-remark',
  },

  // F4.3 crisis communication and aftercare
  {
    nl: 'draaiboek ‘crisiscommunicatie’',
    keyword: 'draaiboek',
    elementId: 'ins.enforce.crisis-aftercare.crisis-playbook',
  },
  {
    nl: 'handleiding crisiscommunicatie',
    keyword: 'crisiscommunicatie',
    elementId: 'ins.enforce.crisis-aftercare.crisis-playbook',
  },
  {
    nl: 'het geheim van de procedure en van de privacy',
    keyword: 'privacy',
    elementId: 'ins.enforce.crisis-aftercare.crisis-playbook',
  },
  {
    nl: 'het organiseren van nazorggesprekken',
    keyword: 'nazorggesprekken',
    elementId: 'ins.enforce.crisis-aftercare.aftercare-talks',
  },

  // Processes
  { nl: 'een stand van zaken', keyword: 'stand van zaken', elementId: 'pro.pdca.plan' },
  {
    nl: 'het plannen van de integriteitsdoelstellingen',
    keyword: 'doelstellingen',
    elementId: 'pro.pdca.plan',
  },
  {
    nl: 'activiteiten gekoppeld worden aan de doelstellingen',
    keyword: 'activiteiten',
    elementId: 'pro.pdca.implement',
  },
  {
    nl: 'een interne evaluatie',
    keyword: 'interne evaluatie',
    elementId: 'pro.pdca.evaluate',
  },
  {
    nl: 'elke tool beoordeeld wordt naar maturiteit',
    keyword: 'maturiteit',
    elementId: 'pro.pdca.evaluate',
  },
  { nl: 'nul- en eindmeting', keyword: 'eindmeting', elementId: 'pro.pdca.evaluate' },
  { nl: 'jaarlijkse meting', keyword: 'jaarlijkse', elementId: 'pro.pdca.evaluate' },
  {
    nl: 'aanpassing en optimalisatie van het integriteitsbeleid',
    keyword: 'aanpassing',
    elementId: 'pro.pdca.adapt',
  },
  { nl: 'NVP', keyword: 'NVP', elementId: 'pro.planning-cycle.nvp' },
  { nl: 'ZVP', keyword: 'ZVP', elementId: 'pro.planning-cycle.zvp' },
  {
    nl: 'de opdrachtbrief',
    keyword: 'opdrachtbrief',
    elementId: 'pro.planning-cycle.mission-letter',
  },
  {
    nl: 'personeelsbeleid, kwaliteitsbeleid, financieel beleid',
    keyword: 'financieel beleid',
    elementId: 'pro.planning-cycle.support-policies',
  },
  {
    nl: 'organisatiebeheersing',
    keyword: 'organisatiebeheersing',
    elementId: 'pro.planning-cycle.internal-control',
  },
  { nl: 'omzendbrief CP3', keyword: 'CP3', elementId: 'pro.planning-cycle.internal-control' },
  {
    nl: 'bij de introductie van een integriteitsbeleid',
    keyword: 'introductie',
    elementId: 'pro.ad-hoc.introduction',
  },
  {
    nl: 'bij reactie op een schandaal',
    keyword: 'schandaal',
    elementId: 'pro.ad-hoc.incident-response',
  },
  {
    nl: 'de strijd tegen de illegale consultaties van databanken',
    keyword: 'strijd',
    elementId: 'pro.ad-hoc.thematic',
  },

  // Structures at entity level
  {
    nl: 'Ethisch leiderschap vanwege top- en middenmanagement',
    keyword: 'ethisch leiderschap',
    elementId: 'str.leaders.exemplary-role',
  },
  { nl: 'Voorbeeldfunctie', keyword: 'voorbeeldfunctie', elementId: 'str.leaders.exemplary-role' },
  {
    nl: 'open gesprekscultuur',
    keyword: 'open gesprekscultuur',
    elementId: 'str.leaders.open-dialogue',
  },
  {
    nl: 'bevragingen integriteitsbeleving medewerkers',
    keyword: 'bevragingen',
    elementId: 'str.leaders.open-dialogue',
  },
  {
    nl: 'integriteitsbijeenkomst leidinggevenden n.a.v. specifiek probleem',
    keyword: 'specifiek probleem',
    elementId: 'str.leaders.open-dialogue',
  },
  {
    nl: 'integriteitsmetingen op niveau van samenleving, organisatie en individu',
    keyword: 'samenleving',
    elementId: 'str.leaders.integrity-measurements',
  },
  {
    nl: 'integriteit in functionerings- en evaluatiecyclus',
    keyword: 'evaluatiecyclus',
    elementId: 'str.leaders.appraisal-cycle',
  },
  {
    nl: 'nazorggesprekken na schending',
    keyword: 'nazorg',
    elementId: 'str.leaders.aftercare',
  },
  {
    nl: 'integriteit in exitgesprek',
    keyword: 'exitgesprek',
    elementId: 'str.leaders.exit-interview',
  },
  {
    nl: 'integriteitsverantwoordelijke',
    keyword: 'integriteitsverantwoordelijke',
    elementId: 'str.officers.integrity-officer',
  },
  {
    nl: 'een plaats krijgt in het organogram',
    keyword: 'organogram',
    elementId: 'str.officers.integrity-officer',
  },
  {
    nl: 'directiecomité',
    keyword: 'directiecomité',
    elementId: 'str.horizontal.management-committee',
  },
  {
    nl: 'integriteitscoördinator',
    keyword: 'integriteitscoördinator',
    elementId: 'str.horizontal.integrity-coordinator',
  },
  {
    nl: 'integriteitscoaches (ambassadeurs, dilemmatrainers)',
    keyword: 'ambassadeurs',
    elementId: 'str.horizontal.integrity-coaches',
  },
  {
    nl: 'een netwerk van integriteitsambassadeurs',
    keyword: 'netwerk',
    elementId: 'str.horizontal.integrity-coaches',
  },
  {
    nl: 'vertrouwenspersoon integriteit / intern meldpunt klokkenluidersregeling',
    keyword: 'intern meldpunt',
    elementId: 'str.horizontal.confidential-counsellor',
  },
  {
    nl: 'DIT (dienst integriteitsbewaking en toezicht)',
    keyword: 'integriteitsbewaking',
    elementId: 'str.horizontal.dit',
  },
  {
    nl: 'IKZ (dienst integrale kwaliteitszorg)',
    keyword: 'integrale kwaliteitszorg',
    elementId: 'str.horizontal.ikz',
  },
  { nl: 'HRM', keyword: 'HRM', elementId: 'str.horizontal.hrm' },
  { nl: 'personeelsverantwoordelijken', keyword: 'personeel', elementId: 'str.horizontal.hrm' },
  {
    nl: 'dienst communicatie',
    keyword: 'dienst communicatie',
    elementId: 'str.horizontal.communication-service',
  },
  {
    nl: 'communicatiedeskundigen',
    keyword: 'communicatie',
    elementId: 'str.horizontal.communication-service',
  },
  {
    nl: 'personeel of financiën',
    keyword: 'financiën',
    elementId: 'str.horizontal.finance-logistics',
  },

  // Structures at supralocal level
  {
    nl: 'tuchtoverheden',
    keyword: 'tuchtoverheden',
    elementId: 'str.supralocal.disciplinary-authorities',
  },
  {
    nl: 'feiten die mogelijks een tuchtvergrijp uitmaken',
    keyword: 'tuchtvergrijp',
    elementId: 'str.supralocal.disciplinary-authorities',
  },
  { nl: 'AIG, Comité P, COC', keyword: 'AIG', elementId: 'str.supralocal.aig' },
  { nl: 'AIG, Comité P, COC', keyword: 'Comité P', elementId: 'str.supralocal.comite-p' },
  { nl: 'AIG, Comité P, COC', keyword: 'COC', elementId: 'str.supralocal.coc' },
] as const satisfies readonly SourceExample[];
