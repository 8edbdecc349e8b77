using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Leadtype.Model;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// <c>llms-full.txt</c> (artifacts §3.4): every page in reading order — an index of absolute URLs,
/// then each page's title, URL, description and Markdown body (its leading H1 removed). Site mode.
/// </summary>
/// <remarks>
/// Template values: <c>product</c>, <c>pages</c> (<c>title</c>, <c>url</c> absolute,
/// <c>description</c>/<c>has_description</c>, <c>summary</c> = description or "Entry point for …",
/// <c>content</c>, <c>url_path</c>, <c>markdown_url</c>).
/// </remarks>
public static class LlmsFullTxtRenderer
{
    public const string Path = "llms-full.txt";
    public const string WellKnownPath = ".well-known/llms-full.txt";

    private static readonly Regex LeadingH1 = new("^[ \\t]*#[ \\t]+\\S", RegexOptions.CultureInvariant);

    public static string Render(DocsSite site, ArtifactTemplate template)
    {
        var pages = SiteReadingOrder.Of(site);
        var items = new List<ScriptObject>(pages.Count);
        foreach (var page in pages)
        {
            items.Add(new ScriptObject
            {
                ["title"] = page.Title,
                ["url"] = site.AbsoluteUrl(page.UrlPath),
                ["url_path"] = page.UrlPath,
                ["markdown_url"] = page.MarkdownUrlPath,
                ["description"] = page.Description,
                ["has_description"] = page.Description.Length > 0,
                ["summary"] = page.DescriptionOrEntryPointFallback,
                ["content"] = ContentOf(page.Body),
            });
        }

        var model = TemplateModel.Root(site);
        model["pages"] = TemplateModel.Array(items);
        return template.Render(model);
    }

    /// <summary>The body trimmed, without its first line when that line is an H1 (the block heading replaces it).</summary>
    public static string ContentOf(string body)
    {
        var content = body.Trim();
        if (!LeadingH1.IsMatch(content))
        {
            return content;
        }

        var newline = content.IndexOf('\n');
        return newline < 0 ? string.Empty : content.Substring(newline + 1).TrimStart();
    }
}
