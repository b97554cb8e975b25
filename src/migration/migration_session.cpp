#include "migration/migration_session.hpp"

#include <fstream>
#include <iterator>
#include <string_view>
#include <utility>

#include <ska/oda/error.hpp>

#include "migration/error_context.hpp"

#include "migration/sha256.hpp"

namespace ska::oda::migration {

namespace {

// The same key as sql/migrate.sh, so that the two runners exclude each other.
constexpr const char* lock_key = "hashtextextended('ska-db-oda:migrations', 0)";

/// Returns the first line of a libpq or server message without the severity
/// prefix, such as "division by zero" for "ERROR:  division by zero\n...".
std::string first_line(std::string_view message) {
  message = message.substr(0, message.find('\n'));
  for (const std::string_view prefix : {"ERROR:  ", "FATAL:  "}) {
    if (message.starts_with(prefix)) {
      message.remove_prefix(prefix.size());
    }
  }
  return std::string(message);
}

/// Returns why libpq failed to connect, without the server address that the
/// caller's message already names.
std::string connect_failure_reason(std::string_view message) {
  std::string line = first_line(message);
  constexpr std::string_view marker = " failed: ";
  const std::size_t found = line.find(marker);
  if (line.starts_with("connection to server") && found != std::string::npos) {
    line = first_line(std::string_view(line).substr(found + marker.size()));
  }
  return line;
}

/// Runs one step of the protocol and translates libpqxx's exceptions.
/// Messages name the step as "while <step>" and start with the file of the
/// script involved, when there is one.
template <typename Step>
auto translate_errors(const std::string& description, const std::string& step,
                      const std::string& file, Step&& run_step) {
  const std::string subject = file.empty() ? std::string("migration run") : file;
  try {
    return run_step();
  } catch (const pqxx::broken_connection& error) {
    throw ConnectionError("lost the connection to PostgreSQL at " + description + " while " +
                              step + ": " + first_line(error.what()),
                          migration_context("migrate", error.what()));
  } catch (const pqxx::in_doubt_error& error) {
    // NOTE: no test loses the connection during COMMIT, so this branch has
    // not been run.
    throw ConnectionError("lost the connection to PostgreSQL at " + description +
                              " while committing " + subject +
                              "; check oda_schema_migrations to see whether it was applied",
                          migration_context("migrate", error.what()));
  } catch (const pqxx::sql_error& error) {
    throw MigrationError(subject + ": " + first_line(error.what()) + " (while " + step + ")",
                         file,
                         migration_context("migrate", error.what(), error.sqlstate()));
  } catch (const pqxx::failure& error) {
    throw MigrationError(subject + " failed while " + step + ": " + first_line(error.what()),
                         file, migration_context("migrate", error.what()));
  }
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  if (!stream.is_open() || stream.bad()) {
    throw MigrationError("failed to read " + path.string(), path.filename().string(),
                         migration_context("migrate"));
  }
  return text;
}

}  // namespace

NoticeLogger::NoticeLogger(pqxx::connection_base& connection,
                           std::shared_ptr<spdlog::logger> logger)
    : pqxx::errorhandler(connection), logger_(std::move(logger)) {}

bool NoticeLogger::operator()(const char message[]) noexcept {
  if (logger_ != nullptr) {
    std::string_view text(message);
    while (!text.empty() && text.back() == '\n') {
      text.remove_suffix(1);
    }
    try {
      logger_->info("server: {}", text);
    } catch (...) {
      // A notice is not worth failing the run for, and this is noexcept.
    }
  }
  return false;
}

MigrationSession::MigrationSession(const ConnectionTarget& target,
                                   std::shared_ptr<spdlog::logger> logger)
    : description_(target.description), logger_(std::move(logger)) {
  try {
    connection_ = std::make_unique<pqxx::connection>(target.connection_string);
  } catch (const pqxx::broken_connection& error) {
    throw ConnectionError("failed to connect to PostgreSQL at " + description_ + ": " +
                              connect_failure_reason(error.what()),
                          migration_context("connect", error.what()));
  }
  notice_logger_ = std::make_unique<NoticeLogger>(*connection_, logger_);

  translate_errors(description_, "setting client_encoding", "", [&] {
    pqxx::nontransaction work(*connection_);
    work.exec("SET client_encoding = 'UTF8'");
  });
}

void MigrationSession::lock() {
  translate_errors(description_, "taking the migration lock", "", [&] {
    pqxx::nontransaction work(*connection_);
    const bool locked =
        work.exec1(std::string("SELECT pg_try_advisory_lock(") + lock_key + ")")[0].as<bool>();
    if (!locked) {
      if (logger_ != nullptr) {
        logger_->info("another migration runner holds the lock on {}; waiting for it",
                      description_);
      }
      work.exec(std::string("SELECT pg_advisory_lock(") + lock_key + ")");
    }
  });
}

void MigrationSession::unlock() {
  translate_errors(description_, "releasing the migration lock", "", [&] {
    pqxx::nontransaction work(*connection_);
    work.exec(std::string("SELECT pg_advisory_unlock(") + lock_key + ")");
  });
}

std::string MigrationSession::search_path() {
  return translate_errors(description_, "reading search_path", "", [&] {
    pqxx::nontransaction work(*connection_);
    return work.exec1("SELECT current_setting('search_path')")[0].as<std::string>();
  });
}

void MigrationSession::create_bookkeeping_table(const std::filesystem::path& ddl_file) {
  const std::string ddl = read_text_file(ddl_file);
  translate_errors(description_, "creating oda_schema_migrations", ddl_file.filename().string(),
                   [&] {
                     pqxx::nontransaction work(*connection_);
                     work.exec("SET client_min_messages = warning");
                     work.exec(ddl);
                     work.exec("RESET client_min_messages");
                   });
}

bool MigrationSession::has_bookkeeping_table() {
  return translate_errors(description_, "looking for oda_schema_migrations", "", [&] {
    pqxx::nontransaction work(*connection_);
    return work
        .exec1(
            "SELECT EXISTS (SELECT FROM pg_class WHERE relname = 'oda_schema_migrations'"
            " AND relnamespace = current_schema()::regnamespace)")[0]
        .as<bool>();
  });
}

std::vector<RecordedMigration> MigrationSession::recorded_migrations() {
  return translate_errors(description_, "reading oda_schema_migrations", "", [&] {
    pqxx::nontransaction work(*connection_);
    const pqxx::result rows = work.exec(
        "SELECT version, name, checksum,"
        " (extract(epoch FROM applied_on) * 1000000)::bigint, applied_by, execution_ms"
        " FROM oda_schema_migrations ORDER BY version");
    std::vector<RecordedMigration> recorded;
    recorded.reserve(rows.size());
    for (const pqxx::row& row : rows) {
      recorded.push_back({
          .version = row[0].as<int>(),
          .name = row[1].as<std::string>(),
          .checksum = row[2].as<std::string>(),
          .applied_on = std::chrono::sys_time<std::chrono::microseconds>(
              std::chrono::microseconds(row[3].as<std::int64_t>())),
          .applied_by = row[4].as<std::string>(),
          .execution_ms = row[5].as<std::int64_t>(),
      });
    }
    return recorded;
  });
}

std::int64_t MigrationSession::apply(const MigrationScript& script,
                                     const std::string& search_path) {
  const std::string sql = read_text_file(script.path);
  if (sha256_hex(sql) != script.checksum) {
    throw MigrationError(script.name + ": the file changed after the directory was scanned; run "
                             "the migration again",
                         script.name, migration_context("migrate"));
  }

  const std::string started = translate_errors(description_, "preparing the script", script.name, [&] {
    pqxx::nontransaction work(*connection_);
    work.exec_params("SELECT set_config('search_path', $1, false)", search_path);
    return work.exec1("SELECT clock_timestamp()")[0].as<std::string>();
  });

  return translate_errors(description_, "running the script, which was rolled back", script.name, [&] {
    pqxx::work transaction(*connection_);
    // The script goes to the server as one simple-query string, so it may
    // hold many statements, as with psql's \i.
    transaction.exec(sql);
    transaction.exec_params("SELECT set_config('search_path', $1, false)", search_path);
    const std::int64_t execution_ms =
        transaction
            .exec_params1(
                "INSERT INTO oda_schema_migrations (version, name, checksum, execution_ms)"
                " VALUES ($1, $2, $3,"
                " round(extract(epoch FROM clock_timestamp() - $4::timestamptz) * 1000)::bigint)"
                " RETURNING execution_ms",
                script.version, script.name, script.checksum, started)[0]
            .as<std::int64_t>();
    transaction.commit();
    return execution_ms;
  });
}

}  // namespace ska::oda::migration
