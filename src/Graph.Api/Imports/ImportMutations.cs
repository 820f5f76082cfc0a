using Graph.Api.Errors;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Imports;

/// <summary>
/// <c>importArticle</c> and <c>retractArticle</c>: the CLI's import and retract over GraphQL, with the
/// same reader, rules and importer. Reached only with the import key (<see cref="Limits.ImportKeyRule"/>).
/// </summary>
public static class ImportMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<ImportResultType>("importArticle")
            .Description("Validates an article and imports it whole or not at all, as `graph import` does with a file. " +
                "Importing the same input again changes nothing; an article imported again with other content replaces what it said before. " +
                "Every problem comes back at once as an error with `extensions.code` VALIDATION_ERROR and `extensions.field` naming the input field; " +
                "then nothing is written and the result is null.")
            .Argument<NonNullGraphType<ArticleInputType>>("input", "The article, with the keys of an article file.")
            .Argument<BooleanGraphType>("dryRun", "Validate and run the import in a transaction that is rolled back: the counts say what would change.", a => a.DefaultValue = false)
            .ResolveAsync(async c => await ImportAsync(c));

        mutation.Field<NonNullGraphType<ImportResultType>>("retractArticle")
            .Description("Removes an article, its reports, the claims only it reported and the things only it declared. " +
                "Shared things and claims other articles report stay. An unknown id removes nothing (`changed` is false).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The article's id.")
            .ResolveAsync(async c => await RetractAsync(c));
    }

    private static async Task<object?> ImportAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var dryRun = context.GetArgument("dryRun", false);
        var neo4j = context.Neo4j();
        // Read through the importer's client, as `graph import` does: the import path is the one that may write.
        var catalog = await GraphEntityCatalog.LoadAsync(context.RequestServices!.GetRequiredService<Neo4jClient>(), context.CancellationToken);
        var seed = SeedReader.ReadArticleText(ArticleInputText.Of(input), ArticleInputText.FileName, catalog);
        if (!seed.IsValid)
        {
            foreach (var problem in seed.Problems)
            {
                Report(context, problem.Message, ArticleInputText.FieldOf(problem));
            }

            return null;
        }

        ImportSummary summary;
        try
        {
            summary = await context.RequestServices!.GetRequiredService<SeedImporter>().ImportAsync(seed, dryRun, cancellationToken: context.CancellationToken);
        }
        catch (ClaimConflictException refused)
        {
            foreach (var conflict in refused.Conflicts)
            {
                Report(context, conflict.Message, $"{ArticleInputText.FileName}.claims[{conflict.Index}].id");
            }

            return null;
        }

        var article = seed.Articles[0];
        return new ImportOutcome(article.Id, dryRun, summary, await NodeQueries.FindAsync(neo4j, article.Id, context.CancellationToken), seed.Warnings);
    }

    private static async Task<object?> RetractAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var importer = context.RequestServices!.GetRequiredService<SeedImporter>();
        var summary = await importer.RetractAsync(id, context.CancellationToken);
        return new ImportOutcome(id, DryRun: false, summary, Article: null, Warnings: []);
    }

    private static void Report(IResolveFieldContext context, string message, string field) =>
        context.Errors.Add(new ApiError(ErrorCodes.ImportValidation, message) { Field = field, Path = context.Path });
}
