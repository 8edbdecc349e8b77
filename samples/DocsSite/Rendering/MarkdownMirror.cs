using System.IO;
using Leadtype;
using Microsoft.Extensions.FileProviders;

namespace DocsSite.Rendering;

/// <summary>
/// The flattened Markdown of a page: the build's mirror at <see cref="DocPage.MarkdownUrl"/>, a static web
/// asset (served from obj/ in development, from wwwroot after publish).
/// </summary>
public static class MarkdownMirror
{
    public static string Read(IFileProvider webRoot, DocPage page)
    {
        var file = webRoot.GetFileInfo(page.MarkdownUrl);
        if (!file.Exists)
        {
            return "# " + page.Title + "\n\n" + page.Description + "\n";
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
