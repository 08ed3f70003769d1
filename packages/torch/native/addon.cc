// Module initialization: one exports object holding every native function.
#include <torch/version.h>

#include "common.h"

namespace must {
namespace {

napi_value Init(napi_env env, napi_value exports) {
  return guard(env, [&] {
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
