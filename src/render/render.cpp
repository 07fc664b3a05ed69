// SPDX-License-Identifier: MIT
#include "schemadiff/render/render.hpp"

#include <variant>

#include "render/render_detail.hpp"
#include "schemadiff/render/step_line.hpp"

namespace schemadiff {
namespace {

using render_detail::render_operation;
using render_detail::Statements;

// One call operator per alternative, no template: an Operation added to the variant
// without SQL here is a compile error rather than a silently empty migration.
struct OperationRenderer {
  Statements operator()(const CreateSchema& op) const { return render_operation(op); }
  Statements operator()(const DropSchema& op) const { return render_operation(op); }
  Statements operator()(const CreateExtension& op) const { return render_operation(op); }
  Statements operator()(const DropExtension& op) const { return render_operation(op); }
  Statements operator()(const AlterExtension& op) const { return render_operation(op); }
  Statements operator()(const CreateEnum& op) const { return render_operation(op); }
  Statements operator()(const DropEnum& op) const { return render_operation(op); }
  Statements operator()(const AddEnumValue& op) const { return render_operation(op); }
  Statements operator()(const ReplaceEnum& op) const { return render_operation(op); }
  Statements operator()(const CreateSequence& op) const { return render_operation(op); }
  Statements operator()(const DropSequence& op) const { return render_operation(op); }
  Statements operator()(const AlterSequence& op) const { return render_operation(op); }
  Statements operator()(const CreateTable& op) const { return render_operation(op); }
  Statements operator()(const DropTable& op) const { return render_operation(op); }
  Statements operator()(const SetPersistence& op) const { return render_operation(op); }
  Statements operator()(const SetStorageParameters& op) const { return render_operation(op); }
  Statements operator()(const AttachPartition& op) const { return render_operation(op); }
  Statements operator()(const DetachPartition& op) const { return render_operation(op); }
  Statements operator()(const AddColumn& op) const { return render_operation(op); }
  Statements operator()(const DropColumn& op) const { return render_operation(op); }
  Statements operator()(const AlterColumn& op) const { return render_operation(op); }
  Statements operator()(const AddConstraint& op) const { return render_operation(op); }
  Statements operator()(const DropConstraint& op) const { return render_operation(op); }
  Statements operator()(const ValidateConstraint& op) const { return render_operation(op); }
  Statements operator()(const CreateIndex& op) const { return render_operation(op); }
  Statements operator()(const DropIndex& op) const { return render_operation(op); }
  Statements operator()(const CreateView& op) const { return render_operation(op); }
  Statements operator()(const DropView& op) const { return render_operation(op); }
  Statements operator()(const ReplaceView& op) const { return render_operation(op); }
  Statements operator()(const CreateMaterializedView& op) const { return render_operation(op); }
  Statements operator()(const DropMaterializedView& op) const { return render_operation(op); }
  Statements operator()(const CreateRoutine& op) const { return render_operation(op); }
  Statements operator()(const DropRoutine& op) const { return render_operation(op); }
  Statements operator()(const ReplaceRoutine& op) const { return render_operation(op); }
  Statements operator()(const CreateTrigger& op) const { return render_operation(op); }
  Statements operator()(const DropTrigger& op) const { return render_operation(op); }
  Statements operator()(const SetComment& op) const { return render_operation(op); }
  Statements operator()(const RenameTable& op) const { return render_operation(op); }
  Statements operator()(const RenameColumn& op) const { return render_operation(op); }
  Statements operator()(const RenameIndex& op) const { return render_operation(op); }
  Statements operator()(const RenameConstraint& op) const { return render_operation(op); }
  Statements operator()(const RenameEnum& op) const { return render_operation(op); }
  Statements operator()(const RenameEnumValue& op) const { return render_operation(op); }
  Statements operator()(const RenameView& op) const { return render_operation(op); }
  Statements operator()(const RenameMaterializedView& op) const { return render_operation(op); }
  Statements operator()(const RenameRoutine& op) const { return render_operation(op); }
  Statements operator()(const RenameSequence& op) const { return render_operation(op); }
  Statements operator()(const SetReplicaIdentity& op) const { return render_operation(op); }
  Statements operator()(const AddInherit& op) const { return render_operation(op); }
  Statements operator()(const DropInherit& op) const { return render_operation(op); }
  Statements operator()(const AlterRowSecurity& op) const { return render_operation(op); }
  Statements operator()(const CreatePolicy& op) const { return render_operation(op); }
  Statements operator()(const DropPolicy& op) const { return render_operation(op); }
  Statements operator()(const AlterPolicy& op) const { return render_operation(op); }
  Statements operator()(const GrantPrivileges& op) const { return render_operation(op); }
  Statements operator()(const RevokePrivileges& op) const { return render_operation(op); }
  Statements operator()(const SetOwner& op) const { return render_operation(op); }
  Statements operator()(const CreateCollation& op) const { return render_operation(op); }
  Statements operator()(const DropCollation& op) const { return render_operation(op); }
  Statements operator()(const CreateDomain& op) const { return render_operation(op); }
  Statements operator()(const DropDomain& op) const { return render_operation(op); }
  Statements operator()(const AlterDomain& op) const { return render_operation(op); }
  Statements operator()(const AddDomainConstraint& op) const { return render_operation(op); }
  Statements operator()(const DropDomainConstraint& op) const { return render_operation(op); }
  Statements operator()(const ValidateDomainConstraint& op) const { return render_operation(op); }
  Statements operator()(const ReplaceDomain& op) const { return render_operation(op); }
  Statements operator()(const CreateCompositeType& op) const { return render_operation(op); }
  Statements operator()(const DropCompositeType& op) const { return render_operation(op); }
  Statements operator()(const AlterCompositeType& op) const { return render_operation(op); }
  Statements operator()(const CreateRangeType& op) const { return render_operation(op); }
  Statements operator()(const DropRangeType& op) const { return render_operation(op); }
  Statements operator()(const ReplaceRangeType& op) const { return render_operation(op); }
};

}  // namespace

std::vector<std::string> render(const Operation& operation) {
  return std::visit(OperationRenderer{}, operation);
}

std::string render_script(const Plan& plan) {
  std::string script;
  for (const PlannedStep& step : plan.steps) {
    const std::string step_line = format_step_line(step.facts);
    for (const std::string& statement : render(step.operation)) {
      script += step_line;
      script += "\n";
      script += statement;
      script += ";\n";
    }
  }
  return script;
}

}  // namespace schemadiff
