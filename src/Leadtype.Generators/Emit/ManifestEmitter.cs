using System.Globalization;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;

namespace Leadtype.Generators.Emit;

/// <summary>
/// Emits the user-visible source: the static docs class with a nested class per folder and a member
/// per page, <c>Manifest</c>, <c>Search</c>, and the page types whose members are the headings.
/// Everything a user's code can reference lives here, never in the implementation-only output.
/// </summary>
internal static class ManifestEmitter
{
    private const string DocPage = "global::Leadtype.DocPage";
    private const string DocHeading = "global::Leadtype.DocHeading";
    private const string Frontmatter = "global::Leadtype.DocFrontmatter";
    private const string KeyValue = "global::System.Collections.Generic.KeyValuePair<string, object?>";

    public static string Emit(ManifestModel manifest)
    {
        var writer = new SourceWriter(1024 + (manifest.Pages.Count * 1024));
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
            for (var i = 0; i < manifest.Pages.Count; i++)
            {
                var page = manifest.Pages[i];
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

    private static void WriteRootClass(SourceWriter writer, ManifestModel manifest)
    {
        var product = manifest.Product.Name.Length > 0 ? manifest.Product.Name + " docs" : "The docs";
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
    private static void WriteMembersBody(SourceWriter writer, ManifestModel manifest, ClassModel model)
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
            writer.Line("/// <summary>" + CSharpLiteral.XmlDoc(Summary(page)) + "</summary>");
            writer.Line("/// <remarks>Route <c>" + CSharpLiteral.XmlDoc(page.Url) + "</c>, source <c>" + CSharpLiteral.XmlDoc(page.SourcePath) + "</c>.</remarks>");
            writer.Line("public static " + PageTypeOf(manifest, page) + " " + IdentifierMapper.Escape(page.MemberName) + " => " + ReservedNames.DataClass + "." + FieldName(index) + ";");
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

    private static void WriteDataClass(SourceWriter writer, ManifestModel manifest)
    {
        writer.Line("// The page instances, built once on first use; the typed members and the manifest share them.");
        writer.Open("private static class " + ReservedNames.DataClass);
        for (var i = 0; i < manifest.Pages.Count; i++)
        {
            var page = manifest.Pages[i];
            var type = PageTypeOf(manifest, page);
            writer.StartLine().Append("internal static readonly ").Append(type).Append(' ').Append(FieldName(i)).Append(" = new ").Append(type).Append('(');
            if (page.TypeName is null)
            {
                AppendPageArguments(writer, page);
            }

            writer.Append(");").EndLine();
        }

        writer.StartLine().Append("internal static readonly global::Leadtype.DocsManifest Manifest = new global::Leadtype.DocsManifest(").EndLine();
        writer.StartLine().Append("    new global::Leadtype.DocsProduct(")
            .Append(CSharpLiteral.String(manifest.Product.Name)).Append(", ")
            .Append(CSharpLiteral.String(manifest.Product.Tagline)).Append(", ")
            .Append(CSharpLiteral.String(manifest.Product.Homepage)).Append(", ")
            .Append(CSharpLiteral.String(manifest.Product.Repository)).Append("),").EndLine();
        writer.StartLine().Append("    ");
        AppendPageArray(writer, PageIndices(manifest.Pages.Count));
        writer.Append(',').EndLine();
        writer.StartLine().Append("    new global::Leadtype.DocsNavTree(");
        AppendGroupArray(writer, manifest.Navigation.Groups);
        writer.Append(", ");
        AppendPageArray(writer, manifest.Navigation.Ungrouped);
        writer.Append("),").EndLine();
        writer.StartLine().Append("    ").Append(CSharpLiteral.String(manifest.BaseUrl)).Append(");").EndLine();
        writer.Close();
    }

    private static void WritePageType(SourceWriter writer, ManifestPageModel page)
    {
        writer.Line("/// <summary>The page <c>" + CSharpLiteral.XmlDoc(page.SourcePath) + "</c> (" + CSharpLiteral.XmlDoc(page.Title) + "): its headings are members, for deep links.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"" + GeneratedNames.GeneratorName + "\", \"" + GeneratedNames.Version + "\")]");
        writer.Open("public sealed class " + page.TypeName + " : " + DocPage);
        writer.Line("internal " + page.TypeName + "()");
        writer.StartLine().Append("    : base(");
        AppendPageArguments(writer, page);
        writer.Append(')').EndLine();
        writer.Line("{");
        writer.Line("}");
        for (var h = 0; h < page.Headings.Count; h++)
        {
            var heading = page.Headings[h];
            writer.Line();
            writer.Line("/// <summary>" + CSharpLiteral.XmlDoc(heading.Text) + " (deep link <c>" + CSharpLiteral.XmlDoc(page.Url + "#" + heading.Id) + "</c>).</summary>");
            writer.Line("public " + DocHeading + " " + IdentifierMapper.Escape(heading.MemberName) + " => Headings[" + CSharpLiteral.Int(h) + "];");
        }

        writer.Close();
    }

    private static void AppendPageArguments(SourceWriter writer, ManifestPageModel page)
    {
        writer.Append(CSharpLiteral.String(page.SourcePath)).Append(", ")
            .Append(CSharpLiteral.String(page.Url)).Append(", ")
            .Append(CSharpLiteral.String(page.MarkdownUrl)).Append(", ")
            .Append(CSharpLiteral.String(page.Title)).Append(", ")
            .Append(CSharpLiteral.String(page.Description)).Append(", ");
        if (page.Headings.Count == 0)
        {
            writer.Append("global::System.Array.Empty<" + DocHeading + ">()");
        }
        else
        {
            writer.Append("new " + DocHeading + "[] { ");
            for (var h = 0; h < page.Headings.Count; h++)
            {
                var heading = page.Headings[h];
                if (h > 0)
                {
                    writer.Append(", ");
                }

                writer.Append("new " + DocHeading + "(")
                    .Append(CSharpLiteral.String(heading.Id)).Append(", ")
                    .Append(CSharpLiteral.String(heading.Text)).Append(", ")
                    .Append(CSharpLiteral.Int(heading.Level)).Append(", ")
                    .Append(CSharpLiteral.String(page.Url)).Append(')');
            }

            writer.Append(" }");
        }

        writer.Append(", ");
        FrontmatterEmitter.Append(writer, page.Frontmatter);
        writer.Append(", ").Append(CSharpLiteral.String(page.AbsoluteUrl));
    }

    private static void AppendPageArray(SourceWriter writer, System.Collections.Generic.IReadOnlyList<int> indices)
    {
        if (indices.Count == 0)
        {
            writer.Append("global::System.Array.Empty<" + DocPage + ">()");
            return;
        }

        writer.Append("new " + DocPage + "[] { ");
        for (var i = 0; i < indices.Count; i++)
        {
            if (i > 0)
            {
                writer.Append(", ");
            }

            writer.Append(FieldName(indices[i]));
        }

        writer.Append(" }");
    }

    private static void AppendGroupArray(SourceWriter writer, Leadtype.Collections.EquatableArray<NavGroupModel> groups)
    {
        if (groups.Count == 0)
        {
            writer.Append("global::System.Array.Empty<global::Leadtype.DocsNavTreeGroup>()");
            return;
        }

        writer.Append("new global::Leadtype.DocsNavTreeGroup[] { ");
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (i > 0)
            {
                writer.Append(", ");
            }

            writer.Append("new global::Leadtype.DocsNavTreeGroup(")
                .Append(CSharpLiteral.String(group.Slug)).Append(", ")
                .Append(CSharpLiteral.String(group.Title)).Append(", ")
                .Append(CSharpLiteral.String(group.Description)).Append(", ")
                .Append(CSharpLiteral.Bool(group.Optional)).Append(", ");
            AppendPageArray(writer, group.Pages);
            writer.Append(", ");
            AppendGroupArray(writer, group.Children);
            writer.Append(')');
        }

        writer.Append(" }");
    }

    private static string PageTypeOf(ManifestModel manifest, ManifestPageModel page) =>
        page.TypeName is null ? DocPage : "global::" + GeneratedNames.PageTypesNamespace(manifest.Namespace, manifest.ClassName) + "." + page.TypeName;

    private static string Summary(ManifestPageModel page) =>
        page.Description.Length == 0 ? page.Title : page.Title + " — " + page.Description;

    private static string FieldName(int index) => "P" + index.ToString(CultureInfo.InvariantCulture);

    private static bool HasPageTypes(ManifestModel manifest)
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

    private static int[] PageIndices(int count)
    {
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = i;
        }

        return indices;
    }
}
