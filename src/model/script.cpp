#include <ska/oda/model/script.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<PythonArguments> {
  static constexpr auto members = std::tuple{
      member("args", &PythonArguments::args),
      member("kwargs", &PythonArguments::kwargs),
  };
};

template <>
struct detail::Mapping<FilesystemScript> {
  static constexpr auto members = std::tuple{
      member("kind", &FilesystemScript::kind),
      member("path", &FilesystemScript::path, required),
      member("function_args", &FilesystemScript::function_args),
  };
};

template <>
struct detail::Mapping<GitScript> {
  static constexpr auto members = std::tuple{
      member("kind", &GitScript::kind),
      member("repo", &GitScript::repo, required),
      member("path", &GitScript::path, required),
      member("branch", &GitScript::branch),
      member("commit", &GitScript::commit),
      member("function_args", &GitScript::function_args),
  };
};

template <>
struct detail::Mapping<InlineScript> {
  static constexpr auto members = std::tuple{
      member("kind", &InlineScript::kind),
      member("content", &InlineScript::content, required),
      member("function_args", &InlineScript::function_args),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(PythonArguments)
SKA_ODA_DEFINE_MODEL_OBJECT(FilesystemScript)
SKA_ODA_DEFINE_MODEL_OBJECT(GitScript)
SKA_ODA_DEFINE_MODEL_OBJECT(InlineScript)

}  // namespace ska::oda::model
