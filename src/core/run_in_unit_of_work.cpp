#include <ska/oda/run_in_unit_of_work.hpp>

#include <chrono>
#include <thread>

#include <spdlog/logger.h>

namespace ska::oda {

bool is_retryable(const Error& error) {
  if (dynamic_cast<const CommitOutcomeUnknown*>(&error) != nullptr) {
    return false;
  }
  if (dynamic_cast<const ConnectionError*>(&error) != nullptr) {
    return error.context().operation != "connect";
  }
  return error.sqlstate() == "40001" || error.sqlstate() == "40P01";
}

void run_in_unit_of_work(UnitOfWorkFactory& factory,
                         const std::function<void(UnitOfWork&)>& body, int attempts,
                         const std::shared_ptr<spdlog::logger>& logger) {
  for (int attempt = 1;; ++attempt) {
    try {
      auto unit = factory.begin();
      body(*unit);
      unit->commit();
      return;
    } catch (const Error& error) {
      if (attempt >= attempts || !is_retryable(error)) {
        throw;
      }
      if (logger) {
        logger->warn("unit of work attempt {} of {} failed and will be retried: {}", attempt,
                     attempts, error.what());
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
    }
  }
}

}  // namespace ska::oda
