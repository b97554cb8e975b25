#include "progress_bar.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include <fmt/format.h>

namespace ska::oda::cli {

namespace {

constexpr std::size_t bar_width = 30;
constexpr auto redraw_interval = std::chrono::milliseconds(100);

std::string format_duration(double seconds) {
  const auto whole = static_cast<long long>(seconds + 0.5);
  return whole >= 3600 ? fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60)
                       : fmt::format("{}:{:02}", whole / 60, whole % 60);
}

}  // namespace

ProgressBar::ProgressBar(std::size_t total)
    : total_(total),
      enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - redraw_interval) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t steps_done, std::size_t documents_done) {
  if (!enabled_) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < redraw_interval && steps_done < total_) {
    return;
  }
  last_draw_ = now;
  draw(steps_done, documents_done);
}

void ProgressBar::draw(std::size_t steps_done, std::size_t documents_done) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double fraction =
      total_ == 0 ? 1.0 : static_cast<double>(steps_done) / static_cast<double>(total_);
  const auto filled = static_cast<std::size_t>(fraction * bar_width);
  const double rate = elapsed > 0 ? static_cast<double>(documents_done) / elapsed : 0.0;
  const std::string left =
      steps_done == 0 ? "?"
                      : format_duration(elapsed / static_cast<double>(steps_done) *
                                        static_cast<double>(total_ - steps_done));
  const std::string line =
      fmt::format("\r[{}{}] {}/{} files, {} documents, {:.1f} documents/s, {} left",
                  std::string(filled, '#'), std::string(bar_width - filled, ' '), steps_done,
                  total_, documents_done, rate, left);
  std::fputs(line.c_str(), stderr);
  // Erase what a longer previous line left behind.
  std::fputs("\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (enabled_ && drawn_) {
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace ska::oda::cli
