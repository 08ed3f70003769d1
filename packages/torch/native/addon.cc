// Module initialization: one exports object holding every native function.
#include <malloc.h>
#include <torch/version.h>

#include <cstdlib>

#include "common.h"

namespace must {
namespace {

// Training allocates and frees the same large activation and gradient buffers every step. With
// glibc's default thresholds these are mmap'ed and returned to the system each time, and every
// step pays for page faults and zeroing again: the 4-conv benchmark step took 1.2-1.5x PyTorch's
// time from that alone. Keeping buffers up to 64 MiB in the heap (and trimming above 256 MiB)
// removes it, together with the heap allocator of allocator.cc (posix_memalign defeats the reuse).
// MUST_TORCH_DEFAULT_MALLOC=1 keeps glibc's defaults and c10's allocator.
void tuneMalloc() {
  static bool done = false;
  if (done) return;
  done = true;
  const char* keep = std::getenv("MUST_TORCH_DEFAULT_MALLOC");
  if (keep && keep[0] == '1') return;
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  installCpuAllocator();
}

napi_value Init(napi_env env, napi_value exports) {
  return guard(env, [&] {
    tuneMalloc();
    initState(env);
    std::vector<Export> all;
    for (auto list : {handleExports(), opExports(), dataExports(), autogradExports(), runtimeExports()}) {
      all.insert(all.end(), list.begin(), list.end());
    }
    for (const Export& e : all) {
      napi_value fn;
      check(env, napi_create_function(env, e.name, NAPI_AUTO_LENGTH, e.fn, nullptr, &fn));
      check(env, napi_set_named_property(env, exports, e.name, fn));
    }
    check(env, napi_set_named_property(env, exports, "builtVersion", makeString(env, TORCH_VERSION)));
    return exports;
  });
}

}  // namespace
}  // namespace must

NAPI_MODULE_INIT() { return must::Init(env, exports); }
