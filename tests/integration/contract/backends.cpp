#include "contract/backends.hpp"

#include <unistd.h>

#include <atomic>
#include <random>

namespace ska::oda::test {

std::string unique_prefix() {
  static const std::string process_part = [] {
    std::random_device entropy;
    return "t" + std::to_string(::getpid()) + "x" + std::to_string(entropy() % 100000);
  }();
  static std::atomic<int> counter{0};
  return process_part + "n" + std::to_string(counter++);
}

}  // namespace ska::oda::test
