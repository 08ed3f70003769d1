// A small CPU ray caster for Scene (scene.ts): one primary ray per pixel centre against analytic
// primitives (sphere, oriented box, capped cylinder, cone, torus by sphere tracing its SDF,
// capsule, ellipsoid, pyramid) and the ground plane, Lambert + ambient shading with hard shadows
// from a sun, procedural textures (checker, stripes, value noise) in each object's own frame.
// Per pixel it writes the hit object, depth along the camera z axis and the camera-frame normal.
// No allocation per pixel: everything works on numbers and a few module-level scratch arrays.
import {
  K_SPHERE, K_BOX, K_CYLINDER, K_CONE, K_TORUS, K_CAPSULE, K_ELLIPSOID, K_PYRAMID,
  O_KIND, O_CLS, O_C, O_R, O_OL, O_P, O_BOUND, O_TEX, O_TEXSCALE, O_COLA, O_COLB, O_TEXAXIS, O_TEXSEED, OS,
  T_CHECKER, T_STRIPES, T_NOISE, type Scene,
} from './scene';

/** Pixel id of the ground plane and of the sky in `RenderBuffers.ids`. */
export const ID_GROUND = -1;
export const ID_SKY = -2;

export interface RenderBuffers {
  /** 3*H*W RGB planes in [0, 1]. */
  image: Float32Array;
  /** H*W depth (camera z, meters); 0 where nothing is hit (sky). */
  depth: Float32Array;
  /** 3*H*W camera-frame unit normals; 0 where nothing is hit. */
  normals: Float32Array;
  /** H*W: object index in the scene, ID_GROUND or ID_SKY. */
  ids: Int16Array;
}

export function allocBuffers(height: number, width: number, ids = true): RenderBuffers {
  const n = height * width;
  return {
    image: new Float32Array(3 * n), depth: new Float32Array(n), normals: new Float32Array(3 * n),
    ids: new Int16Array(ids ? n : 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Ray-primitive intersections in the primitive's local frame. The direction need not be unit
// length; t is the ray parameter. Each returns the smallest t in (tmin, tmax) or -1.

function hitSphere(r: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  const a = dx * dx + dy * dy + dz * dz;
  const b = ox * dx + oy * dy + oz * dz;
  const c = ox * ox + oy * oy + oz * oz - r * r;
  const disc = b * b - a * c;
  if (disc < 0) return -1;
  const sq = Math.sqrt(disc);
  let t = (-b - sq) / a;
  if (t > tmin && t < tmax) return t;
  t = (-b + sq) / a;
  if (t > tmin && t < tmax) return t;
  return -1;
}

function hitBox(hx: number, hy: number, hz: number, ox: number, oy: number, oz: number,
  dx: number, dy: number, dz: number, tmin: number, tmax: number): number {
  let tn = -Infinity, tf = Infinity;
  if (dx !== 0) {
    const inv = 1 / dx;
    let t1 = (-hx - ox) * inv, t2 = (hx - ox) * inv;
    if (t1 > t2) { const s = t1; t1 = t2; t2 = s; }
    if (t1 > tn) tn = t1;
    if (t2 < tf) tf = t2;
  } else if (ox < -hx || ox > hx) return -1;
  if (dy !== 0) {
    const inv = 1 / dy;
    let t1 = (-hy - oy) * inv, t2 = (hy - oy) * inv;
    if (t1 > t2) { const s = t1; t1 = t2; t2 = s; }
    if (t1 > tn) tn = t1;
    if (t2 < tf) tf = t2;
  } else if (oy < -hy || oy > hy) return -1;
  if (dz !== 0) {
    const inv = 1 / dz;
    let t1 = (-hz - oz) * inv, t2 = (hz - oz) * inv;
    if (t1 > t2) { const s = t1; t1 = t2; t2 = s; }
    if (t1 > tn) tn = t1;
    if (t2 < tf) tf = t2;
  } else if (oz < -hz || oz > hz) return -1;
  if (tn > tf) return -1;
  if (tn > tmin) return tn < tmax ? tn : -1;
  if (tf > tmin && tf < tmax) return tf;
  return -1;
}

/** Lateral surface of an infinite cylinder about y, limited to |y| <= h. */
function hitTube(r: number, h: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  const a = dx * dx + dz * dz;
  if (a < 1e-14) return -1;
  const b = ox * dx + oz * dz;
  const c = ox * ox + oz * oz - r * r;
  const disc = b * b - a * c;
  if (disc < 0) return -1;
  const sq = Math.sqrt(disc);
  let t = (-b - sq) / a;
  if (t > tmin && t < tmax) {
    const y = oy + t * dy;
    if (y >= -h && y <= h) return t;
  }
  t = (-b + sq) / a;
  if (t > tmin && t < tmax) {
    const y = oy + t * dy;
    if (y >= -h && y <= h) return t;
  }
  return -1;
}

/** Disc of radius r in the plane y = y0. */
function hitDisc(r: number, y0: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  if (dy === 0) return -1;
  const t = (y0 - oy) / dy;
  if (!(t > tmin && t < tmax)) return -1;
  const x = ox + t * dx, z = oz + t * dz;
  return x * x + z * z <= r * r ? t : -1;
}

function hitCylinder(r: number, h: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  let best = -1;
  let t = hitTube(r, h, ox, oy, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) { best = t; tmax = t; }
  t = hitDisc(r, h, ox, oy, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) { best = t; tmax = t; }
  t = hitDisc(r, -h, ox, oy, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) best = t;
  return best;
}

/** Cone about y: base disc of radius r at y = -h, apex at y = +h. */
function hitCone(r: number, h: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  const k = r / (2 * h), k2 = k * k;
  const oyp = h - oy, dyp = -dy;
  const a = dx * dx + dz * dz - k2 * dyp * dyp;
  const b = ox * dx + oz * dz - k2 * oyp * dyp;
  const c = ox * ox + oz * oz - k2 * oyp * oyp;
  let best = -1;
  if (Math.abs(a) > 1e-14) {
    const disc = b * b - a * c;
    if (disc >= 0) {
      const sq = Math.sqrt(disc);
      const t1 = (-b - sq) / a, t2 = (-b + sq) / a;
      if (t1 > tmin && t1 < tmax) {
        const y = oy + t1 * dy;
        if (y >= -h && y <= h) { best = t1; tmax = t1; }
      }
      if (t2 > tmin && t2 < tmax) {
        const y = oy + t2 * dy;
        if (y >= -h && y <= h) { best = t2; tmax = t2; }
      }
    }
  } else if (Math.abs(b) > 1e-14) {
    const t = -c / (2 * b);
    if (t > tmin && t < tmax) {
      const y = oy + t * dy;
      if (y >= -h && y <= h) { best = t; tmax = t; }
    }
  }
  const t = hitDisc(r, -h, ox, oy, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) best = t;
  return best;
}

/** Torus about y (major radius R, minor r), by sphere tracing its distance function. */
function hitTorus(R: number, r: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  const len = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const nx = dx / len, ny = dy / len, nz = dz / len;
  // clip the ray to the bounding sphere
  const B = R + r;
  const b = ox * nx + oy * ny + oz * nz;
  const c = ox * ox + oy * oy + oz * oz - B * B;
  const disc = b * b - c;
  if (disc < 0) return -1;
  const sq = Math.sqrt(disc);
  let s = -b - sq;
  let s1 = -b + sq;
  const smin = tmin * len, smax = tmax * len;
  if (s < smin) s = smin;
  if (s1 > smax) s1 = smax;
  if (s >= s1) return -1;
  const eps = 2e-5 + 1e-4 * r;
  for (let i = 0; i < 96; i++) {
    const px = ox + s * nx, py = oy + s * ny, pz = oz + s * nz;
    const q = Math.sqrt(px * px + pz * pz) - R;
    const d = Math.sqrt(q * q + py * py) - r;
    if (d < eps) return s / len;
    s += d;
    if (s > s1) return -1;
  }
  return -1;
}

function hitCapsule(r: number, h: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  let best = -1;
  let t = hitTube(r, h, ox, oy, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) { best = t; tmax = t; }
  t = hitSphere(r, ox, oy - h, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) { best = t; tmax = t; }
  t = hitSphere(r, ox, oy + h, oz, dx, dy, dz, tmin, tmax);
  if (t > 0) best = t;
  return best;
}

/** Square pyramid: base half-size s at y = -h, apex at y = +h (five half-spaces). */
function hitPyramid(s: number, h: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  tmin: number, tmax: number): number {
  let tn = -Infinity, tf = Infinity;
  const e = s * h, h2 = 2 * h;
  // base: -y <= h
  {
    const den = -dy, num = h + oy;
    if (den === 0) { if (num < 0) return -1; } else {
      const t = num / den;
      if (den < 0) { if (t > tn) tn = t; } else if (t < tf) tf = t;
    }
  }
  // four sides: (sx*2h, s, 0) . p <= e and (0, s, sz*2h) . p <= e
  for (let side = 0; side < 4; side++) {
    const nx = side === 0 ? h2 : side === 1 ? -h2 : 0;
    const nz = side === 2 ? h2 : side === 3 ? -h2 : 0;
    const den = nx * dx + s * dy + nz * dz;
    const num = e - (nx * ox + s * oy + nz * oz);
    if (den === 0) { if (num < 0) return -1; continue; }
    const t = num / den;
    if (den < 0) { if (t > tn) tn = t; } else if (t < tf) tf = t;
  }
  if (tn > tf) return -1;
  if (tn > tmin) return tn < tmax ? tn : -1;
  if (tf > tmin && tf < tmax) return tf;
  return -1;
}

/** Intersection with object record `b` of `P` for a ray in its local frame. */
export function intersectLocal(kind: number, P: Float64Array, b: number,
  ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, tmin: number, tmax: number): number {
  const p0 = P[b + O_P], p1 = P[b + O_P + 1];
  switch (kind) {
    case K_SPHERE: return hitSphere(p0, ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_BOX: return hitBox(p0, p1, P[b + O_P + 2], ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_CYLINDER: return hitCylinder(p0, p1, ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_CONE: return hitCone(p0, p1, ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_TORUS: return hitTorus(p0, p1, ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_CAPSULE: return hitCapsule(p0, p1, ox, oy, oz, dx, dy, dz, tmin, tmax);
    case K_ELLIPSOID: {
      const p2 = P[b + O_P + 2];
      return hitSphere(1, ox / p0, oy / p1, oz / p2, dx / p0, dy / p1, dz / p2, tmin, tmax);
    }
    case K_PYRAMID: return hitPyramid(p0, p1, ox, oy, oz, dx, dy, dz, tmin, tmax);
    default: return -1;
  }
}

const nrm = new Float64Array(3);

/** Unit outward normal (local frame) at a local surface point, into `nrm`. */
function normalLocal(kind: number, P: Float64Array, b: number, x: number, y: number, z: number): void {
  const p0 = P[b + O_P], p1 = P[b + O_P + 1], p2 = P[b + O_P + 2];
  let nx = 0, ny = 0, nz = 0;
  switch (kind) {
    case K_SPHERE: nx = x; ny = y; nz = z; break;
    case K_BOX: {
      const ax = Math.abs(x) / p0, ay = Math.abs(y) / p1, az = Math.abs(z) / p2;
      if (ax >= ay && ax >= az) nx = x < 0 ? -1 : 1;
      else if (ay >= az) ny = y < 0 ? -1 : 1;
      else nz = z < 0 ? -1 : 1;
      break;
    }
    case K_CYLINDER: {
      const rho = Math.sqrt(x * x + z * z);
      if (p1 - Math.abs(y) < p0 - rho || rho < 1e-12) ny = y < 0 ? -1 : 1;
      else { nx = x; nz = z; }
      break;
    }
    case K_CONE: {
      const k = p0 / (2 * p1);
      const rho = Math.sqrt(x * x + z * z);
      const dBase = y + p1;
      const dSide = (k * (p1 - y) - rho) / Math.sqrt(1 + k * k);
      if (dBase < dSide) ny = -1;
      else if (rho < 1e-12) ny = 1;
      else { nx = x / rho; ny = k; nz = z / rho; }
      break;
    }
    case K_TORUS: {
      const rho = Math.sqrt(x * x + z * z);
      const f = rho > 1e-12 ? 1 - p0 / rho : 0;
      nx = x * f; ny = y; nz = z * f;
      break;
    }
    case K_CAPSULE: {
      const yc = y > p1 ? p1 : y < -p1 ? -p1 : y;
      nx = x; ny = y - yc; nz = z;
      break;
    }
    case K_ELLIPSOID: nx = x / (p0 * p0); ny = y / (p1 * p1); nz = z / (p2 * p2); break;
    case K_PYRAMID: {
      const s = p0, h = p1, h2 = 2 * h;
      const len = Math.sqrt(h2 * h2 + s * s);
      let best = -y - h; // base plane signed distance (unit normal (0,-1,0))
      ny = -1;
      const e = s * h;
      const dpx = (h2 * x + s * y - e) / len, dmx = (-h2 * x + s * y - e) / len;
      const dpz = (h2 * z + s * y - e) / len, dmz = (-h2 * z + s * y - e) / len;
      if (dpx > best) { best = dpx; nx = h2 / len; ny = s / len; nz = 0; }
      if (dmx > best) { best = dmx; nx = -h2 / len; ny = s / len; nz = 0; }
      if (dpz > best) { best = dpz; nx = 0; ny = s / len; nz = h2 / len; }
      if (dmz > best) { nx = 0; ny = s / len; nz = -h2 / len; }
      break;
    }
  }
  const l = Math.sqrt(nx * nx + ny * ny + nz * nz);
  if (l > 0) { nrm[0] = nx / l; nrm[1] = ny / l; nrm[2] = nz / l; } else { nrm[0] = 0; nrm[1] = 1; nrm[2] = 0; }
}

// ---------------------------------------------------------------------------------------------
// Textures

// Lattice values for value noise: a fixed permutation table (Perlin's scheme) instead of an
// integer hash per lattice corner, which is about twice as fast.
const PERM = new Uint8Array(768);
const LATTICE = new Float64Array(256);
{
  let x = 0x9e3779b9 | 0;
  const next = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 4294967296; };
  const p: number[] = [];
  for (let i = 0; i < 256; i++) p.push(i);
  for (let i = 255; i > 0; i--) { const j = Math.floor(next() * (i + 1)); const t = p[i]; p[i] = p[j]; p[j] = t; }
  for (let i = 0; i < 768; i++) PERM[i] = p[i & 255];
  for (let i = 0; i < 256; i++) LATTICE[i] = next();
}

/** Value noise in [0, 1): trilinear interpolation of lattice values, smoothstep weights. */
export function valueNoise(x: number, y: number, z: number, seed: number): number {
  const fx = Math.floor(x), fy = Math.floor(y), fz = Math.floor(z);
  const ix = (fx + seed) & 255, iy = fy & 255, iz = fz & 255;
  let u = x - fx, v = y - fy, w = z - fz;
  u = u * u * (3 - 2 * u); v = v * v * (3 - 2 * v); w = w * w * (3 - 2 * w);
  const px0 = PERM[ix], px1 = PERM[ix + 1];
  const p00 = PERM[px0 + iy], p01 = PERM[px0 + iy + 1], p10 = PERM[px1 + iy], p11 = PERM[px1 + iy + 1];
  const a = LATTICE[PERM[p00 + iz]], b = LATTICE[PERM[p10 + iz]];
  const c = LATTICE[PERM[p01 + iz]], d = LATTICE[PERM[p11 + iz]];
  const e = LATTICE[PERM[p00 + iz + 1]], f = LATTICE[PERM[p10 + iz + 1]];
  const g = LATTICE[PERM[p01 + iz + 1]], h = LATTICE[PERM[p11 + iz + 1]];
  const x0 = a + (b - a) * u, x1 = c + (d - c) * u, x2 = e + (f - e) * u, x3 = g + (h - g) * u;
  const y0 = x0 + (x1 - x0) * v, y1 = x2 + (x3 - x2) * v;
  return y0 + (y1 - y0) * w;
}

/** Blend weight of colour B for a texture at a local point. */
function texWeight(tex: number, scale: number, axis: number, seed: number, x: number, y: number, z: number): number {
  switch (tex) {
    case T_CHECKER:
      return ((Math.floor(x * scale) + Math.floor(y * scale) + Math.floor(z * scale)) & 1);
    case T_STRIPES: {
      const c = axis === 0 ? x : axis === 1 ? y : z;
      return Math.floor(c * scale) & 1;
    }
    case T_NOISE: {
      return 0.65 * valueNoise(x * scale, y * scale, z * scale, seed)
        + 0.35 * valueNoise(x * scale * 2.7, y * scale * 2.7, z * scale * 2.7, seed + 101);
    }
    default: return 0;
  }
}

// ---------------------------------------------------------------------------------------------

const SHADOW_EPS = 2e-3;
let rect = new Int32Array(4 * 64);

/** Pixel rectangle (inclusive) covering the projection of a camera-frame sphere, into `rect`. */
function sphereRect(scene: Scene, X: number, Y: number, Z: number, R: number, W: number, H: number, o: number): void {
  if (Z - R < 0.05) { // crosses or is behind the camera plane: be conservative
    if (Z + R <= 0.05) { rect[o] = 1; rect[o + 1] = 0; rect[o + 2] = 1; rect[o + 3] = 0; return; }
    rect[o] = 0; rect[o + 1] = W - 1; rect[o + 2] = 0; rect[o + 3] = H - 1;
    return;
  }
  const den = Z * Z - R * R;
  const sx = R * Math.sqrt(X * X + Z * Z - R * R), sy = R * Math.sqrt(Y * Y + Z * Z - R * R);
  const mx0 = (X * Z - sx) / den, mx1 = (X * Z + sx) / den;
  const my0 = (Y * Z - sy) / den, my1 = (Y * Z + sy) / den;
  const u0 = Math.floor(mx0 * scene.fx + scene.cx - 0.5) - 1, u1 = Math.ceil(mx1 * scene.fx + scene.cx - 0.5) + 1;
  const v0 = Math.floor(my0 * scene.fy + scene.cy - 0.5) - 1, v1 = Math.ceil(my1 * scene.fy + scene.cy - 0.5) + 1;
  rect[o] = Math.max(0, u0); rect[o + 1] = Math.min(W - 1, u1);
  rect[o + 2] = Math.max(0, v0); rect[o + 3] = Math.min(H - 1, v1);
}

/** Whether the segment from camera-frame point p towards the sun hits an object (other than `self`). */
function shadowed(scene: Scene, self: number, px: number, py: number, pz: number): boolean {
  const P = scene.obj, L = scene.light;
  const lx = L[0], ly = L[1], lz = L[2];
  for (let j = 0; j < scene.n; j++) {
    const b = j * OS;
    const kind = P[b + O_KIND];
    if (j === self && kind !== K_TORUS) continue; // convex: a lit point cannot shadow itself
    if (P[b + O_CLS] < 0) continue; // flat clutter casts no visible shadow
    const cx = P[b + O_C] - px, cy = P[b + O_C + 1] - py, cz = P[b + O_C + 2] - pz;
    const R = P[b + O_BOUND];
    const tca = cx * lx + cy * ly + cz * lz;
    if (tca < -R) continue;
    const d2 = cx * cx + cy * cy + cz * cz - tca * tca;
    if (d2 > R * R) continue;
    const r = b + O_R;
    // local origin R^T (p - c) = -R^T c', local direction R^T L
    const ox = -(P[r] * cx + P[r + 3] * cy + P[r + 6] * cz);
    const oy = -(P[r + 1] * cx + P[r + 4] * cy + P[r + 7] * cz);
    const oz = -(P[r + 2] * cx + P[r + 5] * cy + P[r + 8] * cz);
    const dx = P[r] * lx + P[r + 3] * ly + P[r + 6] * lz;
    const dy = P[r + 1] * lx + P[r + 4] * ly + P[r + 7] * lz;
    const dz = P[r + 2] * lx + P[r + 5] * ly + P[r + 8] * lz;
    if (intersectLocal(kind, P, b, ox, oy, oz, dx, dy, dz, 1e-5, Infinity) > 0) return true;
  }
  return false;
}

/** Renders a scene into the buffers (sized height x width). */
export function renderScene(scene: Scene, height: number, width: number, out: RenderBuffers): void {
  const H = height, W = width, HW = H * W;
  const P = scene.obj, n = scene.n;
  const { image, depth, normals, ids } = out;
  const fx = scene.fx, fy = scene.fy, cx = scene.cx, cy = scene.cy;
  const gn0 = scene.gn[0], gn1 = scene.gn[1], gn2 = scene.gn[2], camH = scene.camHeight, maxDepth = scene.maxDepth;
  const L0 = scene.light[0], L1 = scene.light[1], L2 = scene.light[2];
  const rwc = scene.rwc, C = scene.cam;
  if (rect.length < 4 * n) rect = new Int32Array(4 * n);
  for (let k = 0; k < n; k++) {
    const b = k * OS;
    sphereRect(scene, P[b + O_C], P[b + O_C + 1], P[b + O_C + 2], P[b + O_BOUND], W, H, 4 * k);
  }
  let noiseState = scene.noiseSeed | 0;
  const noiseAmp = scene.noise;
  const amb0 = scene.ambient[0], amb1 = scene.ambient[1], amb2 = scene.ambient[2];
  const sun0 = scene.sun[0], sun1 = scene.sun[1], sun2 = scene.sun[2];
  const gA0 = scene.groundA[0], gA1 = scene.groundA[1], gA2 = scene.groundA[2];
  const gB0 = scene.groundB[0], gB1 = scene.groundB[1], gB2 = scene.groundB[2];
  const groundTex = scene.groundTex, groundScale = scene.groundScale, groundSeed = scene.groundSeed;
  const sky = scene.skyTop, skyB = scene.skyBottom;
  for (let v = 0; v < H; v++) {
    const ddy = (v + 0.5 - cy) / fy;
    for (let u = 0; u < W; u++) {
      const ddx = (u + 0.5 - cx) / fx;
      // direction (ddx, ddy, 1): t is the camera depth
      let best = Infinity, hit = ID_SKY;
      const den = gn0 * ddx + gn1 * ddy + gn2;
      if (den < -1e-9) {
        const t = -camH / den;
        if (t < maxDepth) { best = t; hit = ID_GROUND; }
      }
      for (let k = 0; k < n; k++) {
        const q = 4 * k;
        if (u < rect[q] || u > rect[q + 1] || v < rect[q + 2] || v > rect[q + 3]) continue;
        const b = k * OS;
        if (P[b + O_C + 2] - P[b + O_BOUND] >= best) continue;
        const r = b + O_R;
        const dx = P[r] * ddx + P[r + 3] * ddy + P[r + 6];
        const dy = P[r + 1] * ddx + P[r + 4] * ddy + P[r + 7];
        const dz = P[r + 2] * ddx + P[r + 5] * ddy + P[r + 8];
        const t = intersectLocal(P[b + O_KIND], P, b, P[b + O_OL], P[b + O_OL + 1], P[b + O_OL + 2], dx, dy, dz, 1e-6, best);
        if (t > 0 && t < best) { best = t; hit = k; }
      }
      const pix = v * W + u;
      ids[pix] = hit;
      let ar: number, ag: number, ab: number; // albedo
      let nx: number, ny: number, nz: number;
      if (hit === ID_SKY) {
        const a = v / H;
        image[pix] = sky[0] + (skyB[0] - sky[0]) * a;
        image[HW + pix] = sky[1] + (skyB[1] - sky[1]) * a;
        image[2 * HW + pix] = sky[2] + (skyB[2] - sky[2]) * a;
        depth[pix] = 0;
        normals[pix] = 0; normals[HW + pix] = 0; normals[2 * HW + pix] = 0;
        continue;
      }
      const hx = best * ddx, hy = best * ddy, hz = best;
      if (hit === ID_GROUND) {
        nx = gn0; ny = gn1; nz = gn2;
        // world point: C + Rwc^T p
        const wx = C[0] + rwc[0] * hx + rwc[3] * hy + rwc[6] * hz;
        const wz = C[2] + rwc[2] * hx + rwc[5] * hy + rwc[8] * hz;
        const wgt = groundTex === 0 ? 0 : texWeight(groundTex, groundScale, 0, groundSeed, wx, 0.5, wz);
        ar = gA0 + (gB0 - gA0) * wgt; ag = gA1 + (gB1 - gA1) * wgt; ab = gA2 + (gB2 - gA2) * wgt;
      } else {
        const b = hit * OS, r = b + O_R;
        const dx = P[r] * ddx + P[r + 3] * ddy + P[r + 6];
        const dy = P[r + 1] * ddx + P[r + 4] * ddy + P[r + 7];
        const dz = P[r + 2] * ddx + P[r + 5] * ddy + P[r + 8];
        const lx = P[b + O_OL] + best * dx, ly = P[b + O_OL + 1] + best * dy, lz = P[b + O_OL + 2] + best * dz;
        normalLocal(P[b + O_KIND], P, b, lx, ly, lz);
        nx = P[r] * nrm[0] + P[r + 1] * nrm[1] + P[r + 2] * nrm[2];
        ny = P[r + 3] * nrm[0] + P[r + 4] * nrm[1] + P[r + 5] * nrm[2];
        nz = P[r + 6] * nrm[0] + P[r + 7] * nrm[1] + P[r + 8] * nrm[2];
        if (nx * ddx + ny * ddy + nz > 0) { nx = -nx; ny = -ny; nz = -nz; } // face the camera
        const tex = P[b + O_TEX];
        const wgt = tex === 0 ? 0 : texWeight(tex, P[b + O_TEXSCALE], P[b + O_TEXAXIS], P[b + O_TEXSEED] | 0, lx, ly, lz);
        const a = b + O_COLA, c = b + O_COLB;
        ar = P[a] + (P[c] - P[a]) * wgt; ag = P[a + 1] + (P[c + 1] - P[a + 1]) * wgt; ab = P[a + 2] + (P[c + 2] - P[a + 2]) * wgt;
      }
      depth[pix] = best;
      normals[pix] = nx; normals[HW + pix] = ny; normals[2 * HW + pix] = nz;
      // shading
      let ndl = nx * L0 + ny * L1 + nz * L2;
      if (ndl > 0 && shadowed(scene, hit, hx + SHADOW_EPS * nx, hy + SHADOW_EPS * ny, hz + SHADOW_EPS * nz)) ndl = 0;
      if (ndl < 0) ndl = 0;
      let rr = ar * (amb0 + sun0 * ndl);
      let gg = ag * (amb1 + sun1 * ndl);
      let bb = ab * (amb2 + sun2 * ndl);
      if (noiseAmp > 0) {
        noiseState ^= noiseState << 13; noiseState ^= noiseState >>> 17; noiseState ^= noiseState << 5;
        const e = ((noiseState >>> 0) / 4294967296 - 0.5) * 2 * noiseAmp;
        rr += e; gg += e; bb += e;
      }
      image[pix] = rr < 0 ? 0 : rr > 1 ? 1 : rr;
      image[HW + pix] = gg < 0 ? 0 : gg > 1 ? 1 : gg;
      image[2 * HW + pix] = bb < 0 ? 0 : bb > 1 ? 1 : bb;
    }
  }
}
