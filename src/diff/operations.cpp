// SPDX-License-Identifier: MIT
#include <utility>
#include <variant>

#include "diff/diff_detail.hpp"

namespace schemadiff {

ObjectRef subject(const Operation& operation) {
  return std::visit([](const auto& op) { return op.subject(); }, operation);
}

}  // namespace schemadiff

namespace schemadiff::diff_detail {

OperationKey operation_key(const Operation& operation) {
  OperationKey key;
  key.subject = subject(operation);
  key.verb = operation.index();
  if (const auto* add_value = std::get_if<AddEnumValue>(&operation)) {
    key.detail = add_value->label;
  }
  // A table can gain or lose several parents at once.
  if (const auto* inherit = std::get_if<AddInherit>(&operation)) {
    key.detail = display_name(inherit->parent);
  }
  if (const auto* no_inherit = std::get_if<DropInherit>(&operation)) {
    key.detail = display_name(no_inherit->parent);
  }
  return key;
}

void Operations::put(Operation operation) {
  OperationKey key = operation_key(operation);
  m_operations.insert_or_assign(std::move(key), std::move(operation));
}

std::vector<Operation> Operations::snapshot() const {
  std::vector<Operation> copy;
  copy.reserve(m_operations.size());
  for (const auto& [key, operation] : m_operations) {
    copy.push_back(operation);
  }
  return copy;
}

std::vector<Operation> Operations::release() && {
  std::vector<Operation> result;
  result.reserve(m_operations.size());
  for (auto& [key, operation] : m_operations) {
    result.push_back(std::move(operation));
  }
  m_operations.clear();
  return result;
}

}  // namespace schemadiff::diff_detail
