using System.Collections.Immutable;
using Leadtype.Collections;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Emit;
using Leadtype.Generators.Inputs;
using Leadtype.Generators.Model;
using Leadtype.Generators.Options;
using Leadtype.Generators.Parsing;
using Leadtype.Generators.Site;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators;

/// <summary>
/// The Leadtype incremental generator. Pipeline (each arrow a cached step):
/// additional file → <see cref="DocsFileInput"/> → per page <see cref="PageModel"/> (<see cref="StepNames.ParsePage"/>)
/// → its outline, collected with config + options → <see cref="SiteModel"/> (<see cref="StepNames.BuildSite"/>);
/// per page its links against the site's link targets (<see cref="StepNames.CheckLinks"/>); all pages'
/// prepared search forms merged into the index (<see cref="StepNames.SearchPayload"/>). Outputs: the typed
/// manifest (user-visible), the embedded search index (implementation-only) and diagnostics.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DocsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) => GeneratorOptionsReader.Read(pair.Left.GlobalOptions, pair.Right as CSharpParseOptions))
            .WithTrackingName(StepNames.Options);

        // Only two flags leave the compilation, so C# edits stop here.
        var capabilities = context.CompilationProvider
            .Select((compilation, _) => new RuntimeCapabilities(
                compilation.GetTypeByMetadataName(RuntimeCapabilities.DocPageType) is not null,
                compilation.GetTypeByMetadataName(RuntimeCapabilities.DocsSearchType) is not null));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => DocsFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select((input, _) => input!)
            .WithTrackingName(StepNames.PageInput);

        var parsedPages = files
            .Where(static input => input.Kind == DocsFileKind.Page)
            .Select(PageParser.Parse)
            .WithTrackingName(StepNames.ParsePage);

        // Includes: only pages that asked for other files are converted again, with every docs file.
        var docsFiles = files
            .Where(static input => input.Kind is DocsFileKind.Page or DocsFileKind.Partial)
            .Collect()
            .Select((all, _) => new DocsFileSet(all));

        var pages = parsedPages
            .Combine(docsFiles)
            .Select((pair, cancellationToken) => PageParser.ResolveIncludes(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(StepNames.ResolveIncludes);

        var config = files
            .Where(static input => input.Kind == DocsFileKind.Config)
            .Collect()
            .Select((configs, _) => ConfigParser.Parse(configs))
            .WithTrackingName(StepNames.ConfigInput);

        // The site step sees page outlines only: a prose edit leaves the outline equal, so the site step,
        // the manifest and the link targets stay cached.
        var site = pages
            .Select(static (page, _) => page.Outline)
            .WithTrackingName(StepNames.PageOutline)
            .Collect()
            .Combine(config)
            .Combine(options)
            .Combine(capabilities)
            .Select((input, cancellationToken) => SiteBuilder.Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(StepNames.BuildSite);

        var manifest = site
            .Select((model, _) => model.Manifest)
            .WithTrackingName(StepNames.Manifest);

        // The user-visible source only changes with names and doc texts; data changes re-emit the data file only.
        var manifestShape = manifest
            .Select(static (model, _) => ManifestShapeModel.From(model))
            .WithTrackingName(StepNames.ManifestShape);

        var linkTargets = site
            .Select((model, _) => model.LinkTargets)
            .WithTrackingName(StepNames.LinkTargets);

        // Links are checked page by page, so an edit re-checks that page only.
        var linkDiagnostics = pages
            .Select(static (page, _) => page.Links)
            .Combine(linkTargets)
            .Select(static (pair, _) => PageLinkCheck.Check(pair.Left, pair.Right))
            .WithTrackingName(StepNames.CheckLinks);

        // The index merges the pages prepared in the page step; nothing is tokenized here.
        var search = pages
            .Select(static (page, _) => page.Search)
            .Collect()
            .Combine(site.Select(static (model, _) => model.Search))
            .Select(static (input, cancellationToken) => SearchPayloadBuilder.Build(input.Left, input.Right, cancellationToken))
            .WithTrackingName(StepNames.SearchPayload);

        var siteDiagnostics = site
            .Select((model, _) => model.Diagnostics)
            .WithTrackingName(StepNames.SiteDiagnostics);

        context.RegisterSourceOutput(manifestShape, static (spc, model) =>
        {
            if (model.Emit)
            {
                spc.AddSource(GeneratedNames.ManifestHintName(model.ClassName), ManifestEmitter.Emit(model));
            }
        });

        context.RegisterImplementationSourceOutput(manifest, static (spc, model) =>
        {
            if (model.Emit)
            {
                spc.AddSource(GeneratedNames.DataHintName(model.ClassName), ManifestDataEmitter.Emit(model));
            }
        });

        context.RegisterImplementationSourceOutput(search, static (spc, model) =>
        {
            if (model.Emit && SearchMembersEmitter.EmitImplementation(model) is { } source)
            {
                spc.AddSource(GeneratedNames.SearchHintName(model.ClassName), source);
            }
        });

        // Page problems are reported per page (a prose edit re-reports one page), site problems once.
        context.RegisterSourceOutput(pages.Select(static (page, _) => page.Diagnostics), static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(linkDiagnostics, static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(siteDiagnostics, static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(search.Select(static (model, _) => model.Diagnostics), static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
    }
}
