using System.Globalization;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;

namespace Leadtype.Generators.Emit;

/// <summary>
/// Emits the user-visible source: the static docs class with a nested class per folder and a member
/// per page, <c>Manifest</c>, <c>Search</c>, and the page types whose members are the headings.
/// Everything a user's code can reference lives here, never in the implementation-only output; the
/// page data (URLs, frontmatter, navigation) is not code but one literal in the implementation-only
/// data source (<see cref="ManifestDataEmitter"/>), so per page this file holds only what IntelliSense
/// shows: a member with its XML doc, and a type with one member per heading.
/// </summary>
internal static class ManifestEmitter
{
    private const string DocPage = "global::Leadtype.DocPage";
    private const string DocHeading = "global::Leadtype.DocHeading";

    public static string Emit(ManifestShapeModel manifest)
    {
        var writer = new SourceWriter(EstimateLength(manifest));
        writer.Line(GeneratedNames.Header);
        writer.Line("#nullable enable");
        writer.Line();

        var hasNamespace = manifest.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.Open("namespace " + manifest.Namespace);
        }

        WriteRootClass(writer, manifest);

        if (hasNamespace)
        {
            writer.Close();
        }

        if (HasPageTypes(manifest))
        {
            writer.Line();
            writer.Open("namespace " + GeneratedNames.PageTypesNamespace(manifest.Namespace, manifest.ClassName));
            var first = true;
            foreach (var page in manifest.Pages)
            {
                if (page.TypeName is null)
                {
                    continue;
                }

                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WritePageType(writer, page);
            }

            writer.Close();
        }

        return writer.ToString();
    }

    private static void WriteRootClass(SourceWriter writer, ManifestShapeModel manifest)
    {
        var product = manifest.ProductName.Length > 0 ? manifest.ProductName + " docs" : "The docs";
        writer.Line("/// <summary>");
        writer.Line("/// " + CSharpLiteral.XmlDoc(product) + ": every page as a typed member (one nested class per docs folder), the");
        writer.Line("/// <see cref=\"Manifest\"/> in navigation order" + (manifest.IncludeSearch ? " and full-text <see cref=\"Search\"/>." : "."));
        writer.Line("/// </summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"" + GeneratedNames.GeneratorName + "\", \"" + GeneratedNames.Version + "\")]");
        writer.Open("public static partial class " + manifest.ClassName);
        writer.Line("/// <summary>Every page in navigation order, the navigation tree, and lookups by route and by source path.</summary>");
        writer.Line("public static global::Leadtype.DocsManifest Manifest => " + ReservedNames.DataClass + ".Manifest;");

        if (manifest.IncludeSearch)
        {
            SearchMembersEmitter.WriteUserVisibleMembers(writer, manifest);
        }

        writer.Line();
        WriteMembersBody(writer, manifest, manifest.Root);
        writer.Line();
        WriteDataClass(writer, manifest);
        writer.Close();
    }

    // Members of one class, separated by blank lines: pages first, then the folder classes.
    private static void WriteMembersBody(SourceWriter writer, ManifestShapeModel manifest, ClassModel model)
    {
        var first = true;
        foreach (var index in model.Pages)
        {
            var page = manifest.Pages[index];
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.StartLine().Append("/// <summary>").AppendXmlDoc(page.Title);
            if (page.Description.Length > 0)
            {
                writer.Append(" — ").AppendXmlDoc(page.Description);
            }

            writer.Append("</summary>").EndLine();
            writer.StartLine().Append("/// <remarks>Route <c>").AppendXmlDoc(page.Url).Append("</c>, source <c>").AppendXmlDoc(page.SourcePath).Append("</c>.</remarks>").EndLine();
            writer.StartLine().Append("public static ");
            if (page.TypeName is null)
            {
                writer.Append(DocPage).Append(' ').Append(IdentifierMapper.Escape(page.MemberName)).Append(" => ");
            }
            else
            {
                var type = PageType(manifest, page.TypeName);
                writer.Append(type).Append(' ').Append(IdentifierMapper.Escape(page.MemberName)).Append(" => (").Append(type).Append(')');
            }

            writer.Append(ReservedNames.DataClass).Append(".Pages[").Append(Int(index)).Append("];").EndLine();
        }

        foreach (var child in model.Classes)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Line("/// <summary>The pages under <c>" + CSharpLiteral.XmlDoc(child.FolderPath) + "/</c>.</summary>");
            writer.Open("public static partial class " + IdentifierMapper.Escape(child.Name));
            WriteMembersBody(writer, manifest, child);
            writer.Close();
        }
    }

    private static void WriteDataClass(SourceWriter writer, ManifestShapeModel manifest)
    {
        writer.Line("// The manifest, read once on first use from the data the implementation-only source holds; the typed");
        writer.Line("// members and the manifest share its page instances.");
        writer.Open("private static partial class " + ReservedNames.DataClass);
        writer.Line("internal static readonly global::Leadtype.DocsManifest Manifest = Load();");
        writer.Line();
        writer.Line("internal static readonly global::System.Collections.Generic.IReadOnlyList<" + DocPage + "> Pages = Manifest.Pages;");
        writer.Line();
        writer.Line("static partial void Utf8(ref global::System.ReadOnlySpan<byte> data);");
        writer.Line();
        writer.Line("static partial void Text(ref string? data);");
        writer.Line();
        writer.Open("private static global::Leadtype.DocsManifest Load()");
        writer.Line("global::System.ReadOnlySpan<byte> utf8 = default;");
        writer.Line("string? text = null;");
        writer.Line("Utf8(ref utf8);");
        writer.Line("Text(ref text);");
        writer.Line("// One slot per page in navigation order: the page's own type when it has headings.");
        writer.StartLine().Append("var pages = new " + DocPage + "?[").Append(Int(manifest.Pages.Count)).Append("];").EndLine();
        for (var i = 0; i < manifest.Pages.Count; i++)
        {
            if (manifest.Pages[i].TypeName is { } typeName)
            {
                writer.StartLine().Append("pages[").Append(Int(i)).Append("] = new ").Append(PageType(manifest, typeName)).Append("();").EndLine();
            }
        }

        writer.Line("return global::Leadtype.DocsManifestData.Load(utf8, text, pages);");
        writer.Close();
        writer.Close();
    }

    private static void WritePageType(SourceWriter writer, PageShapeModel page)
    {
        writer.StartLine().Append("/// <summary>The page <c>").AppendXmlDoc(page.SourcePath).Append("</c> (").AppendXmlDoc(page.Title).Append("): its headings are members, for deep links.</summary>").EndLine();
        writer.Open("public sealed class " + page.TypeName + " : " + DocPage);
        writer.Line("internal " + page.TypeName + "() { }");
        for (var h = 0; h < page.Headings.Count; h++)
        {
            var heading = page.Headings[h];
            writer.Line();
            writer.StartLine().Append("/// <summary>").AppendXmlDoc(heading.Text).Append(" (deep link <c>").AppendXmlDoc(page.Url).Append('#').AppendXmlDoc(heading.Id).Append("</c>).</summary>").EndLine();
            writer.StartLine().Append("public " + DocHeading + " ").Append(IdentifierMapper.Escape(heading.MemberName)).Append(" => Headings[").Append(Int(h)).Append("];").EndLine();
        }

        writer.Close();
    }

    // Roughly what a page and a heading take, so the builder is sized once.
    private static int EstimateLength(ManifestShapeModel manifest)
    {
        long length = 4096;
        foreach (var page in manifest.Pages)
        {
            length += 320 + (2 * (page.Title.Length + page.Description.Length + page.Url.Length + page.SourcePath.Length));
            foreach (var heading in page.Headings)
            {
                length += 160 + heading.Text.Length + heading.Id.Length + page.Url.Length + heading.MemberName.Length;
            }
        }

        return (int)System.Math.Min(length, int.MaxValue / 2);
    }

    private static string PageType(ManifestShapeModel manifest, string typeName) =>
        "global::" + GeneratedNames.PageTypesNamespace(manifest.Namespace, manifest.ClassName) + "." + typeName;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool HasPageTypes(ManifestShapeModel manifest)
    {
        foreach (var page in manifest.Pages)
        {
            if (page.TypeName is not null)
            {
                return true;
            }
        }

        return false;
    }
}
