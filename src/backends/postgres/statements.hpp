#pragma once

// The SQL of every prepared statement, built once per kind from its
// KindDescriptor, so that no repository contains hand-written SQL per entity.

#include <array>
#include <string>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/export.hpp>

namespace ska::oda::postgres::detail {

/// Name and text of one prepared statement.
struct Statement {
  std::string name;
  std::string sql;
};

/// The statements of one kind. Parameters are listed beside each builder in
/// statements.cpp.
struct KindStatements {
  Statement add;
  Statement get_latest;
  Statement get_version;
  Statement contains;
  Statement versions;
  Statement remove;
  Statement update_status;
  Statement current_status;
  Statement history;
};

/// Returns the statements of a kind. Exported only for the benchmark, which
/// runs the same SQL through raw libpq; not part of the public API.
SKA_ODA_EXPORT const KindStatements& statements_for(EntityKind kind);

/// Returns every statement of every kind, for registering on a connection.
const std::array<KindStatements, kind_descriptors.size()>& all_statements();

/// SQL adding `rows` documents of a kind in one statement, with the rules of
/// the add statement. $1 is the user; each row then takes its position in
/// the caller's list, the id, the document (jsonb text), the initial status
/// or null, and the link values: add_batch_row_parameters() in all. It
/// returns the position and the five version columns of each row stored; a
/// row whose version a concurrent writer took first is missing. The ids in
/// one batch must differ.
std::string add_batch_sql(const KindDescriptor& kind, std::size_t rows);
std::size_t add_batch_row_parameters(const KindDescriptor& kind);

/// SQL expression formatting a timestamptz as format_timestamp() does.
std::string timestamp_text(const std::string& column);

}  // namespace ska::oda::postgres::detail
