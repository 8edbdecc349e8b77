using Leadtype.Mdx.Syntax;
using Leadtype.Placeholders;

namespace Leadtype.Resolve;

/// <summary>
/// Resolves <c>{framework}</c>-style placeholders in link, image and definition URLs and in the
/// string <c>href</c>, <c>to</c> and <c>url</c> attributes of JSX elements (§5.5). Text is left
/// alone: <c>{x}</c> there is an MDX expression.
/// </summary>
public static class PlaceholderTransform
{
    public static void Apply(MdRoot root, PlaceholderContext context) => MdTree.Visit(root, node =>
    {
        switch (node)
        {
            case MdLink link:
                link.Url = DocPlaceholders.Resolve(link.Url, context);
                break;
            case MdImage image:
                image.Url = DocPlaceholders.Resolve(image.Url, context);
                break;
            case MdDefinition definition:
                definition.Url = DocPlaceholders.Resolve(definition.Url, context);
                break;
            case MdxJsxElement element:
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Kind == MdxAttributeKind.String && attribute.Value is not null
                        && (attribute.Name == "href" || attribute.Name == "to" || attribute.Name == "url"))
                    {
                        attribute.Value = DocPlaceholders.Resolve(attribute.Value, context);
                    }
                }

                break;
        }
    });
}
