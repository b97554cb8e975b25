#include <ska/oda/error.hpp>

#include <utility>

namespace ska::oda {

Error::Error(const std::string& message, ErrorContext context)
    : std::runtime_error(message), context_(std::move(context)) {}

StaleEntity::StaleEntity(const std::string& message, int expected_version, int actual_version,
                         ErrorContext context)
    : Error(message, std::move(context)),
      expected_version_(expected_version),
      actual_version_(actual_version) {}

ValidationError::ValidationError(const std::string& message,
                                 std::vector<ValidationProblem> problems, ErrorContext context)
    : Error(message, std::move(context)), problems_(std::move(problems)) {}

ParseError::ParseError(const std::string& message, Location location)
    : Error(message), location_(std::move(location)) {}

MigrationError::MigrationError(const std::string& message, std::string file,
                               ErrorContext context)
    : Error(message, std::move(context)), file_(std::move(file)) {}

}  // namespace ska::oda
