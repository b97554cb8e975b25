#include "backends/postgres/error_translation.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <string>

#include <fmt/format.h>
#include <pqxx/except>

namespace ska::oda::postgres::detail {

namespace {

std::string describe_context(const ErrorContext& context) {
  std::string subject = context.operation;
  if (!context.entity_kind.empty()) {
    subject += " of " + context.entity_kind;
  }
  if (!context.entity_id.empty()) {
    subject += " " + context.entity_id;
  }
  if (context.version) {
    subject += fmt::format(" version {}", *context.version);
  }
  return subject;
}

// A readable name for a SQLSTATE, from its class (the first two characters)
// as PostgreSQL's documentation groups them.
std::string describe_sqlstate(const std::string& state) {
  if (state == "23502") return "a required column was null";
  if (state == "23503") return "a referenced row does not exist";
  if (state == "23505") return "a row with the same key already exists";
  if (state == "23514") return "the row breaks a check constraint of the table";
  if (state == "40001") return "the transaction could not be serialized";
  if (state == "40P01") return "the transaction was chosen as a deadlock victim";
  if (state == "57014") return "the statement timed out or was canceled";
  if (state == "42P01") {
    return "a table of the archive does not exist in this database; apply the schema with "
           "`oda db migrate` (or sql/migrate.sh) first";
  }
  const std::string category = state.substr(0, 2);
  if (category == "22") return "the server rejected a value";
  if (category == "23") return "an integrity constraint rejected the row";
  if (category == "25") return "the transaction is in a state that does not allow this";
  if (category == "40") return "the server rolled the transaction back";
  if (category == "42") return "the server rejected the statement as invalid or not permitted";
  if (category == "53") return "the server ran out of resources";
  if (category == "54") return "a server limit was exceeded";
  if (category == "55") return "an object was not in the state the statement needs";
  if (category == "57") return "an operator or the server interrupted the statement";
  return "the server reported an error";
}

// The message names what failed and the SQLSTATE; the server's own text,
// which can be long and quote data, goes into the detail only.
[[noreturn]] void throw_for_sqlstate(ErrorContext context, const std::string& server_text) {
  const std::string& state = context.sqlstate;
  const std::string message = fmt::format("{} failed: {} (SQLSTATE {})", describe_context(context),
                                          describe_sqlstate(state), state);
  context.detail = server_text;
  if (state == "23505") {
    throw UniqueViolation(message, context);
  }
  if (state.starts_with("23")) {
    throw IntegrityError(message, context);
  }
  if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03") {
    throw ConnectionError(
        fmt::format("{} failed: the connection to PostgreSQL was lost (SQLSTATE {})",
                    describe_context(context), state),
        context);
  }
  throw QueryError(message, context);
}

}  // namespace

void rethrow_translated(ErrorContext context) {
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const pqxx::in_doubt_error& error) {
    context.detail = error.what();
    throw CommitOutcomeUnknown(describe_context(context) +
                                   " failed: the connection broke during commit, so whether "
                                   "the transaction was committed is unknown",
                               context);
  } catch (const pqxx::broken_connection& error) {
    context.detail = error.what();
    throw ConnectionError(describe_context(context) + " failed: " + first_line(error.what()),
                          context);
  } catch (const pqxx::serialization_failure& error) {
    context.sqlstate = "40001";
    throw_for_sqlstate(context, error.what());
  } catch (const pqxx::deadlock_detected& error) {
    context.sqlstate = "40P01";
    throw_for_sqlstate(context, error.what());
  } catch (const pqxx::statement_completion_unknown& error) {
    context.detail = error.what();
    throw CommitOutcomeUnknown(
        describe_context(context) + " failed: whether the statement completed is unknown",
        context);
  } catch (const pqxx::transaction_rollback& error) {
    context.sqlstate = "40000";
    throw_for_sqlstate(context, error.what());
  } catch (const pqxx::sql_error& error) {
    context.sqlstate = error.sqlstate();
    throw_for_sqlstate(context, error.what());
  } catch (const pqxx::usage_error& error) {
    context.detail = error.what();
    throw UsageError(describe_context(context) + " failed: " + first_line(error.what()), context);
  } catch (const std::exception& error) {
    context.detail = error.what();
    throw QueryError(describe_context(context) + " failed: " + first_line(error.what()), context);
  }
}

std::string first_line(const std::string& text) {
  // Later lines repeat the query or add hints that belong in the detail.
  const auto end = text.find('\n');
  return text.substr(0, end);
}

std::optional<std::string> connection_string_problem(const std::string& connection_string) {
  if (connection_string.empty()) {
    return std::nullopt;
  }
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(connection_string.c_str(), &parse_error);
  if (options != nullptr) {
    PQconninfoFree(options);
    return std::nullopt;
  }
  std::string reason = parse_error != nullptr ? first_line(parse_error) : "unreadable";
  PQfreemem(parse_error);
  return reason;
}

std::string describe_target(const std::string& connection_string) {
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(connection_string.c_str(), &parse_error);
  if (options == nullptr) {
    std::string reason = parse_error != nullptr ? first_line(parse_error) : "invalid";
    PQfreemem(parse_error);
    return "an invalid connection string (" + reason + ")";
  }

  // Values missing from the string come from the PG* variables, as in libpq.
  const auto value_of = [&](std::string_view keyword, const char* variable) -> std::string {
    for (PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
      if (keyword == option->keyword && option->val != nullptr && *option->val != '\0') {
        return option->val;
      }
    }
    const char* from_environment = std::getenv(variable);
    return from_environment != nullptr ? from_environment : "";
  };
  std::string description;
  const std::pair<std::string_view, const char*> shown[] = {
      {"host", "PGHOST"}, {"port", "PGPORT"}, {"dbname", "PGDATABASE"}, {"user", "PGUSER"}};
  for (const auto& [keyword, variable] : shown) {
    const std::string value = value_of(keyword, variable);
    if (!value.empty()) {
      description += fmt::format("{}{}={}", description.empty() ? "" : " ", keyword, value);
    }
  }
  PQconninfoFree(options);
  return description.empty() ? "the libpq default server" : description;
}

}  // namespace ska::oda::postgres::detail
