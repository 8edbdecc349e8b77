using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Config;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Tests.Shared;

/// <summary>
/// The leadtype project's own docs (<c>../shared/corpora/leadtype/docs</c>, 50 real MDX pages and
/// its leadtype.json) converted and assembled into a site, the way <c>leadtype generate --src
/// ../shared/corpora/leadtype</c> does before writing.
/// </summary>
internal static class LeadtypeCorpusSite
{
    public static string DocsDirectory => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpora", "leadtype", "docs"));

    private static readonly DateTimeOffset Epoch = new(2026, 7, 15, 0, 0, 0, TimeSpan.Zero);

    public static (DocsSite Site, IReadOnlyList<DocsDiagnostic> Diagnostics) Build(SiteMode mode, string baseUrl = "https://leadtype.dev")
    {
        var docs = DocsDirectory;
        var configResult = DocsConfigReader.Read(Path.Combine(docs, "leadtype.json"), File.ReadAllText(Path.Combine(docs, "leadtype.json")));
        var config = configResult.Config ?? throw new InvalidOperationException(string.Join("\n", configResult.Diagnostics));
        var files = new DiskDocsFiles(docs);
        var inputs = new List<SitePageInput>();
        foreach (var file in Directory.EnumerateFiles(docs, "*.mdx", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            var converted = PageConverter.Convert(new PageSource(relative, File.ReadAllText(file)), files);
            inputs.Add(ConvertedPageInput.From(converted));
        }

        var mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, config.Mounts);
        var (site, diagnostics) = SiteBuilder.Build(mode, config, BaseUrl.Resolve(baseUrl).Url!, mounts, inputs, Epoch, Epoch);
        return (site ?? throw new InvalidOperationException("The corpus site has errors:\n" + string.Join("\n", diagnostics)), diagnostics);
    }

    private sealed class DiskDocsFiles : IDocsFileSource
    {
        private readonly string _root;

        public DiskDocsFiles(string root) => _root = root;

        public bool TryRead(string docsRelativePath, out string text)
        {
            var path = Path.Combine(_root, docsRelativePath);
            if (File.Exists(path))
            {
                text = File.ReadAllText(path);
                return true;
            }

            text = string.Empty;
            return false;
        }
    }
}
