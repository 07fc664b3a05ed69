// SPDX-License-Identifier: MIT
#pragma once

// Model files are split into statements by the sql stage, the one reader of SQL text;
// declared here too for the stages that load models.
#include "schemadiff/sql/position.hpp"
#include "schemadiff/sql/statements.hpp"
