// Directory scan of the migration protocol shared with sql/migrate.sh. The
// rules and messages follow that script, so both runners reject the same
// directories with the same words.
#include <ska/oda/migration/migration_script.hpp>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include <ska/oda/error.hpp>

#include "migration/error_context.hpp"

#include "migration/sha256.hpp"

namespace ska::oda {

namespace {

namespace fs = std::filesystem;

// The largest version is 999999999, so versions fit the integer column of
// oda_schema_migrations. Longer digit strings always leave a gap below them.
constexpr std::size_t max_version_digits = 9;

/// A file whose name passed the checks, before the version checks.
struct Candidate {
  /// The version digits without leading zeros ("0" for version 0).
  std::string version;
  std::string name;
  fs::path path;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_description_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '_' ||
         c == '.' || c == '-';
}

/// Returns whether the name matches the shell pattern V[0-9]*.sql.
bool matches_script_pattern(std::string_view name) {
  return name.size() >= 6 && name[0] == 'V' && is_digit(name[1]) && name.ends_with(".sql");
}

/// Returns the version digits of a V[0-9]*.sql name when it has the form
/// V<digits>__<description>.sql, else nothing.
std::optional<std::string> parse_version_digits(std::string_view name) {
  const std::string_view rest = name.substr(1);
  const std::size_t separator = rest.find("__");
  if (separator == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view digits = rest.substr(0, separator);
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), is_digit)) {
    return std::nullopt;
  }
  std::string_view description = rest.substr(separator + 2);
  description.remove_suffix(std::string_view(".sql").size());
  if (description.empty() ||
      !std::all_of(description.begin(), description.end(), is_description_char)) {
    return std::nullopt;
  }
  return std::string(digits);
}

std::string strip_leading_zeros(const std::string& digits) {
  const std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

/// Orders version strings without leading zeros by numeric value.
bool version_less(const std::string& left, const std::string& right) {
  if (left.size() != right.size()) {
    return left.size() < right.size();
  }
  return left < right;
}

[[noreturn]] void reject(const std::string& message, const std::set<std::string>& files) {
  // file() names the script only when the problem concerns one file.
  throw MigrationError(message, files.size() == 1 ? *files.begin() : std::string(),
                       migration::migration_context("scan migrations"));
}

std::vector<Candidate> list_candidates(const fs::path& directory) {
  std::vector<Candidate> candidates;
  std::vector<std::string> invalid_names;
  std::error_code error;
  fs::directory_iterator entries(directory, error);
  for (; !error && entries != fs::directory_iterator(); entries.increment(error)) {
    const fs::path& path = entries->path();
    const std::string name = path.filename().string();
    if (!matches_script_pattern(name)) {
      continue;
    }
    std::error_code status_error;
    const fs::file_status status = fs::status(path, status_error);
    // Like the shell loop of migrate.sh, a dangling symbolic link is skipped.
    if (!fs::exists(status)) {
      continue;
    }
    const std::optional<std::string> digits = parse_version_digits(name);
    if (!digits || !fs::is_regular_file(status)) {
      invalid_names.push_back(name);
      continue;
    }
    candidates.push_back({strip_leading_zeros(*digits), name, path});
  }
  if (error) {
    throw MigrationError("failed to read migration directory " + directory.string() + ": " +
                             error.message(),
                         "", migration::migration_context("scan migrations"));
  }

  if (!invalid_names.empty()) {
    std::sort(invalid_names.begin(), invalid_names.end());
    std::string message = "invalid migration file name(s) in " + directory.string() +
                          "; expected regular files named V<digits>__<description>.sql with "
                          "only letters, digits, '_', '.' and '-' in the description:";
    for (const std::string& name : invalid_names) {
      message += "\n" + name;
    }
    reject(message, {invalid_names.begin(), invalid_names.end()});
  }

  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.version != b.version) {
      return version_less(a.version, b.version);
    }
    return a.name < b.name;
  });
  return candidates;
}

void check_duplicates(const fs::path& directory, const std::vector<Candidate>& candidates) {
  std::string lines;
  std::set<std::string> files;
  for (auto first = candidates.begin(); first != candidates.end();) {
    const auto last = std::find_if(first, candidates.end(), [&](const Candidate& candidate) {
      return candidate.version != first->version;
    });
    if (std::distance(first, last) > 1) {
      lines += "\nversion " + first->version + ":";
      for (auto it = first; it != last; ++it) {
        lines += " " + it->name;
        files.insert(it->name);
      }
    }
    first = last;
  }
  if (!lines.empty()) {
    reject("duplicate migration versions in " + directory.string() + ":" + lines, files);
  }
}

void check_sequence(const fs::path& directory, const std::vector<Candidate>& candidates) {
  std::string lines;
  std::set<std::string> files;
  long expected = 0;
  std::string previous;
  for (const Candidate& candidate : candidates) {
    if (candidate.version == "0") {
      lines += "\n" + candidate.name + ": version 0 is invalid, versions start at 1";
      files.insert(candidate.name);
      continue;
    }
    const std::string where =
        previous.empty() ? "before " + candidate.name : "between " + previous + " and " + candidate.name;
    if (candidate.version.size() > max_version_digits) {
      // Every later version is at least as long, so this one line covers them.
      lines += "\nversions from " + std::to_string(expected + 1) + " on are missing " + where;
      files.insert(candidate.name);
      break;
    }
    const long version = std::stol(candidate.version);
    if (version == expected + 2) {
      lines += "\nversion " + std::to_string(expected + 1) + " is missing " + where;
    } else if (version > expected + 2) {
      lines += "\nversions " + std::to_string(expected + 1) + " to " +
               std::to_string(version - 1) + " are missing " + where;
    }
    if (version > expected + 1) {
      files.insert(candidate.name);
    }
    expected = version;
    previous = candidate.name;
  }
  if (!lines.empty()) {
    reject("migration versions in " + directory.string() +
               " must be exactly 1..N without gaps:" + lines,
           files);
  }
}

std::string read_file(const fs::path& path, const std::string& name) {
  std::ifstream stream(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  if (!stream.is_open() || stream.bad()) {
    throw MigrationError("failed to read migration script " + path.string(), name,
                         migration::migration_context("scan migrations"));
  }
  return bytes;
}

}  // namespace

std::vector<MigrationScript> scan_migrations(const std::filesystem::path& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    throw MigrationError("migration directory not found: " + directory.string(), "",
                         migration::migration_context("scan migrations"));
  }
  const fs::path resolved = fs::canonical(directory, error);
  const fs::path& scanned = error ? directory : resolved;

  const std::vector<Candidate> candidates = list_candidates(scanned);
  check_duplicates(scanned, candidates);
  check_sequence(scanned, candidates);

  // Checksums are taken before any database work, so that a read error
  // cannot stop a run halfway.
  std::vector<MigrationScript> scripts;
  scripts.reserve(candidates.size());
  for (const Candidate& candidate : candidates) {
    scripts.push_back({static_cast<int>(std::stol(candidate.version)), candidate.name,
                       candidate.path,
                       migration::sha256_hex(read_file(candidate.path, candidate.name))});
  }
  return scripts;
}

}  // namespace ska::oda
