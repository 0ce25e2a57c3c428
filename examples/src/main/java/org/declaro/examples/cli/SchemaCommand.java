package org.declaro.examples.cli;

import java.util.List;
import org.declaro.json.JsonSchemas;
import org.declaro.model.DocumentKind;

/** {@code declaro schema}: the JSON Schema of the format. */
final class SchemaCommand implements Command {
    @Override
    public String name() {
        return "schema";
    }

    @Override
    public String summary() {
        return "print the JSON Schema (draft 2020-12) of the format, for non-Java systems";
    }

    @Override
    public String synopsis() {
        return "declaro schema [declaration|action-plan]";
    }

    @Override
    public String description() {
        return """
                Prints the JSON Schema (draft 2020-12) of Declaro documents: of either kind (the default), of
                declarations, or of action plans. It checks structure (types, required fields, enumerations, id
                and date patterns); the semantic rules are checked by declaro validate only.
                """;
    }

    @Override
    public int run(Arguments args, Context context) {
        List<String> kinds = args.operands();
        if (kinds.size() > 1) {
            throw new UsageException("schema takes at most one argument: declaration or action-plan");
        }
        String kind = kinds.isEmpty() ? "" : kinds.get(0);
        context.out.print(switch (kind) {
            case "" -> JsonSchemas.document();
            case "declaration" -> JsonSchemas.of(DocumentKind.DECLARATION);
            case "action-plan", "actionPlan" -> JsonSchemas.of(DocumentKind.ACTION_PLAN);
            default -> throw new UsageException("unknown kind '" + kind + "': use declaration or action-plan");
        });
        return ExitCode.OK;
    }
}
