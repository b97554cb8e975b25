#include "table_printer.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string_view>

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace ska::oda::cli {

namespace {

constexpr std::size_t default_width = 100;
constexpr std::size_t min_column_width = 4;
constexpr std::size_t column_gap = 2;
constexpr std::string_view ellipsis = "…";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

/// Returns the first `count` code points of the text.
std::string_view first_code_points(std::string_view text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_continuation_byte(text[i])) {
      if (seen == count) {
        return text.substr(0, i);
      }
      ++seen;
    }
  }
  return text;
}

std::string fit_cell(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) {
    return std::string(text);
  }
  return std::string(first_code_points(text, width - 1)) + std::string(ellipsis);
}

}  // namespace

std::size_t output_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const std::string_view text(columns);
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && end == text.data() + text.size() && value > 0) {
      return value;
    }
  }
  return default_width;
}

void print_table(std::ostream& output, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, std::size_t max_width,
                 const std::vector<std::size_t>& shrink_last) {
  std::vector<std::size_t> widths(header.size(), 0);
  const auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(cells[i]));
    }
  };
  measure(header);
  std::for_each(rows.begin(), rows.end(), measure);

  const auto total_width = [&] {
    std::size_t total = column_gap * (widths.empty() ? 0 : widths.size() - 1);
    for (std::size_t width : widths) {
      total += width;
    }
    return total;
  };
  // Returns the widest column that may still shrink, or widths.size().
  const auto widest_column = [&](bool include_last) {
    std::size_t widest = widths.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const bool is_last =
          std::find(shrink_last.begin(), shrink_last.end(), i) != shrink_last.end();
      if ((include_last || !is_last) && widths[i] > min_column_width &&
          (widest == widths.size() || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    return widest;
  };
  while (total_width() > max_width) {
    std::size_t widest = widest_column(false);
    if (widest == widths.size()) {
      widest = widest_column(true);
    }
    if (widest == widths.size()) {
      break;
    }
    --widths[widest];
  }

  const auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = fit_cell(i < cells.size() ? cells[i] : "", widths[i]);
      line += cell;
      if (i + 1 < widths.size()) {
        line.append(widths[i] - display_width(cell) + column_gap, ' ');
      }
    }
    line.erase(line.find_last_not_of(' ') + 1);
    output << line << '\n';
  };
  print_row(header);
  std::for_each(rows.begin(), rows.end(), print_row);
}

std::string format_table_time(Timestamp timestamp) {
  return fmt::format("{:%Y-%m-%d %H:%M:%S}Z",
                     std::chrono::floor<std::chrono::seconds>(timestamp));
}

}  // namespace ska::oda::cli
