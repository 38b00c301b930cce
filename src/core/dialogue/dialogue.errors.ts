import type { LocalizedText } from '../shared/locale';
import type { DomainError, Result } from '../shared/result';

/**
 * Every business error of the dialogue prompts, with its message in the four languages of the
 * app. Messages use ICU MessageFormat placeholders that match the `details` the functions return;
 * `{field}` is the path of the field in a prompt (`title.fr`, `tips[1].de`). French text uses the
 * typographic apostrophe (’) because a straight one is a quote character in ICU.
 */
export const DIALOGUE_ERRORS = {
  'DIALOGUE.INVALID_PROMPT': {
    nl: 'Item {row} van de lijst met toegevoegde gespreksonderwerpen is geen gespreksonderwerp.',
    fr: 'L’élément {row} de la liste des sujets de dialogue ajoutés n’est pas un sujet de dialogue.',
    de: 'Eintrag {row} der Liste hinzugefügter Dialogimpulse ist kein Dialogimpuls.',
    en: 'Item {row} of the list of added dialogue prompts is not a dialogue prompt.',
  },
  'DIALOGUE.FIELD_REQUIRED': {
    nl: 'Het veld {field} van het gespreksonderwerp is verplicht.',
    fr: 'Le champ {field} du sujet de dialogue est obligatoire.',
    de: 'Das Feld {field} des Dialogimpulses ist ein Pflichtfeld.',
    en: 'The field {field} of the dialogue prompt is required.',
  },
  'DIALOGUE.FIELD_TOO_LONG': {
    nl: 'Het veld {field} van het gespreksonderwerp mag hoogstens {max, plural, one {# teken} other {# tekens}} bevatten, zodat de kaart klein blijft.',
    fr: 'Le champ {field} du sujet de dialogue ne peut pas dépasser {max, plural, one {# caractère} other {# caractères}}, pour que la carte reste compacte.',
    de: 'Das Feld {field} des Dialogimpulses darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} enthalten, damit die Karte klein bleibt.',
    en: 'The field {field} of the dialogue prompt may contain at most {max, plural, one {# character} other {# characters}}, so that the card stays small.',
  },
  'DIALOGUE.INVALID_CHOICE': {
    nl: 'Het veld {field} van het gespreksonderwerp moet een van deze waarden hebben: {allowed}.',
    fr: 'Le champ {field} du sujet de dialogue doit prendre l’une des valeurs suivantes : {allowed}.',
    de: 'Das Feld {field} des Dialogimpulses muss einen der folgenden Werte haben: {allowed}.',
    en: 'The field {field} of the dialogue prompt must be one of: {allowed}.',
  },
  'DIALOGUE.INVALID_KEY': {
    nl: 'De sleutel „{value}” is ongeldig: gebruik kleine letters, cijfers en enkele koppeltekens, hoogstens {max, plural, one {# teken} other {# tekens}}.',
    fr: 'La clé « {value} » n’est pas valide : utilisez des minuscules, des chiffres et des traits d’union simples, {max, plural, one {# caractère} other {# caractères}} au maximum.',
    de: 'Der Schlüssel „{value}“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern und einfache Bindestriche, höchstens {max, plural, one {# Zeichen} other {# Zeichen}}.',
    en: 'The key "{value}" is not valid: use lower-case letters, digits and single hyphens, at most {max, plural, one {# character} other {# characters}}.',
  },
  'DIALOGUE.TIP_COUNT': {
    nl: 'Een gespreksonderwerp heeft {min} tot {max} tips voor de leidinggevende nodig (nu: {count}).',
    fr: 'Un sujet de dialogue doit comporter de {min} à {max} conseils pour le responsable (actuellement : {count}).',
    de: 'Ein Dialogimpuls braucht {min} bis {max} Tipps für die Führungskraft (jetzt: {count}).',
    en: 'A dialogue prompt needs {min} to {max} tips for the leader (now: {count}).',
  },
  'DIALOGUE.INVALID_VALUE': {
    nl: 'Het veld {field} van het gespreksonderwerp bevat een ongeldige waarde.',
    fr: 'Le champ {field} du sujet de dialogue contient une valeur non valide.',
    de: 'Das Feld {field} des Dialogimpulses enthält einen ungültigen Wert.',
    en: 'The field {field} of the dialogue prompt contains an invalid value.',
  },
  'DIALOGUE.DUPLICATE_KEY': {
    nl: 'De sleutel „{key}” wordt al door een ander gespreksonderwerp gebruikt; dit onderwerp wordt overgeslagen.',
    fr: 'La clé « {key} » est déjà utilisée par un autre sujet de dialogue ; ce sujet est ignoré.',
    de: 'Der Schlüssel „{key}“ wird bereits von einem anderen Dialogimpuls verwendet; dieser Impuls wird übersprungen.',
    en: 'The key "{key}" is already used by another dialogue prompt; this prompt is skipped.',
  },
  'DIALOGUE.INVALID_PERIOD': {
    nl: 'Het veld {field} bevat geen geldige maand: „{value}”; verwacht wordt JJJJ-MM.',
    fr: 'Le champ {field} ne contient pas un mois valide : « {value} » ; le format attendu est AAAA-MM.',
    de: 'Das Feld {field} enthält keinen gültigen Monat: „{value}“; erwartet wird JJJJ-MM.',
    en: 'The field {field} does not hold a valid month: "{value}"; expected YYYY-MM.',
  },
  'DIALOGUE.INVALID_TEAM_SEED': {
    nl: 'De teamsleutel voor de volgorde van het gespreksonderwerpen is leeg.',
    fr: 'La clé d’équipe qui détermine l’ordre des sujets de dialogue est vide.',
    de: 'Der Teamschlüssel für die Reihenfolge der Dialogimpulse ist leer.',
    en: 'The team key that orders the dialogue prompts is empty.',
  },
} as const satisfies Record<string, LocalizedText>;

export type DialogueErrorCode = keyof typeof DIALOGUE_ERRORS;

/** A business failure of the dialogue prompts: a code from `DIALOGUE_ERRORS` and its details. */
export type DialogueError = DomainError<DialogueErrorCode>;

/** What the dialogue functions return: a value, or a business failure with a known code. */
export type DialogueResult<T> = Result<T, DialogueError>;

/** Whether a string is one of the dialogue error codes (for messages read back from storage). */
export function isDialogueErrorCode(code: unknown): code is DialogueErrorCode {
  return typeof code === 'string' && Object.hasOwn(DIALOGUE_ERRORS, code);
}
