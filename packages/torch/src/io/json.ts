// A strict JSON (RFC 8259) parser for file headers. Unlike JSON.parse it rejects duplicate object
// keys (JSON.parse silently keeps the last one), keeps objects as Maps (so keys such as
// '__proto__' are plain data), and tells integer literals from numbers with a fraction or an
// exponent, so that a shape written as [2.0, 3] can be refused.

export type JsonValue = null | boolean | number | string | JsonFloat | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

/** A number written with a fraction or an exponent (`1.5`, `2.0`, `1e3`). */
export class JsonFloat {
  constructor(readonly value: number, readonly text: string) {}
}

/** Thrown for malformed JSON; `position` is the character index where parsing stopped. */
export class JsonSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} at character ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

const MAX_DEPTH = 64;

/**
 * Parses `text` as one JSON value surrounded by optional whitespace. Integer literals become
 * numbers (possibly unsafe for huge values: check Number.isSafeInteger), other numbers become
 * JsonFloat, objects become Maps in source order.
 */
export function parseJson(text: string): JsonValue {
  let i = 0;
  const n = text.length;

  const fail = (msg: string, at = i): never => {
    throw new JsonSyntaxError(msg, at);
  };
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const describe = (at: number) => (at >= n ? 'end of input' : JSON.stringify(text[at]));

  const parseString = (): string => {
    // text[i] === '"'
    i++;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      i++;
      if (i >= n) fail('unterminated string');
      const e = text[i];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = text.slice(i + 1, i + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default: fail(`invalid escape \\${e}`);
      }
      i++;
      start = i;
    }
  };

  const parseNumber = (): number | JsonFloat => {
    const start = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') {
      i++;
    } else if (text[i] >= '1' && text[i] <= '9') {
      while (text[i] >= '0' && text[i] <= '9') i++;
    } else {
      fail('invalid number', start);
    }
    let float = false;
    if (text[i] === '.') {
      float = true;
      i++;
      if (!(text[i] >= '0' && text[i] <= '9')) fail('invalid number', start);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      float = true;
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i] >= '0' && text[i] <= '9')) fail('invalid number', start);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    const literal = text.slice(start, i);
    return float ? new JsonFloat(Number(literal), literal) : Number(literal);
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    skipWs();
    if (i >= n) fail('unexpected end of input');
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: JsonObject = new Map();
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail(`expected a string key, found ${describe(i)}`);
        const keyAt = i;
        const key = parseString();
        if (obj.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
        skipWs();
        if (text[i] !== ':') fail(`expected ':', found ${describe(i)}`);
        i++;
        obj.set(key, parseValue(depth + 1));
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected ',' or '}', found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skipWs();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected ',' or ']', found ${describe(i)}`);
      }
    }
    if (c === '"') return parseString();
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    return fail(`unexpected ${describe(i)}`);
  };

  const value = parseValue(0);
  skipWs();
  if (i < n) fail(`unexpected ${describe(i)} after the JSON value`);
  return value;
}

/** A short name for the kind of a JSON value, for error messages. */
export function jsonKind(v: JsonValue): string {
  if (v === null) return 'null';
  if (v instanceof Map) return 'an object';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof JsonFloat) return `the number ${v.text}`;
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return `the number ${v}`;
  return `${v}`;
}
