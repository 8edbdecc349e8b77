using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Example&gt;</c> → bold title, description, the preview content, bold filename, then the <c>code</c> in a fence
/// (language from <c>language</c>, default <c>tsx</c>), then each of <c>sourceFiles</c> as a bold filename and a
/// fence (§7.16). The preview keeps its formatting (§17.1 #3, fixed).
/// </summary>
public sealed class ExampleFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Example" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var result = new List<MdNode>();
        var title = ComponentProps.Normalized(element, "title");
        if (title.Length > 0)
        {
            result.Add(MdNodes.StrongParagraph(title));
        }

        var description = ComponentProps.Normalized(element, "description");
        if (description.Length > 0)
        {
            result.Add(MdNodes.TextParagraph(description));
        }

        result.AddRange(ContentNormalizer.Normalize(element.Children));

        var filename = ComponentProps.Normalized(element, "filename");
        if (filename.Length > 0)
        {
            result.Add(MdNodes.StrongParagraph(filename));
        }

        var language = ComponentProps.Normalized(element, "language");
        if (language.Length == 0)
        {
            language = "tsx";
        }

        var code = Code(element, context);
        if (code.Length > 0)
        {
            result.Add(MdNodes.Code(code, language));
        }

        AddSourceFiles(element, language, result, context);
        return result;
    }

    /// <summary>The <c>code</c> attribute: a template or quoted literal is decoded; a plain string is used as written.</summary>
    private static string Code(MdxJsxElement element, FlattenContext context)
    {
        var attribute = element.GetAttribute("code");
        if (attribute is null || attribute.Value is null)
        {
            return string.Empty;
        }

        if (attribute.Kind != MdxAttributeKind.Expression)
        {
            return attribute.Value;
        }

        var read = JsLiteralReader.Read(attribute.Value);
        if (read.Value is JsString text)
        {
            return text.Value;
        }

        context.ReportInAttribute(DiagnosticCatalog.MalformedAttributeValue, element, attribute, read.Success ? 0 : read.ErrorOffset, "code", element.Name, read.Error ?? "expected a string or template literal");
        return ComponentProps.UnwrapStringLiteral(attribute.Value);
    }

    private static void AddSourceFiles(MdxJsxElement element, string language, List<MdNode> result, FlattenContext context)
    {
        var attribute = element.GetAttribute("sourceFiles");
        if (attribute is null)
        {
            return;
        }

        var value = ComponentProps.Literal(element, "sourceFiles", context);
        if (value is null)
        {
            result.AddRange(UnreadableProps.AsCode(attribute));
            return;
        }

        if (value is not JsArray files)
        {
            context.Report(DiagnosticCatalog.InvalidComponentProps, element, "Example", "`sourceFiles` must be an array of { filename, code, language? }");
            result.AddRange(UnreadableProps.AsCode(attribute));
            return;
        }

        foreach (var entry in files.Items)
        {
            if (entry is not JsObject file || file.GetString("filename") is not { } name || file.GetString("code") is not { } code)
            {
                continue;
            }

            result.Add(MdNodes.StrongParagraph(name));
            var fileLanguage = file.GetString("language");
            result.Add(MdNodes.Code(code, string.IsNullOrEmpty(fileLanguage) ? language : fileLanguage));
        }
    }
}
