#pragma once

#include <array>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// Positional and keyword arguments of one script function. Both are
/// free-form JSON in the model.
struct SKA_ODA_EXPORT PythonArguments {
  Field<std::vector<Json>> args;
  Field<Json> kwargs;

  SKA_ODA_MODEL_OBJECT(PythonArguments);
};

/// Arguments per script function name, such as "init" and "main".
using FunctionArguments = NamedMap<PythonArguments>;

/// A script read from the observing system's filesystem.
struct SKA_ODA_EXPORT FilesystemScript {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"filesystem"};
  Field<std::string> kind;
  Field<std::string> path;
  Field<FunctionArguments> function_args;
  SKA_ODA_MODEL_OBJECT(FilesystemScript);
};

/// A script taken from a git repository at a branch or commit.
struct SKA_ODA_EXPORT GitScript {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"git"};
  Field<std::string> kind;
  Field<std::string> repo;
  Field<std::string> path;
  Field<std::string> branch;
  Field<std::string> commit;
  Field<FunctionArguments> function_args;
  SKA_ODA_MODEL_OBJECT(GitScript);
};

/// A script whose source is in the document.
struct SKA_ODA_EXPORT InlineScript {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"inline"};
  Field<std::string> kind;
  Field<std::string> content;
  Field<FunctionArguments> function_args;
  SKA_ODA_MODEL_OBJECT(InlineScript);
};

/// An SBDefinition activity: the script that performs it.
using Activity = std::variant<FilesystemScript, GitScript, InlineScript, UnknownAlternative>;

}  // namespace ska::oda::model
