// The generic operator entry point: resolve an operator's overloads once, then for each call
// pick the overload that matches the JavaScript arguments, build an IValue stack and callBoxed.
//
// Overload rule (documented in packages/torch/README.md): candidates are the overloads whose
// number of required (positional) arguments equals the number given; they are tried from the
// fewest schema arguments to the most (ties by overload name, the default overload first), first
// with exact kinds, then allowing a single number where the schema wants int[N] / float[N].
// Option keys must all be known to the chosen overload.
#include <algorithm>
#include <atomic>
#include <sstream>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "convert.h"

namespace must {
namespace {

struct Overload {
  explicit Overload(c10::OperatorHandle h) : op(std::move(h)) {}
  c10::OperatorHandle op;
  std::string overloadName;
  std::string schema;
  std::vector<ArgInfo> args;
  std::vector<int> positional;  // indices into args
  std::vector<c10::TypePtr> returnTypes;
  std::vector<int> returnAlias;  // argument index an in-place/out return aliases, or -1
  bool supported = true;
};

struct OpSet {
  std::string name;  // qualified, e.g. aten::add
  std::vector<Overload> overloads;
};

// Resolved operator sets are shared by all threads; resolution is guarded by a mutex.
std::mutex registryMutex;
constexpr int kMaxOpSets = 16384;
OpSet* registry[kMaxOpSets];  // append-only; readers only need the published size
std::atomic<int> registrySize{0};
std::unordered_map<std::string, int> registryIndex;
std::unordered_map<std::string, std::vector<std::string>> overloadNames;  // name -> overloads

void loadOverloadNames() {
  if (!overloadNames.empty()) return;
  for (const c10::OperatorName& n : c10::Dispatcher::singleton().getAllOpNames()) {
    overloadNames[n.name].push_back(n.overload_name);
  }
}

std::string schemaString(const c10::FunctionSchema& s) {
  std::ostringstream os;
  os << s;
  return os.str();
}

bool isNamedTensorOverload(const std::string& ov) {
  if (ov.find("Dimname") != std::string::npos) return true;
  size_t pos = 0;
  while ((pos = ov.find("names", pos)) != std::string::npos) {
    bool startOk = pos == 0 || ov[pos - 1] == '_';
    size_t end = pos + 5;
    bool endOk = end == ov.size() || ov[end] == '_';
    if (startOk && endOk) return true;
    pos = end;
  }
  return false;
}

Overload makeOverload(const c10::OperatorHandle& op) {
  Overload o(op);
  const c10::FunctionSchema& s = op.schema();
  o.overloadName = s.overload_name();
  o.schema = schemaString(s);
  for (const c10::Argument& a : s.arguments()) {
    // out= variants are left out: the functional and in-place variants cover them.
    if (a.is_out()) o.supported = false;
    ArgInfo info = classify(a);
    if (info.kind == Kind::Unsupported && !(info.optional && !info.positional)) o.supported = false;
    if (info.positional) o.positional.push_back(static_cast<int>(o.args.size()));
    o.args.push_back(std::move(info));
  }
  // Named-tensor overloads take Dimname, which schemas report as str; they are recognized by
  // their overload names (names, names_dim, dim_DimnameList, correction_names, ...).
  if (isNamedTensorOverload(o.overloadName)) o.supported = false;
  for (const c10::Argument& r : s.returns()) {
    o.returnTypes.push_back(r.real_type());
    int alias = -1;
    if (r.alias_info() && r.alias_info()->isWrite()) {
      for (size_t i = 0; i < s.arguments().size(); ++i) {
        const c10::AliasInfo* ai = s.arguments()[i].alias_info();
        if (ai && ai->isWrite() && ai->beforeSets() == r.alias_info()->beforeSets()) {
          alias = static_cast<int>(i);
          break;
        }
      }
    }
    o.returnAlias.push_back(alias);
  }
  return o;
}

int resolveLocked(const std::string& qualified) {
  auto it = registryIndex.find(qualified);
  if (it != registryIndex.end()) return it->second;
  loadOverloadNames();
  auto names = overloadNames.find(qualified);
  if (names == overloadNames.end()) throw JsTypeError("unknown operator " + qualified);
  auto set = std::make_unique<OpSet>();
  set->name = qualified;
  for (const std::string& ov : names->second) {
    auto h = c10::Dispatcher::singleton().findSchema({qualified, ov});
    if (!h) continue;
    set->overloads.push_back(makeOverload(*h));
  }
  std::stable_sort(set->overloads.begin(), set->overloads.end(), [](const Overload& a, const Overload& b) {
    if (a.args.size() != b.args.size()) return a.args.size() < b.args.size();
    return a.overloadName < b.overloadName;
  });
  int id = registrySize.load();
  if (id >= kMaxOpSets) throw std::runtime_error("too many operators resolved");
  registry[id] = set.release();
  registrySize.store(id + 1, std::memory_order_release);
  registryIndex[qualified] = id;
  return id;
}

std::string qualify(const std::string& name) {
  return name.find("::") == std::string::npos ? "aten::" + name : name;
}

OpSet& opSet(int id) {
  if (id < 0 || id >= registrySize.load(std::memory_order_acquire)) throw JsTypeError("invalid operator id " + std::to_string(id));
  return *registry[id];
}

// Options given by the caller (undefined values dropped), read once per call.
struct OptionValue {
  std::string key;
  JsArg value;
};

std::vector<OptionValue> optionValues(napi_env env, napi_value opts) {
  std::vector<OptionValue> out;
  if (!opts) return out;
  napi_value names;
  check(env, napi_get_property_names(env, opts, &names));
  uint32_t n = arrayLength(env, names);
  for (uint32_t i = 0; i < n; ++i) {
    napi_value key = arrayGet(env, names, i);
    napi_value val;
    check(env, napi_get_property(env, opts, key, &val));
    JsArg a = scanArg(env, val, false);
    if (a.type != napi_undefined) out.push_back({getString(env, key), a});
  }
  return out;
}

// An overload matches when its positional arguments accept the positional values and every
// option names one of its defaulted arguments with a value of the right kind (so that, e.g.,
// conv2d's padding: 1 picks conv2d and padding: 'same' picks conv2d.padding).
bool overloadMatches(napi_env env, const Overload& o, c10::ArrayRef<JsArg> argv,
                     const std::vector<OptionValue>& options, bool broadcast) {
  if (!o.supported || o.positional.size() != argv.size()) return false;
  for (size_t i = 0; i < argv.size(); ++i) {
    if (!matches(env, o.args[o.positional[i]], argv[i], broadcast)) return false;
  }
  for (const OptionValue& opt : options) {
    const ArgInfo* found = nullptr;
    for (const ArgInfo& a : o.args) {
      if (!a.positional && a.jsName == opt.key) {
        found = &a;
        break;
      }
    }
    if (!found || !matches(env, *found, opt.value, true)) return false;
  }
  return true;
}

[[noreturn]] void noMatch(napi_env env, const OpSet& set, c10::ArrayRef<JsArg> argv,
                          const std::vector<OptionValue>& options) {
  std::string got;
  for (size_t i = 0; i < argv.size(); ++i) got += (i ? ", " : "") + describe(env, argv[i]);
  if (!options.empty()) {
    got += std::string(argv.empty() ? "" : ", ") + "{";
    for (size_t i = 0; i < options.size(); ++i) {
      got += (i ? ", " : "") + options[i].key + ": " + describe(env, options[i].value);
    }
    got += "}";
  }
  std::string msg = set.name + ": no overload matches the arguments (" + got + "). Schemas:";
  for (const Overload& o : set.overloads) {
    if (!o.supported) continue;
    msg += "\n  " + o.schema;
  }
  throw JsTypeError(msg);
}

napi_value Resolve(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    std::string name = qualify(getString(env, a[0]));
    std::lock_guard<std::mutex> lock(registryMutex);
    return makeNumber(env, resolveLocked(name));
  });
}

// Shared body of call and call1: (opId, tensorMask, ...positional, options?).
// Bit i of tensorMask says that positional argument i is a tensor id (a number); tensors may
// also be passed as Tensor objects. `single`: return a tensor id instead of JavaScript objects.
napi_value invoke(napi_env env, napi_callback_info info, bool single) {
  napi_value stackArgv[16];
  size_t argc = 16;
  check(env, napi_get_cb_info(env, info, &argc, stackArgv, nullptr, nullptr));
  std::vector<napi_value> heapArgv;
  napi_value* argv = stackArgv;
  if (argc > 16) {
    heapArgv.resize(argc);
    check(env, napi_get_cb_info(env, info, &argc, heapArgv.data(), nullptr, nullptr));
    argv = heapArgv.data();
  }
  if (argc < 2) throw JsTypeError("call(opId, tensorMask, ...args) needs an operator id and a mask");
  int32_t id;
  uint32_t mask;
  if (napi_get_value_int32(env, argv[0], &id) != napi_ok) throw JsTypeError("operator id must be a number");
  if (napi_get_value_uint32(env, argv[1], &mask) != napi_ok) throw JsTypeError("tensor mask must be a number");
  const OpSet& set = opSet(id);
  napi_value* a = argv + 2;
  size_t n = argc - 2;
  // Bits 24..29 of the mask may carry the caller's argument count (arguments.length), which
  // saves inspecting trailing undefined arguments one by one.
  size_t given = (mask >> 24) & 63u;
  if (given > n) {
    throw JsTypeError(set.name + ": " + std::to_string(given) + " arguments given, but its typed wrapper takes at most " +
                      std::to_string(n) + " (required arguments, then one options object)");
  }
  if (given) n = given;
  while (n > 0 && typeOf(env, a[n - 1]) == napi_undefined) --n;
  c10::SmallVector<JsArg, 8> pos;
  for (size_t i = 0; i < n; ++i) pos.push_back(scanArg(env, a[i], i < 24 && (mask >> i) & 1u));
  napi_value opts = nullptr;
  if (!pos.empty() && pos.back().type == napi_object && !pos.back().array && pos.back().id < 0) {
    opts = pos.back().v;
    pos.pop_back();
  }
  std::vector<OptionValue> options = optionValues(env, opts);
  const Overload* chosen = nullptr;
  for (int pass = 0; pass < 2 && !chosen; ++pass) {
    for (const Overload& o : set.overloads) {
      if (overloadMatches(env, o, pos, options, pass == 1)) {
        chosen = &o;
        break;
      }
    }
  }
  if (!chosen) noMatch(env, set, pos, options);
  if (single && !(chosen->returnTypes.size() == 1 && chosen->returnTypes[0]->kind() == c10::TypeKind::TensorType)) {
    throw JsTypeError(set.name + "." + chosen->overloadName + " does not return a single Tensor; use call()");
  }

  // One stack per thread, reused: clearing keeps its capacity, saving an allocation per call.
  static MUST_THREAD_LOCAL torch::jit::Stack reusable;
  torch::jit::Stack& stack = reusable;
  stack.clear();
  struct ClearOnExit {
    torch::jit::Stack& s;
    ~ClearOnExit() { s.clear(); }
  } clearOnExit{stack};
  size_t p = 0;
  c10::SmallVector<const JsArg*, 16> argOf(chosen->args.size(), nullptr);
  for (size_t i = 0; i < chosen->args.size(); ++i) {
    const ArgInfo& arg = chosen->args[i];
    if (arg.positional) {
      argOf[i] = &pos[p++];
      stack.push_back(toIValue(env, arg, *argOf[i]));
      continue;
    }
    const OptionValue* opt = nullptr;
    for (const OptionValue& o : options) {
      if (o.key == arg.jsName) {
        opt = &o;
        break;
      }
    }
    if (!opt) {
      stack.push_back(*arg.defaultValue);
      continue;
    }
    stack.push_back(toIValue(env, arg, opt->value));
  }
  chosen->op.callBoxed(&stack);

  if (single) {
    int alias = chosen->returnAlias[0];
    if (alias >= 0 && argOf[alias] && argOf[alias]->id >= 0) return makeNumber(env, argOf[alias]->id);
    return makeNumber(env, newTensorId(env, stack[0].toTensor()));
  }
  size_t nret = chosen->returnTypes.size();
  // Converting results may run JavaScript (Tensor constructors); work on a copy of the stack.
  std::vector<c10::IValue> results(stack.begin(), stack.end());
  auto ret = [&](size_t i) -> napi_value {
    int alias = chosen->returnAlias[i];
    // An in-place or out= result is the argument itself: hand back the caller's object.
    if (alias >= 0 && argOf[alias] && argOf[alias]->type == napi_object && results[i].isTensor()) return argOf[alias]->v;
    return fromIValue(env, results[i], chosen->returnTypes[i]);
  };
  if (nret == 0) return undefinedValue(env);
  if (nret == 1) return ret(0);
  napi_value arr;
  check(env, napi_create_array_with_length(env, nret, &arr));
  for (size_t i = 0; i < nret; ++i) check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), ret(i)));
  return arr;
}

// call(opId, tensorMask, ...args, options?): results as JavaScript values (Tensor objects).
napi_value Call(napi_env env, napi_callback_info info) {
  return guard(env, [&] { return invoke(env, info, false); });
}

// call1(opId, tensorMask, ...args, options?): for operators returning one Tensor; returns its id.
napi_value Call1(napi_env env, napi_callback_info info) {
  return guard(env, [&] { return invoke(env, info, true); });
}

// schemas(): every registered operator schema, for the code generator.
napi_value Schemas(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    std::vector<std::string> all;
    for (const c10::OperatorName& n : c10::Dispatcher::singleton().getAllOpNames()) {
      auto h = c10::Dispatcher::singleton().findSchema(n);
      if (h) all.push_back(schemaString(h->schema()));
    }
    std::sort(all.begin(), all.end());
    napi_value arr;
    check(env, napi_create_array_with_length(env, all.size(), &arr));
    for (size_t i = 0; i < all.size(); ++i) check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), makeString(env, all[i])));
    return arr;
  });
}

// overloads(id): the schemas of a resolved operator, in the order calls try them.
napi_value Overloads(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    int32_t id;
    if (napi_get_value_int32(env, a[0], &id) != napi_ok) throw JsTypeError("operator id must be a number");
    const OpSet& set = opSet(id);
    napi_value arr;
    check(env, napi_create_array_with_length(env, set.overloads.size(), &arr));
    for (size_t i = 0; i < set.overloads.size(); ++i) {
      check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), makeString(env, set.overloads[i].schema)));
    }
    return arr;
  });
}

}  // namespace

std::vector<Export> opExports() {
  return {{"resolve", Resolve}, {"call", Call}, {"call1", Call1}, {"schemas", Schemas}, {"overloads", Overloads}};
}

}  // namespace must
