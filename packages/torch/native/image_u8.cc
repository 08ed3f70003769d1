// 8-bit image operators registered with the dispatcher in the `must` namespace (as torchvision
// registers torchvision::nms): CPU kernels for the RandAugment / AugMix ops on uint8 images
// [n, c, H, W], with AugMix's bilinear warps and float32 mixing of 8-bit chains. ATen's generic
// gather, index_select and float conversions cost 3-10x these loops on 8-bit data. Called by name
// from TypeScript (`torch.callOp1('must::lut_u8_', ...)`); other devices keep the ATen formulation
// (packages/vision/src/augment/uint8-ops.ts).
//
// The float arithmetic (blend_u8_, grayscale_u8, warp_bilinear_u8_, mix_u8_) is float32, one
// rounding per operation and no fused multiply-add (binding.gyp: -ffp-contract=off), so results
// equal ATen's float32 ops converted to uint8 bit for bit. The hot loops have SSE2 versions (every
// x86-64 CPU; GCC's -O2 auto-vectorization of the uint8 <-> float conversions was 3-4x slower; the
// bilinear warp's baseline is scalar), and AVX2 / AVX-512 VBMI ones chosen at run time
// (MUST_TORCH_BASELINE_SIMD=1 keeps the baseline, for tests); the scalar loops are the reference,
// used for the tails and on other architectures.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

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

// ---- warp_bilinear_u8_: a same-size affine warp, bilinear, rounded to the nearest level ----
// `inverse` maps output pixel centres to input coordinates as @must/vision's sampling taps
// (align_corners false): x = ((a (j + .5) + b (i + .5)) + c) - .5, y likewise with d, e, f. Each
// pixel's taps are those of getTaps(..., 'bilinear') recomputed with the same float64 operations
// (the four neighbours of (floor x, floor y), weights (1 - fx)(1 - fy), fx (1 - fy), (1 - fx) fy,
// fx fy rounded to float32, 0 where the neighbour is outside), so no tap tensors are needed:
// building those costs milliseconds per transform, and AugMix's shears never repeat. The level is
// the float32 sum ((w0 v0 + w1 v1) + w2 v2) + w3 v3, one rounding per operation, plus
// (1 - coverage) fill as sampleTaps adds it (fill != 0 and some pixel of the map with coverage
// < 1 - 1e-6), rounded half to even (torch.round, as torchvision rounds its uint8 warps; PIL's
// Geometry.c truncates its double sum, and clamps neighbours to the border instead of weighing 0).
//
// The planes are copied into scratch with a margin of w + 8 bytes on each side, so the four
// neighbours of any pixel are read at base, base + 1, base + w, base + w + 1 (base = y0 w + x0 >=
// -w - 1) without a bounds check: an outside neighbour has weight 0, whatever it reads. AVX2 computes
// the taps 4 pixels and applies them 8 pixels at a time (two 32-bit gathers per plane: the pairs
// (v00, v01) and (v10, v11)), 3-4x the scalar loops.

struct Affine {
  double a, b, c, d, e, f;
};

// One output row's taps, structure of arrays: base index, the four float32 weights, and the float64
// coverage (sum of the weights). colX[j] = a (j + .5), colY[j] = d (j + .5).
struct RowTaps {
  int32_t* base;
  float* wt[4];
  double* cov;
};

void rowTapsBase(const Affine& m, double rx, double ry, int64_t h, int64_t w, const double* colX, const double* colY,
                 const RowTaps& t, int64_t j0) {
  const double fw = static_cast<double>(w), fh = static_cast<double>(h);
  for (int64_t j = j0; j < w; ++j) {
    const double x = ((colX[j] + rx) + m.c) - 0.5;
    const double y = ((colY[j] + ry) + m.f) - 0.5;
    // both neighbours of x (or of y) outside: no tap
    if (!(x >= -1.0 && x < fw && y >= -1.0 && y < fh)) {
      t.base[j] = 0;
      t.wt[0][j] = t.wt[1][j] = t.wt[2][j] = t.wt[3][j] = 0.0f;
      t.cov[j] = 0.0;
      continue;
    }
    int64_t x0 = static_cast<int64_t>(x), y0 = static_cast<int64_t>(y);  // floor: truncation, less one below 0
    if (static_cast<double>(x0) > x) --x0;
    if (static_cast<double>(y0) > y) --y0;
    const double fx = x - static_cast<double>(x0), fy = y - static_cast<double>(y0);
    const double gx = 1.0 - fx, gy = 1.0 - fy;
    const bool inX0 = x0 >= 0, inX1 = x0 + 1 < w, inY0 = y0 >= 0, inY1 = y0 + 1 < h;
    const double w0 = inX0 && inY0 ? gx * gy : 0.0, w1 = inX1 && inY0 ? fx * gy : 0.0;
    const double w2 = inX0 && inY1 ? gx * fy : 0.0, w3 = inX1 && inY1 ? fx * fy : 0.0;
    t.cov[j] = ((w0 + w1) + w2) + w3;
    t.base[j] = static_cast<int32_t>(y0 * w + x0);
    t.wt[0][j] = static_cast<float>(w0);
    t.wt[1][j] = static_cast<float>(w1);
    t.wt[2][j] = static_cast<float>(w2);
    t.wt[3][j] = static_cast<float>(w3);
  }
}

// Round half to even of a float32 in [0, 255]: adding and subtracting 2^23 leaves the integer part.
inline uint8_t nearestLevel(float v) {
  v = std::min(std::max(v, 0.0f), 255.0f);
  return static_cast<uint8_t>(static_cast<int32_t>((v + 8388608.0f) - 8388608.0f));
}

// Output pixels [j0, w) of one row of C planes (src: padded planes; fillAdd: the fill term per
// pixel, or null).
template <int C>
void warpRowBase(const uint8_t* const* src, uint8_t* const* dst, const RowTaps& t, const float* fillAdd, int64_t w,
                 int64_t j0) {
  for (int64_t j = j0; j < w; ++j) {
    const float w0 = t.wt[0][j], w1 = t.wt[1][j], w2 = t.wt[2][j], w3 = t.wt[3][j];
    for (int p = 0; p < C; ++p) {
      const uint8_t* s = src[p] + t.base[j];
      float acc = static_cast<float>(s[0]) * w0;
      acc = acc + static_cast<float>(s[1]) * w1;
      acc = acc + static_cast<float>(s[w]) * w2;
      acc = acc + static_cast<float>(s[w + 1]) * w3;
      if (fillAdd) acc = acc + fillAdd[j];
      dst[p][j] = nearestLevel(acc);
    }
  }
}

#if MUST_X86_DISPATCH
// Taps of pixels [0, 4 floor(w / 4)) of a row; returns the count done.
MUST_AVX2 int64_t rowTapsAvx2(const Affine& m, double rx, double ry, int64_t h, int64_t w, const double* colX,
                              const double* colY, const RowTaps& t) {
  const __m256d vrx = _mm256_set1_pd(rx), vry = _mm256_set1_pd(ry), vc = _mm256_set1_pd(m.c), vf = _mm256_set1_pd(m.f);
  const __m256d half = _mm256_set1_pd(0.5), one = _mm256_set1_pd(1.0), zero = _mm256_setzero_pd();
  const __m256d fw = _mm256_set1_pd(static_cast<double>(w)), fh = _mm256_set1_pd(static_cast<double>(h));
  const __m256d minus1 = _mm256_set1_pd(-1.0), wLast = _mm256_set1_pd(static_cast<double>(w - 1));
  const __m256d hLast = _mm256_set1_pd(static_cast<double>(h - 1));
  int64_t j = 0;
  for (; j + 4 <= w; j += 4) {
    const __m256d x = _mm256_sub_pd(_mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(colX + j), vrx), vc), half);
    const __m256d y = _mm256_sub_pd(_mm256_add_pd(_mm256_add_pd(_mm256_loadu_pd(colY + j), vry), vf), half);
    // ordered compares: false for NaN, as the scalar test
    const __m256d in = _mm256_and_pd(_mm256_and_pd(_mm256_cmp_pd(x, minus1, _CMP_GE_OQ), _mm256_cmp_pd(x, fw, _CMP_LT_OQ)),
                                     _mm256_and_pd(_mm256_cmp_pd(y, minus1, _CMP_GE_OQ), _mm256_cmp_pd(y, fh, _CMP_LT_OQ)));
    const __m256d x0 = _mm256_floor_pd(x), y0 = _mm256_floor_pd(y);
    const __m256d fx = _mm256_sub_pd(x, x0), fy = _mm256_sub_pd(y, y0);
    const __m256d gx = _mm256_sub_pd(one, fx), gy = _mm256_sub_pd(one, fy);
    const __m256d inX0 = _mm256_cmp_pd(x0, zero, _CMP_GE_OQ), inX1 = _mm256_cmp_pd(x0, wLast, _CMP_LT_OQ);
    const __m256d inY0 = _mm256_and_pd(_mm256_cmp_pd(y0, zero, _CMP_GE_OQ), in);
    const __m256d inY1 = _mm256_and_pd(_mm256_cmp_pd(y0, hLast, _CMP_LT_OQ), in);
    const __m256d w0 = _mm256_and_pd(_mm256_mul_pd(gx, gy), _mm256_and_pd(inX0, inY0));
    const __m256d w1 = _mm256_and_pd(_mm256_mul_pd(fx, gy), _mm256_and_pd(inX1, inY0));
    const __m256d w2 = _mm256_and_pd(_mm256_mul_pd(gx, fy), _mm256_and_pd(inX0, inY1));
    const __m256d w3 = _mm256_and_pd(_mm256_mul_pd(fx, fy), _mm256_and_pd(inX1, inY1));
    _mm256_storeu_pd(t.cov + j, _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(w0, w1), w2), w3));
    _mm_storeu_ps(t.wt[0] + j, _mm256_cvtpd_ps(w0));
    _mm_storeu_ps(t.wt[1] + j, _mm256_cvtpd_ps(w1));
    _mm_storeu_ps(t.wt[2] + j, _mm256_cvtpd_ps(w2));
    _mm_storeu_ps(t.wt[3] + j, _mm256_cvtpd_ps(w3));
    // y0 w + x0 is exact in float64; 0 for the pixels without taps
    const __m256d base = _mm256_and_pd(_mm256_add_pd(_mm256_mul_pd(y0, fw), x0), in);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(t.base + j), _mm256_cvttpd_epi32(base));
  }
  return j;
}

// Pixels [0, 8 floor(w / 8)) of one row of C planes; returns the count done.
template <int C>
MUST_AVX2 int64_t warpRowAvx2(const uint8_t* const* src, uint8_t* const* dst, const RowTaps& t, const float* fillAdd,
                              int64_t w) {
  const __m256i ff = _mm256_set1_epi32(0xff);
  const __m256 lo = _mm256_setzero_ps(), hi = _mm256_set1_ps(255.0f);
  const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
  int64_t j = 0;
  for (; j + 8 <= w; j += 8) {
    const __m256i base = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(t.base + j));
    const __m256i below = _mm256_add_epi32(base, _mm256_set1_epi32(static_cast<int32_t>(w)));
    const __m256 w0 = _mm256_loadu_ps(t.wt[0] + j), w1 = _mm256_loadu_ps(t.wt[1] + j);
    const __m256 w2 = _mm256_loadu_ps(t.wt[2] + j), w3 = _mm256_loadu_ps(t.wt[3] + j);
    for (int p = 0; p < C; ++p) {
      const int* s = reinterpret_cast<const int*>(src[p]);
      const __m256i top = _mm256_i32gather_epi32(s, base, 1);  // bytes v00, v01, ...
      const __m256i bot = _mm256_i32gather_epi32(s, below, 1);  // bytes v10, v11, ...
      __m256 acc = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(top, ff)), w0);
      acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(_mm256_srli_epi32(top, 8), ff)), w1));
      acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(bot, ff)), w2));
      acc = _mm256_add_ps(acc, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(_mm256_srli_epi32(bot, 8), ff)), w3));
      if (fillAdd) acc = _mm256_add_ps(acc, _mm256_loadu_ps(fillAdd + j));
      acc = _mm256_min_ps(_mm256_max_ps(acc, lo), hi);
      const __m256i r = _mm256_cvttps_epi32(_mm256_round_ps(acc, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
      // 8 levels from the low byte of each 32-bit lane: per-lane packs, then lanes' first dwords together
      const __m256i b = _mm256_packus_epi16(_mm256_packs_epi32(r, r), _mm256_setzero_si256());
      _mm_storel_epi64(reinterpret_cast<__m128i*>(dst[p] + j), _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(b, order)));
    }
  }
  return j;
}
#endif

void rowTaps(const Affine& m, int64_t i, int64_t h, int64_t w, const double* colX, const double* colY, const RowTaps& t) {
  const double yi = static_cast<double>(i) + 0.5;
  const double rx = m.b * yi, ry = m.e * yi;
  int64_t j = 0;
#if MUST_X86_DISPATCH
  if (hasAvx2()) j = rowTapsAvx2(m, rx, ry, h, w, colX, colY, t);
#endif
  rowTapsBase(m, rx, ry, h, w, colX, colY, t, j);
}

template <int C>
void warpRow(const uint8_t* const* src, uint8_t* const* dst, const RowTaps& t, const float* fillAdd, int64_t w) {
  int64_t j = 0;
#if MUST_X86_DISPATCH
  if (hasAvx2()) j = warpRowAvx2<C>(src, dst, t, fillAdd, w);
#endif
  warpRowBase<C>(src, dst, t, fillAdd, w, j);
}

// Row buffers of the taps.
struct TapsBuffer {
  std::vector<int32_t> base;
  std::vector<float> wt;
  std::vector<double> cov;
  explicit TapsBuffer(int64_t w) : base(w), wt(4 * w), cov(w) {}
  RowTaps view() {
    const int64_t w = static_cast<int64_t>(base.size());
    return RowTaps{base.data(), {wt.data(), wt.data() + w, wt.data() + 2 * w, wt.data() + 3 * w}, cov.data()};
  }
};

// Pure integer translations read every pixel from one source pixel with weight 1 (or none: fill),
// so rows are copied: the general loop's result, 10x faster.
bool integerShift(const Affine& m, int64_t* tx, int64_t* ty) {
  const bool axes = m.a == 1.0 && m.b == 0.0 && m.d == 0.0 && m.e == 1.0;
  if (!axes || !(std::abs(m.c) < 1e9 && std::abs(m.f) < 1e9) || m.c != std::trunc(m.c) || m.f != std::trunc(m.f)) {
    return false;
  }
  *tx = static_cast<int64_t>(m.c);
  *ty = static_cast<int64_t>(m.f);
  return true;
}

// In place: output (i, j) <- input (i + ty, j + tx), fill outside; rows copied from a scratch plane.
void shiftImage(uint8_t* img, int64_t c, int64_t h, int64_t w, int64_t tx, int64_t ty, uint8_t fill, uint8_t* scratch) {
  // output columns [lo, hi) are inside
  const int64_t lo = std::min(w, std::max<int64_t>(0, -tx)), hi = std::max(lo, std::min(w, w - tx));
  for (int64_t p = 0; p < c; ++p) {
    uint8_t* plane = img + p * h * w;
    std::memcpy(scratch, plane, h * w);
    for (int64_t i = 0; i < h; ++i) {
      uint8_t* o = plane + i * w;
      const int64_t sy = i + ty;
      if (sy < 0 || sy >= h) {
        std::memset(o, fill, w);
        continue;
      }
      std::memset(o, fill, lo);
      if (hi > lo) std::memcpy(o + lo, scratch + sy * w + lo + tx, hi - lo);
      std::memset(o + hi, fill, w - hi);
    }
  }
}

Tensor& warpBilinearU8(Tensor& self, at::ArrayRef<double> inverse, int64_t fill) {
  const char* op = "must::warp_bilinear_u8_";
  checkImage(self, op, "self");
  TORCH_CHECK(inverse.size() == 6, op, ": inverse must be an affine map [a, b, c, d, e, f] (6 numbers), got ",
              inverse.size(), " numbers");
  for (double v : inverse) TORCH_CHECK(std::isfinite(v), op, ": inverse must be finite, got ", inverse);
  TORCH_CHECK(fill >= 0 && fill <= 255, op, ": fill must be a level 0..255, got ", fill);
  const int64_t n = self.size(0), c = self.size(1), h = self.size(2), w = self.size(3), hw = h * w;
  TORCH_CHECK(hw + 2 * w < (int64_t{1} << 31), op, ": images of at most 2^31 pixels, got ", h, " x ", w);
  if (n * c * hw == 0) return self;
  const Affine m{inverse[0], inverse[1], inverse[2], inverse[3], inverse[4], inverse[5]};
  int64_t tx = 0, ty = 0;
  const bool shift = integerShift(m, &tx, &ty);
  if (shift && tx == 0 && ty == 0) return self;  // the identity
  std::vector<double> colX(w), colY(w);
  for (int64_t j = 0; j < w; ++j) {
    colX[j] = m.a * (static_cast<double>(j) + 0.5);
    colY[j] = m.d * (static_cast<double>(j) + 0.5);
  }
  // sampleTaps adds the fill term only when some pixel of the map is short of coverage 1 - 1e-6
  bool fillOn = false;
  if (fill != 0 && !shift) {
    TapsBuffer buf(w);
    const RowTaps t = buf.view();
    for (int64_t i = 0; i < h && !fillOn; ++i) {
      rowTaps(m, i, h, w, colX.data(), colY.data(), t);
      for (int64_t j = 0; j < w && !fillOn; ++j) fillOn = t.cov[j] < 1.0 - 1e-6;
    }
  }
  const float fillF = static_cast<float>(fill);
  const int64_t pad = w + 8, stride = hw + 2 * pad;  // a padded plane in scratch
  return inPlace(self, [&](Tensor& work) {
    uint8_t* base = work.data_ptr<uint8_t>();
    at::parallel_for(0, n, std::max<int64_t>(1, grainPlanes(hw) / c), [&](int64_t b, int64_t e) {
      if (shift) {
        std::unique_ptr<uint8_t[]> scratch(new uint8_t[hw]);
        for (int64_t k = b; k < e; ++k) {
          shiftImage(base + k * c * hw, c, h, w, tx, ty, static_cast<uint8_t>(fill), scratch.get());
        }
        return;
      }
      std::unique_ptr<uint8_t[]> scratch(new uint8_t[c * stride]);
      for (int64_t p = 0; p < c; ++p) {  // margins read with weight 0: zeros (any level would do)
        std::memset(scratch.get() + p * stride, 0, pad);
        std::memset(scratch.get() + p * stride + pad + hw, 0, pad);
      }
      TapsBuffer buf(w);
      const RowTaps t = buf.view();
      std::vector<float> fillAdd(fillOn ? w : 0);
      const float* fa = fillOn ? fillAdd.data() : nullptr;
      for (int64_t k = b; k < e; ++k) {
        uint8_t* img = base + k * c * hw;
        for (int64_t p = 0; p < c; ++p) std::memcpy(scratch.get() + p * stride + pad, img + p * hw, hw);
        for (int64_t i = 0; i < h; ++i) {
          rowTaps(m, i, h, w, colX.data(), colY.data(), t);
          if (fillOn) {
            for (int64_t j = 0; j < w; ++j) fillAdd[j] = (1.0f - static_cast<float>(t.cov[j])) * fillF;
          }
          if (c == 3) {
            const uint8_t* src[3] = {scratch.get() + pad, scratch.get() + stride + pad, scratch.get() + 2 * stride + pad};
            uint8_t* dst[3] = {img + i * w, img + hw + i * w, img + 2 * hw + i * w};
            warpRow<3>(src, dst, t, fa, w);
          } else {
            for (int64_t p = 0; p < c; ++p) {
              const uint8_t* src = scratch.get() + p * stride + pad;
              uint8_t* dst = img + p * hw + i * w;
              warpRow<1>(&src, &dst, t, fa, w);
            }
          }
        }
      }
    });
  });
}

// ---- mix_u8_: out[b] <- sum_k weights[b, k] terms[b, k] in float32 ----
// AugMix's mixing of 8-bit chains into a float32 image: the products and the running sum in order
// k = 0, 1, ... with one rounding each, as ATen's terms[b, 0].float() * w0 + terms[b, 1].float() * w1 + ...
// One pass writing the float32 result: 8x ATen's conversion, product and sum per term.

void mixBase(const uint8_t* t, int64_t stride, int64_t k, const float* wts, float* out, int64_t n) {
  int64_t i = 0;
#if MUST_SSE2
  for (; i + 16 <= n; i += 16) {
    __m128 acc[4], f[4];
    toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i)), f);
    const __m128 w0 = _mm_set1_ps(wts[0]);
    for (int q = 0; q < 4; ++q) acc[q] = _mm_mul_ps(f[q], w0);
    for (int64_t s = 1; s < k; ++s) {
      toFloats(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t + s * stride + i)), f);
      const __m128 ws = _mm_set1_ps(wts[s]);
      for (int q = 0; q < 4; ++q) acc[q] = _mm_add_ps(acc[q], _mm_mul_ps(f[q], ws));
    }
    for (int q = 0; q < 4; ++q) _mm_storeu_ps(out + i + 4 * q, acc[q]);
  }
#endif
  for (; i < n; ++i) {
    float acc = static_cast<float>(t[i]) * wts[0];
    for (int64_t s = 1; s < k; ++s) acc = acc + static_cast<float>(t[s * stride + i]) * wts[s];
    out[i] = acc;
  }
}

#if MUST_X86_DISPATCH
MUST_AVX2 int64_t mixAvx2(const uint8_t* t, int64_t stride, int64_t k, const float* wts, float* out, int64_t n) {
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256 acc[4];
    const __m256 w0 = _mm256_set1_ps(wts[0]);
    for (int q = 0; q < 4; ++q) acc[q] = _mm256_mul_ps(floats8(t + i + 8 * q), w0);
    for (int64_t s = 1; s < k; ++s) {
      const __m256 ws = _mm256_set1_ps(wts[s]);
      const uint8_t* ts = t + s * stride + i;
      for (int q = 0; q < 4; ++q) acc[q] = _mm256_add_ps(acc[q], _mm256_mul_ps(floats8(ts + 8 * q), ws));
    }
    for (int q = 0; q < 4; ++q) _mm256_storeu_ps(out + i + 8 * q, acc[q]);
  }
  return i;
}
#endif

void mixRange(const uint8_t* t, int64_t stride, int64_t k, const float* wts, float* out, int64_t n) {
  int64_t i = 0;
#if MUST_X86_DISPATCH
  if (hasAvx2()) i = mixAvx2(t, stride, k, wts, out, n);
#endif
  mixBase(t + i, stride, k, wts, out + i, n - i);
}

Tensor& mixU8(Tensor& out, const Tensor& terms, const Tensor& weights) {
  const char* op = "must::mix_u8_";
  TORCH_CHECK(out.defined() && terms.defined() && weights.defined(), op, ": undefined tensor argument");
  for (const Tensor* t : {static_cast<const Tensor*>(&out), &terms, &weights}) {
    TORCH_CHECK(t->device().is_cpu(), op, ": tensors must be on the CPU, got ", t->device());
  }
  TORCH_CHECK(out.scalar_type() == at::kFloat, op, ": out must be float32, got ", out.scalar_type());
  TORCH_CHECK(terms.scalar_type() == at::kByte, op, ": terms must be uint8, got ", terms.scalar_type());
  TORCH_CHECK(weights.scalar_type() == at::kFloat, op, ": weights must be float32, got ", weights.scalar_type());
  TORCH_CHECK(out.dim() == 4, op, ": out must be images [n, c, H, W], got shape ", out.sizes());
  const int64_t n = out.size(0), chw = out.size(1) * out.size(2) * out.size(3);
  const bool termsOk = terms.dim() == 5 && terms.size(0) == n && terms.size(1) >= 1 && terms.size(2) == out.size(1) &&
                       terms.size(3) == out.size(2) && terms.size(4) == out.size(3);
  TORCH_CHECK(termsOk, op, ": terms must have shape [n, k, c, H, W] (k >= 1) for out ", out.sizes(), ", got ",
              terms.sizes());
  const int64_t k = terms.size(1);
  TORCH_CHECK(weights.dim() == 2 && weights.size(0) == n && weights.size(1) == k, op, ": weights must have shape [n, k] = [",
              n, ", ", k, "], got ", weights.sizes());
  if (n * chw == 0) return out;
  Tensor src = terms.contiguous();
  Tensor wts = weights.contiguous();
  return inPlace(out, [&](Tensor& work) {
    float* ob = work.data_ptr<float>();
    const uint8_t* tb = src.data_ptr<uint8_t>();
    const float* wb = wts.data_ptr<float>();
    // blocks of 16 Ki elements (a multiple of the vector widths): one image splits across threads
    constexpr int64_t kBlock = int64_t{1} << 14;
    const int64_t blocks = (chw + kBlock - 1) / kBlock;
    at::parallel_for(0, n * blocks, 1, [&](int64_t qb, int64_t qe) {
      for (int64_t q = qb; q < qe; ++q) {
        const int64_t img = q / blocks, s = (q % blocks) * kBlock;
        mixRange(tb + img * k * chw + s, chw, k, wb + img * k, ob + img * chw + s, std::min(kBlock, chw - s));
      }
    });
  });
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
  m.def("warp_bilinear_u8_(Tensor(a!) self, float[] inverse, int fill) -> Tensor(a!)");
  m.def("mix_u8_(Tensor(a!) out, Tensor terms, Tensor weights) -> Tensor(a!)");
}

TORCH_LIBRARY_IMPL(must, CPU, m) {
  m.impl("remap_u8_", must::remapU8);
  m.impl("lut_u8_", must::lutU8);
  m.impl("histogram_u8", must::histogramU8);
  m.impl("extrema_u8", must::extremaU8);
  m.impl("grayscale_u8", must::grayscaleU8);
  m.impl("blend_u8_", must::blendU8);
  m.impl("smooth_u8", must::smoothU8);
  m.impl("warp_bilinear_u8_", must::warpBilinearU8);
  m.impl("mix_u8_", must::mixU8);
}
