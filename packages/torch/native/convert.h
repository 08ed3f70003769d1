// Argument kinds of operator schemas and the JavaScript <-> IValue conversions they drive.
#pragma once

#include "common.h"

namespace must {

enum class Kind : uint8_t {
  Tensor,
  TensorList,
  OptTensorList,  // Tensor?[] (aten::index)
  Int,            // int and SymInt
  IntList,        // int[] and SymInt[]
  Float,
  FloatList,
  Bool,
  BoolList,
  Str,
  Scalar,
  ScalarType,
  Layout,
  Device,
  MemoryFormat,
  Generator,
  Unsupported,
};

struct ArgInfo {
  Kind kind = Kind::Unsupported;
  bool optional = false;  // accepts null / undefined
  int n = 0;              // fixed list size (int[2]); a single int broadcasts to it
  std::string name;       // schema name (snake_case)
  std::string jsName;     // camelCase name used in option objects
  bool positional = true;
  c10::optional<c10::IValue> defaultValue;
  std::string typeName;   // for messages
};

// Classifies a schema argument (real types: ScalarType, Layout, MemoryFormat, SymInt...).
ArgInfo classify(const c10::Argument& a);
std::string camelCase(const std::string& s);

// A JavaScript argument, inspected once per call.
struct JsArg {
  napi_value v = nullptr;
  napi_valuetype type = napi_undefined;
  double id = -1;  // tensor id when the value is a tensor (or a stale one)
  bool array = false;
};
// `isId`: the caller marked this value as a tensor id (the generated code's tensor mask).
JsArg scanArg(napi_env env, napi_value v, bool isId);
// The id of a Tensor object (reads its `_h`); -1 for anything else, numbers included.
double objectTensorId(napi_env env, napi_value v);

// True when v can be passed for an argument of this kind. `broadcast` allows int -> int[N].
bool matches(napi_env env, const ArgInfo& a, const JsArg& v, bool broadcast);
c10::IValue toIValue(napi_env env, const ArgInfo& a, const JsArg& v);
// Converts a returned IValue; `realType` distinguishes ScalarType returns from int returns.
napi_value fromIValue(napi_env env, const c10::IValue& v, const c10::TypePtr& realType);
// A short description of a JavaScript value's kind for error messages.
std::string describe(napi_env env, const JsArg& v);

}  // namespace must
