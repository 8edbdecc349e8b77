using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Json;

namespace Leadtype.Config;

/// <summary>The outcome of reading <c>leadtype.json</c>: the config (null when any error was found) and every diagnostic.</summary>
public sealed record DocsConfigReadResult(DocsConfig? Config, EquatableArray<DocsDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads and validates <c>leadtype.json</c>. Pure: the caller reads the file and passes its text.
/// Every problem is a located diagnostic naming the file, the JSON path and the line/column:
/// LT0100 for invalid values, LT0101 for fields read but not supported yet, LT0107 for
/// <c>i18n</c>, LT0109 for unknown properties (with a spelling suggestion), LT0111 for fields
/// another field overrides. Sections are validated in the reference's order (config-cli §2.17)
/// and all problems are reported, not only the first.
/// </summary>
public static partial class DocsConfigReader
{
    public const string FileName = "leadtype.json";

    public static DocsConfigReadResult Read(string path, string json)
    {
        var context = new ConfigReadContext(path);
        var parsed = JsonReader.Parse(json ?? string.Empty, JsonReaderOptions.Config);
        if (parsed.Error is { } syntax)
        {
            context.Error(syntax.Line, syntax.Column, "Not valid JSON: " + syntax.Message);
            return Finish(context, null);
        }

        if (parsed.Value is not JsonObject root)
        {
            context.Error(parsed.Value!, "The config must be a JSON object ({ \"product\": … }), got " + parsed.Value!.Describe());
            return Finish(context, null);
        }

        context.CheckMembers(root, string.Empty, ConfigShapes.Root);
        context.OptionalString(root, string.Empty, "$schema");

        // Reference order (config-cli §2.17): product, collections, openapi, navigation/groups,
        // then organization, llms, agents, mounts, feeds, git, redirects, lint, flatteners.
        var product = ReadProduct(context, root);
        ReportUnsupported(context, root, "collections");
        ReportUnsupported(context, root, "openapi");
        if (root.Find("i18n") is { } i18n && i18n.Value is not JsonNull)
        {
            context.Report(DiagnosticCatalog.I18nNotSupported, i18n.Line, i18n.Column);
        }

        var navigation = ReadNavigation(context, root);
        var groups = ReadGroups(context, root);
        var organization = ReadOrganization(context, root);
        var llmsSections = ReadLlms(context, root);
        var agents = ReadAgents(context, root);
        var mounts = ReadMounts(context, root);
        var feeds = ReadFeeds(context, root);
        var git = ReadGit(context, root);
        var redirects = ReadRedirects(context, root);
        var lint = ReadLint(context, root);
        ReportUnsupported(context, root, "flatteners");
        ReportUnsupported(context, root, "transformers");
        ReportUnsupported(context, root, "frontmatterSchema");
        var search = ReadSearch(context, root);
        var templates = ReadTemplates(context, root);
        var components = ReadComponents(context, root);
        var typeTableBasePath = ReadTypeTableBasePath(context, root);
        var typeTableStrict = context.OptionalBool(root, string.Empty, "typeTableStrict") ?? false;
        if (typeTableStrict)
        {
            context.Unsupported(root.Find("typeTableStrict")!, "typeTableStrict");
        }

        if (product is not null && !llmsSections.IsEmpty)
        {
            ReportLegacyProductBlocksIgnored(context, root);
        }

        if (context.HasErrors || product is null)
        {
            return Finish(context, null);
        }

        var config = new DocsConfig
        {
            FilePath = path,
            Product = product,
            Organization = organization,
            LlmsSections = llmsSections,
            Navigation = navigation,
            Groups = groups,
            Mounts = mounts,
            Feeds = feeds,
            Agents = agents,
            Search = search,
            Redirects = redirects,
            Lint = lint,
            Git = git,
            Templates = templates,
            Components = components,
            TypeTableBasePath = typeTableBasePath,
            TypeTableStrict = typeTableStrict,
            UnsupportedFields = context.UnsupportedFields.ToEquatableArray(),
            OpenApiRoutes = OpenApiRoutes(root["openapi"]),
        };
        return Finish(context, config);
    }

    // Where the original would generate OpenAPI pages (<urlPrefix>/<output>, default /docs/api). Not generated
    // here (LT0101); rename tracking needs to know these routes are absent on purpose.
    private static EquatableArray<string> OpenApiRoutes(JsonValue? openapi)
    {
        var routes = new List<string>();
        void Add(JsonValue? entry)
        {
            if (entry is JsonString)
            {
                routes.Add("/docs/api");
            }
            else if (entry is JsonObject source)
            {
                var prefix = (source["urlPrefix"] as JsonString)?.Value.Trim().Trim('/') ?? "docs";
                var output = (source["output"] as JsonString)?.Value.Trim().Trim('/') ?? "api";
                routes.Add("/" + string.Join("/", new[] { prefix, output }.Where(part => part.Length > 0)));
            }
        }

        if (openapi is JsonArray many)
        {
            foreach (var item in many.Items)
            {
                Add(item);
            }
        }
        else
        {
            Add(openapi);
        }

        return routes.ToEquatableArray();
    }

    private static DocsConfigReadResult Finish(ConfigReadContext context, DocsConfig? config) =>
        new(config, context.Diagnostics.ToEquatableArray());

    private static void ReportUnsupported(ConfigReadContext context, JsonObject root, string name)
    {
        if (root.Find(name) is { } property && property.Value is not JsonNull)
        {
            context.Unsupported(property, name);
        }
    }

    private static ConfigRelativePath? ReadTypeTableBasePath(ConfigReadContext context, JsonObject root)
    {
        var value = context.OptionalString(root, string.Empty, "typeTableBasePath", nonEmpty: true);
        if (value is null)
        {
            return null;
        }

        context.Unsupported(root.Find("typeTableBasePath")!, "typeTableBasePath");
        return new ConfigRelativePath(value, ConfigPathBase.SourceDirectory, context.Locate(root["typeTableBasePath"]!, "typeTableBasePath"));
    }
}
