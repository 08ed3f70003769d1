// JavaScript <-> IValue conversion driven by the schema's argument kinds.
#include "convert.h"

#include <ATen/core/jit_type.h>

namespace must {

std::string camelCase(const std::string& s) {
  std::string out;
  bool up = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_' && !out.empty() && i + 1 < s.size()) {
      up = true;
      continue;
    }
    out.push_back(up ? static_cast<char>(toupper(c)) : c);
    up = false;
  }
  return out;
}

namespace {
Kind scalarKind(const c10::TypePtr& t) {
  switch (t->kind()) {
    case c10::TypeKind::TensorType: return Kind::Tensor;
    case c10::TypeKind::IntType: return Kind::Int;
    case c10::TypeKind::SymIntType: return Kind::Int;
    case c10::TypeKind::FloatType: return Kind::Float;
    case c10::TypeKind::BoolType: return Kind::Bool;
    case c10::TypeKind::StringType: return Kind::Str;
    case c10::TypeKind::NumberType: return Kind::Scalar;
    case c10::TypeKind::ScalarTypeType: return Kind::ScalarType;
    case c10::TypeKind::LayoutType: return Kind::Layout;
    case c10::TypeKind::DeviceObjType: return Kind::Device;
    case c10::TypeKind::MemoryFormatType: return Kind::MemoryFormat;
    case c10::TypeKind::GeneratorType: return Kind::Generator;
    default:
      // SymFloat (libtorch 2.x) behaves like float for callers.
      if (t->str() == "SymFloat") return Kind::Float;
      return Kind::Unsupported;
  }
}

bool isTensorObject(napi_env env, napi_value v) { return objectTensorId(env, v) >= 0; }

bool isInteger(napi_env env, napi_value v) {
  napi_valuetype t = typeOf(env, v);
  if (t == napi_bigint) return true;
  if (t != napi_number) return false;
  double d;
  napi_get_value_double(env, v, &d);
  return d == static_cast<double>(static_cast<int64_t>(d));
}

bool isDeviceString(const std::string& s) {
  static const char* kTypes[] = {"cpu", "cuda", "meta", "mps", "xpu", "hip"};
  for (const char* t : kTypes) {
    size_t n = strlen(t);
    if (s.compare(0, n, t) != 0) continue;
    if (s.size() == n) return true;
    if (s[n] != ':' || s.size() == n + 1) return false;
    for (size_t i = n + 1; i < s.size(); ++i)
      if (!isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  }
  return false;
}

int parseLayout(const std::string& s) {
  if (s == "strided") return static_cast<int>(at::kStrided);
  if (s == "sparse_coo" || s == "sparse") return static_cast<int>(at::kSparse);
  if (s == "sparse_csr") return static_cast<int>(at::kSparseCsr);
  return -1;
}

int parseMemoryFormat(const std::string& s) {
  if (s == "contiguous_format" || s == "contiguous") return static_cast<int>(at::MemoryFormat::Contiguous);
  if (s == "preserve_format" || s == "preserve") return static_cast<int>(at::MemoryFormat::Preserve);
  if (s == "channels_last") return static_cast<int>(at::MemoryFormat::ChannelsLast);
  if (s == "channels_last_3d") return static_cast<int>(at::MemoryFormat::ChannelsLast3d);
  return -1;
}

bool stringMatches(napi_env env, napi_value v, int (*parse)(const std::string&)) {
  return typeOf(env, v) == napi_string && parse(getString(env, v)) >= 0;
}

template <typename Pred>
bool allElements(napi_env env, napi_value v, Pred pred) {
  if (!isArray(env, v)) return false;
  uint32_t n = arrayLength(env, v);
  for (uint32_t i = 0; i < n; ++i)
    if (!pred(arrayGet(env, v, i))) return false;
  return true;
}
}  // namespace

ArgInfo classify(const c10::Argument& a) {
  ArgInfo info;
  info.name = a.name();
  info.jsName = camelCase(a.name());
  info.defaultValue = a.default_value();
  info.typeName = a.real_type()->str();
  info.n = a.N() ? *a.N() : 0;
  c10::TypePtr t = a.real_type();
  if (auto opt = t->cast<c10::OptionalType>()) {
    info.optional = true;
    t = opt->getElementType();
  }
  if (auto list = t->cast<c10::ListType>()) {
    c10::TypePtr e = list->getElementType();
    if (auto eopt = e->cast<c10::OptionalType>()) {
      info.kind = eopt->getElementType()->kind() == c10::TypeKind::TensorType ? Kind::OptTensorList : Kind::Unsupported;
    } else {
      switch (scalarKind(e)) {
        case Kind::Tensor: info.kind = Kind::TensorList; break;
        case Kind::Int: info.kind = Kind::IntList; break;
        case Kind::Float: info.kind = Kind::FloatList; break;
        case Kind::Bool: info.kind = Kind::BoolList; break;
        default: info.kind = Kind::Unsupported;
      }
    }
  } else {
    info.kind = scalarKind(t);
  }
  // Required arguments are positional; defaulted ones, and keyword-only optionals without a
  // default (e.g. div's rounding_mode), go in the options object.
  info.positional = !info.defaultValue.has_value() && !(a.kwarg_only() && info.optional);
  if (!info.positional && !info.defaultValue.has_value()) info.defaultValue = c10::IValue();
  return info;
}

double objectTensorId(napi_env env, napi_value v) {
  if (typeOf(env, v) != napi_object) return -1;
  return idOfValue(env, v);
}

JsArg scanArg(napi_env env, napi_value v, bool isId) {
  JsArg a;
  a.v = v;
  // A value the caller marked as a tensor id is a number: one N-API call instead of two.
  if (isId && napi_get_value_double(env, v, &a.id) == napi_ok) {
    a.type = napi_number;
    return a;
  }
  a.id = -1;
  a.type = typeOf(env, v);
  if (a.type == napi_object) {
    a.array = isArray(env, v);
    if (!a.array) a.id = idOfValue(env, v);
  }
  return a;
}

bool matches(napi_env env, const ArgInfo& a, const JsArg& arg, bool broadcast) {
  napi_valuetype t = arg.type;
  napi_value v = arg.v;
  if (t == napi_undefined || t == napi_null) return a.optional || a.kind == Kind::Generator;
  if (arg.id >= 0) return a.kind == Kind::Tensor;
  switch (a.kind) {
    case Kind::Tensor: return false;
    case Kind::TensorList:
      return arg.array && allElements(env, v, [&](napi_value e) { return isTensorObject(env, e); });
    case Kind::OptTensorList:
      return arg.array && allElements(env, v, [&](napi_value e) {
        napi_valuetype et = typeOf(env, e);
        return et == napi_null || et == napi_undefined || isTensorObject(env, e);
      });
    case Kind::Int: return isInteger(env, v);
    case Kind::IntList:
      if (broadcast && isInteger(env, v)) return true;
      return arg.array && allElements(env, v, [&](napi_value e) { return isInteger(env, e); });
    case Kind::Float: return t == napi_number || t == napi_bigint;
    case Kind::FloatList:
      if (broadcast && t == napi_number) return true;
      return arg.array && allElements(env, v, [&](napi_value e) { return typeOf(env, e) == napi_number; });
    case Kind::Bool: return t == napi_boolean;
    case Kind::BoolList:
      return arg.array && allElements(env, v, [&](napi_value e) { return typeOf(env, e) == napi_boolean; });
    case Kind::Str: return t == napi_string;
    case Kind::Scalar: return t == napi_number || t == napi_boolean || t == napi_bigint;
    case Kind::ScalarType: return t == napi_string && isDtypeName(getString(env, v));
    case Kind::Layout: return stringMatches(env, v, parseLayout);
    case Kind::Device: return t == napi_string && isDeviceString(getString(env, v));
    case Kind::MemoryFormat: return stringMatches(env, v, parseMemoryFormat);
    case Kind::Generator: return false;  // only null (the default generator) is accepted
    case Kind::Unsupported: return false;
  }
  return false;
}

c10::IValue toIValue(napi_env env, const ArgInfo& a, const JsArg& arg) {
  napi_valuetype t = arg.type;
  napi_value v = arg.v;
  if (t == napi_undefined || t == napi_null) return c10::IValue();
  switch (a.kind) {
    case Kind::Tensor: return tensorOfId(arg.id, a.name.c_str());
    case Kind::TensorList: {
      uint32_t n = arrayLength(env, v);
      std::vector<at::Tensor> out;
      out.reserve(n);
      for (uint32_t i = 0; i < n; ++i) out.push_back(toTensor(env, arrayGet(env, v, i), a.name.c_str()));
      return c10::IValue(out);
    }
    case Kind::OptTensorList: {
      uint32_t n = arrayLength(env, v);
      c10::List<c10::optional<at::Tensor>> out;
      out.reserve(n);
      for (uint32_t i = 0; i < n; ++i) {
        napi_value e = arrayGet(env, v, i);
        napi_valuetype et = typeOf(env, e);
        if (et == napi_null || et == napi_undefined) out.push_back(c10::nullopt);
        else out.push_back(toTensor(env, e, a.name.c_str()));
      }
      return c10::IValue(out);
    }
    case Kind::Int: return c10::IValue(getInt64(env, v));
    case Kind::IntList: {
      if (t != napi_object) {
        int64_t x = getInt64(env, v);
        return c10::IValue(std::vector<int64_t>(a.n > 0 ? a.n : 1, x));
      }
      return c10::IValue(getIntList(env, v));
    }
    case Kind::Float: return c10::IValue(t == napi_bigint ? static_cast<double>(getInt64(env, v)) : getDouble(env, v));
    case Kind::FloatList: {
      if (t == napi_number) return c10::IValue(std::vector<double>(a.n > 0 ? a.n : 1, getDouble(env, v)));
      uint32_t n = arrayLength(env, v);
      std::vector<double> out(n);
      for (uint32_t i = 0; i < n; ++i) out[i] = getDouble(env, arrayGet(env, v, i));
      return c10::IValue(out);
    }
    case Kind::Bool: return c10::IValue(getBool(env, v));
    case Kind::BoolList: {
      uint32_t n = arrayLength(env, v);
      c10::List<bool> out;
      for (uint32_t i = 0; i < n; ++i) out.push_back(getBool(env, arrayGet(env, v, i)));
      return c10::IValue(out);
    }
    case Kind::Str: return c10::IValue(getString(env, v));
    case Kind::Scalar: {
      if (t == napi_boolean) return c10::IValue(getBool(env, v));
      if (t == napi_bigint) return c10::IValue(getInt64(env, v));
      double d = getDouble(env, v);
      // Integral numbers become integer Scalars, so int tensors stay int (as 2 vs 2.0 in Python).
      if (d == static_cast<double>(static_cast<int64_t>(d)) && d > -9.2e18 && d < 9.2e18) {
        return c10::IValue(static_cast<int64_t>(d));
      }
      return c10::IValue(d);
    }
    case Kind::ScalarType: return c10::IValue(static_cast<int64_t>(parseDtype(getString(env, v))));
    case Kind::Layout: return c10::IValue(static_cast<int64_t>(parseLayout(getString(env, v))));
    case Kind::Device: return c10::IValue(c10::Device(getString(env, v)));
    case Kind::MemoryFormat: return c10::IValue(static_cast<int64_t>(parseMemoryFormat(getString(env, v))));
    case Kind::Generator: return c10::IValue();
    case Kind::Unsupported: break;
  }
  throw JsTypeError("argument '" + a.name + "' of type " + a.typeName + " is not supported");
}

napi_value fromIValue(napi_env env, const c10::IValue& v, const c10::TypePtr& realType) {
  if (v.isNone()) return nullValue(env);
  if (v.isTensor()) return wrapTensor(env, v.toTensor());
  if (v.isInt()) {
    if (realType && realType->kind() == c10::TypeKind::ScalarTypeType) {
      return makeString(env, dtypeName(static_cast<at::ScalarType>(v.toInt())));
    }
    return makeNumber(env, static_cast<double>(v.toInt()));
  }
  if (v.isDouble()) return makeNumber(env, v.toDouble());
  if (v.isBool()) return makeBool(env, v.toBool());
  if (v.isString()) return makeString(env, v.toStringRef());
  if (v.isDevice()) return makeString(env, deviceName(v.toDevice()));
  c10::TypePtr elem;
  if (realType) {
    if (auto l = realType->cast<c10::ListType>()) elem = l->getElementType();
  }
  auto makeArray = [&](size_t n, auto&& get) {
    napi_value arr;
    check(env, napi_create_array_with_length(env, n, &arr));
    for (size_t i = 0; i < n; ++i) check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), get(i)));
    return arr;
  };
  if (v.isTensorList()) {
    auto list = v.toTensorList();
    return makeArray(list.size(), [&](size_t i) { return wrapTensor(env, list.get(i)); });
  }
  if (v.isTuple()) {
    const auto& elems = v.toTupleRef().elements();
    c10::TupleTypePtr tt = realType ? realType->cast<c10::TupleType>() : nullptr;
    return makeArray(elems.size(), [&](size_t i) {
      return fromIValue(env, elems[i], tt && i < tt->elements().size() ? tt->elements()[i] : nullptr);
    });
  }
  if (v.isIntList()) {
    auto list = v.toIntList();
    return makeArray(list.size(), [&](size_t i) { return makeNumber(env, static_cast<double>(list.get(i))); });
  }
  if (v.isDoubleList()) {
    auto list = v.toDoubleList();
    return makeArray(list.size(), [&](size_t i) { return makeNumber(env, list.get(i)); });
  }
  if (v.isBoolList()) {
    auto list = v.toBoolList();
    return makeArray(list.size(), [&](size_t i) { return makeBool(env, list.get(i)); });
  }
  if (v.isList()) {
    auto list = v.toListRef();
    return makeArray(list.size(), [&](size_t i) { return fromIValue(env, list[i], elem); });
  }
  if (v.isComplexDouble()) {
    auto c = v.toComplexDouble();
    napi_value obj;
    check(env, napi_create_object(env, &obj));
    check(env, napi_set_named_property(env, obj, "re", makeNumber(env, c.real())));
    check(env, napi_set_named_property(env, obj, "im", makeNumber(env, c.imag())));
    return obj;
  }
  throw std::runtime_error("cannot convert a returned value of type " + v.tagKind() + " to JavaScript");
}

std::string describe(napi_env env, const JsArg& arg) {
  napi_value v = arg.v;
  if (arg.id >= 0) return slotOf(arg.id) ? "Tensor" : "Tensor(disposed)";
  switch (arg.type) {
    case napi_undefined: return "undefined";
    case napi_null: return "null";
    case napi_boolean: return "boolean";
    case napi_number: return isInteger(env, v) ? "integer" : "number";
    case napi_bigint: return "bigint";
    case napi_string: return "string '" + getString(env, v) + "'";
    case napi_function: return "function";
    case napi_object: {
      if (arg.array) {
        uint32_t n = arrayLength(env, v);
        return n == 0 ? "[]" : describe(env, scanArg(env, arrayGet(env, v, 0), false)) + "[" + std::to_string(n) + "]";
      }
      return "object";
    }
    default: return "value";
  }
}

}  // namespace must
