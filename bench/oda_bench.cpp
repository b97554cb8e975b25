// Compares the library's add (one commit per entity) and get-latest-by-id
// with raw libpq running the same SQL over the same kind of connection, in
// one run, and prints the median ratio of library time to raw time.
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

template <class Function>
double microseconds_per_operation(int operations, Function&& function) {
  const auto start = Clock::now();
  for (int i = 0; i < operations; ++i) function(i);
  const std::chrono::duration<double, std::micro> elapsed = Clock::now() - start;
  return elapsed.count() / operations;
}

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

  const std::string run_id = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  std::vector<double> add_library, add_raw, get_library, get_raw;
  std::vector<std::string> library_ids, raw_ids;

  for (int round = 0; round < rounds; ++round) {
    add_library.push_back(microseconds_per_operation(operations, [&](int i) {
      Json document = definition;
      document["sbd_id"] = fmt::format("sbd-lib-{}-{}-{}", run_id, round, i);
      auto unit = pool.begin();
      library_ids.push_back(unit->documents(EntityKind::sbd).add(std::move(document), "bench").version.entity_id);
      unit->commit();
    }));
    // Raw libpq gets its documents as ready-made text, outside the timing.
    std::vector<std::string> raw_round_ids, raw_texts;
    for (int i = 0; i < operations; ++i) {
      raw_round_ids.push_back(fmt::format("sbd-raw-{}-{}-{}", run_id, round, i));
      Json document = definition;
      document["sbd_id"] = raw_round_ids.back();
      raw_texts.push_back(document.dump());
    }
    add_raw.push_back(microseconds_per_operation(operations, [&](int i) {
      const std::string& id = raw_round_ids[static_cast<std::size_t>(i)];
      raw.run("BEGIN");
      raw.run_prepared(statements.add.name,
                       {id.c_str(), raw_texts[static_cast<std::size_t>(i)].c_str(), "bench",
                        nullptr, "Draft", nullptr, nullptr});
      raw.run("COMMIT");
      raw_ids.push_back(id);
    }));
    get_library.push_back(microseconds_per_operation(operations, [&](int i) {
      auto unit = pool.begin();
      const StoredEntity entity = unit->documents(EntityKind::sbd).get(library_ids[static_cast<std::size_t>(i)]);
      unit->commit();
      if (entity.version.version != 1) throw std::runtime_error("unexpected version");
    }));
    get_raw.push_back(microseconds_per_operation(operations, [&](int i) {
      raw.run("BEGIN");
      raw.run_prepared(statements.get_latest.name, {raw_ids[static_cast<std::size_t>(i)].c_str()});
      raw.run("COMMIT");
    }));
  }

  std::vector<double> add_ratios, get_ratios;
  for (int round = 0; round < rounds; ++round) {
    add_ratios.push_back(add_library[round] / add_raw[round]);
    get_ratios.push_back(get_library[round] / get_raw[round]);
  }
  std::cout << fmt::format("add: library {:.1f} us, raw libpq {:.1f} us, median ratio {:.3f}\n",
                           median(add_library), median(add_raw), median(add_ratios));
  std::cout << fmt::format("get: library {:.1f} us, raw libpq {:.1f} us, median ratio {:.3f}\n",
                           median(get_library), median(get_raw), median(get_ratios));
  return 0;
}
