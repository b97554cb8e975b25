#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include <ska/oda/timestamp.hpp>

namespace ska::oda::cli {

/// The width available for tables, in columns: the terminal's width when
/// standard output is a terminal, else the COLUMNS environment variable,
/// else 100.
std::size_t output_width();

/// Prints a table with a header row, the columns separated by two spaces.
/// When the natural width exceeds max_width, the widest column shrinks one
/// step at a time, down to 4 columns, and cells that no longer fit end in
/// "…". Columns listed in `shrink_last` (by index) shrink only when no other
/// column can. Widths count UTF-8 code points, which is exact for text
/// without wide or combining characters.
void print_table(std::ostream& output, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, std::size_t max_width,
                 const std::vector<std::size_t>& shrink_last = {});

/// Formats a timestamp for a table cell: `2026-01-22 15:43:53Z`, in UTC to the second.
std::string format_table_time(Timestamp timestamp);

}  // namespace ska::oda::cli
