import type { LocalizedText } from '../shared/locale';

/*
 * Facilitation tips that fit many prompts. Each prompt pairs one or two of its own tips with at
 * most one of these, so cards do not all read the same.
 */

/** Ask before telling: the leader's view, given first, ends the discussion. */
export const TIP_ASK_FIRST: LocalizedText = {
  nl: 'Vraag de ploeg wat zij zouden doen voor je je eigen mening geeft; wacht tot verschillende mensen aan het woord zijn geweest.',
  fr: 'Demandez à l’équipe ce qu’elle ferait avant de donner votre avis ; attendez que plusieurs personnes se soient exprimées.',
  de: 'Fragen Sie das Team, was es tun würde, bevor Sie Ihre Meinung sagen; warten Sie, bis mehrere Personen gesprochen haben.',
  en: 'Ask the team what they would do before giving your own view; wait until several people have spoken.',
};

/** What is shared stays in the room; the talk is about situations, not named colleagues. */
export const TIP_CONFIDENTIAL: LocalizedText = {
  nl: 'Spreek bij de start af dat persoonlijke verhalen in de ruimte blijven, en dat het gesprek over situaties gaat, niet over collega’s bij naam.',
  fr: 'Convenez dès le départ que les récits personnels restent dans la pièce, et que l’on parle de situations, pas de collègues nommés.',
  de: 'Vereinbaren Sie zu Beginn, dass persönliche Geschichten im Raum bleiben und es um Situationen geht, nicht um namentlich genannte Kollegen.',
  en: 'Agree at the start that personal stories shared here stay in the room, and that the talk is about situations, not named colleagues.',
};

/** A case that resembles someone in the team is handled one-to-one, not in the group. */
export const TIP_NO_NAMES: LocalizedText = {
  nl: 'Hou het bij de situatie: lijkt het geval op iemand in de ploeg, bespreek die persoon dan niet hier, maar in een gesprek onder vier ogen.',
  fr: 'Restez sur la situation : si le cas ressemble à quelqu’un de l’équipe, n’en parlez pas ici ; abordez-le en tête-à-tête.',
  de: 'Bleiben Sie bei der Situation: Ähnelt der Fall jemandem im Team, besprechen Sie diese Person nicht hier, sondern unter vier Augen.',
  en: 'Keep it about the situation: if the case resembles someone in the team, do not discuss that person here; take it up one-to-one.',
};

/** No blaming: the aim is to learn together. */
export const TIP_NO_BLAME: LocalizedText = {
  nl: 'Zoek geen schuldigen: het doel is samen te leren, niet uit te zoeken wie wat deed. Bedank mensen voor hun openheid.',
  fr: 'Ne cherchez pas de coupables : le but est d’apprendre ensemble, pas de savoir qui a fait quoi. Remerciez chacun pour sa franchise.',
  de: 'Suchen Sie keine Schuldigen: Ziel ist gemeinsames Lernen, nicht herauszufinden, wer was getan hat. Danken Sie allen für ihre Offenheit.',
  en: 'Do not look for culprits: the aim is to learn together, not to find out who did what. Thank people for their openness.',
};

/** Where to go with a doubt or a report. */
export const TIP_WHERE_TO_GO: LocalizedText = {
  nl: 'Sluit af met waar iedereen terechtkan met een twijfel of melding: bij jou, de integriteitsverantwoordelijke, een vertrouwenspersoon of de AIG.',
  fr: 'Terminez en rappelant où s’adresser en cas de doute ou de signalement : à vous, au responsable intégrité, à une personne de confiance ou à l’AIG.',
  de: 'Sagen Sie zum Schluss, wohin man sich mit Zweifeln oder Meldungen wenden kann: an Sie, den Integritätsbeauftragten, eine Vertrauensperson, die AIG.',
  en: 'End by recalling where anyone can go with a doubt or a report: to you, the integrity officer, a confidential counsellor or the AIG.',
};
