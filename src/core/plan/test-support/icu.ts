/**
 * A small reader of ICU MessageFormat, enough to check our catalogues in tests without pulling
 * intl-messageformat into the core: it lists the argument names and refuses unbalanced braces
 * and plural/select arguments without an `other` branch.
 */

export type IcuCheck =
  | { readonly status: 'ok'; readonly args: ReadonlySet<string> }
  | { readonly status: 'invalid'; readonly reason: string };

class IcuError extends Error {}

export function readIcu(message: string): IcuCheck {
  const args = new Set<string>();
  let i = 0;

  const readUntil = (stops: string): string => {
    const start = i;
    while (i < message.length && !stops.includes(message.charAt(i))) i += 1;
    return message.slice(start, i);
  };

  const skipSpace = (): void => {
    while (i < message.length && /\s/.test(message.charAt(i))) i += 1;
  };

  const parseMessage = (nested: boolean): void => {
    while (i < message.length) {
      const ch = message.charAt(i);
      if (ch === '{') {
        i += 1;
        parseArgument();
      } else if (ch === '}') {
        if (!nested) throw new IcuError(`unexpected } at ${i}`);
        return;
      } else {
        i += 1;
      }
    }
    if (nested) throw new IcuError('unclosed sub-message');
  };

  const parseArgument = (): void => {
    const name = readUntil(',}').trim();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new IcuError(`bad argument name "${name}"`);
    args.add(name);
    if (message[i] === '}') {
      i += 1;
      return;
    }
    i += 1; // ','
    const type = readUntil(',}').trim();
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      if (message[i] !== ',') throw new IcuError(`${type} without branches`);
      i += 1;
      const selectors = new Set<string>();
      for (;;) {
        skipSpace();
        if (message[i] === '}') {
          i += 1;
          break;
        }
        const selector = readUntil(' \t\n{}');
        skipSpace();
        if (selector === '' || message[i] !== '{') throw new IcuError(`bad branch in "${name}"`);
        selectors.add(selector);
        i += 1; // '{'
        parseMessage(true);
        i += 1; // '}'
      }
      if (!selectors.has('other')) throw new IcuError(`${type} "${name}" has no other branch`);
      return;
    }
    readUntil('}');
    if (i >= message.length) throw new IcuError('unclosed argument');
    i += 1;
  };

  try {
    parseMessage(false);
    return { status: 'ok', args };
  } catch (error) {
    if (error instanceof IcuError) return { status: 'invalid', reason: error.message };
    throw error;
  }
}

/** The argument names of a message that must be valid ICU. */
export function icuArgs(message: string): ReadonlySet<string> {
  const read = readIcu(message);
  if (read.status === 'invalid') throw new Error(`${read.reason}: ${message}`);
  return read.args;
}
