#include "importer.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_kind.hpp>
#include <ska/oda/run_in_unit_of_work.hpp>

namespace ska::oda::cli {

namespace {

constexpr int attempts_per_unit = 3;
const std::string other_category = "other";

}  // namespace

struct Importer::Item {
  enum class Type { entity, status_record };

  Type type = Type::entity;
  std::string label;
  EntityKind kind = EntityKind::sbd;
  /// An entity, ready to add.
  StorableDocument storable;
  /// A status record: the entity it refers to, the version when the record
  /// names one, and the status in the kind's current spelling.
  std::string reference;
  std::optional<int> version;
  std::string status;

  std::string category() const {
    const std::string plural(describe(kind).plural);
    return type == Type::entity ? plural : plural + " status";
  }
};

struct Importer::Result {
  ImportOutcome outcome = ImportOutcome::imported;
  std::string reason;
};

struct Importer::Recorded {
  std::string category;
  std::string label;
  Result result;
};

Importer::Importer(UnitOfWorkFactory& factory, ImportSettings settings,
                   std::shared_ptr<spdlog::logger> logger, ImportSummary& summary)
    : factory_(factory), settings_(std::move(settings)), logger_(std::move(logger)),
      summary_(summary) {
  settings_.batch_size = std::max<std::size_t>(settings_.batch_size, 1);
}

Importer::~Importer() = default;

void Importer::add(InputDocument input) {
  const std::string label = input.label();
  const DocumentKind detected = detect_document_kind(input.document);

  if (detected.category == DocumentCategory::unknown || !detected.kind) {
    summary_.record(other_category, ImportOutcome::skipped, label, detected.reason);
    return;
  }

  Item item;
  item.label = label;
  item.kind = *detected.kind;
  const KindDescriptor& descriptor = describe(item.kind);

  if (detected.category == DocumentCategory::status_record) {
    item.type = Item::Type::status_record;
    const Json& record = input.document;
    const std::string reference_member = std::string(descriptor.name) + "_ref";
    const std::string version_member = std::string(descriptor.name) + "_version";
    const auto reference = record.find(reference_member);
    const auto status = record.find("current_status");
    if (reference == record.end() || !reference->is_string() || status == record.end() ||
        !status->is_string()) {
      summary_.record(item.category(), ImportOutcome::failed, label,
                      fmt::format("a {} record needs the strings {} and current_status",
                                  detected.name(), reference_member));
      return;
    }
    const auto normalized = normalize_status(item.kind, status->get<std::string>());
    if (!normalized) {
      summary_.record(item.category(), ImportOutcome::failed, label,
                      fmt::format("status \"{}\" is not valid for {}; the valid statuses are: {}",
                                  status->get<std::string>(), descriptor.entity_name,
                                  list_statuses(item.kind)));
      return;
    }
    item.reference = reference->get<std::string>();
    item.status = std::string(*normalized);
    const auto version = record.find(version_member);
    if (version != record.end() && version->is_number_integer()) {
      item.version = version->get<int>();
    }
    status_records_.push_back(std::move(item));
    return;
  }

  try {
    item.storable =
        make_storable(item.kind, std::move(input.document), detected.has_tracking_status, true);
  } catch (const ValidationError& error) {
    record(item, {ImportOutcome::failed, error.what()});
    return;
  }
  entities_.push_back(std::move(item));
  if (entities_.size() >= settings_.batch_size) {
    flush(entities_);
  }
}

void Importer::add_unreadable(const std::string& label, const std::string& reason) {
  summary_.record(other_category, ImportOutcome::failed, label, reason);
  if (settings_.atomic) {
    atomic_failed_ = true;
  }
}

bool Importer::finish() {
  flush(entities_);
  // Status records go last, in batches, so that their entities are stored.
  for (std::size_t start = 0; start < status_records_.size(); start += settings_.batch_size) {
    const std::size_t end = std::min(start + settings_.batch_size, status_records_.size());
    std::vector<Item> batch(std::make_move_iterator(status_records_.begin() + start),
                            std::make_move_iterator(status_records_.begin() + end));
    flush(batch);
  }
  status_records_.clear();

  if (!settings_.atomic) {
    return false;
  }
  if (atomic_failed_) {
    atomic_unit_.reset();
    // Skipped documents stay reported; what would have been stored was not.
    for (const Recorded& recorded : atomic_results_) {
      if (recorded.result.outcome == ImportOutcome::skipped) {
        summary_.record(recorded.category, recorded.result.outcome, recorded.label,
                        recorded.result.reason);
      }
    }
    return true;
  }
  if (atomic_unit_) {
    atomic_unit_->commit();
  }
  for (const Recorded& recorded : atomic_results_) {
    summary_.record(recorded.category, recorded.result.outcome, recorded.label,
                    recorded.result.reason);
  }
  return false;
}

void Importer::record(const Item& item, const Result& result) {
  if (settings_.atomic && result.outcome != ImportOutcome::failed) {
    atomic_results_.push_back({item.category(), item.label, result});
    return;
  }
  summary_.record(item.category(), result.outcome, item.label, result.reason);
  if (settings_.atomic) {
    atomic_failed_ = true;
  }
}

void Importer::fail_atomic(const std::string& label, const std::string& reason) {
  summary_.record(other_category, ImportOutcome::failed, label, reason);
  atomic_failed_ = true;
}

void Importer::flush(std::vector<Item>& items) {
  if (items.empty()) {
    return;
  }
  if (settings_.atomic) {
    // After a failure the transaction is lost, so the rest is not tried.
    if (!atomic_failed_) {
      if (!atomic_unit_) {
        atomic_unit_ = factory_.begin();
      }
      try {
        const std::vector<Result> results = store(*atomic_unit_, items);
        for (std::size_t i = 0; i < items.size(); ++i) {
          record(items[i], results[i]);
        }
      } catch (const ConnectionError&) {
        throw;
      } catch (const Error& error) {
        fail_atomic(current_label_, error.what());
      }
    }
    items.clear();
    return;
  }
  store_batch(items);
  items.clear();
}

void Importer::store_batch(std::vector<Item>& items) {
  try {
    const std::vector<Result> results = run_in_unit_of_work(
        factory_, [&](UnitOfWork& unit) { return store(unit, items); }, attempts_per_unit,
        logger_);
    for (std::size_t i = 0; i < items.size(); ++i) {
      record(items[i], results[i]);
    }
    return;
  } catch (const ConnectionError&) {
    throw;
  } catch (const Error& error) {
    if (items.size() == 1) {
      record(items.front(), {ImportOutcome::failed, error.what()});
      return;
    }
    logger_->info("a batch of {} documents failed at {} ({}); storing them one at a time",
                  items.size(), current_label_, error.what());
  }

  for (Item& item : items) {
    std::vector<Item> single;
    single.push_back(std::move(item));
    try {
      const std::vector<Result> results = run_in_unit_of_work(
          factory_, [&](UnitOfWork& unit) { return store(unit, single); }, attempts_per_unit,
          logger_);
      record(single.front(), results.front());
    } catch (const ConnectionError&) {
      throw;
    } catch (const Error& error) {
      record(single.front(), {ImportOutcome::failed, error.what()});
    }
  }
}

namespace {

/// Returns whether any stored version of the entity has the document's
/// content. Comparing with every version, not only the latest, keeps a
/// repeated import from adding versions when several input documents share
/// an id.
// NOTE: reads each stored version of the entity in turn, so an entity with
// many versions costs as many round trips.
bool is_stored(DocumentRepository& repository, const std::string& id, const Json& document) {
  if (!repository.contains(id)) {
    return false;
  }
  const StoredEntity latest = repository.get(id);
  if (same_content(latest.document, document)) {
    return true;
  }
  for (int version = latest.version.version - 1; version >= 1; --version) {
    if (same_content(repository.get(id, version).document, document)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Importer::Result> Importer::store(UnitOfWork& unit, const std::vector<Item>& items) {
  // Concurrent imports take turns, so that each reads what the other stored
  // and none stores the same document twice.
  unit.lock("import");
  std::vector<Result> results(items.size());
  // Entities waiting for add_many(), by index, and their ids: a second
  // document with a waiting id must see the first one stored.
  std::vector<std::size_t> waiting;
  std::set<std::pair<EntityKind, std::string>> waiting_ids;

  const auto store_waiting = [&] {
    for (const KindDescriptor& descriptor : kind_descriptors) {
      std::vector<std::size_t> of_kind;
      std::vector<Json> documents;
      for (std::size_t index : waiting) {
        if (items[index].kind == descriptor.kind) {
          of_kind.push_back(index);
          documents.push_back(items[index].storable.document);
        }
      }
      if (documents.empty()) {
        continue;
      }
      current_label_ = items[of_kind.front()].label;
      unit.documents(descriptor.kind).add_many(std::move(documents), settings_.user);
      for (std::size_t index : of_kind) {
        current_label_ = items[index].label;
        apply_tracking_status(unit, items[index]);
        results[index] = {ImportOutcome::imported, {}};
      }
    }
    waiting.clear();
    waiting_ids.clear();
  };

  for (std::size_t index = 0; index < items.size(); ++index) {
    const Item& item = items[index];
    current_label_ = item.label;
    if (item.type == Item::Type::status_record) {
      store_waiting();
      results[index] = store_status(unit, item);
      continue;
    }

    const std::string& id = item.storable.id;
    if (!id.empty() && waiting_ids.contains({item.kind, id})) {
      store_waiting();
      current_label_ = item.label;
    }
    if (!id.empty() && is_stored(unit.documents(item.kind), id, item.storable.document)) {
      const bool status_changed = apply_tracking_status(unit, item);
      results[index] = status_changed
                           ? Result{ImportOutcome::imported, {}}
                           : Result{ImportOutcome::unchanged, {}};
      continue;
    }
    waiting.push_back(index);
    if (!id.empty()) {
      waiting_ids.insert({item.kind, id});
    }
  }
  store_waiting();
  return results;
}

bool Importer::apply_tracking_status(UnitOfWork& unit, const Item& item) {
  if (!item.storable.tracking_status) {
    return false;
  }
  const std::string& status = *item.storable.tracking_status;
  const auto current = unit.status().current_status(item.kind, item.storable.id);
  if (current && current->status == status) {
    return false;
  }
  unit.status().update_status(item.kind, item.storable.id, status, settings_.user);
  return true;
}

Importer::Result Importer::store_status(UnitOfWork& unit, const Item& item) {
  const KindDescriptor& descriptor = describe(item.kind);
  DocumentRepository& repository = unit.documents(item.kind);
  if (!repository.contains(item.reference)) {
    return {ImportOutcome::skipped,
            fmt::format("{} {} is not in the archive, so its status cannot be recorded",
                        descriptor.entity_name, item.reference)};
  }

  const std::vector<EntityVersion> versions = repository.versions(item.reference);
  int version = versions.back().version;
  if (item.version) {
    const bool found = std::any_of(versions.begin(), versions.end(),
                                   [&](const EntityVersion& stored) {
                                     return stored.version == *item.version;
                                   });
    if (!found) {
      return {ImportOutcome::skipped,
              fmt::format("version {} of {} {} is not in the archive (latest: {})",
                          *item.version, descriptor.entity_name, item.reference, version)};
    }
    version = *item.version;
  }

  const std::vector<StatusRecord> history = unit.status().history(item.kind, item.reference);
  const bool recorded = std::any_of(history.begin(), history.end(), [&](const StatusRecord& row) {
    return row.status == item.status && row.entity_version == version;
  });
  if (recorded) {
    return {ImportOutcome::unchanged, {}};
  }
  unit.status().update_status(item.kind, item.reference, item.status, settings_.user, version);
  return {ImportOutcome::imported, {}};
}

}  // namespace ska::oda::cli
