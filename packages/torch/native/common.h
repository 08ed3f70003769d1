// Shared declarations of the @must/torch addon: error plumbing, N-API helpers and tensor handles.
#pragma once

#include <node_api.h>

#include <ATen/ATen.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <ATen/core/ivalue.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace must {

// Thrown when an N-API call failed and a JavaScript exception is already pending.
struct PendingException {};

// Becomes a JavaScript TypeError (bad argument kinds, disposed tensors, unknown ops).
struct JsTypeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline void check(napi_env env, napi_status s) {
  if (s == napi_ok) return;
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) throw PendingException();
  const napi_extended_error_info* info = nullptr;
  napi_get_last_error_info(env, &info);
  throw std::runtime_error(std::string("N-API call failed: ") +
                           (info && info->error_message ? info->error_message : "unknown"));
}

// Runs body, converting every C++ exception into a pending JavaScript exception.
template <typename F>
napi_value guard(napi_env env, F&& body) {
  try {
    return body();
  } catch (const PendingException&) {
  } catch (const JsTypeError& e) {
    napi_throw_type_error(env, nullptr, e.what());
  } catch (const c10::Error& e) {
    napi_throw_error(env, nullptr, e.what_without_backtrace());
  } catch (const std::exception& e) {
    napi_throw_error(env, nullptr, e.what());
  } catch (...) {
    napi_throw_error(env, nullptr, "unknown C++ exception in @must/torch");
  }
  return nullptr;
}

// ---- small N-API helpers ----
napi_value undefinedValue(napi_env env);
napi_value nullValue(napi_env env);
napi_value makeNumber(napi_env env, double v);
napi_value makeBool(napi_env env, bool v);
napi_value makeString(napi_env env, const std::string& s);
napi_valuetype typeOf(napi_env env, napi_value v);
bool isArray(napi_env env, napi_value v);
double getDouble(napi_env env, napi_value v);
int64_t getInt64(napi_env env, napi_value v);  // number or bigint
bool getBool(napi_env env, napi_value v);
std::string getString(napi_env env, napi_value v);
uint32_t arrayLength(napi_env env, napi_value v);
napi_value arrayGet(napi_env env, napi_value arr, uint32_t i);
std::vector<int64_t> getIntList(napi_env env, napi_value v);

// Reads exactly `want` arguments (missing ones are undefined).
std::vector<napi_value> args(napi_env env, napi_callback_info info, size_t want, napi_value* self = nullptr);

// ---- tensor handles ----
// Every live tensor sits in a slot of a per-thread table. JavaScript holds the slot's id
// (a number: generation * 2^22 + index), so a stale id of a disposed tensor is detected
// instead of dereferenced, and no per-tensor V8 reference or weak callback is needed.
struct Slot {
  at::Tensor tensor;
  uint32_t index = 0;
  uint32_t gen = 0;
  bool alive = false;
  bool kept = false;      // exempt from tidy scopes
  bool escaping = false;  // scratch flag while a scope ends
  int64_t reportedBytes = 0;  // external memory reported to V8
};

// Slots live in fixed-size chunks: indexing is a shift and a mask, and references stay valid
// while the table grows.
class SlotTable {
 public:
  static constexpr uint32_t kChunkBits = 12;
  static constexpr uint32_t kChunk = 1u << kChunkBits;
  size_t size() const { return size_; }
  Slot& operator[](size_t i) { return chunks_[i >> kChunkBits][i & (kChunk - 1)]; }
  Slot& emplace_back() {
    if ((size_ & (kChunk - 1)) == 0) chunks_.emplace_back(new Slot[kChunk]);
    return (*this)[size_++];
  }
  template <typename F>
  void forEach(F&& f) {
    for (size_t i = 0; i < size_; ++i) f((*this)[i]);
  }

 private:
  std::vector<std::unique_ptr<Slot[]>> chunks_;
  size_t size_ = 0;
};

// thread_local state of the addon in the initial-exec TLS model: a few bytes of the static TLS
// block instead of a __tls_get_addr call on every access (this library is loaded with dlopen).
#define MUST_THREAD_LOCAL thread_local __attribute__((tls_model("initial-exec")))

struct State {
  SlotTable slots;
  std::vector<uint32_t> freeSlots;
  int64_t liveCount = 0;
  std::vector<std::vector<double>> scopes;  // ids recorded by each open tidy scope
  napi_ref tensorClass = nullptr;
};
State& state();
void initState(napi_env env);
// Registers the malloc-based CPU allocator (allocator.cc); false where the libtorch version keeps c10's.
bool installCpuAllocator();

constexpr double kIndexSpan = 4194304.0;  // 2^22 slots

// Registers a tensor and returns its id (an undefined tensor gives -1).
double newTensorId(napi_env env, at::Tensor t);
// The live slot of an id, or nullptr when the id is stale (disposed) or invalid.
Slot* slotOf(double id);
// The id of a JavaScript value: a number id, or a Tensor object's `_h`; -1 when neither.
double idOfValue(napi_env env, napi_value v);
// Wraps into a new JavaScript Tensor object (null for an undefined tensor). Slow path.
napi_value wrapTensor(napi_env env, at::Tensor t);
// The tensor behind a number id or a Tensor object; TypeError when not a live tensor.
const at::Tensor& toTensor(napi_env env, napi_value v, const char* what = "argument");
const at::Tensor& tensorOfId(double id, const char* what);
void disposeSlot(napi_env env, Slot& s);

// Names shared by the marshaling code.
at::ScalarType parseDtype(const std::string& s);
bool isDtypeName(const std::string& s);
std::string dtypeName(at::ScalarType t);
std::string deviceName(const c10::Device& d);

// Registration of the exported functions, one list per source file.
struct Export {
  const char* name;
  napi_callback fn;
};
std::vector<Export> handleExports();
std::vector<Export> opExports();
std::vector<Export> dataExports();
std::vector<Export> autogradExports();
std::vector<Export> runtimeExports();

}  // namespace must
