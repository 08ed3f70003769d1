// Tensor data in and out (raw little-endian bytes) and tensor metadata.
#include "common.h"

#include <cstring>

namespace must {
namespace {

napi_value makeShape(napi_env env, at::IntArrayRef sizes) {
  napi_value arr;
  check(env, napi_create_array_with_length(env, sizes.size(), &arr));
  for (size_t i = 0; i < sizes.size(); ++i) {
    check(env, napi_set_element(env, arr, static_cast<uint32_t>(i), makeNumber(env, static_cast<double>(sizes[i]))));
  }
  return arr;
}

// fromBytes(bytes: ArrayBufferView, dtype: string, shape: number[]): a CPU tensor holding a copy.
napi_value FromBytes(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 3);
    bool isView = false;
    check(env, napi_is_typedarray(env, a[0], &isView));
    void* data = nullptr;
    size_t byteLength = 0;
    if (isView) {
      napi_typedarray_type type;
      size_t length, offset;
      napi_value buffer;
      check(env, napi_get_typedarray_info(env, a[0], &type, &length, &data, &buffer, &offset));
      static const size_t kElem[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};
      byteLength = length * kElem[type];
    } else {
      bool isDataView = false;
      check(env, napi_is_dataview(env, a[0], &isDataView));
      if (!isDataView) throw JsTypeError("fromBytes expects a typed array");
      napi_value buffer;
      size_t offset;
      check(env, napi_get_dataview_info(env, a[0], &byteLength, &data, &buffer, &offset));
    }
    at::ScalarType dtype = parseDtype(getString(env, a[1]));
    std::vector<int64_t> shape = getIntList(env, a[2]);
    int64_t numel = 1;
    for (int64_t s : shape) {
      if (s < 0) throw JsTypeError("shape has a negative size");
      numel *= s;
    }
    size_t want = static_cast<size_t>(numel) * c10::elementSize(dtype);
    if (want != byteLength) {
      throw JsTypeError("data has " + std::to_string(byteLength) + " bytes but shape and dtype need " + std::to_string(want));
    }
    at::Tensor t = at::empty(shape, at::TensorOptions().dtype(dtype));
    if (want) std::memcpy(t.data_ptr(), data, want);
    return wrapTensor(env, std::move(t));
  });
}

// toBytes(t): an ArrayBuffer with the tensor's elements in row-major order (copied to the CPU).
napi_value ToBytes(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    at::Tensor t = toTensor(env, a[0], "tensor");
    at::Tensor c = t.detach();
    if (!c.device().is_cpu()) c = c.to(at::kCPU);
    c = c.contiguous();
    if (c.is_conj()) c = c.resolve_conj();
    size_t n = c.numel() * c.element_size();
    void* out = nullptr;
    napi_value buffer;
    check(env, napi_create_arraybuffer(env, n, &out, &buffer));
    if (n) std::memcpy(out, c.data_ptr(), n);
    return buffer;
  });
}

napi_value Item(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    const at::Tensor& t = toTensor(env, a[0], "tensor");
    if (t.numel() != 1) {
      throw JsTypeError("item() needs a tensor with one element, got shape " + c10::str(t.sizes()));
    }
    at::Scalar s = t.item();
    if (s.isBoolean()) return makeBool(env, s.toBool());
    if (s.isIntegral(false)) return makeNumber(env, static_cast<double>(s.toLong()));
    if (s.isComplex()) throw JsTypeError("item() of a complex tensor is not supported");
    return makeNumber(env, s.toDouble());
  });
}

// info(t): [shape, dtype, device, requiresGrad] in one call.
napi_value Info(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    const at::Tensor& t = toTensor(env, a[0], "tensor");
    napi_value arr;
    check(env, napi_create_array_with_length(env, 4, &arr));
    check(env, napi_set_element(env, arr, 0, makeShape(env, t.sizes())));
    check(env, napi_set_element(env, arr, 1, makeString(env, dtypeName(t.scalar_type()))));
    check(env, napi_set_element(env, arr, 2, makeString(env, deviceName(t.device()))));
    check(env, napi_set_element(env, arr, 3, makeBool(env, t.requires_grad())));
    return arr;
  });
}

napi_value Shape(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeShape(env, toTensor(env, a[0], "tensor").sizes());
  });
}
napi_value Dtype(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeString(env, dtypeName(toTensor(env, a[0], "tensor").scalar_type()));
  });
}
napi_value DeviceOf(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeString(env, deviceName(toTensor(env, a[0], "tensor").device()));
  });
}
napi_value Numel(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeNumber(env, static_cast<double>(toTensor(env, a[0], "tensor").numel()));
  });
}
napi_value Ndim(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 1);
    return makeNumber(env, static_cast<double>(toTensor(env, a[0], "tensor").dim()));
  });
}
// sameStorage(a, b): whether two tensors share memory (for views and tests).
napi_value SameStorage(napi_env env, napi_callback_info info) {
  return guard(env, [&] {
    auto a = args(env, info, 2);
    const at::Tensor& x = toTensor(env, a[0], "a");
    const at::Tensor& y = toTensor(env, a[1], "b");
    return makeBool(env, x.has_storage() && y.has_storage() && x.storage().is_alias_of(y.storage()));
  });
}

}  // namespace

std::vector<Export> dataExports() {
  return {{"fromBytes", FromBytes}, {"toBytes", ToBytes}, {"item", Item},   {"info", Info},
          {"shape", Shape},         {"dtype", Dtype},     {"device", DeviceOf}, {"numel", Numel},
          {"ndim", Ndim},           {"sameStorage", SameStorage}};
}

}  // namespace must
