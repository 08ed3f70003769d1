// Splits a state (nested plain objects, arrays, Maps, Tensors, numbers, strings, booleans, null,
// bigints) into JSON plus a flat name -> Tensor record for safetensors, and joins them back.
// Tensors are named by their path ('conv1.weight', 'state.0.momentum_buffer'); a model's state
// dict (a Map of keys to tensors) therefore keeps its PyTorch keys in the safetensors file.
import { Tensor } from '../tensor';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function encodeState(value: unknown, tensors: Map<string, Tensor>, path = ''): Json {
  const child = (key: string) => (path ? `${path}.${key}` : key);
  if (value === null || value === undefined) return null;
  if (value instanceof Tensor) {
    const name = path || 'tensor';
    if (tensors.has(name)) throw new Error(`checkpoint: two tensors map to the name '${name}'`);
    tensors.set(name, value);
    return { $tensor: name };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: String(value) };
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v, i) => encodeState(v, tensors, child(String(i))));
  if (value instanceof Map) {
    return { $map: [...value.entries()].map(([k, v]) => [String(k), encodeState(v, tensors, child(String(k)))]) };
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('$')) throw new Error(`checkpoint: state key '${k}' at '${path}' may not start with '$'`);
      out[k] = encodeState(v, tensors, child(k));
    }
    return out;
  }
  throw new TypeError(`checkpoint: cannot store a value of type ${typeof value === 'object' ? value.constructor?.name : typeof value} at '${path}'`);
}

export function decodeState(json: Json, tensors: Record<string, Tensor>, where: string): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((v) => decodeState(v, tensors, where));
  if ('$tensor' in json) {
    const t = tensors[json.$tensor as string];
    if (!t) throw new Error(`checkpoint: ${where} refers to tensor '${String(json.$tensor)}', which its file lacks`);
    return t;
  }
  if ('$number' in json) return Number(json.$number);
  if ('$bigint' in json) return BigInt(json.$bigint as string);
  if ('$map' in json) {
    return new Map((json.$map as [string, Json][]).map(([k, v]) => [k, decodeState(v, tensors, where)]));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) out[k] = decodeState(v, tensors, where);
  return out;
}
