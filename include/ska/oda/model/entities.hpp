#pragma once

// Every PDM entity and status-history type, for code that handles them all.

#include <ska/oda/model/entity_traits.hpp>
#include <ska/oda/model/execution_block.hpp>
#include <ska/oda/model/panel.hpp>
#include <ska/oda/model/panel_decision.hpp>
#include <ska/oda/model/panel_review.hpp>
#include <ska/oda/model/project.hpp>
#include <ska/oda/model/proposal.hpp>
#include <ska/oda/model/proposal_access.hpp>
#include <ska/oda/model/sb_definition.hpp>
#include <ska/oda/model/sb_instance.hpp>
#include <ska/oda/model/status_history.hpp>
