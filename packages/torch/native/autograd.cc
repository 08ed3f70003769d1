// Autograd entry points. Grad mode, inference mode and autocast are thread-local in ATen; every
// N-API call runs on the JavaScript thread of its environment, the same thread that runs the ops.
#include <c10/core/GradMode.h>
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/function.h>

#include <memory>

#include "common.h"

namespace must {
namespace {

std::vector<at::Tensor> tensorList(napi_env env, napi_value v, const char* what, bool allowNull) {
  std::vector<at::Tensor> out;
  napi_valuetype t = typeOf(env, v);
  if (t == napi_undefined || t == napi_null) return out;
  if (!isArray(env, v)) throw JsTypeError(std::string(what) + " must be an array of Tensors");
  uint32_t n = arrayLength(env, v);
  for (uint32_t i = 0; i < n; ++i) {
    napi_value e = arrayGet(env, v, i);
    napi_valuetype et = typeOf(env, e);
    if (allowNull && (et == napi_null || et == napi_undefined)) out.emplace_back();
    else out.push_back(toTensor(env, e, what));
  }
  return out;
}

bool optBool(napi_env env, napi_value v, bool dflt) {
  napi_valuetype t = typeOf(env, v);
  return (t == napi_undefined || t == napi_null) ? dflt : getBool(env, v);
}

// backward(tensor, grad | null, retainGraph?, createGraph?)
napi_value Backward(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 4);
    const at::Tensor& t = toTensor(env, a[0], "tensor");
    if (!t.requires_grad()) {
      throw std::runtime_error("backward(): the tensor does not require grad and has no grad_fn");
    }
    std::vector<at::Tensor> grads;
    napi_valuetype gt = typeOf(env, a[1]);
    if (gt != napi_undefined && gt != napi_null) grads.push_back(toTensor(env, a[1], "grad"));
    else if (t.numel() != 1) throw std::runtime_error("backward(): grad can be implicitly created only for scalar outputs");
    bool create = optBool(env, a[3], false);
    c10::optional<bool> retain;
    if (typeOf(env, a[2]) == napi_boolean) retain = getBool(env, a[2]);
    torch::autograd::backward({t}, grads, retain, create);
    return undefinedValue(env);
  });
}

// grad(outputs[], inputs[], gradOutputs[] | null, retainGraph?, createGraph?, allowUnused?)
napi_value Grad(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 6);
    auto outputs = tensorList(env, a[0], "outputs", false);
    auto inputs = tensorList(env, a[1], "inputs", false);
    auto gradOutputs = tensorList(env, a[2], "gradOutputs", true);
    if (!gradOutputs.empty() && gradOutputs.size() != outputs.size()) {
      throw JsTypeError("gradOutputs has " + std::to_string(gradOutputs.size()) + " entries for " +
                        std::to_string(outputs.size()) + " outputs");
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (!inputs[i].requires_grad()) throw std::runtime_error("grad(): input " + std::to_string(i) + " does not require grad");
    }
    c10::optional<bool> retain;
    if (typeOf(env, a[3]) == napi_boolean) retain = getBool(env, a[3]);
    bool create = optBool(env, a[4], false);
    bool allowUnused = optBool(env, a[5], false);
    auto grads = torch::autograd::grad(outputs, inputs, gradOutputs, retain, create, allowUnused);
    napi_value arr;
    check(env, napi_create_array_with_length(env, grads.size(), &arr));
    for (size_t i = 0; i < grads.size(); ++i) check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), wrapTensor(env, grads[i])));
    return arr;
  });
}

napi_value GetGrad(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return wrapTensor(env, toTensor(env, a[0], "tensor").grad());
  });
}

// setGrad(t, g | null)
napi_value SetGrad(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 2);
    at::Tensor t = toTensor(env, a[0], "tensor");
    napi_valuetype gt = typeOf(env, a[1]);
    if (gt == napi_null || gt == napi_undefined) {
      t.mutable_grad() = at::Tensor();
    } else {
      const at::Tensor& g = toTensor(env, a[1], "grad");
      if (g.sizes() != t.sizes() || g.scalar_type() != t.scalar_type() || g.device() != t.device()) {
        throw JsTypeError("grad must match the tensor's shape, dtype and device");
      }
      t.mutable_grad() = g;
    }
    return undefinedValue(env);
  });
}

napi_value RequiresGrad(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeBool(env, toTensor(env, a[0], "tensor").requires_grad());
  });
}

napi_value SetRequiresGrad(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 2);
    at::Tensor t = toTensor(env, a[0], "tensor");
    bool b = getBool(env, a[1]);
    if (b && !t.is_leaf()) throw std::runtime_error("requiresGrad can only be changed on leaf tensors; use detach() first");
    if (b && !(t.is_floating_point() || t.is_complex())) {
      throw std::runtime_error("only floating point and complex tensors can require grad, got " + dtypeName(t.scalar_type()));
    }
    t.set_requires_grad(b);
    return undefinedValue(env);
  });
}

napi_value IsLeaf(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeBool(env, toTensor(env, a[0], "tensor").is_leaf());
  });
}

napi_value GradFn(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    const auto& fn = toTensor(env, a[0], "tensor").grad_fn();
    return fn ? makeString(env, fn->name()) : nullValue(env);
  });
}

napi_value SetGradEnabled(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    bool prev = c10::GradMode::is_enabled();
    c10::GradMode::set_enabled(getBool(env, a[0]));
    return makeBool(env, prev);
  });
}

napi_value IsGradEnabled(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeBool(env, c10::GradMode::is_enabled()); });
}

// Inference-mode guards live on a per-thread stack so enter/exit can be split across calls.
MUST_THREAD_LOCAL std::vector<std::unique_ptr<c10::InferenceMode>> inferenceGuards;

napi_value InferenceEnter(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    inferenceGuards.push_back(std::make_unique<c10::InferenceMode>(optBool(env, a[0], true)));
    return undefinedValue(env);
  });
}

napi_value InferenceExit(napi_env env, napi_callback_info) {
  return guard(env, [&] {
    if (inferenceGuards.empty()) throw std::runtime_error("inference mode exit without enter");
    inferenceGuards.pop_back();
    return undefinedValue(env);
  });
}

napi_value IsInferenceMode(napi_env env, napi_callback_info) {
  return guard(env, [&] { return makeBool(env, c10::InferenceMode::is_enabled()); });
}

napi_value IsInference(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeBool(env, toTensor(env, a[0], "tensor").is_inference());
  });
}

}  // namespace

std::vector<Export> autogradExports() {
  return {
      {"backward", Backward},           {"grad", Grad},
      {"getGrad", GetGrad},             {"setGrad", SetGrad},
      {"requiresGrad", RequiresGrad},   {"setRequiresGrad", SetRequiresGrad},
      {"isLeaf", IsLeaf},               {"gradFn", GradFn},
      {"setGradEnabled", SetGradEnabled}, {"isGradEnabled", IsGradEnabled},
      {"inferenceEnter", InferenceEnter}, {"inferenceExit", InferenceExit},
      {"isInferenceMode", IsInferenceMode}, {"isInference", IsInference},
  };
}

}  // namespace must
