using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Flatten;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Templates;

namespace Leadtype.Site;

/// <summary>A docs folder of the run: how it was given, and where it is on disk.</summary>
/// <param name="Source">The parsed <c>--docs-dir</c> value (mount path, URL prefix).</param>
/// <param name="FullPath">The folder's full path.</param>
public sealed record DocsFolder(DocsSource Source, string FullPath);

/// <summary>
/// Everything a run needs before it reads pages (config-cli §3.3 steps 2–3): the config found and
/// validated (with <c>--name</c>/<c>--summary</c> applied), the docs folders (each checked to exist),
/// mounts, base URL, templates and custom components. Nothing here writes; a failure stops the run
/// before the output is touched.
/// </summary>
public sealed record GenerateInputs(
    string SourceDirectory,
    string OutputDirectory,
    SiteMode Mode,
    IReadOnlyList<DocsFolder> Folders,
    DocsConfig Config,
    string? ConfigPath,
    string ConfigText,
    MountTable Mounts,
    BaseUrl BaseUrl,
    TemplateSet Templates,
    string TemplatesText,
    FlattenOptions Flatten,
    DateTimeOffset? SourceDateEpoch,
    PageFilter PageFilter,
    string? RedirectsLockfile)
{
    /// <summary>What a change to must trigger a rebuild in watch mode: the docs folders and the config file.</summary>
    public IReadOnlyList<string> WatchPaths
    {
        get
        {
            var paths = new List<string>();
            foreach (var folder in Folders)
            {
                paths.Add(folder.FullPath);
            }

            if (ConfigPath is not null)
            {
                paths.Add(ConfigPath);
            }

            return paths;
        }
    }

    /// <summary>Files inside the watched folders that the run writes itself (the redirects lockfile): watch mode ignores them.</summary>
    public IReadOnlyList<string> OwnFiles => RedirectsLockfile is null ? Array.Empty<string>() : new[] { RedirectsLockfile };

    /// <summary>Resolves the inputs, or returns the diagnostics (with full file paths) that stop the run.</summary>
    public static (GenerateInputs? Inputs, IReadOnlyList<DocsDiagnostic> Diagnostics, string? UsageError) Resolve(GenerateOptions options)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var sourceDirectory = Path.GetFullPath(options.SourceDirectory, options.WorkingDirectory);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);

        var (sources, sourceError) = DocsSource.Parse(options.DocsDirectories);
        if (sourceError is not null)
        {
            return (null, diagnostics, sourceError);
        }

        var (pageFilter, filterError) = PageFilter.Create(options.IncludePages, options.ExcludePages);
        if (pageFilter is null)
        {
            return (null, diagnostics, filterError);
        }

        var folders = new List<DocsFolder>();
        foreach (var source in sources)
        {
            folders.Add(new DocsFolder(source, Path.GetFullPath(source.Directory, sourceDirectory)));
        }

        // Step 2: config. --config is relative to the working directory, as every other flag.
        var configOption = options.ConfigFile is null ? null : Path.GetFullPath(options.ConfigFile, options.WorkingDirectory);
        var discovery = ConfigDiscovery.Find(configOption, sourceDirectory, folders[0].FullPath, File.Exists);
        diagnostics.AddRange(discovery.Diagnostics);
        if (discovery.HasErrors)
        {
            return (null, diagnostics, null);
        }

        DocsConfig? config = null;
        var configText = string.Empty;
        if (discovery.Path is { } configPath)
        {
            configPath = Path.GetFullPath(configPath);
            try
            {
                configText = File.ReadAllText(configPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, configPath, 0, 0, "The config file could not be read: " + error.Message));
                return (null, diagnostics, null);
            }

            DocsConfigReadResult read;
            using (StageTrace.Time("config"))
            {
                read = DocsConfigReader.Read(configPath, configText);
            }

            diagnostics.AddRange(read.Diagnostics);
            if (read.Config is null)
            {
                return (null, diagnostics, null);
            }

            config = read.Config;
        }

        config = ApplyProductOverrides(config, options, sourceDirectory);

        // A filtered run lists its pages by folder: the curated navigation would name pages it leaves out (as the original, which drops it too).
        if (pageFilter.IsActive)
        {
            config = config with { Navigation = default };
        }

        // Step 3: every docs folder must exist.
        var missing = false;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder.FullPath))
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.DocsDirectoryNotFound, folder.FullPath, 0, 0, folder.FullPath));
                missing = true;
            }
        }

        var (baseUrl, baseUrlError) = BaseUrl.Resolve(options.BaseUrl, options.Environment);
        if (baseUrlError is not null)
        {
            diagnostics.Add(baseUrlError);
        }

        var (sourceDateEpoch, epochError) = RunTimestamp.ReadSourceDateEpoch(options.Environment);
        if (epochError is not null)
        {
            diagnostics.Add(epochError);
        }

        var resolver = new ConfigPathResolver(
            Path.GetDirectoryName(discovery.Path is null ? Path.Combine(sourceDirectory, DocsConfigReader.FileName) : Path.GetFullPath(discovery.Path))!,
            sourceDirectory,
            folders[0].FullPath);
        TemplateSet? templates;
        string templatesText;
        using (StageTrace.Time("templates"))
        {
            (templates, templatesText) = ReadTemplates(config, resolver, diagnostics);
        }

        config = ReadSkillBodies(config, resolver, diagnostics);

        if (missing || baseUrl is null || templates is null || HasErrors(diagnostics))
        {
            return (null, diagnostics, null);
        }

        var mounts = DocsSource.EffectiveMounts(sources, config.Mounts);
        var flatten = ConfiguredComponents.ToFlattenOptions(config);
        var inputs = new GenerateInputs(
            sourceDirectory,
            outputDirectory,
            options.Mode,
            folders,
            config,
            discovery.Path is null ? null : Path.GetFullPath(discovery.Path),
            configText,
            mounts,
            baseUrl,
            templates,
            templatesText,
            flatten,
            sourceDateEpoch,
            pageFilter,
            config.Redirects is { } redirects ? Path.GetFullPath(resolver.Resolve(redirects.EffectiveLockfile)) : null);
        return (inputs, diagnostics, null);
    }

    private static DocsConfig ApplyProductOverrides(DocsConfig? config, GenerateOptions options, string sourceDirectory)
    {
        // Without a config, the product is named after the project folder: better than a generic
        // "Docs" heading, and stable across machines.
        config ??= new DocsConfig { Product = new ProductConfig(ProjectName(sourceDirectory), "Documentation for " + ProjectName(sourceDirectory) + ".") };
        var product = config.Product;
        if (!string.IsNullOrWhiteSpace(options.ProductName))
        {
            product = product with { Name = options.ProductName!.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(options.ProductSummary))
        {
            product = product with { Tagline = options.ProductSummary!.Trim() };
        }

        if (!ReferenceEquals(product, config.Product))
        {
            config = config with { Product = product };
        }

        return options.EnableMcp && !config.Agents.Mcp.Enabled
            ? config with { Agents = config.Agents with { Mcp = config.Agents.Mcp with { Enabled = true } } }
            : config;
    }

    private static string ProjectName(string sourceDirectory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(sourceDirectory));
        return string.IsNullOrEmpty(name) ? "Docs" : name;
    }

    private static (TemplateSet? Templates, string Text) ReadTemplates(DocsConfig config, ConfigPathResolver resolver, List<DocsDiagnostic> diagnostics)
    {
        var configured = new (TextArtifact Artifact, ConfigRelativePath? Path)[]
        {
            (TextArtifact.LlmsTxt, config.Templates.LlmsTxt),
            (TextArtifact.DocsLlmsTxt, config.Templates.DocsLlmsTxt),
            (TextArtifact.LlmsFullTxt, config.Templates.LlmsFullTxt),
            (TextArtifact.AgentsMd, config.Templates.AgentsMd),
            (TextArtifact.SitemapMd, config.Templates.SitemapMd),
        };
        var overrides = new List<(TextArtifact, string, string)>();
        var text = new System.Text.StringBuilder();
        var failed = false;
        foreach (var (artifact, relative) in configured)
        {
            if (relative is null)
            {
                continue;
            }

            var path = Path.GetFullPath(resolver.Resolve(relative));
            try
            {
                var template = File.ReadAllText(path);
                overrides.Add((artifact, template, path));
                text.Append(artifact).Append('\u0001').Append(path).Append('\u0001').Append(template).Append('\u0002');
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DocsDiagnostic.Create(
                    DiagnosticCatalog.InvalidTemplate,
                    config.FilePath,
                    relative.Location.Line,
                    relative.Location.Column,
                    relative.Value,
                    TextArtifactNames.DisplayName(artifact),
                    "the file could not be read (" + path + "): " + error.Message));
                failed = true;
            }
        }

        if (failed)
        {
            return (null, string.Empty);
        }

        try
        {
            return (overrides.Count == 0 ? TemplateSet.Default : TemplateSet.Default.WithOverrides(overrides), text.ToString());
        }
        catch (TemplateException error)
        {
            diagnostics.Add(error.Diagnostic);
            return (null, string.Empty);
        }
    }

    private static DocsConfig ReadSkillBodies(DocsConfig config, ConfigPathResolver resolver, List<DocsDiagnostic> diagnostics)
    {
        var items = config.Agents.Skills.Items;
        if (items.IsEmpty)
        {
            return config;
        }

        var read = new List<SkillConfig>(items.Count);
        var changed = false;
        foreach (var item in items)
        {
            if (item.Body is not null || item.BodyPath is null)
            {
                read.Add(item);
                continue;
            }

            var path = Path.GetFullPath(resolver.Resolve(item.BodyPath));
            try
            {
                read.Add(item with { Body = File.ReadAllText(path) });
                changed = true;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                var location = item.BodyPath.Location;
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, config.FilePath, location.Line, location.Column,
                    "`" + (location.JsonPath ?? "agents.skills.items[].bodyPath") + "`: the skill body " + path + " could not be read: " + error.Message));
                read.Add(item);
            }
        }

        return changed ? config with { Agents = config.Agents with { Skills = config.Agents.Skills with { Items = read.ToEquatableArray() } } } : config;
    }

    private static bool HasErrors(List<DocsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
