using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Leadtype.Search;

namespace Leadtype.Runtime.Tests.Search;

/// <summary>
/// Where the generated <c>Docs.Search</c> finds an index the generator did not embed: the manifest
/// resource, then <c>&lt;AssemblyName&gt;.SearchIndex.bin</c> next to the app, then <c>docs/search-index.json</c>.
/// Each source holds a different page, so the page a query finds says which source was read.
/// </summary>
public sealed class DocsSearchSourcesTests : IDisposable
{
    private readonly string _baseDirectory = Path.Combine(Path.GetTempPath(), "leadtype-sources-tests-" + Guid.NewGuid().ToString("N"));

    public DocsSearchSourcesTests()
    {
        Directory.CreateDirectory(_baseDirectory);
    }

    public void Dispose()
    {
        Directory.Delete(_baseDirectory, recursive: true);
    }

    [Fact]
    public void Manifest_resource_wins_over_the_file_and_the_json()
    {
        var assembly = new DocsAssembly("Acme.Web", Binary("resource"));
        WriteBinaryFile("Acme.Web", "file");
        WriteJson("json");

        Assert.Equal(new[] { "/docs/resource" }, Urls(DocsSearchSources.Load(assembly, _baseDirectory, null)));
    }

    [Fact]
    public void Index_file_named_after_the_assembly_wins_over_the_json()
    {
        var assembly = new DocsAssembly("Acme.Web", resource: null);
        WriteBinaryFile("Acme.Web", "file");
        WriteJson("json");

        Assert.Equal(new[] { "/docs/file" }, Urls(DocsSearchSources.Load(assembly, _baseDirectory, null)));
    }

    [Fact]
    public void Another_assemblys_index_file_in_the_same_folder_is_not_read()
    {
        // An app and a library it references, both with docs, share one output folder.
        var assembly = new DocsAssembly("Acme.Web", resource: null);
        WriteBinaryFile("Acme.Library", "library");
        WriteJson("json");

        Assert.Equal(new[] { "/docs/json" }, Urls(DocsSearchSources.Load(assembly, _baseDirectory, null)));
    }

    [Fact]
    public void Json_files_under_docs_are_the_last_resort()
    {
        var assembly = new DocsAssembly("Acme.Web", resource: null);
        WriteJson("json");

        Assert.Equal(new[] { "/docs/json" }, Urls(DocsSearchSources.Load(assembly, _baseDirectory, null)));
    }

    [Fact]
    public void Without_any_source_the_error_names_all_three()
    {
        var assembly = new DocsAssembly("Acme.Web", resource: null);

        var error = Assert.Throws<InvalidOperationException>(() => DocsSearchSources.Load(assembly, _baseDirectory, null));

        Assert.Contains("not embedded in Acme.Web", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Leadtype.SearchIndex.bin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + Path.Combine(_baseDirectory, "Acme.Web.SearchIndex.bin") + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + Path.Combine(_baseDirectory, "docs", "search-index.json") + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_index_file_is_a_format_error_naming_the_file()
    {
        var assembly = new DocsAssembly("Acme.Web", resource: null);
        File.WriteAllBytes(Path.Combine(_baseDirectory, "Acme.Web.SearchIndex.bin"), Enumerable.Repeat((byte)'x', 4096).ToArray());
        WriteJson("json");

        var error = Assert.Throws<SearchIndexFormatException>(() => DocsSearchSources.Load(assembly, _baseDirectory, null));

        Assert.Contains("Not a Leadtype binary search index", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_baseDirectory, "Acme.Web.SearchIndex.bin"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_resource_is_a_format_error_naming_the_resource()
    {
        var assembly = new DocsAssembly("Acme.Web", "LTSX but truncated"u8.ToArray());

        var error = Assert.Throws<SearchIndexFormatException>(() => DocsSearchSources.Load(assembly, _baseDirectory, null));

        Assert.Contains("manifest resource 'Leadtype.SearchIndex.bin' of Acme.Web", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synonyms_apply_to_the_index_from_the_file()
    {
        var assembly = new DocsAssembly("Acme.Web", resource: null);
        WriteBinaryFile("Acme.Web", "file");
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["setup"] = new[] { "zebra" } };

        Assert.Empty(DocsSearchSources.Load(assembly, _baseDirectory, null).Search("setup"));
        Assert.Equal(new[] { "/docs/file" }, DocsSearchSources.Load(assembly, _baseDirectory, synonyms).Search("setup").Select(r => r.UrlPath));
    }

    [Fact]
    public void The_file_name_is_the_assembly_name_with_the_suffix()
    {
        Assert.Equal("Acme.Web.SearchIndex.bin", DocsSearchSources.FileNameFor(new DocsAssembly("Acme.Web", resource: null)));
        Assert.Equal("Leadtype.Runtime.SearchIndex.bin", DocsSearchSources.FileNameFor(typeof(DocsSearch).Assembly));
    }

    [Fact]
    public void The_public_overload_reads_the_apps_base_directory()
    {
        // The test host's base directory has no index of this (made-up) assembly.
        var error = Assert.Throws<InvalidOperationException>(() => DocsSearchSources.Load(new DocsAssembly("Acme.NotThere", resource: null)));

        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "Acme.NotThere.SearchIndex.bin"), error.Message, StringComparison.Ordinal);
    }

    private static string[] Urls(DocsSearch search) => search.Search("zebra").Select(r => r.UrlPath).Distinct().ToArray();

    // One page per source, all about zebras, each at its own URL.
    private static SearchIndex Index(string slug) => SearchIndexBuilder.Build(
        new[]
        {
            new SearchDocument("Zebra " + slug, "/docs/" + slug, "https://acme.example/docs/" + slug, slug, "# Zebra\n\nThe zebra crossing of the " + slug + " source.")
            {
                Id = "/docs/" + slug,
                LogicalPath = slug,
            },
        },
        new SearchIndexOptions("2026-01-01T00:00:00.000Z"));

    private static byte[] Binary(string slug) => SearchIndexBinaryWriter.Write(Index(slug));

    private void WriteBinaryFile(string assemblyName, string slug) =>
        File.WriteAllBytes(Path.Combine(_baseDirectory, assemblyName + DocsSearchSources.FileSuffix), Binary(slug));

    private void WriteJson(string slug)
    {
        var directory = Path.Combine(_baseDirectory, DocsSearchSources.DirectoryName);
        Directory.CreateDirectory(directory);
        var index = Index(slug);
        File.WriteAllBytes(Path.Combine(directory, SearchIndexJson.IndexFileName), SearchIndexJson.RenderIndex(index));
        File.WriteAllBytes(Path.Combine(directory, SearchIndexJson.ContentFileName), SearchIndexJson.RenderContent(index));
    }

    /// <summary>
    /// The two things the loader asks of the app's assembly: its name and its manifest resource. (A real
    /// assembly with the resource is built and run by the integration tests.)
    /// </summary>
    private sealed class DocsAssembly(string name, byte[]? resource) : Assembly
    {
        public override AssemblyName GetName() => new(name);

        public override Stream? GetManifestResourceStream(string resourceName) =>
            resource is not null && resourceName == DocsSearchSources.ResourceName ? new MemoryStream(resource, writable: false) : null;
    }
}
