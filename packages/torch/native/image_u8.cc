// 8-bit image operators registered with the dispatcher in the `must` namespace (as torchvision
// registers torchvision::nms): CPU kernels for the RandAugment / AugMix ops on uint8 images
// [n, c, H, W]. ATen's generic gather, index_select and float conversions cost 3-10x these loops
// on 8-bit data. Called by name from TypeScript (`torch.callOp1('must::lut_u8_', ...)`); other
// devices keep the ATen formulation (packages/vision/src/augment/uint8-ops.ts).
//
// The float arithmetic (blend_u8_, grayscale_u8) is float32, one rounding per operation and no
// fused multiply-add (binding.gyp: -ffp-contract=off), so results equal ATen's float32 ops
// truncated to uint8 bit for bit. The hot loops have SSE2 versions (every x86-64 CPU; GCC's -O2
// auto-vectorization of the uint8 <-> float conversions was 3-4x slower), and AVX2 / AVX-512 VBMI
// ones chosen at run time (MUST_TORCH_BASELINE_SIMD=1 keeps SSE2, for tests); the scalar loops are
// the reference, used for the tails and on other architectures.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#define MUST_SSE2 1
#endif
// x86-64 kernels for newer instruction sets, compiled with a target attribute and chosen at run time
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define MUST_X86_DISPATCH 1
#endif

namespace must {
namespace {

using at::Tensor;

// Planes of work per parallel_for chunk: about 64 KiB of pixels, so small images stay on one thread.
int64_t grainPlanes(int64_t hw) { return std::max<int64_t>(1, (int64_t{1} << 16) / std::max<int64_t>(hw, 1)); }

void checkImage(const Tensor& t, const char* op, const char* what) {
  TORCH_CHECK(t.defined(), op, ": ", what, " is an undefined tensor");
  TORCH_CHECK(t.device().is_cpu(), op, ": ", what, " must be a CPU tensor, got ", t.device());
  TORCH_CHECK(t.scalar_type() == at::kByte, op, ": ", what, " must be uint8, got ", t.scalar_type());
  TORCH_CHECK(t.dim() == 4, op, ": ", what, " must be images [n, c, H, W], got shape ", t.sizes());
}

// Runs body on a contiguous tensor holding self's values and writes the result back to self.
template <typename F>
Tensor& inPlace(Tensor& self, F&& body) {
  Tensor work = self.contiguous();  // self itself when already contiguous
  body(work);
  if (!work.is_same(self)) self.copy_(work);
  return self;
}

#if MUST_SSE2
// 16 levels -> four float vectors (exact).
inline void toFloats(__m128i v, __m128 f[4]) {
  const __m128i z = _mm_setzero_si128();
  const __m128i lo = _mm_unpacklo_epi8(v, z), hi = _mm_unpackhi_epi8(v, z);
  f[0] = _mm_cvtepi32_ps(_mm_unpacklo_epi16(lo, z));
  f[1] = _mm_cvtepi32_ps(_mm_unpackhi_epi16(lo, z));
  f[2] = _mm_cvtepi32_ps(_mm_unpacklo_epi16(hi, z));
  f[3] = _mm_cvtepi32_ps(_mm_unpackhi_epi16(hi, z));
}

// Four float vectors holding [0, 256) -> 16 levels, truncated (as a float -> uint8 conversion).
inline __m128i toLevels(const __m128 f[4]) {
  const __m128i a = _mm_packs_epi32(_mm_cvttps_epi32(f[0]), _mm_cvttps_epi32(f[1]));
  const __m128i b = _mm_packs_epi32(_mm_cvttps_epi32(f[2]), _mm_cvttps_epi32(f[3]));
  return _mm_packus_epi16(a, b);
}
#endif

#if MUST_X86_DISPATCH
bool baselineOnly() {
  static const bool yes = [] {
    const char* v = std::getenv("MUST_TORCH_BASELINE_SIMD");
    return v && v[0] == '1';
  }();
  return yes;
}

bool hasAvx2() {
  static const bool yes = !baselineOnly() && __builtin_cpu_supports("avx2");
  return yes;
}

bool hasVbmi() {
  static const bool yes = !baselineOnly() && __builtin_cpu_supports("avx512f") &&
                          __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi");
  return yes;
}

// AVX2 (no FMA: the target enables none, and float results must keep one rounding per operation)
#define MUST_AVX2 __attribute__((target("avx2")))

// 8 levels -> 8 floats.
MUST_AVX2 inline __m256 floats8(const uint8_t* p) {
  return _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p))));
}

// Four vectors of 8 floats in [0, 256) -> 32 levels in order, truncated. The packs work per 128-bit
// lane; the final permute puts the 4-byte groups back in order.
MUST_AVX2 inline __m256i levels32(__m256 a, __m256 b, __m256 c, __m256 d) {
  const __m256i ab = _mm256_packs_epi32(_mm256_cvttps_epi32(a), _mm256_cvttps_epi32(b));
  const __m256i cd = _mm256_packs_epi32(_mm256_cvttps_epi32(c), _mm256_cvttps_epi32(d));
  return _mm256_permutevar8x32_epi32(_mm256_packus_epi16(ab, cd), _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
}
#endif

// ---- remap_u8_: out[p] = src[index[p]], index == H * W meaning `fill` ----
// Gathered four pixels at a time into one 32-bit store per plane (byte stores were the bottleneck:
// 2x slower). The index is checked as it is read; on a bad value remapImage restores the image
// from its scratch copy.

// Four levels as a 32-bit word holding them in memory order.
inline uint32_t pack4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return a << 24 | b << 16 | c << 8 | d;
#else
  return a | b << 8 | c << 16 | d << 24;
#endif
}

template <typename I, int C>
bool remapPlanes(const uint8_t* const* src, uint8_t* const* dst, const I* __restrict idx, int64_t hw) {
  const uint64_t top = static_cast<uint64_t>(hw);
  auto source = [&](int64_t k) { return static_cast<uint64_t>(static_cast<int64_t>(idx[k])); };
  int64_t i = 0;
  for (; i + 4 <= hw; i += 4) {
    const uint64_t a = source(i), b = source(i + 1), c = source(i + 2), d = source(i + 3);
    if ((a > top) | (b > top) | (c > top) | (d > top)) return false;
    for (int p = 0; p < C; ++p) {
      const uint8_t* s = src[p];
      const uint32_t w = pack4(s[a], s[b], s[c], s[d]);
      std::memcpy(dst[p] + i, &w, 4);
    }
  }
  for (; i < hw; ++i) {
    const uint64_t j = source(i);
    if (j > top) return false;
    for (int p = 0; p < C; ++p) dst[p][i] = src[p][j];
  }
  return true;
}

template <typename I>
bool remapImage(uint8_t* img, int64_t c, int64_t hw, const I* idx, uint8_t fill, uint8_t* scratch) {
  // each plane copied with the fill pixel appended: a branch-free gather
  for (int64_t p = 0; p < c; ++p) {
    std::memcpy(scratch + p * (hw + 1), img + p * hw, hw);
    scratch[p * (hw + 1) + hw] = fill;
  }
  bool ok = true;
  if (c == 3) {  // one pass over the index for the three planes of an RGB image
    const uint8_t* src[3] = {scratch, scratch + (hw + 1), scratch + 2 * (hw + 1)};
    uint8_t* dst[3] = {img, img + hw, img + 2 * hw};
    ok = remapPlanes<I, 3>(src, dst, idx, hw);
  } else {
    for (int64_t p = 0; p < c && ok; ++p) {
      const uint8_t* src = scratch + p * (hw + 1);
      uint8_t* dst = img + p * hw;
      ok = remapPlanes<I, 1>(&src, &dst, idx, hw);
    }
  }
  if (!ok) {
    for (int64_t p = 0; p < c; ++p) std::memcpy(img + p * hw, scratch + p * (hw + 1), hw);
  }
  return ok;
}

Tensor& remapU8(Tensor& self, const Tensor& index, int64_t fill) {
  const char* op = "must::remap_u8_";
  checkImage(self, op, "self");
  TORCH_CHECK(index.device().is_cpu(), op, ": index must be a CPU tensor, got ", index.device());
  TORCH_CHECK(index.scalar_type() == at::kLong || index.scalar_type() == at::kInt, op,
              ": index must be int64 or int32, got ", index.scalar_type());
  const int64_t n = self.size(0), c = self.size(1), hw = self.size(2) * self.size(3);
  TORCH_CHECK(index.dim() == 1 && index.numel() == hw, op, ": index must have shape [H * W] = [", hw, "], got ",
              index.sizes());
  TORCH_CHECK(fill >= 0 && fill <= 255, op, ": fill must be a level 0..255, got ", fill);
  if (n * c * hw == 0) return self;
  Tensor ix = index.contiguous();
  const bool wide = ix.scalar_type() == at::kLong;
  const void* ip = wide ? static_cast<const void*>(ix.data_ptr<int64_t>()) : ix.data_ptr<int32_t>();
  return inPlace(self, [&](Tensor& work) {
    uint8_t* base = work.data_ptr<uint8_t>();
    auto run = [&](int64_t k, uint8_t* scratch) {
      uint8_t* img = base + k * c * hw;
      return wide ? remapImage(img, c, hw, static_cast<const int64_t*>(ip), static_cast<uint8_t>(fill), scratch)
                  : remapImage(img, c, hw, static_cast<const int32_t*>(ip), static_cast<uint8_t>(fill), scratch);
    };
    // the first image checks the index (every image reads the same one) before the others change
    std::unique_ptr<uint8_t[]> scratch(new uint8_t[c * (hw + 1)]);
    TORCH_CHECK(run(0, scratch.get()), op, ": index values must be in [0, H * W] = [0, ", hw, "] (H * W: the fill)");
    at::parallel_for(1, n, std::max<int64_t>(1, grainPlanes(hw) / c), [&](int64_t b, int64_t e) {
      std::unique_ptr<uint8_t[]> local(new uint8_t[c * (hw + 1)]);
      for (int64_t k = b; k < e; ++k) run(k, local.get());
    });
  });
}

// ---- lut_u8_: v <- lut[v], one table for all planes, per channel or per image and channel ----

void lutPlaneScalar(uint8_t* __restrict v, int64_t n, const uint8_t* __restrict t) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const uint8_t a = t[v[i]], b = t[v[i + 1]], c = t[v[i + 2]], d = t[v[i + 3]];
    v[i] = a;
    v[i + 1] = b;
    v[i + 2] = c;
    v[i + 3] = d;
  }
  for (; i < n; ++i) v[i] = t[v[i]];
}

#if MUST_X86_DISPATCH
// AVX-512 VBMI (Ice Lake and later, Zen 4): the table in four registers, 64 lookups in two
// two-register byte permutes (by the low 7 bits) and a blend on bit 7; 5-10x the scalar loop,
// which is bound by one load and one store per byte. Chosen at run time.
#define MUST_VBMI __attribute__((target("avx512f,avx512bw,avx512vbmi")))
MUST_VBMI inline __m512i lut64(__m512i x, __m512i t0, __m512i t1, __m512i t2, __m512i t3) {
  const __m512i lo = _mm512_permutex2var_epi8(t0, x, t1);
  const __m512i hi = _mm512_permutex2var_epi8(t2, x, t3);
  return _mm512_mask_blend_epi8(_mm512_movepi8_mask(x), lo, hi);
}

MUST_VBMI void lutPlaneVbmi(uint8_t* v, int64_t n, const uint8_t* t) {
  const __m512i t0 = _mm512_loadu_si512(t), t1 = _mm512_loadu_si512(t + 64);
  const __m512i t2 = _mm512_loadu_si512(t + 128), t3 = _mm512_loadu_si512(t + 192);
  int64_t i = 0;
  for (; i + 64 <= n; i += 64) _mm512_storeu_si512(v + i, lut64(_mm512_loadu_si512(v + i), t0, t1, t2, t3));
  if (i < n) {
    const __mmask64 k = (~uint64_t{0}) >> (64 - (n - i));
    _mm512_mask_storeu_epi8(v + i, k, lut64(_mm512_maskz_loadu_epi8(k, v + i), t0, t1, t2, t3));
  }
}
#endif

void lutPlane(uint8_t* v, int64_t n, const uint8_t* t) {
#if MUST_X86_DISPATCH
  if (hasVbmi()) return lutPlaneVbmi(v, n, t);
#endif
  lutPlaneScalar(v, n, t);
}

Tensor& lutU8(Tensor& self, const Tensor& lut) {
  const char* op = "must::lut_u8_";
  checkImage(self, op, "self");
  TORCH_CHECK(lut.device().is_cpu(), op, ": lut must be a CPU tensor, got ", lut.device());
  TORCH_CHECK(lut.scalar_type() == at::kByte, op, ": lut must be uint8, got ", lut.scalar_type());
  const int64_t n = self.size(0), c = self.size(1), hw = self.size(2) * self.size(3);
  const int64_t d = lut.dim();
  // tables broadcast over images and channels: [256], [c or 1, 256], [n or 1, c or 1, 256]
  const int64_t ln = d == 3 ? lut.size(0) : 1;
  const int64_t lc = d >= 2 ? lut.size(d - 2) : 1;
  const bool shapeOk = d >= 1 && d <= 3 && lut.size(d - 1) == 256 && (ln == 1 || ln == n) && (lc == 1 || lc == c);
  TORCH_CHECK(shapeOk, op, ": lut must have shape [256], [c, 256] or [n, c, 256] (or 1 for n or c) for images ",
              self.sizes(), ", got ", lut.sizes());
  if (n * c * hw == 0) return self;
  Tensor table = lut.contiguous();
  return inPlace(self, [&](Tensor& work) {
    uint8_t* base = work.data_ptr<uint8_t>();
    const uint8_t* tb = table.data_ptr<uint8_t>();
    at::parallel_for(0, n * c, grainPlanes(hw), [&](int64_t b, int64_t e) {
      for (int64_t p = b; p < e; ++p) {
        const int64_t img = p / c, ch = p % c;
        const int64_t t = (ln == 1 ? 0 : img) * lc + (lc == 1 ? 0 : ch);
        lutPlane(base + p * hw, hw, tb + t * 256);
      }
    });
  });
}

// ---- histogram_u8: int64 [n, c, 256] counts per plane ----

void histPlane(const uint8_t* v, int64_t n, int64_t* out) {
  // four sub-histograms: consecutive equal levels do not wait on each other's increment
  uint32_t h[4][256] = {};
  int64_t i = 0;
  // 32-bit counters: a plane is counted in slices of at most 2^32 - 1 pixels per sub-histogram
  for (; i + 4 <= n; i += 4) {
    ++h[0][v[i]];
    ++h[1][v[i + 1]];
    ++h[2][v[i + 2]];
    ++h[3][v[i + 3]];
  }
  for (; i < n; ++i) ++h[0][v[i]];
  for (int k = 0; k < 256; ++k) out[k] += int64_t{h[0][k]} + h[1][k] + h[2][k] + h[3][k];
}

Tensor histogramU8(const Tensor& self) {
  checkImage(self, "must::histogram_u8", "self");
  const int64_t n = self.size(0), c = self.size(1), hw = self.size(2) * self.size(3);
  Tensor src = self.contiguous();
  Tensor out = at::zeros({n, c, 256}, self.options().dtype(at::kLong));
  if (n * c * hw == 0) return out;
  const uint8_t* base = src.data_ptr<uint8_t>();
  int64_t* ob = out.data_ptr<int64_t>();
  constexpr int64_t kSlice = int64_t{1} << 32;  // keeps each 32-bit counter below 2^32
  at::parallel_for(0, n * c, grainPlanes(hw), [&](int64_t b, int64_t e) {
    for (int64_t p = b; p < e; ++p) {
      for (int64_t s = 0; s < hw; s += kSlice) histPlane(base + p * hw + s, std::min(kSlice, hw - s), ob + p * 256);
    }
  });
  return out;
}

// ---- extrema_u8: uint8 [n, c, 2], the least and greatest level of every plane ----

void extremaPlane(const uint8_t* v, int64_t n, uint8_t* out) {
  uint8_t lo = 255, hi = 0;
  int64_t i = 0;
#if MUST_SSE2
  if (n >= 16) {
    __m128i vlo = _mm_set1_epi8(static_cast<char>(255)), vhi = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i));
      vlo = _mm_min_epu8(vlo, x);
      vhi = _mm_max_epu8(vhi, x);
    }
    alignas(16) uint8_t a[16], b[16];
    _mm_store_si128(reinterpret_cast<__m128i*>(a), vlo);
    _mm_store_si128(reinterpret_cast<__m128i*>(b), vhi);
    for (int k = 0; k < 16; ++k) {
      lo = std::min(lo, a[k]);
      hi = std::max(hi, b[k]);
    }
  }
#endif
  for (; i < n; ++i) {
    lo = std::min(lo, v[i]);
    hi = std::max(hi, v[i]);
  }
  out[0] = lo;
  out[1] = hi;
}

Tensor extremaU8(const Tensor& self) {
  const char* op = "must::extrema_u8";
  checkImage(self, op, "self");
  const int64_t n = self.size(0), c = self.size(1), hw = self.size(2) * self.size(3);
  TORCH_CHECK(hw > 0, op, ": the images are empty (shape ", self.sizes(), ")");
  Tensor src = self.contiguous();
  Tensor out = at::empty({n, c, 2}, self.options());
  const uint8_t* base = src.data_ptr<uint8_t>();
  uint8_t* ob = out.data_ptr<uint8_t>();
  at::parallel_for(0, n * c, grainPlanes(hw), [&](int64_t b, int64_t e) {
    for (int64_t p = b; p < e; ++p) extremaPlane(base + p * hw, hw, ob + p * 2);
  });
  return out;
}

// ---- grayscale_u8: trunc(0.2989 r + 0.587 g + 0.114 b) in float32, [n, 1, H, W] ----
// The weights as ATen converts rgb_to_grayscale's double scalars to float32; products and sums
// rounded in that order ((r kr + g kg) + b kb). The result is below 255: no clamp.

const float kGreyR = static_cast<float>(0.2989), kGreyG = static_cast<float>(0.587), kGreyB = static_cast<float>(0.114);

void greyPlaneBase(const uint8_t* __restrict r, const uint8_t* __restrict g, const uint8_t* __restrict b,
                   uint8_t* __restrict out, int64_t n) {
  const float kr = kGreyR, kg = kGreyG, kb = kGreyB;
  int64_t i = 0;
#if MUST_SSE2
  const __m128 vr = _mm_set1_ps(kr), vg = _mm_set1_ps(kg), vb = _mm_set1_ps(kb);
  for (; i + 16 <= n; i += 16) {
    __m128 fr[4], fg[4], fb[4], y[4];
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(r + i)), fr);
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(g + i)), fg);
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)), fb);
    for (int k = 0; k < 4; ++k) {
      y[k] = _mm_add_ps(_mm_add_ps(_mm_mul_ps(fr[k], vr), _mm_mul_ps(fg[k], vg)), _mm_mul_ps(fb[k], vb));
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), toLevels(y));
  }
#endif
  for (; i < n; ++i) {
    float y = static_cast<float>(r[i]) * kr;
    y = y + static_cast<float>(g[i]) * kg;
    y = y + static_cast<float>(b[i]) * kb;
    out[i] = static_cast<uint8_t>(static_cast<int32_t>(y));
  }
}

#if MUST_X86_DISPATCH
MUST_AVX2 int64_t greyPlaneAvx2(const uint8_t* r, const uint8_t* g, const uint8_t* b, uint8_t* out, int64_t n) {
  const __m256 vr = _mm256_set1_ps(kGreyR), vg = _mm256_set1_ps(kGreyG), vb = _mm256_set1_ps(kGreyB);
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256 y[4];
    for (int k = 0; k < 4; ++k) {
      const int64_t o = i + 8 * k;
      y[k] = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(floats8(r + o), vr), _mm256_mul_ps(floats8(g + o), vg)),
                           _mm256_mul_ps(floats8(b + o), vb));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + i), levels32(y[0], y[1], y[2], y[3]));
  }
  return i;
}
#endif

void greyPlane(const uint8_t* r, const uint8_t* g, const uint8_t* b, uint8_t* out, int64_t n) {
  int64_t i = 0;
#if MUST_X86_DISPATCH
  if (hasAvx2()) i = greyPlaneAvx2(r, g, b, out, n);
#endif
  greyPlaneBase(r + i, g + i, b + i, out + i, n - i);
}

Tensor grayscaleU8(const Tensor& self) {
  const char* op = "must::grayscale_u8";
  checkImage(self, op, "self");
  TORCH_CHECK(self.size(1) == 3, op, ": self must be RGB images [n, 3, H, W], got shape ", self.sizes());
  const int64_t n = self.size(0), hw = self.size(2) * self.size(3);
  Tensor src = self.contiguous();
  Tensor out = at::empty({n, 1, self.size(2), self.size(3)}, self.options());
  if (n * hw == 0) return out;
  const uint8_t* base = src.data_ptr<uint8_t>();
  uint8_t* ob = out.data_ptr<uint8_t>();
  at::parallel_for(0, n, std::max<int64_t>(1, grainPlanes(hw) / 3), [&](int64_t b, int64_t e) {
    for (int64_t k = b; k < e; ++k) {
      const uint8_t* img = base + k * 3 * hw;
      greyPlane(img, img + hw, img + 2 * hw, ob + k * hw, hw);
    }
  });
  return out;
}

// ---- blend_u8_: self <- trunc(clamp(ratio self + (1 - ratio) other, 0, 255)) in float32 ----

void blendPlaneBase(uint8_t* __restrict s, const uint8_t* __restrict o, float a, float b, int64_t n) {
  int64_t i = 0;
#if MUST_SSE2
  const __m128 va = _mm_set1_ps(a), vb = _mm_set1_ps(b), lo = _mm_setzero_ps(), hi = _mm_set1_ps(255.0f);
  for (; i + 16 <= n; i += 16) {
    __m128 fs[4], fo[4], y[4];
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)), fs);
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(o + i)), fo);
    for (int k = 0; k < 4; ++k) {
      y[k] = _mm_min_ps(_mm_max_ps(_mm_add_ps(_mm_mul_ps(fs[k], va), _mm_mul_ps(fo[k], vb)), lo), hi);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(s + i), toLevels(y));
  }
#endif
  for (; i < n; ++i) {
    float y = static_cast<float>(s[i]) * a + static_cast<float>(o[i]) * b;
    y = std::min(std::max(y, 0.0f), 255.0f);
    s[i] = static_cast<uint8_t>(static_cast<int32_t>(y));
  }
}

#if MUST_X86_DISPATCH
MUST_AVX2 int64_t blendPlaneAvx2(uint8_t* s, const uint8_t* o, float a, float b, int64_t n) {
  const __m256 va = _mm256_set1_ps(a), vb = _mm256_set1_ps(b), lo = _mm256_setzero_ps(), hi = _mm256_set1_ps(255.0f);
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256 y[4];
    for (int k = 0; k < 4; ++k) {
      const __m256 v = _mm256_add_ps(_mm256_mul_ps(floats8(s + i + 8 * k), va), _mm256_mul_ps(floats8(o + i + 8 * k), vb));
      y[k] = _mm256_min_ps(_mm256_max_ps(v, lo), hi);
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(s + i), levels32(y[0], y[1], y[2], y[3]));
  }
  return i;
}
#endif

void blendPlane(uint8_t* s, const uint8_t* o, float a, float b, int64_t n) {
  int64_t i = 0;
#if MUST_X86_DISPATCH
  if (hasAvx2()) i = blendPlaneAvx2(s, o, a, b, n);
#endif
  blendPlaneBase(s + i, o + i, a, b, n - i);
}

Tensor& blendU8(Tensor& self, const Tensor& other, double ratio) {
  const char* op = "must::blend_u8_";
  checkImage(self, op, "self");
  checkImage(other, op, "other");
  const int64_t n = self.size(0), c = self.size(1), hw = self.size(2) * self.size(3);
  const bool shapeOk = other.size(0) == n && (other.size(1) == 1 || other.size(1) == c) &&
                       other.size(2) == self.size(2) && other.size(3) == self.size(3);
  TORCH_CHECK(shapeOk, op, ": other must have shape [n, 1 or c, H, W] for self ", self.sizes(), ", got ", other.sizes());
  TORCH_CHECK(std::isfinite(ratio), op, ": ratio must be finite, got ", ratio);
  if (n * c * hw == 0) return self;
  // ATen's float32 scalars: ratio and (1 - ratio) computed in double, each rounded to float
  const float a = static_cast<float>(ratio), b = static_cast<float>(1.0 - ratio);
  Tensor src = other.contiguous();
  const int64_t oc = other.size(1);
  return inPlace(self, [&](Tensor& work) {
    uint8_t* base = work.data_ptr<uint8_t>();
    const uint8_t* obase = src.data_ptr<uint8_t>();
    at::parallel_for(0, n * c, grainPlanes(hw), [&](int64_t pb, int64_t pe) {
      for (int64_t p = pb; p < pe; ++p) {
        const uint8_t* o = obase + ((p / c) * oc + (oc == 1 ? 0 : p % c)) * hw;
        blendPlane(base + p * hw, o, a, b, hw);
      }
    });
  });
}

// ---- smooth_u8: Sharpness' degenerate image ----
// Interior pixels: the 3x3 kernel [[1,1,1],[1,5,1],[1,1,1]] / 13 rounded to the nearest level. A
// sum S of levels over 13 is never half-way, so round half to even is (2 S + 13) / 26; SSE2 divides
// 16-bit lanes by 26 as a multiply-high by ceil(2^20 / 26) and a shift (exact for 2 S + 13 < 6644,
// checked below). Separable: the sums of three rows per column first (1.8x faster than nine loads
// per pixel). Border pixels are copied.

constexpr uint16_t kDiv26 = 40330;  // ceil(2^20 / 26)
constexpr bool div26Exact() {
  for (uint32_t x = 0; x < 2 * 13 * 255 + 14; ++x) {
    if (((x * kDiv26) >> 20) != x / 26) return false;
  }
  return true;
}
static_assert(div26Exact(), "multiply-high division by 26");

// out[x] for 1 <= x < w - 1 (w > 2); vs: w scratch sums. (AVX2 was slower here: its 32-byte loads
// of the sums at odd offsets split cache lines.)
void smoothRow(const uint8_t* __restrict up, const uint8_t* __restrict mid, const uint8_t* __restrict down,
               uint8_t* __restrict out, int64_t w, uint16_t* __restrict vs) {
  int64_t x = 0;
#if MUST_SSE2
  const __m128i z = _mm_setzero_si128();
  auto load = [](const void* p) { return _mm_loadu_si128(static_cast<const __m128i*>(p)); };
  for (; x + 16 <= w; x += 16) {
    const __m128i a = load(up + x), b = load(mid + x), c = load(down + x);
    const __m128i lo = _mm_add_epi16(_mm_add_epi16(_mm_unpacklo_epi8(a, z), _mm_unpacklo_epi8(b, z)), _mm_unpacklo_epi8(c, z));
    const __m128i hi = _mm_add_epi16(_mm_add_epi16(_mm_unpackhi_epi8(a, z), _mm_unpackhi_epi8(b, z)), _mm_unpackhi_epi8(c, z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(vs + x), lo);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(vs + x + 8), hi);
  }
#endif
  for (; x < w; ++x) vs[x] = static_cast<uint16_t>(up[x] + mid[x] + down[x]);
  x = 1;
#if MUST_SSE2
  const __m128i c13 = _mm_set1_epi16(13), m = _mm_set1_epi16(static_cast<short>(kDiv26));
  for (; x + 17 <= w; x += 16) {  // reads sums x - 1 .. x + 16
    const __m128i centre16 = load(mid + x);
    __m128i half[2];
    for (int h = 0; h < 2; ++h) {
      const uint16_t* v = vs + x + 8 * h;
      const __m128i centre = h == 0 ? _mm_unpacklo_epi8(centre16, z) : _mm_unpackhi_epi8(centre16, z);
      __m128i s = _mm_add_epi16(_mm_add_epi16(load(v - 1), load(v)), load(v + 1));
      s = _mm_add_epi16(s, _mm_slli_epi16(centre, 2));
      const __m128i t = _mm_add_epi16(_mm_add_epi16(s, s), c13);
      half[h] = _mm_srli_epi16(_mm_mulhi_epu16(t, m), 4);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), _mm_packus_epi16(half[0], half[1]));
  }
#endif
  for (; x + 1 < w; ++x) {
    const int s = vs[x - 1] + vs[x] + vs[x + 1] + 4 * mid[x];
    out[x] = static_cast<uint8_t>((2 * s + 13) / 26);
  }
}

void smoothPlane(const uint8_t* src, uint8_t* dst, int64_t h, int64_t w, uint16_t* vs) {
  if (h <= 2 || w <= 2) {
    std::memcpy(dst, src, h * w);
    return;
  }
  std::memcpy(dst, src, w);
  for (int64_t y = 1; y + 1 < h; ++y) {
    const uint8_t* mid = src + y * w;
    uint8_t* o = dst + y * w;
    smoothRow(mid - w, mid, mid + w, o, w, vs);
    o[0] = mid[0];
    o[w - 1] = mid[w - 1];
  }
  std::memcpy(dst + (h - 1) * w, src + (h - 1) * w, w);
}

Tensor smoothU8(const Tensor& self) {
  checkImage(self, "must::smooth_u8", "self");
  const int64_t n = self.size(0), c = self.size(1), h = self.size(2), w = self.size(3);
  Tensor src = self.contiguous();
  Tensor out = at::empty(self.sizes(), self.options());
  if (n * c * h * w == 0) return out;
  const uint8_t* sb = src.data_ptr<uint8_t>();
  uint8_t* ob = out.data_ptr<uint8_t>();
  at::parallel_for(0, n * c, grainPlanes(h * w), [&](int64_t b, int64_t e) {
    std::unique_ptr<uint16_t[]> vs(new uint16_t[w]);
    for (int64_t p = b; p < e; ++p) smoothPlane(sb + p * h * w, ob + p * h * w, h, w, vs.get());
  });
  return out;
}

}  // namespace
}  // namespace must

TORCH_LIBRARY(must, m) {
  m.def("remap_u8_(Tensor(a!) self, Tensor index, int fill) -> Tensor(a!)");
  m.def("lut_u8_(Tensor(a!) self, Tensor lut) -> Tensor(a!)");
  m.def("histogram_u8(Tensor self) -> Tensor");
  m.def("extrema_u8(Tensor self) -> Tensor");
  m.def("grayscale_u8(Tensor self) -> Tensor");
  m.def("blend_u8_(Tensor(a!) self, Tensor other, float ratio) -> Tensor(a!)");
  m.def("smooth_u8(Tensor self) -> Tensor");
}

TORCH_LIBRARY_IMPL(must, CPU, m) {
  m.impl("remap_u8_", must::remapU8);
  m.impl("lut_u8_", must::lutU8);
  m.impl("histogram_u8", must::histogramU8);
  m.impl("extrema_u8", must::extremaU8);
  m.impl("grayscale_u8", must::grayscaleU8);
  m.impl("blend_u8_", must::blendU8);
  m.impl("smooth_u8", must::smoothU8);
}
