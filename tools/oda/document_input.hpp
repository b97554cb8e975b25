#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <ska/oda/json.hpp>

namespace ska::oda::cli {

/// One document read from a file, or from standard input when `source` is "-".
struct InputDocument {
  std::string source;
  /// Position in a top-level array, when the file contains one.
  std::optional<std::size_t> index;
  Json document;

  /// Names the document in messages: `file.json` or `file.json[2]`.
  std::string label() const;
};

/// Reads the whole file, or standard input for "-". Throws NotFound when
/// the file does not exist and Error when it cannot be read.
std::string read_text(const std::string& path);

/// Reads one file, or standard input for "-", and returns its document, or
/// each element of a top-level array. Throws ParseError with
/// file:line:column for invalid JSON.
std::vector<InputDocument> read_documents(const std::string& path);

/// Expands files and directories into the JSON files to read. A directory
/// contributes every regular *.json file below it, recursively and in sorted
/// order. A file is taken whatever its name. Throws NotFound for a path that
/// does not exist.
std::vector<std::filesystem::path> collect_json_files(const std::vector<std::string>& paths);

}  // namespace ska::oda::cli
