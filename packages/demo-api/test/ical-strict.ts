// A strict reader of the iCalendar the demo API writes, for tests: it refuses what RFC 5545 does
// not allow (bare CR or LF, lines over 75 octets, control characters, unescaped `,` or `;` in a
// single TEXT value, unknown escapes, unbalanced BEGIN/END) instead of guessing like ical.js.

const encoder = new TextEncoder();

/** One content line after unfolding: `NAME;PARAM=…:value`, the value still escaped. */
export interface ContentLine {
  name: string;
  params: string;
  /** The value exactly as written (escaped), unfolded. */
  raw: string;
}

/** Splits `text` into unfolded content lines, checking line ends, lengths and characters. */
export function strictLines(text: string): ContentLine[] {
  if (!text.endsWith('\r\n')) throw new Error('the stream does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const [index, line] of physical.entries()) {
    if (/[\r\n]/.test(line)) throw new Error(`bare CR or LF in line ${index + 1}`);
    if (encoder.encode(line).length > 75) throw new Error(`line ${index + 1} exceeds 75 octets`);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('the stream starts with a continuation line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  return logical.map((line) => {
    // eslint-disable-next-line no-control-regex -- control characters other than HTAB are invalid
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) {
      throw new Error(`control character in ${JSON.stringify(line)}`);
    }
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):([\s\S]*)$/.exec(
      line,
    );
    if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    return { name: match[1]!.toUpperCase(), params: match[2]!, raw: match[3]! };
  });
}

/**
 * The values of a TEXT property (RFC 5545 §3.3.11): split at unescaped commas when the property
 * takes a list, else an unescaped `,` is an error; an unescaped `;` is always one, and so is any
 * backslash not followed by `\`, `;`, `,`, `n` or `N`.
 */
export function unescapeText(raw: string, list = false): string[] {
  const values = [''];
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '\\') {
      const next = raw[++i];
      if (next === 'n' || next === 'N') values[values.length - 1] += '\n';
      else if (next === '\\' || next === ';' || next === ',') values[values.length - 1] += next;
      else throw new Error(`bad escape "\\${next ?? ''}" in ${JSON.stringify(raw)}`);
    } else if (char === ',' && list) values.push('');
    else if (char === ',' || char === ';') {
      throw new Error(`unescaped "${char}" in ${JSON.stringify(raw)}`);
    } else values[values.length - 1] += char;
  }
  return values;
}

export interface StrictEvent {
  lines: ContentLine[];
  /** The first line of `name`, if any. */
  get(name: string): ContentLine | undefined;
  /** The unescaped single TEXT value of `name`. */
  text(name: string): string | undefined;
}

/** The VEVENTs of a calendar, after checking that BEGIN and END nest and the frame is right. */
export function strictEvents(text: string): StrictEvent[] {
  const lines = strictLines(text);
  const stack: string[] = [];
  const events: StrictEvent[] = [];
  let current: ContentLine[] | undefined;
  for (const line of lines) {
    if (line.name === 'BEGIN') {
      stack.push(line.raw);
      if (line.raw === 'VEVENT') current = [];
    } else if (line.name === 'END') {
      if (stack.pop() !== line.raw) throw new Error(`END:${line.raw} does not close its BEGIN`);
      if (line.raw === 'VEVENT' && current) {
        const own = current;
        events.push({
          lines: own,
          get: (name) => own.find((l) => l.name === name),
          text: (name) => {
            const found = own.find((l) => l.name === name);
            return found ? unescapeText(found.raw)[0] : undefined;
          },
        });
        current = undefined;
      }
    } else if (current) current.push(line);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
  if (lines[0]?.raw !== 'VCALENDAR' || lines.at(-1)?.raw !== 'VCALENDAR') {
    throw new Error('not one VCALENDAR');
  }
  return events;
}
