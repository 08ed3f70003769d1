// C++ baseline for call-overhead.ts: the cost of at::add itself (unboxed) and through the boxed
// dispatcher, so the binding's own overhead can be separated from the operator's.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/core/dispatch/Dispatcher.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  int calls = argc > 2 ? atoi(argv[2]) : 100000;
  int runs = argc > 3 ? atoi(argv[3]) : 7;
  at::set_num_threads(threads);
  at::Tensor a = at::zeros({4});
  at::Tensor b = at::ones({4});
  auto op = c10::Dispatcher::singleton().findSchemaOrThrow("aten::add", "Tensor");
  std::vector<double> unboxed, boxed;
  for (int r = 0; r < runs + 2; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) at::add(a, b);
    auto t1 = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) {
      torch::jit::Stack s;
      s.reserve(3);
      s.emplace_back(a);
      s.emplace_back(b);
      s.emplace_back(1);
      op.callBoxed(&s);
    }
    auto t2 = std::chrono::steady_clock::now();
    if (r < 2) continue;
    unboxed.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / calls);
    boxed.push_back(std::chrono::duration<double, std::nano>(t2 - t1).count() / calls);
  }
  std::sort(unboxed.begin(), unboxed.end());
  std::sort(boxed.begin(), boxed.end());
  printf("{\"unboxed_ns\": %.1f, \"boxed_ns\": %.1f}\n", unboxed[unboxed.size() / 2], boxed[boxed.size() / 2]);
  return 0;
}
