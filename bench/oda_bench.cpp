// Compares the library's add (one commit per entity) and get-latest-by-id
// with raw libpq running the same SQL over the same kind of connection, in
// one run, and prints the median ratio of library time to raw time.
//
// Two raw variants are measured. "raw" does the JSON work any client of a
// JSON archive does: it serializes the document it adds and parses the
// document it gets, with the same nlohmann::ordered_json. "raw_sql_only"
// sends ready-made text and never parses, which bounds the cost of the
// statements alone.
//
//   oda_bench [ROUNDS] [OPERATIONS_PER_ROUND]
//
// The database is the one the PG* variables name; it must be migrated.
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ska/oda/postgres/connection_pool.hpp>

#include "backends/postgres/statements.hpp"

using namespace ska::oda;
using Clock = std::chrono::steady_clock;

namespace {

// A synthetic SBDefinition of about 12 KB, shaped like the largest real
// ones: targets with coordinates, scan definitions and a CSP configuration.
Json make_definition() {
  Json targets = Json::array();
  Json scans = Json::array();
  for (int i = 0; i < 12; ++i) {
    targets.push_back({{"target_id", fmt::format("target-{}", i)},
                       {"name", fmt::format("Calibrator field {}", i)},
                       {"pointing_pattern",
                        {{"active", "SinglePointParameters"},
                         {"parameters", {{{"kind", "SinglePointParameters"},
                                          {"offset_x_arcsec", 0.0},
                                          {"offset_y_arcsec", 0.0}}}}}},
                       {"reference_coordinate",
                        {{"kind", "icrs"},
                         {"ra_str", "19:24:51.05"},
                         {"dec_str", "-29:14:30.12"},
                         {"pm_ra", 0.0},
                         {"pm_dec", 0.0},
                         {"parallax", 0.0},
                         {"epoch", 2000.0}}},
                       {"radial_velocity",
                        {{"quantity", {{"value", 0.0}, {"unit", "km / s"}}},
                         {"definition", "RADIO"},
                         {"reference_frame", "LSRK"},
                         {"redshift", 0.0}}}});
    scans.push_back({{"scan_definition_id", fmt::format("scan-{}", i)},
                     {"scan_duration_ms", 60000},
                     {"target_ref", fmt::format("target-{}", i)},
                     {"csp_configuration_ref", "csp-configuration-1"},
                     {"scan_intent", "Science"},
                     {"pointing_correction", "MAINTAIN"}});
  }
  Json spectral_windows = Json::array();
  for (int i = 0; i < 8; ++i) {
    spectral_windows.push_back({{"spw_id", i + 1},
                                {"logical_fsp_ids", {i * 2, i * 2 + 1}},
                                {"zoom_factor", 0},
                                {"centre_frequency", 700000000.0 + i * 1.0e7},
                                {"number_of_channels", 14880},
                                {"channel_averaging_factor", 1},
                                {"time_integration_factor", 10}});
  }
  return {{"interface", "https://schema.skao.int/ska-oso-pdm-sbd/0.1"},
          {"name", "Benchmark definition"},
          {"telescope", "ska_mid"},
          {"activities",
           {{"observe",
             {{"kind", "filesystem"},
              {"path", "file:///scripts/observing_script.py"},
              {"function_args", {{"init", {{"args", Json::array()}, {"kwargs", {{"subarray_id", 1}}}}}}}}}}},
          {"targets", targets},
          {"scan_definitions", scans},
          {"csp_configurations",
           {{{"config_id", "csp-configuration-1"},
             {"name", "Band 2 continuum"},
             {"midcbf", {{"frequency_band", "2"}, {"correlation_spws", spectral_windows}}}}}},
          {"dish_allocations",
           {{"dish_allocation_id", "dish-allocation-1"},
            {"selected_subarray_definition", "AA0.5"},
            {"dish_ids", {"SKA001", "SKA036", "SKA063", "SKA100"}}}}};
}

// Raw libpq: one connection, the library's own statement text, BEGIN and
// COMMIT around each operation exactly as a unit of work sends them.
class RawClient {
public:
  RawClient() : connection_(PQconnectdb("connect_timeout=10")) {
    if (PQstatus(connection_) != CONNECTION_OK) {
      throw std::runtime_error(std::string("raw connection failed: ") +
                               PQerrorMessage(connection_));
    }
  }
  ~RawClient() { PQfinish(connection_); }

  void prepare(const postgres::detail::Statement& statement, int parameters) {
    check(PQprepare(connection_, statement.name.c_str(), statement.sql.c_str(), parameters,
                    nullptr),
          PGRES_COMMAND_OK);
  }

  void run(const char* command) { check(PQexec(connection_, command), PGRES_COMMAND_OK); }

  void run_prepared(const std::string& name, const std::vector<const char*>& values) {
    check(PQexecPrepared(connection_, name.c_str(), static_cast<int>(values.size()),
                         values.data(), nullptr, nullptr, 0),
          PGRES_TUPLES_OK);
  }

  /// Runs a prepared statement and returns the first column of its first row.
  std::string run_prepared_text(const std::string& name, const std::vector<const char*>& values) {
    PGresult* result = PQexecPrepared(connection_, name.c_str(), static_cast<int>(values.size()),
                                      values.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    std::string text = ok ? PQgetvalue(result, 0, 0) : PQresultErrorMessage(result);
    PQclear(result);
    if (!ok) throw std::runtime_error("raw statement failed: " + text);
    return text;
  }

private:
  void check(PGresult* result, ExecStatusType expected) {
    const bool ok = PQresultStatus(result) == expected;
    const std::string message = ok ? "" : PQresultErrorMessage(result);
    PQclear(result);
    if (!ok) throw std::runtime_error("raw statement failed: " + message);
  }

  PGconn* connection_;
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Microseconds per operation of one way of doing an operation, one value
// per round.
struct Samples {
  std::vector<double> values;

  void add(bool measured, double value) {
    if (measured) values.push_back(value);
  }

  // Prints the medians, and the median over rounds of the per-round ratio of
  // this (the library) to each raw variant measured in the same round.
  void report(const std::string& name, const Samples& raw, const Samples& raw_sql) const {
    std::vector<double> ratios, ratios_to_sql;
    for (std::size_t round = 0; round < values.size(); ++round) {
      ratios.push_back(values[round] / raw.values[round]);
      ratios_to_sql.push_back(values[round] / raw_sql.values[round]);
    }
    std::cout << fmt::format("{:9}  {:10.1f}  {:6.1f}  {:15.1f}  {:5.3f}  {:17.3f}\n", name,
                             median(values), median(raw.values), median(raw_sql.values),
                             median(ratios), median(ratios_to_sql));
  }
};

// Adds up the time spent in the operations it times.
class Timer {
public:
  template <class Function>
  void time(Function&& function) {
    const auto start = Clock::now();
    function();
    total_ += Clock::now() - start;
  }

  double per_operation(int operations) const { return total_.count() / operations; }

private:
  std::chrono::duration<double, std::micro> total_{0};
};

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 15;
  const int operations = argc > 2 ? std::atoi(argv[2]) : 200;

  const Json definition = make_definition();
  std::cout << fmt::format("document: {} bytes; {} rounds of {} operations each\n",
                           definition.dump().size(),
                           rounds, operations);

  postgres::ConnectionPool pool;
  RawClient raw;
  const auto& statements = postgres::detail::statements_for(EntityKind::sbd);
  raw.prepare(statements.add, 7);
  raw.prepare(statements.get_latest, 1);

  const std::string run_id =
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  const std::string prefix = "sbd-" + run_id + "-";

  // Each measurement gets its own documents, built before the clock starts,
  // so that copying them is not counted.
  const auto documents_for = [&](const std::string& variant, int round) {
    std::vector<Json> documents;
    for (int i = 0; i < operations; ++i) {
      documents.push_back(definition);
      documents.back()["sbd_id"] = fmt::format("{}{}-{}-{}", prefix, variant, round, i);
    }
    return documents;
  };
  const auto id_of = [&](const std::string& variant, int round, int i) {
    return fmt::format("{}{}-{}-{}", prefix, variant, round, i);
  };

  // Raw libpq runs the add statement with the parameters a unit of work
  // sends for a new SBDefinition: no expected version, initial status
  // Draft, and no prj_ref or ob_ref.
  const auto raw_add = [&](const std::string& id, const std::string& text) {
    raw.run("BEGIN");
    raw.run_prepared(statements.add.name,
                     {id.c_str(), text.c_str(), "bench", nullptr, "Draft", nullptr, nullptr});
    raw.run("COMMIT");
  };

  Samples add_library, add_raw, add_raw_sql, get_library, get_raw, get_raw_sql;
  for (int round = 0; round <= rounds; ++round) {
    // Round 0 warms up the connections and prepares the statements.
    const bool measured = round > 0;

    // The three ways of doing an operation take turns, one operation each,
    // so that drift in the server or the machine affects them alike. The
    // documents, and the stored ones returned, live until the round ends,
    // so that building and freeing them is not counted.
    std::vector<Json> library_documents = documents_for("lib", round);
    std::vector<Json> raw_documents = documents_for("raw", round);
    std::vector<std::string> raw_texts;
    for (const Json& document : documents_for("sql", round)) raw_texts.push_back(document.dump());
    std::vector<StoredEntity> library_stored;
    library_stored.reserve(static_cast<std::size_t>(operations));

    Timer add_library_time, add_raw_time, add_raw_sql_time;
    for (int i = 0; i < operations; ++i) {
      add_library_time.time([&] {
        auto unit = pool.begin();
        library_stored.push_back(
            unit->documents(EntityKind::sbd).add(std::move(library_documents[i]), "bench"));
        unit->commit();
      });
      add_raw_time.time([&] { raw_add(id_of("raw", round, i), raw_documents[i].dump()); });
      add_raw_sql_time.time([&] { raw_add(id_of("sql", round, i), raw_texts[i]); });
    }
    add_library.add(measured, add_library_time.per_operation(operations));
    add_raw.add(measured, add_raw_time.per_operation(operations));
    add_raw_sql.add(measured, add_raw_sql_time.per_operation(operations));

    Timer get_library_time, get_raw_time, get_raw_sql_time;
    std::vector<StoredEntity> library_read;
    std::vector<Json> raw_read;
    library_read.reserve(static_cast<std::size_t>(operations));
    raw_read.reserve(static_cast<std::size_t>(operations));
    for (int i = 0; i < operations; ++i) {
      get_library_time.time([&] {
        auto unit = pool.begin();
        library_read.push_back(unit->documents(EntityKind::sbd).get(id_of("lib", round, i)));
        unit->commit();
      });
      get_raw_time.time([&] {
        const std::string id = id_of("raw", round, i);
        raw.run("BEGIN");
        const std::string info = raw.run_prepared_text(statements.get_latest.name, {id.c_str()});
        raw.run("COMMIT");
        raw_read.push_back(Json::parse(info));
      });
      get_raw_sql_time.time([&] {
        const std::string id = id_of("sql", round, i);
        raw.run("BEGIN");
        raw.run_prepared_text(statements.get_latest.name, {id.c_str()});
        raw.run("COMMIT");
      });
    }
    get_library.add(measured, get_library_time.per_operation(operations));
    get_raw.add(measured, get_raw_time.per_operation(operations));
    get_raw_sql.add(measured, get_raw_sql_time.per_operation(operations));
  }

  std::cout << "operation  library_us  raw_us  raw_sql_only_us  ratio  ratio_to_sql_only\n";
  add_library.report("add", add_raw, add_raw_sql);
  get_library.report("get", get_raw, get_raw_sql);
  return 0;
}
