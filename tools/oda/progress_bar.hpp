#pragma once

#include <chrono>
#include <cstddef>

namespace ska::oda::cli {

/// A one-line progress bar on stderr with the count, the rate and an
/// estimate of the time left. It draws only when stderr is a terminal, at
/// most ten times a second, and erases itself in finish().
class ProgressBar {
public:
  /// `total` is the number of steps (files); the rate counts documents.
  explicit ProgressBar(std::size_t total);
  ~ProgressBar();

  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::size_t steps_done, std::size_t documents_done);
  void finish();

private:
  void draw(std::size_t steps_done, std::size_t documents_done);

  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace ska::oda::cli
