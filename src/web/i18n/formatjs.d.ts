import type { Locale } from '../../core/shared/locale';
import type { MessageId } from './messages.en';

// Registers the catalogue with react-intl's types: `formatMessage({ id })` with an id that is not
// in messages.en.ts is a compile error.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
    interface IntlConfig {
      locale: `${Locale}-BE`;
    }
  }
}
