// Tensor handles: wrapping, deterministic disposal, tidy scopes and the live-tensor registry.
#include "common.h"

#include <unordered_set>

namespace must {

// ---------------- N-API helpers ----------------
napi_value undefinedValue(napi_env env) {
  napi_value v;
  check(env, napi_get_undefined(env, &v));
  return v;
}
napi_value nullValue(napi_env env) {
  napi_value v;
  check(env, napi_get_null(env, &v));
  return v;
}
napi_value makeNumber(napi_env env, double d) {
  napi_value v;
  check(env, napi_create_double(env, d, &v));
  return v;
}
napi_value makeBool(napi_env env, bool b) {
  napi_value v;
  check(env, napi_get_boolean(env, b, &v));
  return v;
}
napi_value makeString(napi_env env, const std::string& s) {
  napi_value v;
  check(env, napi_create_string_utf8(env, s.data(), s.size(), &v));
  return v;
}
napi_valuetype typeOf(napi_env env, napi_value v) {
  napi_valuetype t;
  check(env, napi_typeof(env, v, &t));
  return t;
}
bool isArray(napi_env env, napi_value v) {
  bool r = false;
  check(env, napi_is_array(env, v, &r));
  return r;
}
double getDouble(napi_env env, napi_value v) {
  double d;
  if (napi_get_value_double(env, v, &d) != napi_ok) throw JsTypeError("expected a number");
  return d;
}
int64_t getInt64(napi_env env, napi_value v) {
  napi_valuetype t = typeOf(env, v);
  if (t == napi_bigint) {
    int64_t r;
    bool lossless;
    check(env, napi_get_value_bigint_int64(env, v, &r, &lossless));
    if (!lossless) throw JsTypeError("bigint does not fit in int64");
    return r;
  }
  if (t == napi_boolean) return getBool(env, v) ? 1 : 0;
  double d = getDouble(env, v);
  if (d != static_cast<double>(static_cast<int64_t>(d))) {
    throw JsTypeError("expected an integer, got " + std::to_string(d));
  }
  return static_cast<int64_t>(d);
}
bool getBool(napi_env env, napi_value v) {
  bool b;
  if (napi_get_value_bool(env, v, &b) != napi_ok) throw JsTypeError("expected a boolean");
  return b;
}
std::string getString(napi_env env, napi_value v) {
  size_t len;
  if (napi_get_value_string_utf8(env, v, nullptr, 0, &len) != napi_ok) throw JsTypeError("expected a string");
  std::string s(len, '\0');
  check(env, napi_get_value_string_utf8(env, v, s.data(), len + 1, &len));
  return s;
}
uint32_t arrayLength(napi_env env, napi_value v) {
  uint32_t n;
  check(env, napi_get_array_length(env, v, &n));
  return n;
}
napi_value arrayGet(napi_env env, napi_value arr, uint32_t i) {
  napi_value v;
  check(env, napi_get_element(env, arr, i, &v));
  return v;
}
std::vector<int64_t> getIntList(napi_env env, napi_value v) {
  if (!isArray(env, v)) throw JsTypeError("expected an array of integers");
  uint32_t n = arrayLength(env, v);
  std::vector<int64_t> out(n);
  for (uint32_t i = 0; i < n; ++i) out[i] = getInt64(env, arrayGet(env, v, i));
  return out;
}
std::vector<napi_value> args(napi_env env, napi_callback_info info, size_t want, napi_value* self) {
  std::vector<napi_value> argv(want);
  size_t argc = want;
  check(env, napi_get_cb_info(env, info, &argc, argv.data(), self, nullptr));
  for (size_t i = argc; i < want; ++i) argv[i] = undefinedValue(env);
  return argv;
}

// ---------------- names ----------------
namespace {
struct DtypeName {
  const char* name;
  at::ScalarType type;
};
const DtypeName kDtypes[] = {
    {"float32", at::kFloat}, {"float64", at::kDouble}, {"float16", at::kHalf},
    {"bfloat16", at::kBFloat16}, {"int64", at::kLong}, {"int32", at::kInt},
    {"int16", at::kShort}, {"int8", at::kChar}, {"uint8", at::kByte},
    {"bool", at::kBool}, {"complex64", at::kComplexFloat}, {"complex128", at::kComplexDouble},
};
}  // namespace

bool isDtypeName(const std::string& s) {
  for (const auto& d : kDtypes)
    if (s == d.name) return true;
  return false;
}
at::ScalarType parseDtype(const std::string& s) {
  for (const auto& d : kDtypes)
    if (s == d.name) return d.type;
  throw JsTypeError("unknown dtype '" + s +
                    "' (expected float32, float64, float16, bfloat16, int64, int32, int16, int8, uint8 or bool)");
}
std::string dtypeName(at::ScalarType t) {
  for (const auto& d : kDtypes)
    if (t == d.type) return d.name;
  return c10::toString(t);
}
std::string deviceName(const c10::Device& d) {
  if (d.is_cpu()) return "cpu";
  std::string s = c10::DeviceTypeName(d.type(), /*lower_case=*/true);
  if (d.has_index()) s += ":" + std::to_string(d.index());
  return s;
}

// ---------------- state ----------------
namespace {
MUST_THREAD_LOCAL State* tlsState = nullptr;

// The memory a new handle makes V8 account for: its storage when no other tensor shares it.
// Views (and aliases of a tensor already held) report nothing, so that a few views of a large
// batch do not look like gigabytes of new memory to the garbage collector.
int64_t storageBytes(const at::Tensor& t) {
  if (!t.defined() || !t.has_storage()) return 0;
  const c10::Storage& st = t.storage();
  if (st.use_count() > 1) return 0;
  return static_cast<int64_t>(st.nbytes());
}

napi_value idValue(napi_env env, double id) { return makeNumber(env, id); }

// External memory is reported to V8 in batches of at least 1 MiB, so that creating and freeing
// small tensors does not call into V8 each time while large ones are reported at once.
constexpr int64_t kReportBatch = 1 << 20;
MUST_THREAD_LOCAL int64_t unreported = 0;
void reportExternal(napi_env env, int64_t delta) {
  unreported += delta;
  if (unreported >= kReportBatch || unreported <= -kReportBatch) {
    int64_t ignored;
    napi_adjust_external_memory(env, unreported, &ignored);
    unreported = 0;
  }
}
}  // namespace

State& state() { return *tlsState; }
void initState(napi_env env) {
  tlsState = new State();
  napi_add_env_cleanup_hook(
      env, [](void* p) { delete static_cast<State*>(p); }, tlsState);
}

double newTensorId(napi_env env, at::Tensor t) {
  if (!t.defined()) return -1;
  State& s = state();
  uint32_t index;
  if (!s.freeSlots.empty()) {
    index = s.freeSlots.back();
    s.freeSlots.pop_back();
  } else {
    if (s.slots.size() >= static_cast<size_t>(kIndexSpan)) throw std::runtime_error("too many live tensors (4194304)");
    index = static_cast<uint32_t>(s.slots.size());
    s.slots.emplace_back().index = index;
  }
  Slot& slot = s.slots[index];
  slot.tensor = std::move(t);
  slot.alive = true;
  slot.kept = false;
  slot.escaping = false;
  slot.reportedBytes = storageBytes(slot.tensor);
  if (slot.reportedBytes) reportExternal(env, slot.reportedBytes);
  s.liveCount++;
  double id = static_cast<double>(slot.gen) * kIndexSpan + index;
  if (!s.scopes.empty()) s.scopes.back().push_back(id);
  return id;
}

Slot* slotOf(double id) {
  if (!(id >= 0) || id != static_cast<double>(static_cast<uint64_t>(id))) return nullptr;
  State& s = state();
  uint64_t raw = static_cast<uint64_t>(id);
  uint64_t index = raw % static_cast<uint64_t>(kIndexSpan);
  uint64_t gen = raw / static_cast<uint64_t>(kIndexSpan);
  if (index >= s.slots.size()) return nullptr;
  Slot& slot = s.slots[index];
  return (slot.alive && slot.gen == gen) ? &slot : nullptr;
}

void disposeSlot(napi_env env, Slot& slot) {
  if (!slot.alive) return;
  State& s = state();
  slot.alive = false;
  slot.tensor = at::Tensor();
  slot.gen++;
  if (slot.reportedBytes) {
    reportExternal(env, -slot.reportedBytes);
    slot.reportedBytes = 0;
  }
  s.liveCount--;
  s.freeSlots.push_back(slot.index);
}

double idOfValue(napi_env env, napi_value v) {
  napi_valuetype t = typeOf(env, v);
  if (t == napi_number) return getDouble(env, v);
  if (t != napi_object) return -1;
  napi_value idv;
  check(env, napi_get_named_property(env, v, "_h", &idv));
  if (typeOf(env, idv) != napi_number) return -1;
  return getDouble(env, idv);
}

napi_value wrapTensor(napi_env env, at::Tensor t) {
  if (!t.defined()) return nullValue(env);
  State& s = state();
  if (!s.tensorClass) throw std::runtime_error("@must/torch: Tensor class not registered");
  double id = newTensorId(env, std::move(t));
  napi_value ctor, obj, arg = idValue(env, id);
  check(env, napi_get_reference_value(env, s.tensorClass, &ctor));
  check(env, napi_new_instance(env, ctor, 1, &arg, &obj));
  return obj;
}

const at::Tensor& tensorOfId(double id, const char* what) {
  Slot* slot = slotOf(id);
  bool wellFormed = id >= 0 && id == static_cast<double>(static_cast<uint64_t>(id));
  if (!slot) throw JsTypeError(std::string(what) + (wellFormed ? " is a disposed Tensor" : " is not a Tensor"));
  return slot->tensor;
}

const at::Tensor& toTensor(napi_env env, napi_value v, const char* what) {
  double id = idOfValue(env, v);
  if (id < 0) throw JsTypeError(std::string(what) + " is not a Tensor");
  return tensorOfId(id, what);
}

namespace {
// setTensorClass(ctor): the JavaScript class whose constructor takes an id; used for results
// that are not a single tensor.
napi_value SetTensorClass(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    if (typeOf(env, a[0]) != napi_function) throw JsTypeError("setTensorClass expects a class");
    State& s = state();
    if (s.tensorClass) napi_delete_reference(env, s.tensorClass);
    check(env, napi_create_reference(env, a[0], 1, &s.tensorClass));
    return undefinedValue(env);
  });
}

// dispose(id): frees the tensor; disposing twice is allowed.
napi_value Dispose(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    double id = idOfValue(env, a[0]);
    if (id < 0) throw JsTypeError("dispose expects a Tensor");
    if (Slot* slot = slotOf(id)) disposeSlot(env, *slot);
    return undefinedValue(env);
  });
}

napi_value IsDisposed(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    double id = idOfValue(env, a[0]);
    if (id < 0) throw JsTypeError("isDisposed expects a Tensor");
    return makeBool(env, slotOf(id) == nullptr);
  });
}

napi_value Keep(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    Slot* slot = slotOf(idOfValue(env, a[0]));
    if (!slot) throw JsTypeError("keep expects a live Tensor");
    slot->kept = true;
    return undefinedValue(env);
  });
}

napi_value ScopeBegin(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    state().scopes.emplace_back();
    return makeNumber(env, static_cast<double>(state().scopes.size()));
  });
}

// scopeEnd(escaping: id[]): disposes what the innermost scope recorded, except kept tensors
// and `escaping` ones, which move to the enclosing scope.
napi_value ScopeEnd(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    State& s = state();
    if (s.scopes.empty()) throw std::runtime_error("scopeEnd without scopeBegin");
    std::vector<Slot*> esc;
    if (isArray(env, a[0])) {
      uint32_t n = arrayLength(env, a[0]);
      for (uint32_t i = 0; i < n; ++i) {
        if (Slot* slot = slotOf(idOfValue(env, arrayGet(env, a[0], i)))) {
          slot->escaping = true;
          esc.push_back(slot);
        }
      }
    }
    std::vector<double> scope = std::move(s.scopes.back());
    s.scopes.pop_back();
    for (double id : scope) {
      Slot* slot = slotOf(id);
      if (!slot) continue;
      if (slot->escaping) {
        if (!s.scopes.empty()) s.scopes.back().push_back(id);
      } else if (!slot->kept) {
        disposeSlot(env, *slot);
      }
    }
    for (Slot* slot : esc) slot->escaping = false;
    return undefinedValue(env);
  });
}

napi_value ScopeDepth(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeNumber(env, static_cast<double>(state().scopes.size())); });
}

// memory(): live tensors and the bytes of the distinct storages they hold.
napi_value Memory(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    State& s = state();
    std::unordered_set<const void*> seen;
    double bytes = 0;
    s.slots.forEach([&](const Slot& slot) {
      if (!slot.alive || !slot.tensor.has_storage()) return;
      const void* key = slot.tensor.storage().unsafeGetStorageImpl();
      if (seen.insert(key).second) bytes += static_cast<double>(slot.tensor.storage().nbytes());
    });
    napi_value obj;
    check(env, napi_create_object(env, &obj));
    check(env, napi_set_named_property(env, obj, "tensors", makeNumber(env, static_cast<double>(s.liveCount))));
    check(env, napi_set_named_property(env, obj, "bytes", makeNumber(env, bytes)));
    return obj;
  });
}
}  // namespace

std::vector<Export> handleExports() {
  return {
      {"setTensorClass", SetTensorClass}, {"dispose", Dispose}, {"isDisposed", IsDisposed},
      {"keep", Keep}, {"scopeBegin", ScopeBegin}, {"scopeEnd", ScopeEnd},
      {"scopeDepth", ScopeDepth}, {"memory", Memory},
  };
}

}  // namespace must
