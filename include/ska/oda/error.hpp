#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// Context of a failure, filled in by the layer that has it.
struct ErrorContext {
  /// The library operation that failed, such as "add" or "migrate".
  std::string operation;
  /// The entity kind involved, such as "sbd", or empty.
  std::string entity_kind;
  /// The entity id involved, or empty.
  std::string entity_id;
  /// The entity version involved, when one was requested.
  std::optional<int> version;
  /// The five-character SQLSTATE when the server raised the error, else empty.
  std::string sqlstate;
  /// The server's own message or other raw detail. It is kept out of what(),
  /// because it can be long and can quote data.
  std::string detail;
};

/// Root of every exception that ska::oda throws on purpose.
class SKA_ODA_EXPORT Error : public std::runtime_error {
public:
  explicit Error(const std::string& message, ErrorContext context = {});

  const ErrorContext& context() const noexcept { return context_; }
  const std::string& sqlstate() const noexcept { return context_.sqlstate; }
  const std::string& detail() const noexcept { return context_.detail; }

private:
  ErrorContext context_;
};

/// An entity, or a version of it, that does not exist.
class SKA_ODA_EXPORT NotFound : public Error {
public:
  using Error::Error;
};

/// A write that would duplicate a unique key (SQLSTATE 23505).
class SKA_ODA_EXPORT UniqueViolation : public Error {
public:
  using Error::Error;
};

/// A write that breaks another integrity constraint (SQLSTATE class 23).
class SKA_ODA_EXPORT IntegrityError : public Error {
public:
  using Error::Error;
};

/// An optimistic-concurrency conflict: the latest stored version is not the
/// one the caller expected.
class SKA_ODA_EXPORT StaleEntity : public Error {
public:
  StaleEntity(const std::string& message, int expected_version, int actual_version,
              ErrorContext context = {});

  int expected_version() const noexcept { return expected_version_; }
  /// The latest stored version, or 0 when the entity does not exist.
  int actual_version() const noexcept { return actual_version_; }

private:
  int expected_version_;
  int actual_version_;
};

/// One problem found in a document, located by a JSON path such as
/// `$.targets[2].reference_coordinate.kind`.
struct ValidationProblem {
  std::string path;
  std::string message;

  friend bool operator==(const ValidationProblem&, const ValidationProblem&) = default;
};

/// A document or value that does not satisfy the model.
class SKA_ODA_EXPORT ValidationError : public Error {
public:
  ValidationError(const std::string& message, std::vector<ValidationProblem> problems,
                  ErrorContext context = {});

  const std::vector<ValidationProblem>& problems() const noexcept { return problems_; }

private:
  std::vector<ValidationProblem> problems_;
};

/// Text that is not a JSON document the library can store.
class SKA_ODA_EXPORT ParseError : public Error {
public:
  struct Location {
    /// The file name, or empty when the text did not come from a file.
    std::string source;
    /// Zero-based offset of the offending byte.
    std::size_t byte_offset = 0;
    /// One-based line and column, when the text came from a file.
    std::optional<std::size_t> line;
    std::optional<std::size_t> column;
  };

  ParseError(const std::string& message, Location location);

  const Location& location() const noexcept { return location_; }

private:
  Location location_;
};

/// A statement that the server rejected for a reason other than a constraint.
class SKA_ODA_EXPORT QueryError : public Error {
public:
  using Error::Error;
};

/// A server that cannot be reached, or a connection lost in use.
class SKA_ODA_EXPORT ConnectionError : public Error {
public:
  using Error::Error;
};

/// A connection lost while a commit was under way, so that whether the
/// transaction was committed is unknown. Never retry the unit blindly: check
/// the data first.
class SKA_ODA_EXPORT CommitOutcomeUnknown : public ConnectionError {
public:
  using ConnectionError::ConnectionError;
};

/// An API used against its contract, such as a finished unit of work.
class SKA_ODA_EXPORT UsageError : public Error {
public:
  using Error::Error;
};

/// A migration script that the runner rejects, or that fails to apply.
class SKA_ODA_EXPORT MigrationError : public Error {
public:
  MigrationError(const std::string& message, std::string file, ErrorContext context = {});

  /// The script's file name, or empty when the failure concerns no one file.
  const std::string& file() const noexcept { return file_; }

private:
  std::string file_;
};

}  // namespace ska::oda
