using System.IO;
using Leadtype.Redirects;
using Microsoft.Extensions.FileProviders;

namespace DocsSite.Rendering;

/// <summary>
/// The build's <c>docs/redirects.json</c> (rename tracking, a static web asset like the mirrors): old page URLs
/// answer 308 to where the page went, or 410 when it was removed. Empty when the site does not track renames.
/// </summary>
public static class DocsRedirects
{
    public static RedirectTable Load(IFileProvider webRoot)
    {
        var file = webRoot.GetFileInfo(RedirectsJson.Path);
        if (!file.Exists)
        {
            return RedirectTable.Empty;
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        var (table, problem) = RedirectTable.Parse(reader.ReadToEnd());
        return table ?? throw new InvalidDataException(RedirectsJson.Path + " " + problem);
    }
}
