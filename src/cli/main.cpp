// SPDX-License-Identifier: MIT
#include <iostream>
#include <span>

#include "cli/run.hpp"
#include "schemadiff/interrupt.hpp"

int main(int argc, char** argv) {
  schemadiff::install_interrupt_handler();
  return schemadiff::cli::run(std::span<char*>(argv, static_cast<std::size_t>(argc)), std::cout,
                              std::cerr);
}
