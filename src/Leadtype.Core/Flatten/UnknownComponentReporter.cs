using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// After flattening, reports LT0013 (info) at every component that is still JSX: a capitalised or dotted
/// name that no built-in or configured flattener handled. Lower-case HTML-like tags (<c>&lt;br /&gt;</c>,
/// <c>&lt;kbd&gt;</c>) are ordinary markup and are not reported. The serializer prints what is left as text.
/// </summary>
public static class UnknownComponentReporter
{
    public static void Report(MdParent root, FlattenContext context)
    {
        Walk(root, context);
    }

    private static void Walk(MdParent parent, FlattenContext context)
    {
        foreach (var child in parent.Children)
        {
            if (child is MdxJsxElement { Name: { } name } element && IsComponentName(name))
            {
                context.Report(DiagnosticCatalog.UnknownComponent, element, name);
            }

            if (child is MdParent nested)
            {
                Walk(nested, context);
            }
        }
    }

    /// <summary>JSX treats a capitalised or member name (<c>Foo</c>, <c>docs.Foo</c>) as a component.</summary>
    public static bool IsComponentName(string name) =>
        name.Length > 0 && (char.IsUpper(name[0]) || name.IndexOf('.') >= 0);
}
