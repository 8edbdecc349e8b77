using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Collections;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;
using Leadtype.Paths;

namespace Leadtype.Generators.Site;

/// <summary>
/// Lays the pages out as the generated class tree: one nested static class per docs folder and one
/// member per page (<c>pipeline/generate-static-artifacts.mdx</c> → <c>Docs.Pipeline.GenerateStaticArtifacts</c>).
/// Names are claimed folder-first, then pages, each in ordinal order, so the outcome of a clash never
/// depends on file-system order.
/// </summary>
internal static class ClassTreeBuilder
{
    public sealed class Result
    {
        public Result(ClassModel root, string[] memberNames, string[] typeNames, List<DiagnosticInfo> diagnostics)
        {
            Root = root;
            MemberNames = memberNames;
            TypeNames = typeNames;
            Diagnostics = diagnostics;
        }

        public ClassModel Root { get; }

        /// <summary>Member name per page index.</summary>
        public string[] MemberNames { get; }

        /// <summary>Qualifying type name per page index (<c>Pipeline_GenerateStaticArtifacts</c>).</summary>
        public string[] TypeNames { get; }

        public List<DiagnosticInfo> Diagnostics { get; }
    }

    /// <param name="pages">The pages, indexed as in the manifest: (docs-relative path, full path).</param>
    public static Result Build(IReadOnlyList<(string SourcePath, string FullPath)> pages, string className)
    {
        var root = new Folder(string.Empty);
        for (var i = 0; i < pages.Count; i++)
        {
            var directory = DocsPath.GetDirectory(pages[i].SourcePath);
            var folder = root;
            if (directory.Length > 0)
            {
                var path = string.Empty;
                foreach (var segment in directory.Split('/'))
                {
                    path = path.Length == 0 ? segment : path + "/" + segment;
                    if (!folder.Children.TryGetValue(segment, out var child))
                    {
                        child = new Folder(path);
                        folder.Children.Add(segment, child);
                    }

                    folder = child;
                }
            }

            folder.Pages.Add(i);
        }

        var memberNames = new string[pages.Count];
        var typeNames = new string[pages.Count];
        var diagnostics = new List<DiagnosticInfo>();
        var typeNameSet = new HashSet<string>(StringComparer.Ordinal);
        var model = Name(root, className, ReservedNames.ForRoot(className), new List<string>(), pages, memberNames, typeNames, typeNameSet, diagnostics);
        return new Result(model, memberNames, typeNames, diagnostics);
    }

    private static ClassModel Name(
        Folder folder,
        string className,
        IEnumerable<string> reserved,
        List<string> classPath,
        IReadOnlyList<(string SourcePath, string FullPath)> pages,
        string[] memberNames,
        string[] typeNames,
        HashSet<string> typeNameSet,
        List<DiagnosticInfo> diagnostics)
    {
        var scope = new IdentifierScope(reserved);
        var childFolders = new List<KeyValuePair<string, Folder>>(folder.Children);
        childFolders.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var childNames = new List<string>(childFolders.Count);
        foreach (var child in childFolders)
        {
            var before = scope.Conflicts.Count;
            var name = scope.Claim(IdentifierMapper.ToPascalCase(child.Key, "Folder"), child.Value.Path + "/", ReservedNames.FolderSuffix);
            childNames.Add(name);
            if (scope.Conflicts.Count > before)
            {
                var firstPage = pages[FirstPage(child.Value)];
                diagnostics.Add(NameDiagnostics.For(scope.Conflicts[before], firstPage.SourcePath, firstPage.FullPath, SourceLocation.File));
            }
        }

        var pageIndices = new List<int>(folder.Pages);
        pageIndices.Sort((a, b) => string.CompareOrdinal(pages[a].SourcePath, pages[b].SourcePath));
        foreach (var index in pageIndices)
        {
            var page = pages[index];
            var before = scope.Conflicts.Count;
            var fileName = DocsPath.GetFileName(DocsPath.WithoutExtension(page.SourcePath));
            var name = scope.Claim(IdentifierMapper.ToPascalCase(fileName, "Page"), page.SourcePath, ReservedNames.PageSuffix);
            memberNames[index] = name;
            typeNames[index] = UniqueTypeName(classPath, name, typeNameSet);
            if (scope.Conflicts.Count > before)
            {
                diagnostics.Add(NameDiagnostics.For(scope.Conflicts[before], page.SourcePath, page.FullPath, SourceLocation.File));
            }
        }

        var classes = new ClassModel[childFolders.Count];
        for (var i = 0; i < childFolders.Count; i++)
        {
            classPath.Add(childNames[i]);
            classes[i] = Name(childFolders[i].Value, childNames[i], new[] { childNames[i] }, classPath, pages, memberNames, typeNames, typeNameSet, diagnostics);
            classPath.RemoveAt(classPath.Count - 1);
        }

        return new ClassModel(className, folder.Path, new EquatableArray<int>(pageIndices.ToArray()), new EquatableArray<ClassModel>(classes));
    }

    private static string UniqueTypeName(List<string> classPath, string memberName, HashSet<string> taken)
    {
        var name = classPath.Count == 0 ? memberName : string.Join("_", classPath) + "_" + memberName;
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static int FirstPage(Folder folder)
    {
        if (folder.Pages.Count > 0)
        {
            return folder.Pages[0];
        }

        foreach (var child in folder.Children.Values)
        {
            return FirstPage(child);
        }

        return 0;
    }

    private sealed class Folder
    {
        public Folder(string path) => Path = path;

        public string Path { get; }

        public Dictionary<string, Folder> Children { get; } = new(StringComparer.Ordinal);

        public List<int> Pages { get; } = new();
    }
}
