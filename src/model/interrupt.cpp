// SPDX-License-Identifier: MIT
#include "schemadiff/interrupt.hpp"

#include <csignal>

namespace schemadiff {
namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void on_signal(int signal) {
  if (g_signal != 0) {
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return;
  }
  g_signal = signal;
}

}  // namespace

void install_interrupt_handler() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
}

void throw_if_interrupted() {
  if (g_signal != 0) {
    throw Interrupted();
  }
}

}  // namespace schemadiff
