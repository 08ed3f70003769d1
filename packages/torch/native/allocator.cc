// The CPU allocator of every tensor: malloc with the 64-byte alignment ATen expects, instead of
// c10's default posix_memalign.
//
// Why: glibc's posix_memalign carves a large block of (size + alignment + header) bytes and frees the
// few spare bytes at its end as a tiny chunk that lands in the thread cache. That chunk pins the top
// of the heap, so when the block is freed it cannot merge back, and the next request of the same size
// (always a little larger than the freed block) cannot reuse it: every equal-sized large allocation
// takes fresh pages from the system and pays a page fault per 4 KiB, until the holes happen to
// coalesce. Training and augmentation loops allocate the same sizes every step; measured on a 38 MiB
// batch: 9,400 page faults per allocation (a fresh buffer cost 2.5x an in-place copy), none with
// malloc. A plain malloc of size + 64 is reused exactly; the aligned pointer stores the malloc'ed
// base just before itself, so data and context are the same pointer and raw_allocate keeps working.
#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <torch/version.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace must {
namespace {

constexpr size_t kAlign = 64;

void heapFree(void* p) {
  if (p) std::free(static_cast<void**>(p)[-1]);
}

void* heapAlloc(size_t n) {
  if (n == 0) return nullptr;
  // malloc returns 16-byte aligned memory: base + 8 rounded up to 64 is at most base + 56 and
  // leaves at least 8 bytes before it for the base pointer
  void* base = std::malloc(n + kAlign);
  if (!base) throw std::bad_alloc();
  uintptr_t a = (reinterpret_cast<uintptr_t>(base) + sizeof(void*) + kAlign - 1) & ~(uintptr_t)(kAlign - 1);
  void* p = reinterpret_cast<void*>(a);
  static_cast<void**>(p)[-1] = base;
  return p;
}

// The Allocator interface changed in libtorch 2.3 (allocate no longer const, copy_data added); the
// heap allocator is built for the versions whose interface it was tested with (1.13 here) and later
// versions keep c10's default.
#define MUST_HEAP_ALLOCATOR (TORCH_VERSION_MAJOR < 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR < 3))

#if MUST_HEAP_ALLOCATOR
struct HeapAllocator final : c10::Allocator {
  c10::DataPtr allocate(size_t n) const override {
    void* p = heapAlloc(n);
    return {p, p, &heapFree, c10::Device(c10::DeviceType::CPU)};
  }
  c10::DeleterFnPtr raw_deleter() const override { return &heapFree; }
};

HeapAllocator heapAllocator;
#endif

}  // namespace

bool installCpuAllocator() {
#if MUST_HEAP_ALLOCATOR
  // priority 1: above c10's default (0); a later registration of equal or higher priority wins
  c10::SetCPUAllocator(&heapAllocator, /*priority=*/1);
  return true;
#else
  return false;
#endif
}

}  // namespace must
