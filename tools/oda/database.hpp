#pragma once

#include <memory>

#include <ska/oda/postgres/connection_pool.hpp>

#include "cli_context.hpp"

namespace ska::oda::cli {

/// Opens a connection pool on the server of --dsn, or of the PG* variables
/// when --dsn is empty. Connections open on first use, so an unreachable
/// server shows up as ConnectionError from begin().
std::unique_ptr<postgres::ConnectionPool> open_database(const CliContext& context);

}  // namespace ska::oda::cli
