// Random 3D scenes: a camera looking down at a textured ground plane with primitives resting on
// it, a sun with hard shadows, and flat clutter. A scene is a few typed arrays (no objects per
// primitive) so that rendering (render.ts) stays allocation-free per pixel.
//
// Frames. World: y up, ground plane y = 0. Camera: OpenCV convention, x right, y down, z forward;
// depth is the z coordinate of the hit point in the camera frame; normals are given in the camera
// frame and face the camera. Each primitive has a local frame (y = its axis) in which its shape is
// canonical; `R` (local -> camera) and the centre `c` (camera frame) place it.
import { Rng } from '../rng';

/** The primitive classes, in class-index order (a dataset with K classes uses the first K). */
export const SHAPE_CLASSES = ['sphere', 'cube', 'cylinder', 'cone', 'torus', 'capsule', 'ellipsoid', 'pyramid'] as const;
export type ShapeClass = (typeof SHAPE_CLASSES)[number];

// Kind codes (the intersection routine to use). Cube and slab share the box routine.
export const K_SPHERE = 0, K_BOX = 1, K_CYLINDER = 2, K_CONE = 3, K_TORUS = 4, K_CAPSULE = 5,
  K_ELLIPSOID = 6, K_PYRAMID = 7;
const KIND_OF_CLASS = [K_SPHERE, K_BOX, K_CYLINDER, K_CONE, K_TORUS, K_CAPSULE, K_ELLIPSOID, K_PYRAMID];

// Layout of one object in `Scene.obj` (float64, stride OS).
export const O_KIND = 0, O_CLS = 1, O_C = 2, O_R = 5, O_OL = 14, O_P = 17, O_BOUND = 21, O_TEX = 22,
  O_TEXSCALE = 23, O_COLA = 24, O_COLB = 27, O_TEXAXIS = 30, O_TEXSEED = 31;
export const OS = 32;

/** Texture kinds. */
export const T_SOLID = 0, T_CHECKER = 1, T_STRIPES = 2, T_NOISE = 3;

export interface SceneOptions {
  height: number;
  width: number;
  /** Number of object classes used (1..8): the first K of SHAPE_CLASSES. */
  numClasses: number;
  /** Inclusive range of the number of objects placed (some may end up hidden or outside). */
  objects: [number, number];
  /** Inclusive range of the number of flat background clutter slabs. */
  clutter: [number, number];
}

export class Scene {
  /** Object records, stride OS. */
  obj: Float64Array;
  /** Number of objects (classes and clutter). */
  n = 0;
  // camera
  fx = 1; fy = 1; cx = 0; cy = 0;
  /** World -> camera rotation (row-major) and camera centre in the world. */
  rwc = new Float64Array(9);
  cam = new Float64Array(3);
  /** Ground normal in the camera frame and the camera height (plane: n . p = -camHeight). */
  gn = new Float64Array(3);
  camHeight = 1;
  maxDepth = 40;
  // lighting: sun direction (camera frame, towards the sun), colour, ambient
  light = new Float64Array(3);
  sun = new Float64Array(3);
  ambient = new Float64Array(3);
  // ground and sky
  groundTex = 0; groundScale = 1; groundA = new Float64Array(3); groundB = new Float64Array(3); groundSeed = 0;
  skyTop = new Float64Array(3); skyBottom = new Float64Array(3);
  /** Per-pixel noise amplitude and its seed. */
  noise = 0; noiseSeed = 1;

  constructor(maxObjects: number) {
    this.obj = new Float64Array(OS * Math.max(1, maxObjects));
  }
}

// ---- small vector helpers on plain numbers (no allocation in hot paths) ----

function hsv(h: number, s: number, v: number, out: Float64Array, o: number): void {
  const i = Math.floor(h * 6) % 6;
  const f = h * 6 - Math.floor(h * 6);
  const p = v * (1 - s), q = v * (1 - f * s), t = v * (1 - (1 - f) * s);
  let r = v, g = t, b = p;
  switch (i) {
    case 1: r = q; g = v; b = p; break;
    case 2: r = p; g = v; b = t; break;
    case 3: r = p; g = q; b = v; break;
    case 4: r = t; g = p; b = v; break;
    case 5: r = v; g = p; b = q; break;
  }
  out[o] = r; out[o + 1] = g; out[o + 2] = b;
}

/** Rotation matrix (row-major) about a unit axis. */
function axisAngle(ax: number, ay: number, az: number, a: number, out: Float64Array): void {
  const c = Math.cos(a), s = Math.sin(a), t = 1 - c;
  out[0] = t * ax * ax + c; out[1] = t * ax * ay - s * az; out[2] = t * ax * az + s * ay;
  out[3] = t * ax * ay + s * az; out[4] = t * ay * ay + c; out[5] = t * ay * az - s * ax;
  out[6] = t * ax * az - s * ay; out[7] = t * ay * az + s * ax; out[8] = t * az * az + c;
}

function matmul3(a: Float64Array, b: Float64Array, out: Float64Array, o = 0): void {
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      out[o + i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
    }
  }
}

/**
 * Support function: max over the shape of u . p, for a unit direction u in the local frame.
 * Used to rest a rotated primitive on the ground.
 */
export function support(kind: number, p: Float64Array, o: number, ux: number, uy: number, uz: number): number {
  const p0 = p[o], p1 = p[o + 1], p2 = p[o + 2];
  const rho = Math.sqrt(ux * ux + uz * uz);
  switch (kind) {
    case K_SPHERE: return p0;
    case K_BOX: return p0 * Math.abs(ux) + p1 * Math.abs(uy) + p2 * Math.abs(uz);
    case K_CYLINDER: return p1 * Math.abs(uy) + p0 * rho;
    case K_CONE: return Math.max(p1 * uy, -p1 * uy + p0 * rho);
    case K_TORUS: return p0 * rho + p1;
    case K_CAPSULE: return p1 * Math.abs(uy) + p0;
    case K_ELLIPSOID: return Math.sqrt(p0 * p0 * ux * ux + p1 * p1 * uy * uy + p2 * p2 * uz * uz);
    case K_PYRAMID: return Math.max(p1 * uy, -p1 * uy + p0 * (Math.abs(ux) + Math.abs(uz)));
    default: throw new Error(`unknown kind ${kind}`);
  }
}

/** Radius of a sphere about the local origin enclosing the shape. */
export function boundRadius(kind: number, p: Float64Array, o: number): number {
  const p0 = p[o], p1 = p[o + 1], p2 = p[o + 2];
  switch (kind) {
    case K_SPHERE: return p0;
    case K_BOX: return Math.sqrt(p0 * p0 + p1 * p1 + p2 * p2);
    case K_CYLINDER: case K_CONE: return Math.sqrt(p0 * p0 + p1 * p1);
    case K_TORUS: return p0 + p1;
    case K_CAPSULE: return p0 + p1;
    case K_ELLIPSOID: return Math.max(p0, p1, p2);
    case K_PYRAMID: return Math.sqrt(2 * p0 * p0 + p1 * p1);
    default: throw new Error(`unknown kind ${kind}`);
  }
}

/** Shape parameters (p0..p3) for a class at scale s (about the bounding radius, meters). */
function shapeParams(cls: number, s: number, rng: Rng, out: Float64Array, o: number): void {
  out[o + 3] = 0;
  switch (cls) {
    case 0: out[o] = s; out[o + 1] = 0; out[o + 2] = 0; break; // sphere: r
    case 1: { const a = s * rng.uniform(0.62, 0.75); out[o] = a; out[o + 1] = a; out[o + 2] = a; break; } // cube
    case 2: out[o] = s * rng.uniform(0.45, 0.8); out[o + 1] = s * rng.uniform(0.55, 1.0); out[o + 2] = 0; break; // cylinder: r, half-height
    case 3: out[o] = s * rng.uniform(0.6, 0.95); out[o + 1] = s * rng.uniform(0.6, 1.0); out[o + 2] = 0; break; // cone: base r, half-height
    case 4: { const R = s * rng.uniform(0.68, 0.8); out[o] = R; out[o + 1] = R * rng.uniform(0.25, 0.42); out[o + 2] = 0; break; } // torus: R, r
    case 5: out[o] = s * rng.uniform(0.32, 0.48); out[o + 1] = s * rng.uniform(0.45, 0.8); out[o + 2] = 0; break; // capsule: r, half-length
    case 6: out[o] = s * rng.uniform(1.0, 1.25); out[o + 1] = s * rng.uniform(0.42, 0.6); out[o + 2] = s * rng.uniform(0.6, 0.8); break; // ellipsoid: a, b, c
    case 7: out[o] = s * rng.uniform(0.55, 0.8); out[o + 1] = s * rng.uniform(0.55, 0.95); out[o + 2] = 0; break; // pyramid: base half-size, half-height
    default: throw new Error(`unknown class ${cls}`);
  }
}

const tmpA = new Float64Array(9);
const tmpB = new Float64Array(9);
const tmpRo = new Float64Array(9);
const placed = new Float64Array(3 * 64);

/**
 * Samples a random scene into `scene` (whose object array must hold objects[1] + clutter[1]).
 * Everything random comes from `rng`.
 */
export function sampleScene(scene: Scene, rng: Rng, o: SceneOptions): void {
  const { height: H, width: W } = o;
  // ---- camera ----
  const fov = rng.uniform(40, 58) * Math.PI / 180; // on the smaller image side
  const f = (Math.min(H, W) / 2) / Math.tan(fov / 2);
  scene.fx = f; scene.fy = f; scene.cx = W / 2; scene.cy = H / 2;
  const pitch = rng.uniform(28, 62) * Math.PI / 180;
  const yaw = rng.uniform(0, 2 * Math.PI);
  const dist = rng.uniform(4.2, 6.5);
  const tx = rng.uniform(-0.3, 0.3), tz = rng.uniform(-0.3, 0.3), ty = rng.uniform(0, 0.4);
  const C = scene.cam;
  C[0] = tx + dist * Math.cos(pitch) * Math.sin(yaw);
  C[1] = ty + dist * Math.sin(pitch);
  C[2] = tz + dist * Math.cos(pitch) * Math.cos(yaw);
  let fx = tx - C[0], fy = ty - C[1], fz = tz - C[2];
  let l = Math.hypot(fx, fy, fz); fx /= l; fy /= l; fz /= l;
  // right = forward x up(0,1,0) = (-fz, 0, fx)
  let rx = -fz, rz = fx;
  l = Math.hypot(rx, rz); rx /= l; rz /= l;
  // down = forward x right
  const dx = fy * rz, dy = fz * rx - fx * rz, dz = -fy * rx;
  const rwc = scene.rwc;
  rwc[0] = rx; rwc[1] = 0; rwc[2] = rz;
  rwc[3] = dx; rwc[4] = dy; rwc[5] = dz;
  rwc[6] = fx; rwc[7] = fy; rwc[8] = fz;
  // optional roll about the optical axis (small)
  const roll = rng.uniform(-0.12, 0.12);
  if (roll !== 0) {
    axisAngle(0, 0, 1, roll, tmpA);
    matmul3(tmpA, rwc, tmpB);
    rwc.set(tmpB);
  }
  scene.gn[0] = rwc[1]; scene.gn[1] = rwc[4]; scene.gn[2] = rwc[7];
  scene.camHeight = C[1];
  // ---- light ----
  const sunEl = rng.uniform(25, 75) * Math.PI / 180, sunAz = rng.uniform(0, 2 * Math.PI);
  const lw0 = Math.cos(sunEl) * Math.sin(sunAz), lw1 = Math.sin(sunEl), lw2 = Math.cos(sunEl) * Math.cos(sunAz);
  for (let i = 0; i < 3; i++) scene.light[i] = rwc[i * 3] * lw0 + rwc[i * 3 + 1] * lw1 + rwc[i * 3 + 2] * lw2;
  const sunI = rng.uniform(0.6, 1.0), ambI = rng.uniform(0.18, 0.4);
  const warm = rng.uniform(-0.12, 0.12);
  scene.sun[0] = sunI * (1 + warm); scene.sun[1] = sunI; scene.sun[2] = sunI * (1 - warm);
  scene.ambient[0] = ambI * (1 - warm * 0.5); scene.ambient[1] = ambI; scene.ambient[2] = ambI * (1 + warm * 0.5);
  // ---- ground and sky ----
  scene.groundTex = rng.pick([T_SOLID, T_CHECKER, T_CHECKER, T_NOISE, T_NOISE]);
  scene.groundScale = rng.uniform(0.6, 2.5);
  hsv(rng.next(), rng.uniform(0.05, 0.5), rng.uniform(0.35, 0.85), scene.groundA, 0);
  hsv(rng.next(), rng.uniform(0.05, 0.5), rng.uniform(0.35, 0.85), scene.groundB, 0);
  scene.groundSeed = rng.nextU32() | 0;
  hsv(rng.uniform(0.52, 0.68), rng.uniform(0.2, 0.6), rng.uniform(0.7, 1.0), scene.skyTop, 0);
  hsv(rng.uniform(0.5, 0.7), rng.uniform(0.05, 0.25), rng.uniform(0.8, 1.0), scene.skyBottom, 0);
  scene.noise = rng.chance(0.7) ? rng.uniform(0, 0.04) : 0;
  scene.noiseSeed = (rng.nextU32() | 1) >>> 0;

  // ---- objects ----
  const spread = dist * Math.tan(fov / 2) * 0.9;
  const nObj = rng.int(o.objects[0], o.objects[1] + 1);
  const nClutter = rng.int(o.clutter[0], o.clutter[1] + 1);
  const obj = scene.obj;
  let n = 0;
  let nPlaced = 0;
  for (let k = 0; k < nObj; k++) {
    const cls = rng.int(0, o.numClasses);
    const kind = KIND_OF_CLASS[cls];
    const base = n * OS;
    const s = rng.uniform(0.38, 0.8);
    shapeParams(cls, s, rng, obj, base + O_P);
    const bound = boundRadius(kind, obj, base + O_P);
    // pose: yaw, sometimes a tilt (lying on a side, or arbitrary)
    const r = rng.next();
    const tilt = r < 0.6 ? 0 : r < 0.85 ? Math.PI / 2 : rng.uniform(0, Math.PI);
    const ta = rng.uniform(0, 2 * Math.PI);
    axisAngle(Math.cos(ta), 0, Math.sin(ta), tilt, tmpA);
    axisAngle(0, 1, 0, rng.uniform(0, 2 * Math.PI), tmpB);
    matmul3(tmpB, tmpA, tmpRo); // local -> world
    // position on the ground, away from the others
    let px = 0, pz = 0, ok = false;
    for (let tries = 0; tries < 24 && !ok; tries++) {
      const rad = spread * Math.sqrt(rng.next()), ang = rng.uniform(0, 2 * Math.PI);
      px = tx + rad * Math.cos(ang); pz = tz + rad * Math.sin(ang);
      ok = true;
      for (let j = 0; j < nPlaced; j++) {
        const ddx = px - placed[3 * j], ddz = pz - placed[3 * j + 1];
        const minD = 0.85 * (bound + placed[3 * j + 2]);
        if (ddx * ddx + ddz * ddz < minD * minD) { ok = false; break; }
      }
    }
    if (!ok) continue;
    placed[3 * nPlaced] = px; placed[3 * nPlaced + 1] = pz; placed[3 * nPlaced + 2] = bound; nPlaced++;
    // lowest point: support along world down (0,-1,0) expressed in the local frame = -(row 1 of Ro)
    const low = support(kind, obj, base + O_P, -tmpRo[3], -tmpRo[4], -tmpRo[5]);
    const py = low;
    setObject(scene, base, kind, cls, tmpRo, px, py, pz, bound, rng, s);
    n++;
  }
  for (let k = 0; k < nClutter; k++) {
    const base = n * OS;
    obj[base + O_P] = rng.uniform(0.15, 0.55);
    obj[base + O_P + 1] = rng.uniform(0.004, 0.02);
    obj[base + O_P + 2] = rng.uniform(0.15, 0.55);
    obj[base + O_P + 3] = 0;
    axisAngle(0, 1, 0, rng.uniform(0, 2 * Math.PI), tmpRo);
    const rad = spread * 1.2 * Math.sqrt(rng.next()), ang = rng.uniform(0, 2 * Math.PI);
    const bound = boundRadius(K_BOX, obj, base + O_P);
    setObject(scene, base, K_BOX, -1, tmpRo, tx + rad * Math.cos(ang), obj[base + O_P + 1], tz + rad * Math.sin(ang),
      bound, rng, 0.3);
    n++;
  }
  scene.n = n;
}

function setObject(scene: Scene, base: number, kind: number, cls: number, ro: Float64Array,
  px: number, py: number, pz: number, bound: number, rng: Rng, s: number): void {
  const obj = scene.obj;
  const rwc = scene.rwc, C = scene.cam;
  obj[base + O_KIND] = kind;
  obj[base + O_CLS] = cls;
  matmul3(rwc, ro, obj, base + O_R); // local -> camera
  const wx = px - C[0], wy = py - C[1], wz = pz - C[2];
  const c0 = rwc[0] * wx + rwc[1] * wy + rwc[2] * wz;
  const c1 = rwc[3] * wx + rwc[4] * wy + rwc[5] * wz;
  const c2 = rwc[6] * wx + rwc[7] * wy + rwc[8] * wz;
  obj[base + O_C] = c0; obj[base + O_C + 1] = c1; obj[base + O_C + 2] = c2;
  // camera origin in the local frame: R^T (0 - c)
  const R = base + O_R;
  obj[base + O_OL] = -(obj[R] * c0 + obj[R + 3] * c1 + obj[R + 6] * c2);
  obj[base + O_OL + 1] = -(obj[R + 1] * c0 + obj[R + 4] * c1 + obj[R + 7] * c2);
  obj[base + O_OL + 2] = -(obj[R + 2] * c0 + obj[R + 5] * c1 + obj[R + 8] * c2);
  obj[base + O_BOUND] = bound;
  const tex = rng.pick([T_SOLID, T_CHECKER, T_STRIPES, T_NOISE]);
  obj[base + O_TEX] = tex;
  obj[base + O_TEXSCALE] = rng.uniform(2, 5) / Math.max(s, 0.1);
  const h = rng.next();
  hsv(h, rng.uniform(0.35, 1), rng.uniform(0.45, 1), obj, base + O_COLA);
  hsv((h + rng.uniform(0.15, 0.85)) % 1, rng.uniform(0.2, 1), rng.uniform(0.3, 1), obj, base + O_COLB);
  obj[base + O_TEXAXIS] = rng.int(0, 3);
  obj[base + O_TEXSEED] = rng.nextU32() | 0;
}
