namespace Leadtype.Generators.Tests.Infrastructure;

/// <summary>A small docs set exercising folders, index pages, headings, a reserved folder name, a numeric page name and a mount.</summary>
internal static class SampleDocs
{
    public static DocsProject Create() => new DocsProject()
        .Config("""
            {
              "product": { "name": "Sample", "tagline": "Docs for the sample app.", "homepage": "https://sample.dev" },
              "mounts": [ { "pathPrefix": "changelog", "urlPrefix": "/changelog" } ]
            }
            """)
        .Page("index.mdx", """
            ---
            title: Overview
            description: Start here.
            ---

            Welcome. Read the [install guide](/docs/guides/install#prerequisites).
            """)
        .Page("quickstart.mdx", """
            ---
            title: "Quickstart"
            description: Build and run the sample in five minutes.
            ---

            ## Prerequisites

            You need .NET.

            ## Install the tool

            Run `dotnet tool install`.
            """)
        .Page("guides/index.mdx", """
            ---
            title: Guides
            description: Task-oriented guides.
            ---

            Pick a guide.
            """)
        .Page("guides/install.mdx", """
            ---
            title: Install
            description: Install the package & wire it up.
            order: 1
            ---

            ## Prerequisites

            A project.

            ## Step 1: add the package

            ```bash
            ## not a heading
            dotnet add package Leadtype
            ```

            ## Title

            A heading named like a DocPage member.
            """)
        .Page("search/add-search.mdx", """
            ---
            title: Add search
            description: Search the docs from the app.
            ---

            ## Query the index

            Call search.
            """)
        .Page("changelog/0-4.mdx", """
            ---
            title: Version 0.4
            description: What changed in 0.4.
            ---

            ## Fixes

            Many.
            """);
}
