#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

#include <ska/oda/error.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/unit_of_work.hpp>

namespace spdlog {
class logger;
}

namespace ska::oda {

/// Returns whether running a whole unit of work again may succeed where it
/// failed: a serialization failure (SQLSTATE 40001), a deadlock (40P01), or
/// a connection lost before commit. A commit whose outcome is unknown is
/// never retryable, because the first attempt may have been committed, and
/// neither is a server that cannot be reached at all.
SKA_ODA_EXPORT bool is_retryable(const Error& error);

/// Runs `body` in a new unit of work and commits it, starting over with a
/// new unit when an attempt fails in a retryable way, at most `attempts`
/// times in all, with a short, growing pause between attempts. Each retry is
/// logged at warn level. Other failures, and the last retryable one,
/// propagate; the failed unit is rolled back.
SKA_ODA_EXPORT void run_in_unit_of_work(UnitOfWorkFactory& factory,
                                        const std::function<void(UnitOfWork&)>& body,
                                        int attempts = 3,
                                        const std::shared_ptr<spdlog::logger>& logger = nullptr);

/// The same for a body that returns a value; returns the value of the
/// attempt that committed.
template <class Function>
  requires(!std::is_void_v<std::invoke_result_t<Function&, UnitOfWork&>>)
auto run_in_unit_of_work(UnitOfWorkFactory& factory, Function&& function, int attempts = 3,
                         const std::shared_ptr<spdlog::logger>& logger = nullptr) {
  std::optional<std::invoke_result_t<Function&, UnitOfWork&>> result;
  run_in_unit_of_work(
      factory, [&](UnitOfWork& unit) { result.emplace(function(unit)); }, attempts, logger);
  return std::move(*result);
}

}  // namespace ska::oda
