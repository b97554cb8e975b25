#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pqxx/prepared_statement>

namespace ska::oda::postgres::detail {

/// Statement parameters of which any may be SQL NULL, in the form libpqxx
/// 6.4 takes for a parameter list whose length is known only at run time.
/// The values must outlive the statement's execution.
class SqlParameters {
public:
  void add(std::optional<std::string> value) { values_.push_back(std::move(value)); }

  template <class Container>
  void add_all(const Container& values) {
    for (const auto& value : values) add(value);
  }

  /// Pointers to the values, null for NULL, for make_dynamic_params().
  const std::vector<const char*>& pointers() {
    pointers_.clear();
    for (const auto& value : values_) {
      pointers_.push_back(value ? value->c_str() : nullptr);
    }
    return pointers_;
  }

  auto dynamic() { return pqxx::prepare::make_dynamic_params(pointers()); }

private:
  std::vector<std::optional<std::string>> values_;
  std::vector<const char*> pointers_;
};

}  // namespace ska::oda::postgres::detail
