using Leadtype.Generators.Model;

namespace Leadtype.Generators.Emit;

/// <summary>
/// The search part of the generated class. The user-visible half declares <c>Search</c> and
/// <c>SearchIndex</c> and loads lazily; the implementation-only half carries the index as an ASCII
/// <c>"…"u8</c> literal and registers it from a module initializer, so IDEs may skip that file and
/// nothing the user's code references depends on it. Without it (IDE, or index not embedded) the
/// index comes from <c>Leadtype.DocsSearchSources</c> (manifest resource, then <c>&lt;AssemblyName&gt;.SearchIndex.bin</c>
/// next to the app, then <c>docs/search-index.json</c>).
/// </summary>
internal static class SearchMembersEmitter
{
    private const string SearchType = "global::Leadtype.DocsSearch";
    private const string SynonymMap = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";

    public static void WriteUserVisibleMembers(SourceWriter writer, ManifestShapeModel manifest)
    {
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Searches the docs: the best-matching sections, best first (BM25 over titles, headings, body and code,");
        writer.Line("/// with prefix, typo and synonym matching). Empty for an empty or stopword-only query; never throws for any text.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"query\">What the reader typed.</param>");
        writer.Line("/// <param name=\"limit\">The most results to return.</param>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Leadtype.Search.SearchResult> Search(string query, int limit = 8) => SearchIndex.Search(query, limit);");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// The docs search index, opened on first use: the copy embedded at compile time, else the manifest resource");
        writer.Line("/// <c>Leadtype.SearchIndex.bin</c>, else the file <c>&lt;AssemblyName&gt;.SearchIndex.bin</c> the build copies next to the app,");
        writer.Line("/// else <c>docs/search-index.json</c> under the app's base directory.");
        writer.Line("/// </summary>");
        writer.Line("public static " + SearchType + " SearchIndex => __LeadtypeSearch.Index;");
        writer.Line();
        writer.Line("/// <summary>Infrastructure of <see cref=\"Search\"/>; not meant to be used directly.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static partial class __LeadtypeSearch");
        writer.Line("private static " + SearchType + "? s_index;");
        writer.Line();
        writer.Line("/// <summary>Set at start-up by the implementation-only source when the index is embedded.</summary>");
        writer.Line("internal static global::System.Func<" + SearchType + ">? Embedded = null;");
        writer.Line();
        writer.Line("/// <summary>The <c>search.synonyms</c> of leadtype.json.</summary>");
        writer.StartLine().Append("internal static readonly " + SynonymMap + "? Synonyms = ");
        AppendSynonyms(writer, manifest);
        writer.Append(';').EndLine();
        writer.Line();
        writer.Line("internal static " + SearchType + " Index => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_index, Load)!;");
        writer.Line();
        writer.Line("private static " + SearchType + " Load() => Embedded is { } embedded ? embedded() : global::Leadtype.DocsSearchSources.Load(typeof(" + manifest.ClassName + ").Assembly, Synonyms);");
        writer.Close();
    }

    public static string? EmitImplementation(SearchPayloadModel search)
    {
        if (search.Payload is null)
        {
            return null;
        }

        var writer = new SourceWriter(search.Payload.Length + 1024);
        writer.Line(GeneratedNames.Header);
        writer.Line("#nullable enable");
        writer.Line();
        var hasNamespace = search.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.Open("namespace " + search.Namespace);
        }

        writer.Open("partial class " + search.ClassName);
        writer.Open("partial class __LeadtypeSearch");
        writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.Line("internal static void RegisterEmbeddedIndex() => Embedded = static () => global::Leadtype.DocsSearch.FromEmbedded(EmbeddedIndex, Synonyms);");
        writer.Line();
        writer.Line("// The compact binary index in base64 (" + CSharpLiteral.Int(search.Payload.Length) + " ASCII bytes); a u8 literal lives in the PE data section.");
        writer.StartLine().Append("private static global::System.ReadOnlySpan<byte> EmbeddedIndex => \"").Append(search.Payload).Append("\"u8;").EndLine();
        writer.Close();
        writer.Close();
        if (hasNamespace)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static void AppendSynonyms(SourceWriter writer, ManifestShapeModel manifest)
    {
        if (manifest.Synonyms.IsEmpty)
        {
            writer.Append("null");
            return;
        }

        writer.Append("new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase) { ");
        var first = true;
        foreach (var synonym in manifest.Synonyms)
        {
            if (!first)
            {
                writer.Append(", ");
            }

            first = false;
            writer.Append("[").Append(CSharpLiteral.String(synonym.Term)).Append("] = new string[] { ");
            for (var i = 0; i < synonym.Alternatives.Count; i++)
            {
                writer.Append(i == 0 ? string.Empty : ", ").Append(CSharpLiteral.String(synonym.Alternatives[i]));
            }

            writer.Append(" }");
        }

        writer.Append(" }");
    }
}
