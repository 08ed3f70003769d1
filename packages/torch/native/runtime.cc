// Process-wide runtime: version, seeds and RNG state, threads, CUDA queries, autocast.
#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <ATen/core/Generator.h>
#include <dlfcn.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include "common.h"

#define MUST_TORCH_AT_LEAST(maj, min) \
  (TORCH_VERSION_MAJOR > (maj) || (TORCH_VERSION_MAJOR == (maj) && TORCH_VERSION_MINOR >= (min)))

namespace must {
namespace {

napi_value Version(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeString(env, TORCH_VERSION); });
}

// The file the running libtorch was loaded from (to check it against the build's version).
napi_value LoadedLibrary(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    Dl_info info;
    if (dladdr(reinterpret_cast<void*>(&at::_ops::add_Tensor::call), &info) && info.dli_fname) {
      return makeString(env, info.dli_fname);
    }
    return nullValue(env);
  });
}

napi_value ManualSeed(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    int64_t seed = getInt64(env, a[0]);
    // Seeds the CPU generator and, when CUDA is available, every CUDA generator.
    at::manual_seed(static_cast<uint64_t>(seed));
    return undefinedValue(env);
  });
}

c10::Device parseDevice(napi_env env, napi_value v) {
  if (typeOf(env, v) != napi_string) return c10::Device(c10::kCPU);
  return c10::Device(getString(env, v));
}

at::Generator defaultGenerator(const c10::Device& d) {
  if (d.is_cpu()) return at::detail::getDefaultCPUGenerator();
  return at::globalContext().defaultGenerator(d);
}

napi_value GetRngState(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    at::Generator g = defaultGenerator(parseDevice(env, a[0]));
    std::lock_guard<std::mutex> lock(g.mutex());
    return wrapTensor(env, g.get_state());
  });
}

napi_value SetRngState(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 2);
    at::Generator g = defaultGenerator(parseDevice(env, a[0]));
    const at::Tensor& s = toTensor(env, a[1], "state");
    if (s.scalar_type() != at::kByte) throw JsTypeError("RNG state must be a uint8 tensor");
    std::lock_guard<std::mutex> lock(g.mutex());
    g.set_state(s);
    return undefinedValue(env);
  });
}

napi_value SetNumThreads(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    int64_t n = getInt64(env, a[0]);
    if (n < 1) throw JsTypeError("setNumThreads needs a positive number");
    at::set_num_threads(static_cast<int>(n));
    return undefinedValue(env);
  });
}

napi_value GetNumThreads(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeNumber(env, at::get_num_threads()); });
}

napi_value CudaIsAvailable(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeBool(env, torch::cuda::is_available()); });
}

napi_value CudaDeviceCount(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeNumber(env, static_cast<double>(torch::cuda::device_count())); });
}

napi_value CudaSynchronize(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    if (!torch::cuda::is_available()) throw std::runtime_error("cuda.synchronize(): CUDA is not available");
    int64_t index = typeOf(env, a[0]) == napi_number ? getInt64(env, a[0]) : -1;
    torch::cuda::synchronize(index);
    return undefinedValue(env);
  });
}

// ---- autocast ----
c10::DeviceType autocastDevice(const std::string& s) {
  if (s == "cpu") return c10::DeviceType::CPU;
  if (s == "cuda") return c10::DeviceType::CUDA;
  throw JsTypeError("autocast supports device types 'cpu' and 'cuda', got '" + s + "'");
}

bool autocastEnabled(c10::DeviceType d) {
#if MUST_TORCH_AT_LEAST(2, 4)
  return at::autocast::is_autocast_enabled(d);
#else
  return d == c10::DeviceType::CPU ? at::autocast::is_cpu_enabled() : at::autocast::is_enabled();
#endif
}
void setAutocastEnabled(c10::DeviceType d, bool on) {
#if MUST_TORCH_AT_LEAST(2, 4)
  at::autocast::set_autocast_enabled(d, on);
#else
  if (d == c10::DeviceType::CPU) at::autocast::set_cpu_enabled(on);
  else at::autocast::set_enabled(on);
#endif
}
at::ScalarType autocastDtype(c10::DeviceType d) {
#if MUST_TORCH_AT_LEAST(2, 4)
  return at::autocast::get_autocast_dtype(d);
#else
  return d == c10::DeviceType::CPU ? at::autocast::get_autocast_cpu_dtype() : at::autocast::get_autocast_gpu_dtype();
#endif
}
void setAutocastDtype(c10::DeviceType d, at::ScalarType t) {
#if MUST_TORCH_AT_LEAST(2, 4)
  at::autocast::set_autocast_dtype(d, t);
#else
  if (d == c10::DeviceType::CPU) at::autocast::set_autocast_cpu_dtype(t);
  else at::autocast::set_autocast_gpu_dtype(t);
#endif
}

napi_value AutocastState(napi_env env, c10::DeviceType d) {
  napi_value arr;
  check(env, napi_create_array_with_length(env, 2, &arr));
  check(env, napi_set_element(env, arr, 0, makeBool(env, autocastEnabled(d))));
  check(env, napi_set_element(env, arr, 1, makeString(env, dtypeName(autocastDtype(d)))));
  return arr;
}

// autocastSet(deviceType, enabled, dtype): returns the previous [enabled, dtype].
napi_value AutocastSet(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 3);
    c10::DeviceType d = autocastDevice(getString(env, a[0]));
    napi_value prev = AutocastState(env, d);
    setAutocastEnabled(d, getBool(env, a[1]));
    if (typeOf(env, a[2]) == napi_string) setAutocastDtype(d, parseDtype(getString(env, a[2])));
    return prev;
  });
}

napi_value AutocastGet(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return AutocastState(env, autocastDevice(getString(env, a[0])));
  });
}

napi_value AutocastEnterNesting(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeNumber(env, static_cast<double>(at::autocast::increment_nesting())); });
}

// Leaving the outermost autocast region clears the cache of casted weights, as torch.autocast does.
napi_value AutocastExitNesting(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    int depth = at::autocast::decrement_nesting();
    if (depth == 0) at::autocast::clear_cache();
    return makeNumber(env, depth);
  });
}

}  // namespace

std::vector<Export> runtimeExports() {
  return {
      {"version", Version},
      {"loadedLibrary", LoadedLibrary},
      {"manualSeed", ManualSeed},
      {"getRngState", GetRngState},
      {"setRngState", SetRngState},
      {"setNumThreads", SetNumThreads},
      {"getNumThreads", GetNumThreads},
      {"cudaIsAvailable", CudaIsAvailable},
      {"cudaDeviceCount", CudaDeviceCount},
      {"cudaSynchronize", CudaSynchronize},
      {"autocastSet", AutocastSet},
      {"autocastGet", AutocastGet},
      {"autocastEnterNesting", AutocastEnterNesting},
      {"autocastExitNesting", AutocastExitNesting},
  };
}

}  // namespace must
