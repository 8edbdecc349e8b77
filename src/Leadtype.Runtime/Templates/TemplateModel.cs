using System.Collections.Generic;
using Leadtype.Model;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// Builds the values templates see, as plain <see cref="ScriptObject"/>s and <see cref="ScriptArray"/>s
/// of strings, numbers and booleans — no reflection-based import, so the runtime stays trim-safe.
/// Names are snake_case, Scriban's convention. Every model has <c>product</c> (<c>name</c>,
/// <c>summary</c>), <c>mode</c> (<c>site</c> or <c>bundle</c>) and <c>base_url</c>.
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Root(DocsSite site)
    {
        var product = new ScriptObject
        {
            ["name"] = site.Product.Name,
            ["summary"] = site.Product.Tagline,
        };
        return new ScriptObject
        {
            ["product"] = product,
            ["mode"] = site.Mode == SiteMode.Bundle ? "bundle" : "site",
            ["base_url"] = site.BaseUrlValue,
        };
    }

    /// <summary>
    /// Describes <see cref="Root"/> for a <see cref="RenderKey"/>: an object of its entries and
    /// <paramref name="more"/> entries the caller writes after them (in the order it adds them to the model).
    /// </summary>
    public static void DescribeRoot(RenderKey key, DocsSite site, int more)
    {
        key.BeginObject(3 + more);
        key.Name("product");
        key.BeginObject(2);
        key.Name("name");
        key.Value(site.Product.Name);
        key.Name("summary");
        key.Value(site.Product.Tagline);
        key.Name("mode");
        key.Value(site.Mode == SiteMode.Bundle ? "bundle" : "site");
        key.Name("base_url");
        key.Value(site.BaseUrlValue);
    }

    /// <summary>A list entry: <c>title</c>, <c>url</c>, <c>description</c>, <c>has_description</c>.</summary>
    public static ScriptObject Link(string title, string url, string description) => new()
    {
        ["title"] = title,
        ["url"] = url,
        ["description"] = description,
        ["has_description"] = description.Length > 0,
    };

    /// <summary>
    /// A section of a link list: <c>depth</c> (2 = <c>##</c>), <c>heading</c> (the <c>#</c> marks),
    /// <c>title</c>, <c>description</c>/<c>has_description</c>, and <c>links</c>.
    /// </summary>
    public static ScriptObject Section(int depth, string title, string? description, IEnumerable<ScriptObject> links)
    {
        var array = new ScriptArray();
        foreach (var link in links)
        {
            array.Add(link);
        }

        return new ScriptObject
        {
            ["depth"] = depth,
            ["heading"] = new string('#', depth),
            ["title"] = title,
            ["description"] = description ?? string.Empty,
            ["has_description"] = !string.IsNullOrEmpty(description),
            ["links"] = array,
        };
    }

    public static ScriptArray Array(IEnumerable<ScriptObject> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
