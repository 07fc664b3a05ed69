// SPDX-License-Identifier: MIT
#pragma once

#include "schemadiff/error.hpp"

namespace schemadiff {

/// Thrown at the next safe point after Ctrl-C or SIGTERM, so destructors run and scratch
/// databases, temporary files and servers are removed. Exit code 130.
class Interrupted : public Error {
 public:
  Interrupted() : Error("interrupted") {}
};

/// The first SIGINT/SIGTERM only records the request; a second one ends the process at
/// once (the embedded server's watchdog still cleans up after it).
void install_interrupt_handler();

/// Throws Interrupted if a signal arrived. Long loops call it between steps.
void throw_if_interrupted();

}  // namespace schemadiff
