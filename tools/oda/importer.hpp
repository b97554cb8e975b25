#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <spdlog/logger.h>

#include <ska/oda/unit_of_work.hpp>

#include "document_input.hpp"
#include "import_summary.hpp"
#include "storable_document.hpp"

namespace ska::oda::cli {

struct ImportSettings {
  /// Documents stored per unit of work.
  std::size_t batch_size = 100;
  /// Store everything in one unit of work, and nothing when a document fails.
  bool atomic = false;
  /// Name recorded as the user of each new version and status.
  std::string user;
};

/// Sorts documents by kind and stores them in batches, recording each
/// outcome in a summary.
///
/// Entities are stored as they arrive, each batch in one unit of work.
/// Status records wait until finish(), so that the entities they refer to
/// are stored first, whatever the order of the files. An entity whose
/// content (without metadata) equals any stored version of it counts as
/// unchanged, and a status record counts as unchanged when the entity's
/// history already contains that status for that version. Without atomic, a
/// batch that fails is rolled back and stored again one document at a time,
/// so that only the failing documents fail. ConnectionError propagates.
class Importer {
public:
  Importer(UnitOfWorkFactory& factory, ImportSettings settings,
           std::shared_ptr<spdlog::logger> logger, ImportSummary& summary);
  ~Importer();

  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  /// Recognises the document's kind and queues it, storing a batch when
  /// one is full.
  void add(InputDocument input);

  /// Records a file that could not be read or parsed.
  void add_unreadable(const std::string& label, const std::string& reason);

  /// Stores the queued entities and then the status records. With atomic,
  /// commits everything, or rolls back when any document failed; returns
  /// whether it rolled back.
  bool finish();

private:
  struct Item;
  struct Result;
  struct Recorded;

  void flush(std::vector<Item>& items);
  void store_batch(std::vector<Item>& items);
  std::vector<Result> store(UnitOfWork& unit, const std::vector<Item>& items);
  Result store_status(UnitOfWork& unit, const Item& item);
  bool apply_tracking_status(UnitOfWork& unit, const Item& item);
  void record(const Item& item, const Result& result);
  void fail_atomic(const std::string& label, const std::string& reason);

  UnitOfWorkFactory& factory_;
  ImportSettings settings_;
  std::shared_ptr<spdlog::logger> logger_;
  ImportSummary& summary_;

  std::vector<Item> entities_;
  std::vector<Item> status_records_;
  /// The label of the document being stored, for failures that abort a
  /// whole atomic import.
  std::string current_label_;

  std::unique_ptr<UnitOfWork> atomic_unit_;
  bool atomic_failed_ = false;
  /// Outcomes of an atomic import, recorded in the summary once committed.
  std::vector<Recorded> atomic_results_;
};

}  // namespace ska::oda::cli
