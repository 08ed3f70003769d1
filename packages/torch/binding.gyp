{
  "targets": [
    {
      "target_name": "must_torch",
      "sources": [
        "native/addon.cc",
        "native/allocator.cc",
        "native/handles.cc",
        "native/convert.cc",
        "native/ops.cc",
        "native/data.cc",
        "native/autograd.cc",
        "native/runtime.cc",
        "native/image_u8.cc"
      ],
      "include_dirs": ["<!@(node scripts/find-libtorch.js include)"],
      "defines": ["<!@(node scripts/find-libtorch.js defines)", "NAPI_VERSION=8"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti", "-std=gnu++17"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-frtti", "-O2", "-ffp-contract=off", "-Wno-deprecated-declarations", "-Wno-unused-parameter"],
      "ldflags": ["<!@(node scripts/find-libtorch.js ldflags)"]
    }
  ]
}
