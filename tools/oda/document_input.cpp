#include "document_input.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_parser.hpp>

namespace ska::oda::cli {

namespace fs = std::filesystem;

std::string InputDocument::label() const {
  return index ? fmt::format("{}[{}]", source, *index) : source;
}

std::string read_text(const std::string& path) {
  if (path == "-") {
    return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  }
  std::error_code error;
  if (!fs::exists(path, error)) {
    throw NotFound(fmt::format("{}: no such file; check the path", path));
  }
  if (fs::is_directory(path, error)) {
    throw NotFound(fmt::format("{}: is a directory, not a file; name the JSON files in it, "
                               "or use `oda import` for a directory",
                               path));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw Error(fmt::format("{}: cannot open the file for reading; check its permissions", path));
  }
  std::string text{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
  if (stream.bad()) {
    throw Error(fmt::format("{}: reading the file failed", path));
  }
  return text;
}

std::vector<InputDocument> read_documents(const std::string& path) {
  const std::string text = read_text(path);
  Json parsed = parse_document(text, path == "-" ? "<stdin>" : path);

  std::vector<InputDocument> documents;
  if (parsed.is_array()) {
    documents.reserve(parsed.size());
    for (std::size_t index = 0; index < parsed.size(); ++index) {
      documents.push_back({path, index, std::move(parsed[index])});
    }
  } else {
    documents.push_back({path, std::nullopt, std::move(parsed)});
  }
  return documents;
}

std::vector<fs::path> collect_json_files(const std::vector<std::string>& paths) {
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
          found.push_back(entry.path());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.emplace_back(path);
    } else {
      throw NotFound(fmt::format("{}: no such file or directory; check the path", path));
    }
  }
  return files;
}

}  // namespace ska::oda::cli
